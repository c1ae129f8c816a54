#pragma once
// The roster list: agents with their figures (a few hundred rows, all in memory), and the proxy that
// searches as you type, filters by KCP, wadah, status and productivity, and sorts by any column.

#include "roster/agent.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <optional>
#include <vector>

namespace perisai::roster {

class AgentListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Wadah, Office, Status, Joined, LastActive, MonthAcq, YearAcq, ActiveRecruits, Target,
                  Achievement, Nik, Phone, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<AgentRow> rows);
    void setRevealPersonalData(bool reveal);
    const std::vector<AgentRow> &rows() const { return m_rows; }
    const AgentRow *rowAt(int row) const;
    int rowOf(qint64 id) const;   // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<AgentRow> m_rows;
    bool m_reveal = false;
};

struct AgentFilter {
    QString search;                         // code, name, wadah or the NIK's digits
    qint64 officeId = 0;
    qint64 wadahId = 0;
    std::optional<AgentStatus> status;
    std::optional<bool> productive;         // a transaction in the reference month
};

class AgentFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit AgentFilterProxy(QObject *parent = nullptr);
    void setFilter(const AgentFilter &filter);
    const AgentFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AgentFilter m_filter;
};

} // namespace perisai::roster
