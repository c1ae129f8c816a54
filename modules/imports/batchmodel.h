#pragma once
// The list of import batches: when, what kind, which file, what it changed, and whether it was undone.

#include "batches.h"

#include <QAbstractTableModel>

namespace perisai::imports {

class BatchModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Id, When, Kind, File, Rows, Inserted, Updated, Unchanged, Status, User, ColumnCount };

    explicit BatchModel(QObject *parent = nullptr);
    void setBatches(const QList<BatchInfo> &batches);
    const BatchInfo *batchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BatchInfo> m_batches;
};

} // namespace perisai::imports
