#include "participantmodel.h"

#include "core/format.h"
#include "roster/delegates.h"
#include "roster/querythread.h"
#include "ui/personaldata.h"
#include "ui/theme.h"

#include <QBrush>
#include <QFont>

namespace perisai::roster {
namespace {

struct PageAnswer {
    int generation = 0;
    bool skipped = false;
    std::shared_ptr<const std::vector<qint64>> matches; // set when the search index answered
    std::vector<ParticipantRow> rows;
    QString error;
};

struct CountAnswer {
    int generation = 0;
    qint64 count = -1;
};

} // namespace

ParticipantModel::ParticipantModel(QueryThread *queries, QObject *parent)
    : QAbstractTableModel(parent), m_queries(queries), m_generation(std::make_shared<std::atomic<int>>(0))
{
    m_counts = new QueryThread(queries->database(), this);
}

void ParticipantModel::setFilter(const ParticipantFilter &filter)
{
    m_filter = filter;
    requestPage(true);
}

void ParticipantModel::setActivePeriod(int yyyymm)
{
    m_activePeriod = yyyymm;
    requestPage(true);
}

void ParticipantModel::reload()
{
    requestPage(true);
}

void ParticipantModel::setSearchIndex(std::shared_ptr<const ParticipantIndex> index)
{
    m_index = std::move(index);
}

void ParticipantModel::setRevealPersonalData(bool reveal)
{
    m_reveal = reveal;
    if (!m_rows.empty())
        emit dataChanged(index(0, Nik), index(rowCount() - 1, Phone));
}

const ParticipantRow *ParticipantModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

void ParticipantModel::requestPage(bool fresh)
{
    if (fresh) {
        ++*m_generation;
        m_exhausted = false;
    }
    m_loading = true;
    m_clock.start();
    const int generation = m_generation->load();
    auto latest = m_generation;
    const ParticipantFilter filter = m_filter;
    const ParticipantSort sort = m_sort;
    const bool descending = m_descending;
    const int period = m_activePeriod;
    const PageKey after = fresh || m_rows.empty() ? PageKey{} : PageKey::after(m_rows.back(), sort);
    // The index answers a name search when it was built for the month that defines "active".
    const auto index = m_index && m_index->activePeriod() == period && ParticipantIndex::handles(filter) ? m_index : nullptr;
    const auto matches = fresh ? nullptr : m_matches;
    const size_t offset = fresh ? 0 : m_rows.size();
    m_queries->run<PageAnswer>(this, [=](const storage::Database &db) {
        PageAnswer answer;
        answer.generation = generation;
        if (latest->load() != generation) { // a newer request came in while this one waited
            answer.skipped = true;
            return answer;
        }
        ParticipantRepository repo(db);
        Result<std::vector<ParticipantRow>> rows = std::vector<ParticipantRow>{};
        if (index || matches) {
            answer.matches = matches ? matches : std::make_shared<const std::vector<qint64>>(index->match(filter, sort, descending));
            const auto &all = *answer.matches;
            const size_t first = std::min(offset, all.size());
            const size_t last = std::min(first + size_t(kPageSize), all.size());
            rows = repo.byIds(std::vector<qint64>(all.begin() + qsizetype(first), all.begin() + qsizetype(last)), period);
        } else {
            rows = repo.page(filter, sort, descending, after, kPageSize, period);
        }
        if (rows)
            answer.rows = std::move(*rows);
        else
            answer.error = rows.error().text();
        return answer;
    }, [this, fresh](PageAnswer answer) {
        if (answer.skipped || answer.generation != m_generation->load())
            return;
        m_loading = false;
        if (!answer.error.isEmpty()) {
            emit loadFailed(answer.error);
            return;
        }
        const int n = static_cast<int>(answer.rows.size());
        if (fresh)
            m_matches = answer.matches;
        if (fresh) {
            beginResetModel();
            m_rows = std::move(answer.rows);
            endResetModel();
        } else if (n > 0) {
            const int first = rowCount();
            beginInsertRows({}, first, first + n - 1);
            m_rows.insert(m_rows.end(), std::make_move_iterator(answer.rows.begin()), std::make_move_iterator(answer.rows.end()));
            endInsertRows();
        }
        m_exhausted = m_matches ? m_rows.size() >= m_matches->size() : n < kPageSize;
        emit pageLoaded(n, m_clock.nsecsElapsed() / 1e6);
        if (fresh)
            requestCount();
    });
}

void ParticipantModel::requestCount()
{
    if (m_matches) {
        emit countKnown(qint64(m_matches->size()));
        return;
    }
    if (m_exhausted) {
        emit countKnown(rowCount());
        return;
    }
    const int generation = m_generation->load();
    auto latest = m_generation;
    const ParticipantFilter filter = m_filter;
    const int period = m_activePeriod;
    m_counts->run<CountAnswer>(this, [=](const storage::Database &db) {
        CountAnswer answer{generation, -1};
        if (latest->load() != generation)
            return answer;
        if (auto n = ParticipantRepository(db).count(filter, period))
            answer.count = *n;
        return answer;
    }, [this](CountAnswer answer) {
        if (answer.count >= 0 && answer.generation == m_generation->load())
            emit countKnown(answer.count);
    });
}

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParticipantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    const ParticipantRow *r = rowAt(index.row());
    if (!r)
        return {};
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Kpj: return r->kpj;
        case Name: return r->name;
        case Nik: return ui::showNik(r->nik, m_reveal);
        case Phone: return ui::showPhone(r->phone, m_reveal);
        case Occupation: return r->occupation;
        case Program: return r->program;
        case Registered: return role == Qt::EditRole ? QVariant(r->registeredOn) : QVariant(fmt::date(r->registeredOn));
        case Agent: return r->agentCode.isEmpty() ? tr("Other channel") : r->agentName;
        case Office: return r->officeCode;
        case Activity: return r->active ? tr("Active") : tr("Lapsed");
        }
    }
    if (role == ChipDelegate::ColorRole && column == Activity)
        return r->active ? ui::colors::accent : ui::colors::danger;
    if (role == Qt::ForegroundRole) {
        if (column == Activity)
            return QBrush(r->active ? ui::colors::accent.darker(115) : ui::colors::danger);
        if (column == Agent && r->agentCode.isEmpty())
            return QBrush(ui::colors::muted);
        if (column == Nik || column == Phone || column == Kpj)
            return QBrush(ui::colors::muted.darker(120));
    }
    if (role == Qt::FontRole && column == Activity) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && column == Agent && !r->agentCode.isEmpty())
        return r->agentCode + QStringLiteral(" · ") + r->agentName;
    if (role == Qt::ToolTipRole && column == Activity)
        return r->active ? tr("Paid for %1").arg(fmt::yearMonth(m_activePeriod / 100, m_activePeriod % 100))
                         : tr("No contribution for %1").arg(fmt::yearMonth(m_activePeriod / 100, m_activePeriod % 100));
    return {};
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kpj: return tr("KPJ");
    case Name: return tr("Name");
    case Nik: return tr("NIK");
    case Phone: return tr("Phone");
    case Occupation: return tr("Occupation");
    case Program: return tr("Program");
    case Registered: return tr("Registered");
    case Agent: return tr("Agent");
    case Office: return tr("KCP");
    case Activity: return tr("Status");
    }
    return {};
}

bool ParticipantModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_loading && !m_rows.empty();
}

void ParticipantModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

bool ParticipantModel::isSortable(int column)
{
    return column == Name || column == Kpj || column == Registered;
}

void ParticipantModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_sort = column == Kpj ? ParticipantSort::Kpj : column == Registered ? ParticipantSort::Registered : ParticipantSort::Name;
    m_descending = order == Qt::DescendingOrder;
    requestPage(true);
}

} // namespace perisai::roster
