#include "batchmodel.h"

#include "core/format.h"
#include "ui/theme.h"

#include <QFileInfo>

namespace perisai::imports {

BatchModel::BatchModel(QObject *parent) : QAbstractTableModel(parent) {}

void BatchModel::setBatches(const QList<BatchInfo> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

const BatchInfo *BatchModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches[row] : nullptr;
}

int BatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    const BatchInfo *b = batchAt(index.row());
    if (!b)
        return {};
    const bool undone = b->status == QLatin1String("undone");
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return b->id;
        case When: {
            const QDateTime local = b->startedAt.toLocalTime();
            return fmt::date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
        }
        case Kind: {
            const auto kind = parseKind(b->kind);
            return kind ? kindLabel(*kind) : b->kind;
        }
        case File: return QFileInfo(b->sourceFile).fileName();
        case Rows: return fmt::number(b->counts.total);
        case Inserted: return fmt::number(b->counts.inserted);
        case Updated: return fmt::number(b->counts.updated);
        case Unchanged: return fmt::number(b->counts.unchanged);
        case Status:
            return undone ? tr("Undone %1").arg(fmt::date(b->undoneAt.toLocalTime().date())) : tr("Imported");
        case User: return b->user;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == File)
        return b->sourceFile;
    if (role == Qt::ForegroundRole && undone)
        return ui::colors::muted;
    if (role == Qt::TextAlignmentRole && index.column() >= Rows && index.column() <= Unchanged)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Batch");
    case When: return tr("Imported at");
    case Kind: return tr("Kind");
    case File: return tr("File");
    case Rows: return tr("Rows");
    case Inserted: return tr("New");
    case Updated: return tr("Updated");
    case Unchanged: return tr("Unchanged");
    case Status: return tr("Status");
    case User: return tr("By");
    }
    return {};
}

} // namespace perisai::imports
