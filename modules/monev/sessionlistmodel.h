#pragma once
// The list of Monev sessions: planned ones ahead, past ones behind, with attendance and open actions. Each
// row shows the session's number, the one `report --type monev --session N` takes.

#include "monevtypes.h"

#include <QAbstractTableModel>

namespace perisai::monev {

class SessionListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Date, Title, Scope, Status, Invited, Attendance, Obstacles, OpenActions, ColumnCount };
    enum class Show { All, Planned, Past };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit SessionListModel(QObject *parent = nullptr);

    void setSessions(std::vector<SessionSummary> sessions);
    void setShow(Show show);
    qint64 sessionIdAt(int row) const;
    int rowOf(qint64 sessionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();

    std::vector<SessionSummary> m_all;
    std::vector<const SessionSummary *> m_rows;
    Show m_show = Show::All;
};

} // namespace perisai::monev
