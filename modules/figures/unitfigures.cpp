#include "unitfigures.h"

#include "kpirepository.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QHash>
#include <algorithm>

namespace perisai::figures {

using storage::Query;

QString unitLevelKey(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Branch:
        return QStringLiteral("kc");
    case UnitLevel::Kcp:
        return QStringLiteral("kcp");
    case UnitLevel::Wadah:
        return QStringLiteral("wadah");
    case UnitLevel::Agent:
        break;
    }
    return QStringLiteral("agent");
}

std::optional<UnitLevel> unitLevelFromKey(const QString &key)
{
    for (UnitLevel level : {UnitLevel::Branch, UnitLevel::Kcp, UnitLevel::Wadah, UnitLevel::Agent}) {
        if (unitLevelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

std::optional<double> UnitFigures::retention(int k) const
{
    for (size_t i = 0; i < kRetentionMonths.size(); ++i) {
        if (kRetentionMonths[i] == k)
            return retentionCounts[i].share();
    }
    return std::nullopt;
}

qint64 UnitFigures::retentionBase(int k) const
{
    for (size_t i = 0; i < kRetentionMonths.size(); ++i) {
        if (kRetentionMonths[i] == k)
            return retentionCounts[i].base;
    }
    return 0;
}

namespace detail {
namespace {

// The figures a summary row gives for a period, with the bound values its CASE columns need: the
// period's acquisitions, the same months a year earlier, those paid up for its last month, what agents
// collected, whether anything happened in its last month, and the retention bases (acquisitions of the
// cohorts observed at each k).
struct PeriodColumns {
    QString sql;
    QVariantList values;
    YearMonth lowest; // the earliest month the columns read
};

PeriodColumns periodColumns(const PeriodRange &r, YearMonth lastObserved, const QString &active, const QString &collected)
{
    const PeriodRange before = r.previousYear();
    PeriodColumns c;
    c.sql = QStringLiteral("SUM(CASE WHEN period BETWEEN ? AND ? THEN acquisitions ELSE 0 END), "
                           "SUM(CASE WHEN period BETWEEN ? AND ? THEN acquisitions ELSE 0 END), "
                           "SUM(CASE WHEN period = ? THEN %1 ELSE 0 END), "
                           "SUM(CASE WHEN period BETWEEN ? AND ? THEN %2 ELSE 0 END), "
                           "SUM(CASE WHEN period = ? AND (acquisitions > 0 OR %2 > 0) THEN 1 ELSE 0 END)")
                .arg(active, collected);
    c.values = {r.from.key(), r.to.key(), before.from.key(), before.to.key(), r.to.key(), r.from.key(), r.to.key(), r.to.key()};
    for (int k : kRetentionMonths) {
        const PeriodRange observed = indicators::observedCohorts(r, k, lastObserved);
        c.sql += QStringLiteral(", SUM(CASE WHEN period BETWEEN ? AND ? THEN acquisitions ELSE 0 END)");
        c.values << observed.from.key() << observed.to.key();
    }
    c.lowest = before.from;
    return c;
}

void readPeriodColumns(const Query &q, int first, UnitFigures &u)
{
    u.acquisitions = q.intValue(first);
    u.acquisitionsSamePeriodLastYear = q.intValue(first + 1);
    u.activeRecruits = q.intValue(first + 2);
    u.collected = q.intValue(first + 3);
    u.productive = q.intValue(first + 4) > 0;
    for (size_t i = 0; i < kRetentionMonths.size(); ++i)
        u.retentionCounts[i].base = q.intValue(first + 5 + static_cast<int>(i));
}

QString retentionKs()
{
    QStringList ks;
    for (int k : kRetentionMonths)
        ks << QString::number(k);
    return ks.join(QStringLiteral(", "));
}

size_t retentionIndex(int k)
{
    return static_cast<size_t>(std::find(kRetentionMonths.begin(), kRetentionMonths.end(), k) - kRetentionMonths.begin());
}

void finishRow(UnitFigures &u, double cap)
{
    u.achievement = indicators::targetAchievement(u.acquisitions, u.target.value, cap);
}

} // namespace

void rank(std::vector<UnitFigures> &rows)
{
    std::vector<indicators::AgentScore> scores;
    scores.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        scores.push_back({static_cast<qint64>(i), rows[i].acquisitions, rows[i].activeRecruits, rows[i].collected, 0});
    indicators::rankAgents(scores);
    for (const auto &s : scores)
        rows[static_cast<size_t>(s.agentId)].rank = s.rank;
}

Result<std::vector<UnitFigures>> agentFigures(const UnitContext &c, UnitOptions options)
{
    const SqlFilter agents = agentFilter(c.scope, QStringLiteral("agent_id"));
    const PeriodColumns cols = periodColumns(c.range, c.lastObserved, QStringLiteral("active_recruits"), QStringLiteral("collected"));
    Query q(c.db.connection(), QStringLiteral("SELECT agent_id, ") + cols.sql + QStringLiteral(" FROM summary_agent_month WHERE ")
                                   + agents.sql + QStringLiteral(" AND period BETWEEN ? AND ? GROUP BY agent_id"));
    q.bind(cols.values).bind(agents.values).bind({cols.lowest.key(), c.range.to.key()});
    if (auto st = q.exec(); !st)
        return st.error();
    QHash<qint64, UnitFigures> read;
    while (q.next())
        readPeriodColumns(q, 1, read[q.intValue(0)]);

    // Paid up k months on, for the cohorts of the period (nothing is paid past the data, so no later
    // cohort adds anything the bases leave out).
    Query p(c.db.connection(), QStringLiteral("SELECT agent_id, k, SUM(paid) FROM summary_cohort WHERE k IN (%1) AND "
                                              "cohort BETWEEN ? AND ? AND ").arg(retentionKs())
                                   + agents.sql + QStringLiteral(" GROUP BY agent_id, k"));
    p.bind({c.range.from.key(), c.range.to.key()}).bind(agents.values);
    if (auto st = p.exec(); !st)
        return st.error();
    while (p.next()) {
        const size_t i = retentionIndex(static_cast<int>(p.intValue(1)));
        if (i < kRetentionMonths.size())
            read[p.intValue(0)].retentionCounts[i].paid = p.intValue(2);
    }

    QHash<qint64, int> lastActive;
    if (options.lastActivity) {
        Query l(c.db.connection(), QStringLiteral("SELECT agent_id, MAX(period) FROM summary_agent_month WHERE ") + agents.sql
                                       + QStringLiteral(" AND period <= ? AND (acquisitions > 0 OR collected > 0) GROUP BY agent_id"));
        l.bind(agents.values).bind(c.range.to.key());
        if (auto st = l.exec(); !st)
            return st.error();
        while (l.next())
            lastActive.insert(l.intValue(0), static_cast<int>(l.intValue(1)));
    }

    std::vector<UnitFigures> rows;
    for (const AgentUnit &a : c.org.agents) {
        if (c.scope.narrowedToAgents() && !c.scope.agentIds.contains(a.id))
            continue;
        UnitFigures u = read.value(a.id);
        u.level = UnitLevel::Agent;
        u.id = a.id;
        u.code = a.code;
        u.name = a.name;
        u.officeId = a.officeId;
        u.wadahId = a.wadahId;
        if (const WadahUnit *w = c.org.findWadah(a.wadahId)) {
            u.wadahCode = w->code;
            u.wadahName = w->name;
        }
        u.status = a.tenure.status;
        u.joinedOn = a.tenure.joinedOn;
        u.lastActiveMonth = lastActive.value(a.id);
        u.agentsRegistered = indicators::registeredOn(a.tenure, c.range.to.lastDay()) ? 1 : 0;
        u.agentsActive = indicators::activeOn(a.tenure, c.range.to.lastDay()) ? 1 : 0;
        u.target = c.targets.agent(a.id);
        finishRow(u, c.cap);
        rows.push_back(std::move(u));
    }
    rank(rows);
    return rows;
}

std::vector<UnitFigures> wadahFigures(const UnitContext &c, const std::vector<UnitFigures> &agents)
{
    std::vector<UnitFigures> rows;
    if (c.scope.agentId != 0)
        return rows; // one agent is not its wadah
    for (const WadahUnit &w : c.org.wadah) {
        if (c.scope.wadahId != 0 && w.id != c.scope.wadahId)
            continue;
        UnitFigures u;
        u.level = UnitLevel::Wadah;
        u.id = w.id;
        u.code = w.code;
        u.name = w.name;
        u.officeId = w.officeId;
        u.status = w.active ? QStringLiteral("active") : QStringLiteral("inactive");
        for (const UnitFigures &a : agents) {
            if (a.wadahId != w.id)
                continue;
            u.acquisitions += a.acquisitions;
            u.acquisitionsSamePeriodLastYear += a.acquisitionsSamePeriodLastYear;
            u.activeRecruits += a.activeRecruits;
            u.collected += a.collected;
            u.agentsRegistered += a.agentsRegistered;
            u.agentsActive += a.agentsActive;
            for (size_t i = 0; i < kRetentionMonths.size(); ++i)
                u.retentionCounts[i] += a.retentionCounts[i];
        }
        u.target = c.targets.wadah(w.id);
        finishRow(u, c.cap);
        rows.push_back(std::move(u));
    }
    rank(rows);
    return rows;
}

Result<std::vector<UnitFigures>> officeFigures(const UnitContext &c, const std::vector<UnitFigures> &agents, UnitLevel level)
{
    std::vector<UnitFigures> rows;
    if (c.scope.narrowedToAgents())
        return rows;
    QList<OfficeNode> kcps = c.org.officesOfKind(level == UnitLevel::Branch ? QStringLiteral("kc") : QStringLiteral("kcp"));
    // A branch is not one of its own branches (a KCP stays its own only KCP, as `kpi --by kcp` has it).
    if (level == UnitLevel::Branch)
        kcps.removeIf([&](const OfficeNode &o) { return o.id == c.scope.office.id; });
    if (kcps.isEmpty())
        return rows;
    const SqlFilter offices = officeFilter(c.scope, QStringLiteral("office_id"));
    const PeriodColumns cols = periodColumns(c.range, c.lastObserved, QStringLiteral("active"), QStringLiteral("0"));
    Query q(c.db.connection(), QStringLiteral("SELECT office_id, ") + cols.sql
                                   + QStringLiteral(" FROM summary_office_month WHERE channel = 'perisai' AND ") + offices.sql
                                   + QStringLiteral(" AND period BETWEEN ? AND ? GROUP BY office_id"));
    q.bind(cols.values).bind(offices.values).bind({cols.lowest.key(), c.range.to.key()});
    if (auto st = q.exec(); !st)
        return st.error();
    QHash<qint64, UnitFigures> byOffice;
    while (q.next())
        readPeriodColumns(q, 1, byOffice[q.intValue(0)]);
    Query p(c.db.connection(), QStringLiteral("SELECT office_id, k, SUM(paid) FROM summary_cohort WHERE k IN (%1) AND "
                                              "cohort BETWEEN ? AND ? AND ").arg(retentionKs())
                                   + offices.sql + QStringLiteral(" AND agent_id <> 0 GROUP BY office_id, k"));
    p.bind({c.range.from.key(), c.range.to.key()}).bind(offices.values);
    if (auto st = p.exec(); !st)
        return st.error();
    while (p.next()) {
        const size_t i = retentionIndex(static_cast<int>(p.intValue(1)));
        if (i < kRetentionMonths.size())
            byOffice[p.intValue(0)].retentionCounts[i].paid += p.intValue(2);
    }

    for (const OfficeNode &kcp : kcps) {
        UnitFigures u;
        u.level = level;
        u.id = kcp.id;
        u.code = kcp.code;
        u.name = kcp.name;
        u.officeId = kcp.id;
        const QList<qint64> subtree = c.org.subtree(kcp.id);
        for (qint64 id : subtree) {
            const UnitFigures part = byOffice.value(id);
            u.acquisitions += part.acquisitions;
            u.acquisitionsSamePeriodLastYear += part.acquisitionsSamePeriodLastYear;
            u.activeRecruits += part.activeRecruits;
            for (size_t i = 0; i < kRetentionMonths.size(); ++i)
                u.retentionCounts[i] += part.retentionCounts[i];
        }
        for (const UnitFigures &a : agents) {
            if (!subtree.contains(a.officeId))
                continue;
            u.collected += a.collected;
            u.agentsRegistered += a.agentsRegistered;
            u.agentsActive += a.agentsActive;
        }
        u.target = c.targets.office(kcp.id);
        finishRow(u, c.cap);
        rows.push_back(std::move(u));
    }
    rank(rows);
    return rows;
}

} // namespace detail

Result<UnitTable> unitFigures(const storage::Database &db, const KpiScope &scopeRequest, UnitLevel level,
                              const PeriodRange &asked, const QDate &today, UnitOptions options)
{
    auto scope = resolveScope(db, scopeRequest);
    if (!scope)
        return scope.error();
    auto period = fitPeriod(db, asked, today);
    if (!period)
        return period.error();
    auto org = loadOrg(db, *scope);
    if (!org)
        return org.error();
    auto targets = TargetBook::load(db, *org, period->range);
    if (!targets)
        return targets.error();
    auto cap = targetCap(db, period->range.to.lastDay());
    if (!cap)
        return cap.error();
    auto lastObserved = KpiRepository(db, *scope).lastObserved();
    if (!lastObserved)
        return lastObserved.error();

    UnitTable table;
    table.period = *period;
    table.level = level;
    table.cap = *cap;
    const detail::UnitContext context{db, *scope, *org, *targets, period->range, *lastObserved, *cap};
    auto agents = detail::agentFigures(context, options);
    if (!agents)
        return agents.error();
    if (level == UnitLevel::Agent) {
        table.rows = std::move(*agents);
        return table;
    }
    if (level == UnitLevel::Wadah) {
        table.rows = detail::wadahFigures(context, *agents);
        return table;
    }
    auto kcps = detail::officeFigures(context, *agents, level);
    if (!kcps)
        return kcps.error();
    table.rows = std::move(*kcps);
    return table;
}

} // namespace perisai::figures
