#include "tablemodel.h"

#include "core/format.h"

#include <QDate>

namespace perisai::performance {

void ValueTableModel::setTable(const QStringList &headers, std::vector<QVariantList> rows, const QList<int> &moneyColumns,
                               const QList<int> &percentColumns)
{
    beginResetModel();
    m_headers = headers;
    m_rows = std::move(rows);
    m_money = moneyColumns;
    m_percent = percentColumns;
    endResetModel();
}

int ValueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ValueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant ValueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QVariant v = m_rows[static_cast<size_t>(index.row())].value(index.column());
    const bool numeric = v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double;
    if (m_decoration) {
        if (QVariant extra = m_decoration(index.row(), index.column(), role); extra.isValid())
            return extra;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (!v.isValid() || v.isNull())
            return QString();
        if (v.typeId() == QMetaType::QDate)
            return fmt::date(v.toDate());
        if (m_percent.contains(index.column()) && numeric)
            return fmt::percent(v.toDouble());
        if (m_money.contains(index.column()) && numeric)
            return fmt::rupiah(v.toLongLong());
        if (v.typeId() == QMetaType::Double)
            return fmt::decimal(v.toDouble());
        if (numeric)
            return fmt::number(v.toLongLong());
        return v;
    case Qt::EditRole:
        return v;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace perisai::performance
