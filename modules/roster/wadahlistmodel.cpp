#include "wadahlistmodel.h"

#include "core/format.h"
#include "figures/glossary.h"
#include "roster/delegates.h"
#include "ui/theme.h"

#include <QBrush>

namespace perisai::roster {

void WadahListModel::setRows(std::vector<WadahRow> rows, const QDate &today, int minAgents)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    m_minAgents = minAgents;
    endResetModel();
}

const WadahRow *WadahListModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[size_t(row)] : nullptr;
}

int WadahListModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int WadahListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WadahListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WadahListModel::data(const QModelIndex &index, int role) const
{
    const WadahRow *r = rowAt(index.row());
    if (!r)
        return {};
    const int c = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (c) {
        case Code: return r->code;
        case Name: return r->name;
        case Kind: return wadahKindLabel(r->kind);
        case Office: return r->officeName;
        case Supervisor: return r->supervisor;
        case PartnerBank: return r->partnerBank;
        case Agents:
            return role == Qt::EditRole ? QVariant(r->agentsActive)
                                        : QVariant(tr("%1 of %2").arg(fmt::number(r->agentsActive), fmt::number(r->agentsRegistered)));
        case YearAcq: return role == Qt::EditRole ? QVariant(r->yearAcquisitions) : QVariant(fmt::number(r->yearAcquisitions));
        case Pks: return pksLabel(r->pks, r->pksEndsOn, m_today);
        case Status: return r->active ? tr("Active") : tr("Inactive");
        }
    }
    if (role == SortRole) {
        switch (c) {
        case Agents: return r->agentsActive;
        case YearAcq: return r->yearAcquisitions;
        case Pks: return r->pksEndsOn.isValid() ? QVariant(r->pksEndsOn.toJulianDay()) : QVariant(0);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && (c == Agents || c == YearAcq))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ChipDelegate::ColorRole && c == Pks) {
        switch (r->pks) {
        case PksState::Active: return ui::colors::accent;
        case PksState::Expiring: return ui::colors::warning;
        case PksState::Draft: return ui::colors::muted;
        default: return ui::colors::danger;
        }
    }
    if (role == ChipDelegate::ColorRole && c == Status)
        return r->active ? ui::colors::accent : ui::colors::muted;
    if (role == Qt::ForegroundRole) {
        if (c == Agents && r->active && r->agentsActive < m_minAgents)
            return QBrush(ui::colors::danger);
        if (c == Pks) {
            switch (r->pks) {
            case PksState::Active: return QBrush(ui::colors::accent.darker(115));
            case PksState::Expiring: return QBrush(ui::colors::warning.darker(130));
            case PksState::Expired:
            case PksState::Terminated:
            case PksState::None: return QBrush(ui::colors::danger);
            case PksState::Draft: return QBrush(ui::colors::muted);
            }
        }
        if (!r->active)
            return QBrush(ui::colors::muted);
    }
    if (role == Qt::ToolTipRole && c == Agents && r->agentsActive < m_minAgents)
        return tr("Fewer active agents than the %1 a wadah needs").arg(m_minAgents);
    return {};
}

QVariant WadahListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Agents || section == YearAcq))
        return int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole) {
        // The glossary's definitions; the agents are counted on the reference month's last day.
        using figures::Term;
        switch (section) {
        case Agents:
            return figures::tooltip(Term::AgentsActive, tr("On the last day of the reference month, of the agents registered then."))
                   + QStringLiteral("<br><br>") + figures::tooltip(Term::AgentsRegistered);
        case YearAcq: return figures::tooltip(Term::Acquisitions, tr("From January to the reference month."));
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Office: return tr("KCP");
    case Supervisor: return tr("Pembina");
    case PartnerBank: return tr("Partner bank");
    case Agents: return tr("Active\nagents");
    case YearAcq: return tr("Acquisitions\nthis year");
    case Pks: return tr("PKS");
    case Status: return tr("Status");
    }
    return {};
}

WadahFilterProxy::WadahFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WadahListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void WadahFilterProxy::setFilter(const WadahFilter &filter, int minAgents)
{
    m_filter = filter;
    m_filter.search = filter.search.simplified();
    m_minAgents = minAgents;
    invalidateFilter();
}

bool WadahFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const WadahListModel *>(sourceModel());
    const WadahRow *r = model ? model->rowAt(sourceRow) : nullptr;
    if (!r)
        return false;
    if (m_filter.officeId > 0 && r->officeId != m_filter.officeId)
        return false;
    if (m_filter.pks >= 0 && int(r->pks) != m_filter.pks)
        return false;
    if (m_filter.belowMinimum && r->agentsActive >= m_minAgents)
        return false;
    const QString &s = m_filter.search;
    return s.isEmpty() || r->name.contains(s, Qt::CaseInsensitive) || r->code.contains(s, Qt::CaseInsensitive)
           || r->supervisor.contains(s, Qt::CaseInsensitive);
}

} // namespace perisai::roster
