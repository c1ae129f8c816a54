#include "mappingeditor.h"

#include "ui/personaldata.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace perisai::imports {
namespace {

enum Column { Header, Example, Field };
const QSet<QString> kPersonalFields{QStringLiteral("nik"), QStringLiteral("phone"), QStringLiteral("account_no")};

} // namespace

QString maskPersonal(const QString &value, const QString &fieldId, bool reveal)
{
    if (reveal || value.isEmpty())
        return value;
    static const QRegularExpression nikLike(QStringLiteral("^[0-9]{12,17}$|^[0-9.,]+[eE][+-]?[0-9]+$"));
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?(0|62)8[0-9 .-]{7,14}$"));
    const QString v = value.trimmed();
    if (fieldId == QLatin1String("phone") || (fieldId.isEmpty() && phoneLike.match(v).hasMatch()))
        return ui::showPhone(v, false);
    if (kPersonalFields.contains(fieldId) || (fieldId.isEmpty() && nikLike.match(v).hasMatch()))
        return ui::showNik(v, false);
    return value;
}

MappingEditor::MappingEditor(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(0, 3)), m_missing(new QLabel)
{
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("First values"), tr("Goes into")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(Header, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Example, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Field, QHeaderView::Fixed);
    m_table->setColumnWidth(Field, 250);
    m_missing->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("missingColumns"));
    m_missing->setStyleSheet(QStringLiteral("color: %1;").arg(ui::colors::danger.name()));
    m_missing->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missing);
}

void MappingEditor::clear()
{
    m_headers.clear();
    m_rows.clear();
    m_table->setRowCount(0);
    m_missing->clear();
    m_missing->hide();
}

void MappingEditor::setColumns(Kind kind, const QStringList &headers, const QList<QStringList> &rows, const Mapping &saved)
{
    m_kind = kind;
    m_headers = headers;
    m_rows = rows;
    const ColumnMap automatic = matchHeaders(kind, headers, saved);
    m_table->setRowCount(int(headers.size()));
    const auto &fields = fieldsOf(kind);
    for (int c = 0; c < headers.size(); ++c) {
        auto *name = new QTableWidgetItem(headers[c].isEmpty() ? tr("(no header)") : headers[c]);
        m_table->setItem(c, Header, name);
        auto *combo = new QComboBox;
        combo->addItem(tr("— not imported —"), QString());
        for (const FieldDef &f : fields)
            combo->addItem(f.required ? tr("%1 (required)").arg(f.label()) : f.label(), f.id);
        const int field = int(automatic.columnOfField.indexOf(c));
        combo->setCurrentIndex(field >= 0 ? field + 1 : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            showExamples();
            emit changed();
        });
        m_table->setCellWidget(c, Field, combo);
    }
    showExamples();
    emit changed();
}

void MappingEditor::setReveal(bool reveal)
{
    m_reveal = reveal;
    showExamples();
}

QString MappingEditor::fieldIdAt(int row) const
{
    const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, Field));
    return combo ? combo->currentData().toString() : QString();
}

void MappingEditor::showExamples()
{
    for (int c = 0; c < m_headers.size(); ++c) {
        const QString field = fieldIdAt(c);
        QStringList examples;
        for (const QStringList &row : std::as_const(m_rows)) {
            const QString value = row.value(c).simplified();
            if (value.isEmpty())
                continue;
            examples << maskPersonal(value, field, m_reveal);
            if (examples.size() == 3)
                break;
        }
        m_table->setItem(c, Example, new QTableWidgetItem(examples.join(QStringLiteral(" · "))));
    }
    // Nothing to say before a file is chosen.
    const QStringList absent = m_headers.isEmpty() ? QStringList() : missing();
    m_missing->setText(absent.isEmpty() ? QString() : tr("Choose a column for: %1").arg(absent.join(QStringLiteral(", "))));
    m_missing->setVisible(!absent.isEmpty());
}

Mapping MappingEditor::mapping() const
{
    Mapping mapping;
    for (int c = 0; c < m_headers.size(); ++c)
        if (!m_headers[c].trimmed().isEmpty())
            mapping.insert(m_headers[c], fieldIdAt(c));
    return mapping;
}

QStringList MappingEditor::missing() const
{
    QSet<QString> chosen;
    for (int c = 0; c < m_headers.size(); ++c)
        chosen.insert(fieldIdAt(c));
    QStringList absent;
    for (const FieldDef &f : fieldsOf(m_kind))
        if (f.required && !chosen.contains(f.id))
            absent << f.label();
    return absent;
}

QString MappingEditor::missingMessage() const
{
    return m_missing->isHidden() ? QString() : m_missing->text();
}

QSet<QString> MappingEditor::personalColumns() const
{
    QSet<QString> columns;
    for (int c = 0; c < m_headers.size(); ++c)
        if (kPersonalFields.contains(fieldIdAt(c)))
            columns.insert(m_headers[c].trimmed());
    return columns;
}

} // namespace perisai::imports
