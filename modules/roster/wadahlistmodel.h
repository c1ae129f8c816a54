#pragma once
// The wadah list (agent counts, the year's acquisitions, where the PKS stands) and its search/filter proxy.

#include "roster/wadah.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>
#include <vector>

namespace perisai::roster {

class WadahListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Kind, Office, Supervisor, PartnerBank, Agents, YearAcq, Pks, Status, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<WadahRow> rows, const QDate &today, int minAgents);
    const WadahRow *rowAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<WadahRow> m_rows;
    QDate m_today;
    int m_minAgents = 5;
};

struct WadahFilter {
    QString search;
    qint64 officeId = 0;
    int pks = -1;         // a PksState, -1 any
    bool belowMinimum = false;
};

class WadahFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit WadahFilterProxy(QObject *parent = nullptr);
    void setFilter(const WadahFilter &filter, int minAgents);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    WadahFilter m_filter;
    int m_minAgents = 5;
};

} // namespace perisai::roster
