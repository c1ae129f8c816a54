#include "workforcedialog.h"

#include "core/format.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <utility>

namespace perisai::performance {

namespace {

enum Column { Region, Year, LabourForce, Informal, Working, ColumnCount };

// Redo writes the new set, undo the old one; both through the same all-or-nothing replace. The dialog
// applies the edit itself first (to show a failure), so the stack's redo on push is skipped once.
class WorkforceEdit : public QUndoCommand {
public:
    WorkforceEdit(ui::AppContext &context, std::vector<figures::WorkforceRow> before, std::vector<figures::WorkforceRow> after)
        : QUndoCommand(QCoreApplication::translate("WorkforceDialog", "edit reference figures")), m_context(context),
          m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void redo() override
    {
        if (std::exchange(m_skipRedo, false))
            return;
        apply(m_after, m_before);
    }
    void undo() override { apply(m_before, m_after); }
    // Applies the edit outside the stack; true when it was written.
    bool applyFirst()
    {
        apply(m_after, m_before);
        m_skipRedo = m_status.ok();
        return m_skipRedo;
    }
    Status status() const { return m_status; }

private:
    // Writes `rows` provided the table still holds `expected` (what this desk read, or left after its own step).
    void apply(const std::vector<figures::WorkforceRow> &rows, const std::vector<figures::WorkforceRow> &expected)
    {
        m_status = figures::replaceWorkforce(*m_context.database(), rows, m_context.userName(), expected);
        if (m_status)
            m_context.notifyDataChanged({QStringLiteral("workforce")});
        else
            m_context.showStatus(m_status.errorText());
    }

    ui::AppContext &m_context;
    std::vector<figures::WorkforceRow> m_before;
    std::vector<figures::WorkforceRow> m_after;
    Status m_status;
    bool m_skipRedo = false;
};

QString numberText(const std::optional<qint64> &v)
{
    return v ? fmt::number(*v) : QString();
}

// Accepts what people type: 1.100.000, 1100000, "1 100 000"; empty means unknown.
Result<std::optional<qint64>> parseNumber(const QString &text, const QString &where)
{
    QString digits = text;
    digits.remove(QLatin1Char('.')).remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    if (digits.isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok);
    if (!ok)
        return makeError(QCoreApplication::translate("WorkforceDialog", "\"%1\" is not a whole number").arg(text), where);
    return std::optional<qint64>(v);
}

} // namespace

WorkforceDialog::WorkforceDialog(ui::AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_table(new QTableWidget(0, ColumnCount)), m_error(new QLabel),
      m_save(new QPushButton(tr("Save")))
{
    setWindowTitle(tr("Reference figures: workforce per region"));
    resize(820, 480);
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Year"), tr("Labour force"), tr("Informal workers"), tr("Working population")});
    m_table->horizontalHeader()->setSectionResizeMode(Region, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    auto *hint = new QLabel(tr("Coverage divides protected workers by the informal workers of the office's region; "
                               "the UCJ contribution divides Perisai participants by the working population. "
                               "The region must be written as in the office's details."));
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);

    auto *add = new QPushButton(ui::icon(QStringLiteral("add")), tr("Add row"));
    auto *remove = new QPushButton(ui::icon(QStringLiteral("delete")), tr("Delete row"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({QString(), QDate::currentDate().year() - 1, {}, {}, {}, {}});
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Region));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_save->setEnabled(false);

    const storage::DatabasePtr db = context.database();
    ui::runTask<Result<std::vector<figures::WorkforceRow>>>(
        &context, this, tr("Loading reference figures"), [db](ui::TaskControl &) { return figures::loadWorkforce(*db); },
        [this](Result<std::vector<figures::WorkforceRow>> rows) {
            if (!rows) {
                m_error->setText(rows.errorText());
                return;
            }
            m_loaded = *rows;
            m_loadedOnce = true;
            setRows(m_loaded);
            m_save->setEnabled(true);
        });
}

void WorkforceDialog::setRows(const std::vector<figures::WorkforceRow> &rows)
{
    m_table->setRowCount(0);
    for (const auto &r : rows)
        addRow(r);
}

void WorkforceDialog::addRow(const figures::WorkforceRow &r)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList texts{r.region, QString::number(r.year), numberText(r.labourForce), numberText(r.informalWorkers),
                            numberText(r.workingPopulation)};
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem(texts[c]);
        if (c != Region)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (c == Region && r.batchId)
            item->setData(Qt::UserRole, *r.batchId);
        m_table->setItem(row, c, item);
    }
}

Result<std::vector<figures::WorkforceRow>> WorkforceDialog::enteredRows() const
{
    std::vector<figures::WorkforceRow> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [&](int c) { return m_table->item(row, c) ? m_table->item(row, c)->text().trimmed() : QString(); };
        const QString where = tr("row %1").arg(row + 1);
        figures::WorkforceRow r;
        r.region = text(Region);
        bool ok = false;
        r.year = text(Year).toInt(&ok);
        if (!ok)
            return makeError(tr("\"%1\" is not a year").arg(text(Year)), where);
        auto labour = parseNumber(text(LabourForce), where);
        auto informal = parseNumber(text(Informal), where);
        auto working = parseNumber(text(Working), where);
        for (const auto *v : {&labour, &informal, &working}) {
            if (!*v)
                return v->error();
        }
        r.labourForce = *labour;
        r.informalWorkers = *informal;
        r.workingPopulation = *working;
        if (const QVariant batch = m_table->item(row, Region) ? m_table->item(row, Region)->data(Qt::UserRole) : QVariant(); batch.isValid())
            r.batchId = batch.toLongLong();
        rows.push_back(r);
    }
    if (auto st = figures::validateWorkforce(rows); !st)
        return st.error();
    return rows;
}

void WorkforceDialog::accept()
{
    auto rows = enteredRows();
    if (!rows) {
        m_error->setText(rows.errorText());
        return;
    }
    auto *edit = new WorkforceEdit(m_context, m_loaded, *rows);
    if (!edit->applyFirst()) {
        m_error->setText(edit->status().errorText());
        delete edit;
        return;
    }
    m_context.undoStack()->push(edit);
    QDialog::accept();
}

} // namespace perisai::performance
