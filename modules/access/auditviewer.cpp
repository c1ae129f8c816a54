#include "auditviewer.h"

#include "core/format.h"

#include <QCheckBox>
#include <climits>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace perisai::access {

namespace {

QString actionLabel(const QString &action)
{
    if (action == QLatin1String("insert"))
        return AuditViewer::tr("added");
    if (action == QLatin1String("update"))
        return AuditViewer::tr("changed");
    if (action == QLatin1String("delete"))
        return AuditViewer::tr("removed");
    if (action == QLatin1String("status"))
        return AuditViewer::tr("status");
    if (action == QLatin1String("import"))
        return AuditViewer::tr("import");
    if (action == QLatin1String("undo"))
        return AuditViewer::tr("undone");
    if (action == QLatin1String("reveal"))
        return AuditViewer::tr("personal data shown");
    return action;
}

} // namespace

AuditViewer::AuditViewer(storage::DatabasePtr db, bool revealPersonalData, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_reveal(revealPersonalData)
{
    setWindowTitle(tr("Audit log"));
    resize(1000, 620);
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QGridLayout;
    m_user = new QComboBox;
    m_user->setObjectName(QStringLiteral("user"));
    m_user->addItem(tr("Everyone"), QString());
    if (auto users = auditUsers(*m_db))
        for (const QString &u : *users)
            m_user->addItem(u, u);
    m_tableName = new QComboBox;
    m_tableName->setObjectName(QStringLiteral("table"));
    m_tableName->addItem(tr("Every table"), QString());
    if (auto tables = auditTables(*m_db))
        for (const QString &t : *tables)
            m_tableName->addItem(t, t);
    m_row = new QLineEdit;
    m_row->setObjectName(QStringLiteral("row"));
    m_row->setValidator(new QIntValidator(1, INT_MAX, m_row));
    m_row->setPlaceholderText(tr("any"));
    m_row->setMaximumWidth(110);
    m_useFrom = new QCheckBox(tr("From"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_useTo = new QCheckBox(tr("to"));
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *searchButton = new QPushButton(tr("Search"));
    searchButton->setObjectName(QStringLiteral("search"));
    searchButton->setDefault(true);
    connect(searchButton, &QPushButton::clicked, this, &AuditViewer::search);
    filters->addWidget(new QLabel(tr("User")), 0, 0);
    filters->addWidget(m_user, 0, 1);
    filters->addWidget(new QLabel(tr("Table")), 0, 2);
    filters->addWidget(m_tableName, 0, 3);
    filters->addWidget(new QLabel(tr("Row")), 0, 4);
    filters->addWidget(m_row, 0, 5);
    filters->addWidget(m_useFrom, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_useTo, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(searchButton, 1, 5);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Vertical);
    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("entries"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("User"), tr("What"), tr("Table"), tr("Row"), tr("Description")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditViewer::showDetail);
    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Choose an entry to see what it changed."));
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("count"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    search();
}

void AuditViewer::setFilter(const AuditFilter &f)
{
    auto select = [](QComboBox *box, const QString &value) {
        int i = box->findData(value);
        if (i < 0) {
            box->addItem(value, value);
            i = box->count() - 1;
        }
        box->setCurrentIndex(i);
    };
    select(m_user, f.user);
    select(m_tableName, f.table);
    m_row->setText(f.rowId ? QString::number(f.rowId) : QString());
    m_useFrom->setChecked(f.from.isValid());
    if (f.from.isValid())
        m_from->setDate(f.from);
    m_useTo->setChecked(f.to.isValid());
    if (f.to.isValid())
        m_to->setDate(f.to);
}

AuditFilter AuditViewer::filter() const
{
    AuditFilter f;
    f.user = m_user->currentData().toString();
    f.table = m_tableName->currentData().toString();
    f.rowId = m_row->text().toLongLong();
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    return f;
}

void AuditViewer::search()
{
    const AuditFilter f = filter();
    auto rows = readAudit(*m_db, f);
    m_table->setRowCount(0);
    m_detail->clear();
    if (!rows) {
        m_rows.clear();
        m_count->setText(rows.errorText());
        return;
    }
    m_rows = *rows;
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const AuditRow &r = m_rows.at(i);
        const QString when = QStringLiteral("%1 %2").arg(fmt::date(r.at.date()), r.at.time().toString(QStringLiteral("HH:mm:ss")));
        m_table->setItem(i, 0, new QTableWidgetItem(when));
        m_table->setItem(i, 1, new QTableWidgetItem(r.user));
        m_table->setItem(i, 2, new QTableWidgetItem(actionLabel(r.action)));
        m_table->setItem(i, 3, new QTableWidgetItem(r.table));
        m_table->setItem(i, 4, new QTableWidgetItem(r.rowId ? QString::number(r.rowId) : QString()));
        m_table->setItem(i, 5, new QTableWidgetItem(r.summary));
    }
    m_table->resizeColumnsToContents();
    m_count->setText(m_rows.size() >= f.limit ? tr("The newest %n entries; narrow the filter to see older ones.", nullptr, int(m_rows.size()))
                                              : tr("%n entries, newest first.", nullptr, int(m_rows.size())));
}

void AuditViewer::showDetail()
{
    const int i = m_table->currentRow();
    if (i < 0 || i >= m_rows.size()) {
        m_detail->clear();
        return;
    }
    const AuditRow &r = m_rows.at(i);
    QStringList lines;
    if (!r.summary.isEmpty())
        lines << r.summary << QString();
    const QStringList change = describeChange(r, m_reveal);
    if (change.isEmpty() && r.before.isEmpty() && r.after.isEmpty())
        lines << tr("No values were recorded for this entry.");
    lines << change;
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

QString AuditViewer::detailText() const
{
    return m_detail->toPlainText();
}

} // namespace perisai::access
