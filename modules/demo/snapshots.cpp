// After the summaries are refreshed: each held Monev session's figures per agent, frozen as they were
// read out at the meeting, and the awards handed out there.
#include "demo/writers.h"

#include "storage/query.h"

#include <algorithm>

namespace perisai::demo {
namespace {

// Figures for the review period, the period before it, and retention: of the recruits of the cohorts three
// months before the review period, the share paid up three months later (k = 3 lands in the review period).
// Grouped derived tables, not correlated subqueries: one pass over the summaries per session.
const char *const kSnapshot =
    "INSERT INTO monev_snapshots (session_id, agent_id, acquisitions, prev_acquisitions, active_recruits, target, retention_3m, collected, rank) "
    "SELECT CAST(? AS BIGINT), x.agent_id, x.acq, x.prev, x.act, x.target, x.ret, x.col, RANK() OVER (ORDER BY x.acq DESC) FROM ("
    " SELECT ma.agent_id AS agent_id, COALESCE(cur.acq, 0) AS acq, COALESCE(prev.acq, 0) AS prev, COALESCE(act.n, 0) AS act,"
    "  COALESCE(t.target, 0) * CAST(? AS BIGINT) / 12 AS target,"
    "  CAST(ret.paid AS DOUBLE PRECISION) / NULLIF(coh.acq, 0) AS ret, COALESCE(cur.col, 0) AS col"
    " FROM monev_attendance ma"
    " JOIN agents ag ON ag.id = ma.agent_id"
    " LEFT JOIN (SELECT agent_id, SUM(acquisitions) AS acq, SUM(collected) AS col FROM summary_agent_month"
    "            WHERE period BETWEEN ? AND ? GROUP BY agent_id) cur ON cur.agent_id = ma.agent_id"
    " LEFT JOIN (SELECT agent_id, SUM(acquisitions) AS acq FROM summary_agent_month"
    "            WHERE period BETWEEN ? AND ? GROUP BY agent_id) prev ON prev.agent_id = ma.agent_id"
    " LEFT JOIN (SELECT agent_id, SUM(acquisitions) AS acq FROM summary_agent_month"
    "            WHERE period BETWEEN ? AND ? GROUP BY agent_id) coh ON coh.agent_id = ma.agent_id"
    " LEFT JOIN (SELECT agent_id, active_recruits AS n FROM summary_agent_month WHERE period = ?) act ON act.agent_id = ma.agent_id"
    " LEFT JOIN (SELECT agent_id, SUM(paid) AS paid FROM summary_cohort WHERE period BETWEEN ? AND ? AND k = 3"
    "            GROUP BY agent_id) ret ON ret.agent_id = ma.agent_id"
    " LEFT JOIN targets t ON t.level = 'agen' AND t.month = 0 AND t.year = ? AND t.code = ag.code"
    " WHERE ma.session_id = ?) x";

struct Held {
    qint64 id;
    YearMonth from, to;
    qint64 heldJd;
};

struct Row {
    qint64 agent;
    qint64 acquisitions, previous, active;
    double retention;
    bool hasRetention;
};

struct Award {
    qint64 session;
    const char *category;
    qint64 agent;
    int rank;
    double value;
};

} // namespace

Status writeSnapshotsAndAwards(const Plan &plan, Sink &sink)
{
    const auto conn = sink.connection();
    std::vector<Held> sessions;
    {
        storage::Query q(conn, QStringLiteral("SELECT id, review_from, review_to, held_on FROM monev_sessions "
                                              "WHERE status IN ('held', 'closed') ORDER BY id"));
        if (auto st = q.exec(); !st)
            return st;
        while (q.next())
            sessions.push_back({q.intValue(0), YearMonth::fromKey(q.value(1).toInt()), YearMonth::fromKey(q.value(2).toInt()),
                                QDate::fromString(q.text(3).left(10), Qt::ISODate).toJulianDay()});
    }
    std::vector<Award> awards;
    for (const Held &h : sessions) {
        const int length = h.from.monthsUntil(h.to) + 1;
        const YearMonth cohortFrom = h.from.addMonths(-3), cohortTo = h.to.addMonths(-3);
        storage::Query q(conn, QString::fromLatin1(kSnapshot));
        q.bind({h.id, length, h.from.key(), h.to.key(), h.from.addMonths(-length).key(), h.to.addMonths(-length).key(),
                cohortFrom.key(), cohortTo.key(), h.to.key(), h.from.key(), h.to.key(), h.to.year(), h.id});
        if (auto st = q.exec(); !st)
            return st;

        std::vector<Row> rows;
        storage::Query r(conn, QStringLiteral("SELECT agent_id, acquisitions, prev_acquisitions, active_recruits, retention_3m "
                                              "FROM monev_snapshots WHERE session_id = ? ORDER BY agent_id"));
        r.bind(h.id);
        if (auto st = r.exec(); !st)
            return st;
        while (r.next())
            rows.push_back({r.intValue(0), r.intValue(1), r.intValue(2), r.intValue(3), r.value(4).toDouble(), !r.value(4).isNull()});
        if (rows.size() < 3 || !sink.advance(static_cast<qint64>(rows.size())))
            continue;
        // Top three by acquisitions; the best retention (among agents with enough recruits to tell),
        // the best newcomer (joined in the last six months) and the most improved.
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.acquisitions > b.acquisitions; });
        for (int rank = 1; rank <= 3; ++rank)
            if (rows[static_cast<size_t>(rank - 1)].acquisitions > 0)
                awards.push_back({h.id, "top_acquisition", rows[static_cast<size_t>(rank - 1)].agent, rank,
                                  static_cast<double>(rows[static_cast<size_t>(rank - 1)].acquisitions)});
        const Row *retention = nullptr, *newcomer = nullptr, *improved = nullptr;
        for (const Row &row : rows) {
            const Agent &a = plan.agents[static_cast<size_t>(row.agent - 1)];
            if (row.hasRetention && row.active >= 5 && (!retention || row.retention > retention->retention))
                retention = &row;
            if (a.joinedJd > h.heldJd - 183 && row.acquisitions > 0 && (!newcomer || row.acquisitions > newcomer->acquisitions))
                newcomer = &row;
            if (row.acquisitions > row.previous
                && (!improved || row.acquisitions - row.previous > improved->acquisitions - improved->previous))
                improved = &row;
        }
        if (retention)
            awards.push_back({h.id, "best_retention", retention->agent, 1, retention->retention});
        if (newcomer)
            awards.push_back({h.id, "best_newcomer", newcomer->agent, 1, static_cast<double>(newcomer->acquisitions)});
        if (improved)
            awards.push_back({h.id, "most_improved", improved->agent, 1, static_cast<double>(improved->acquisitions - improved->previous)});
    }
    if (sink.cancelled())
        return sink.cancelledError();

    Table t(sink, "monev_awards", {"id", "session_id", "category", "agent_id", "rank", "value", "confirmed", "note"});
    qint64 id = 0;
    for (const Award &a : awards) {
        t.id(++id).num(a.session).text(a.category).num(a.agent).num(a.rank);
        // Values are counts, except retention (a fraction with two decimals, written as text to stay exact).
        if (std::string_view(a.category) == "best_retention")
            t.text(QString::number(a.value, 'f', 4));
        else
            t.num(static_cast<qint64>(a.value));
        t.num(1);
        if (a.rank == 1 && std::string_view(a.category) == "top_acquisition")
            t.text("Piagam dan bingkisan diserahkan kepala kantor cabang");
        else
            t.null();
        t.end();
    }
    return t.finish();
}

} // namespace perisai::demo
