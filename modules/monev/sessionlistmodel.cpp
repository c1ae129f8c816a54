#include "sessionlistmodel.h"

#include "core/format.h"
#include "monevservice.h"
#include "ui/theme.h"

#include <QFont>

namespace perisai::monev {

SessionListModel::SessionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SessionListModel::setSessions(std::vector<SessionSummary> sessions)
{
    beginResetModel();
    m_all = std::move(sessions);
    rebuild();
    endResetModel();
}

void SessionListModel::setShow(Show show)
{
    beginResetModel();
    m_show = show;
    rebuild();
    endResetModel();
}

void SessionListModel::rebuild()
{
    m_rows.clear();
    for (const SessionSummary &s : m_all) {
        const bool planned = s.session.status == status::planned;
        if (m_show == Show::All || (m_show == Show::Planned) == planned)
            m_rows.push_back(&s);
    }
}

qint64 SessionListModel::sessionIdAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[row]->session.id : 0;
}

int SessionListModel::rowOf(qint64 sessionId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i]->session.id == sessionId)
            return static_cast<int>(i);
    return -1;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const SessionSummary &s = *m_rows[index.row()];
    const bool planned = s.session.status == status::planned;
    const bool cancelled = s.session.status == status::cancelled;
    if (role == IdRole)
        return s.session.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return QString::number(s.session.id);
        case Date: return fmt::date(s.session.heldOn);
        case Title: return s.session.title;
        case Scope: return scopeLabel(s.session);
        case Status: return sessionStatusLabel(s.session.status);
        case Invited: return fmt::number(s.invited);
        case Attendance: return planned || cancelled || s.invited == 0 ? QStringLiteral("–") : fmt::percent(s.attendanceRate());
        case Obstacles: return fmt::number(s.obstacles);
        case OpenActions: return fmt::number(s.openActions);
        }
    }
    if (role == Qt::EditRole && index.column() == Date)
        return s.session.heldOn;
    if (role == Qt::EditRole && index.column() == Number)
        return s.session.id;
    if (role == Qt::TextAlignmentRole && (index.column() >= Invited || index.column() == Number))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (cancelled)
            return ui::colors::muted;
        if (index.column() == Status && planned)
            return ui::colors::primary;
    }
    if (role == Qt::FontRole && planned) {
        QFont f;
        f.setBold(index.column() == Date);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Attendance && !planned)
        return tr("%1 present, %2 excused, %3 absent of %4 invited").arg(s.present).arg(s.excused).arg(s.absent).arg(s.invited);
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Number)
        return tr("The session's number, for the command line: report --type monev --session NUMBER");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("No.");
    case Date: return tr("Date");
    case Title: return tr("Session");
    case Scope: return tr("Scope");
    case Status: return tr("Status");
    case Invited: return tr("Invited");
    case Attendance: return tr("Attendance");
    case Obstacles: return tr("Obstacles");
    case OpenActions: return tr("Open actions");
    }
    return {};
}

} // namespace perisai::monev
