#include "agentlistmodel.h"

#include "core/format.h"
#include "figures/glossary.h"
#include "core/period.h"
#include "roster/delegates.h"
#include "ui/personaldata.h"
#include "ui/theme.h"

#include <QBrush>

namespace perisai::roster {

void AgentListModel::setRows(std::vector<AgentRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void AgentListModel::setRevealPersonalData(bool reveal)
{
    m_reveal = reveal;
    if (!m_rows.empty())
        emit dataChanged(index(0, Nik), index(rowCount() - 1, Phone));
}

const AgentRow *AgentListModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[size_t(row)] : nullptr;
}

int AgentListModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int AgentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString monthText(int period)
{
    return period > 0 ? fmt::monthShort(period % 100) + QLatin1Char(' ') + QString::number(period / 100) : QStringLiteral("–");
}

QVariant AgentListModel::data(const QModelIndex &index, int role) const
{
    const AgentRow *r = rowAt(index.row());
    if (!r)
        return {};
    const int c = index.column();
    if (role == IdRole)
        return r->id;
    if (role == ChipDelegate::ColorRole && c == Status)
        return statusColor(r->status);
    if (role == TwoLineDelegate::SecondLineRole) {
        if (c == Name)
            return r->code;
        if (c == Wadah)
            return r->officeName;
    }
    if (role == Qt::DisplayRole) {
        switch (c) {
        case Code: return r->code;
        case Name: return r->name;
        case Wadah: return r->wadahName.isEmpty() ? QStringLiteral("–") : r->wadahName;
        case Office: return r->officeName;
        case Status: return statusLabel(r->status);
        case Joined: return r->joinedOn.isValid() ? fmt::date(r->joinedOn) : QStringLiteral("–");
        case LastActive: return monthText(r->lastActivePeriod);
        case MonthAcq: return fmt::number(r->monthAcquisitions);
        case YearAcq: return fmt::number(r->yearAcquisitions);
        case ActiveRecruits: return fmt::number(r->activeRecruits);
        case Target: return r->target > 0 ? fmt::number(r->target) : QStringLiteral("–");
        case Achievement: return r->target > 0 ? fmt::percent(r->achievement) : QStringLiteral("–");
        case Nik: return ui::showNik(r->nik, m_reveal);
        case Phone: return ui::showPhone(r->phone, m_reveal);
        }
    }
    if (role == Qt::EditRole || role == SortRole) {
        switch (c) {
        case Code: return r->code;
        case Name: return r->name;
        case Wadah: return r->wadahName;
        case Office: return r->officeName;
        case Status: return role == SortRole ? QVariant(int(r->status)) : QVariant(statusLabel(r->status));
        case Joined: return r->joinedOn;
        case LastActive: return role == SortRole ? QVariant(r->lastActivePeriod) : QVariant(monthText(r->lastActivePeriod));
        case MonthAcq: return r->monthAcquisitions;
        case YearAcq: return r->yearAcquisitions;
        case ActiveRecruits: return r->activeRecruits;
        case Target: return r->target;
        case Achievement: return r->target > 0 ? QVariant(r->achievement) : QVariant(role == SortRole ? -1.0 : QVariant());
        case Nik: return ui::showNik(r->nik, m_reveal);
        case Phone: return ui::showPhone(r->phone, m_reveal);
        }
    }
    if (role == Qt::TextAlignmentRole && c >= MonthAcq && c <= Achievement)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (c == LastActive && r->status == AgentStatus::Active && !r->productive)
            return QBrush(ui::colors::warning.darker(130));
        if ((c == Nik || c == Phone) && !m_reveal)
            return QBrush(ui::colors::muted);
        if (r->status == AgentStatus::Dismissed && c != Status)
            return QBrush(ui::colors::muted);
    }
    if (role == Qt::ToolTipRole) {
        if (c == Status && r->statusSince.isValid())
            return tr("%1 since %2").arg(statusLabel(r->status), fmt::date(r->statusSince));
        if (c == LastActive)
            return tr("The last month with an acquisition or a contribution collected");
        if (c == Achievement && r->target > 0)
            return tr("%1 of a target of %2 from January to the reference month").arg(fmt::number(r->yearAcquisitions), fmt::number(r->target));
    }
    return {};
}

QVariant AgentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section >= MonthAcq && section <= Achievement)
        return int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole) {
        // The glossary's definition; the period is the reference month, or January up to it.
        using figures::Term;
        switch (section) {
        case LastActive: return tr("The last month with an acquisition or a contribution collected");
        case MonthAcq: return figures::tooltip(Term::Acquisitions, tr("In the reference month."));
        case YearAcq: return figures::tooltip(Term::Acquisitions, tr("From January to the reference month."));
        case ActiveRecruits: return figures::tooltip(Term::ActiveRecruits);
        case Target: return figures::tooltip(Term::Target, tr("From January to the reference month."));
        case Achievement: return figures::tooltip(Term::TargetAchievement, tr("From January to the reference month."));
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Wadah: return tr("Wadah");
    case Office: return tr("KCP");
    case Status: return tr("Status");
    case Joined: return tr("Joined");
    case LastActive: return tr("Last\ntransaction");
    case MonthAcq: return tr("Acquisitions\nthis month");
    case YearAcq: return tr("Acquisitions\nthis year");
    case ActiveRecruits: return tr("Recruits\npaying");
    case Target: return tr("Target");
    case Achievement: return tr("Achievement");
    case Nik: return tr("NIK");
    case Phone: return tr("Phone");
    }
    return {};
}

AgentFilterProxy::AgentFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AgentListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AgentFilterProxy::setFilter(const AgentFilter &filter)
{
    m_filter = filter;
    m_filter.search = filter.search.simplified();
    invalidateFilter();
}

bool AgentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const AgentListModel *>(sourceModel());
    const AgentRow *r = model ? model->rowAt(sourceRow) : nullptr;
    if (!r)
        return false;
    const AgentFilter &f = m_filter;
    if (f.officeId > 0 && r->officeId != f.officeId)
        return false;
    if (f.wadahId > 0 && r->wadahId != f.wadahId)
        return false;
    if (f.status && r->status != *f.status)
        return false;
    if (f.productive && r->productive != *f.productive)
        return false;
    if (!f.search.isEmpty()) {
        const bool digits = std::all_of(f.search.begin(), f.search.end(), [](QChar ch) { return ch.isDigit(); });
        if (digits)
            return r->nik.startsWith(f.search) || r->code.contains(f.search) || r->phone.contains(f.search);
        return r->name.contains(f.search, Qt::CaseInsensitive) || r->code.contains(f.search, Qt::CaseInsensitive)
               || r->wadahName.contains(f.search, Qt::CaseInsensitive) || r->wadahCode.contains(f.search, Qt::CaseInsensitive);
    }
    return true;
}

} // namespace perisai::roster
