#include "actionmodel.h"

#include "core/format.h"
#include "monevservice.h"
#include "ui/theme.h"

namespace perisai::monev {

void ActionModel::setActions(const std::vector<Action> &actions, const QDate &today)
{
    std::vector<ActionReview> rows;
    for (const Action &a : actions)
        rows.push_back({a, {}, {}});
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    m_reviews = false;
    endResetModel();
}

void ActionModel::setReviews(std::vector<ActionReview> reviews, const QDate &today)
{
    beginResetModel();
    m_rows = std::move(reviews);
    m_today = today;
    m_reviews = true;
    endResetModel();
}

const ActionReview *ActionModel::at(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[row] : nullptr;
}

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ActionReview &r = m_rows[index.row()];
    const Action &a = r.action;
    const bool overdue = a.isOverdue(m_today);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Description: return a.description;
        case Agreed: return QStringLiteral("%1 · %2").arg(fmt::date(a.sessionDate), a.sessionTitle);
        case Owner: return a.owner;
        case Due:
            if (!a.dueOn.isValid())
                return QStringLiteral("–");
            return overdue ? tr("%1 (%n days late)", nullptr, static_cast<int>(a.dueOn.daysTo(m_today))).arg(fmt::date(a.dueOn))
                           : fmt::date(a.dueOn);
        case Status:
            return a.status == action::open ? actionStatusLabel(a.status)
                                            : QStringLiteral("%1 %2").arg(actionStatusLabel(a.status), fmt::date(a.doneOn));
        case Decision: return r.reviewStatus.isEmpty() ? tr("to review") : actionStatusLabel(r.reviewStatus);
        case Note: return r.note;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Description && !a.obstacleText.isEmpty())
        return tr("Obstacle: %1").arg(a.obstacleText);
    if (role == Qt::ForegroundRole) {
        if (overdue && (index.column() == Due || index.column() == Status))
            return ui::colors::danger;
        if (a.status == action::done && index.column() == Status)
            return ui::colors::accent;
        if (a.status == action::dropped)
            return ui::colors::muted;
    }
    if (role == Qt::UserRole)
        return a.id;
    return {};
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Description: return tr("Action");
    case Agreed: return tr("Agreed at");
    case Owner: return tr("Owner");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case Decision: return tr("Decision here");
    case Note: return tr("Review note");
    }
    return {};
}

} // namespace perisai::monev
