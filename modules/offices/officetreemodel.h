#pragma once
// The office tree for the page: Kanwil → KC → KCP, children by code; closed offices greyed, a region without
// workforce figures marked (coverage has nothing to divide by there).

#include "offices/officesdata.h"

#include <QStandardItemModel>

namespace perisai::offices {

class OfficeTreeModel : public QStandardItemModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Kind, Region, Head, Wadah, Agents, Status, ColumnCount };

    explicit OfficeTreeModel(QObject *parent = nullptr);

    void setData(const OfficesData &data);
    qint64 officeId(const QModelIndex &index) const;
    const OfficeRow *row(qint64 id) const;
    QModelIndex indexOf(qint64 id) const;

private:
    void setHeaders();
    QList<QStandardItem *> makeRow(const OfficeRow &row, const QSet<QString> &workforceRegions) const;

    QList<OfficeRow> m_rows;
};

} // namespace perisai::offices
