#include "agreementlistmodel.h" // relative: lupdate resolves it without include paths

#include "agreements/agreementrules.h"
#include "core/format.h"
#include "figures/glossary.h"

namespace perisai::agreements {

AgreementListModel::AgreementListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgreementListModel::setRows(std::vector<AgreementRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const AgreementRow *AgreementListModel::rowById(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows[row];
}

int AgreementListModel::rowOf(qint64 agreementId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].agreement.id == agreementId)
            return static_cast<int>(i);
    }
    return -1;
}

int AgreementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgreementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString leftText(const AgreementRow &row)
{
    switch (row.status) {
    case AgreementStatus::Draft:
    case AgreementStatus::Renewed:
    case AgreementStatus::Terminated:
        return QStringLiteral("–");
    default:
        break;
    }
    if (row.daysLeft < 0)
        return AgreementListModel::tr("%1 days ago").arg(fmt::number(-row.daysLeft));
    return AgreementListModel::tr("%1 days").arg(fmt::number(row.daysLeft));
}

} // namespace

QVariant AgreementListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const AgreementRow &row = m_rows[index.row()];
    const Agreement &a = row.agreement;
    switch (role) {
    case StatusKeyRole: return statusKey(row.status);
    case AgreementIdRole: return a.id;
    case WadahIdRole: return a.wadahId;
    case Qt::TextAlignmentRole:
        if (index.column() == TargetColumn || index.column() == MinimumColumn || index.column() == LeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && a.status == StoredStatus::Terminated)
            return tr("Terminated on %1: %2").arg(fmt::date(a.terminatedOn), a.terminationReason);
        if (index.column() == StatusColumn && !row.successorNumber.isEmpty())
            return tr("Renewed by %1").arg(row.successorNumber);
        if (index.column() == TermColumn && !a.termOverrideReason.isEmpty())
            return tr("Longer than the rule allows: %1").arg(a.termOverrideReason);
        return {};
    case SortRole:
        switch (index.column()) {
        case SignedColumn: return a.signedOn;
        case TermColumn: return a.startsOn;
        case LeftColumn: return row.daysLeft;
        case StatusColumn: return static_cast<int>(row.status);
        case TargetColumn: return a.targetParticipants;
        case MinimumColumn: return a.minMonthlyTarget;
        case DocumentColumn: return row.documentCount;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case WadahColumn: return row.wadahCode + QStringLiteral(" · ") + row.wadahName;
        case NumberColumn: return a.number;
        case SignedColumn: return fmt::date(a.signedOn);
        case TermColumn: return fmt::date(a.startsOn) + QStringLiteral(" – ") + fmt::date(a.endsOn);
        case LeftColumn: return leftText(row);
        case StatusColumn: return statusLabel(row.status);
        case BankColumn: return a.partnerBank;
        case TargetColumn: return a.targetParticipants > 0 ? fmt::number(a.targetParticipants) : QString();
        case MinimumColumn: return a.minMonthlyTarget > 0 ? fmt::number(a.minMonthlyTarget) : QString();
        case DocumentColumn: return row.documentCount > 0 ? tr("%n file(s)", nullptr, row.documentCount) : tr("none");
        default: return {};
        }
    default:
        return {};
    }
}

QVariant AgreementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        // Two of the three targets a wadah has (the third is the targets table's, on the dashboard).
        if (section == TargetColumn)
            return figures::tooltip(figures::Term::PksTarget);
        if (section == MinimumColumn)
            return figures::tooltip(figures::Term::PksMonthlyMinimum);
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WadahColumn: return tr("Wadah");
    case NumberColumn: return tr("PKS number");
    case SignedColumn: return tr("Signed");
    case TermColumn: return tr("Term");
    case LeftColumn: return tr("Ends in");
    case StatusColumn: return tr("Status");
    case BankColumn: return tr("Partner bank");
    case TargetColumn: return tr("PKS target");
    case MinimumColumn: return tr("Min./month");
    case DocumentColumn: return tr("Document");
    default: return {};
    }
}

AgreementFilterModel::AgreementFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AgreementListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AgreementFilterModel::setStatuses(const QSet<AgreementStatus> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

void AgreementFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void AgreementFilterModel::setWadah(qint64 wadahId)
{
    m_wadahId = wadahId;
    invalidateFilter();
}

void AgreementFilterModel::setShowRenewed(bool show)
{
    m_showRenewed = show;
    invalidateFilter();
}

void AgreementFilterModel::setWithinDays(int days)
{
    m_withinDays = days;
    invalidateFilter();
}

bool AgreementFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const AgreementListModel *>(sourceModel());
    const AgreementRow &row = model->rows()[sourceRow];
    if (m_wadahId != 0 && row.agreement.wadahId != m_wadahId)
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(row.status))
        return false;
    if (row.status == AgreementStatus::Renewed && !m_showRenewed && m_statuses.isEmpty() && m_wadahId == 0)
        return false;
    if (m_withinDays > 0 && (row.daysLeft < 0 || row.daysLeft > m_withinDays))
        return false;
    if (m_text.isEmpty())
        return true;
    return row.wadahCode.contains(m_text, Qt::CaseInsensitive) || row.wadahName.contains(m_text, Qt::CaseInsensitive)
        || row.agreement.number.contains(m_text, Qt::CaseInsensitive)
        || row.agreement.partnerBank.contains(m_text, Qt::CaseInsensitive);
}

} // namespace perisai::agreements
