// After the summaries are refreshed: each held Monev session's figures per agent, frozen as they were read out
// at the meeting, and the awards handed out there. Both come from the Monev module itself: the snapshot is
// MonevRepository::computeSnapshot() (the figures layer's agent figures, as when a desk marks a session held),
// the awards are its rankings' first places (awards::rank, as the desk suggests them). Only the writing is the
// demo's own: in bulk, without an audit line per session.
#include "demo/writers.h"

#include "monev/awards.h"
#include "monev/monevrepository.h"
#include "storage/query.h"

namespace perisai::demo {
namespace {

struct Held {
    monev::Session session;
    std::vector<monev::SnapshotRow> rows;
};

struct Award {
    qint64 session;
    QString category;
    qint64 agent;
    int rank;
    double value;
};

// A number as text that reads back as the same double (written into a DOUBLE PRECISION column).
QString exact(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

Status writeSnapshotsAndAwards(Sink &sink)
{
    const monev::MonevRepository repo(sink.db());
    std::vector<qint64> ids;
    {
        storage::Query q(sink.connection(), QStringLiteral("SELECT id FROM monev_sessions WHERE status IN ('held', 'closed') ORDER BY id"));
        if (auto st = q.exec(); !st)
            return st;
        while (q.next())
            ids.push_back(q.intValue(0));
    }
    // Everything is computed before anything is written: on PostgreSQL the bulk writer holds the connection.
    std::vector<Held> held;
    std::vector<Award> awards;
    for (qint64 id : ids) {
        auto session = repo.session(id);
        if (!session)
            return session.error();
        auto rows = repo.computeSnapshot(*session);
        if (!rows)
            return rows.error();
        if (!sink.advance(static_cast<qint64>(rows->size())))
            return sink.cancelledError();
        // A meeting of fewer than three agents hands out no awards. Top acquisition gives three places, the
        // other categories one: the best of each ranking, as the desk suggests it.
        if (rows->size() >= 3) {
            for (const QString &category : monev::awards::categories()) {
                const auto best = monev::awards::rank(category, *rows, session->heldOn);
                const size_t places = category == monev::awards::topAcquisition ? best.size() : std::min<size_t>(1, best.size());
                for (size_t i = 0; i < places; ++i)
                    awards.push_back({id, category, best[i].agentId, static_cast<int>(i) + 1, best[i].value});
            }
        }
        held.push_back({*session, std::move(*rows)});
    }

    Table snapshots(sink, "monev_snapshots", {"session_id", "agent_id", "acquisitions", "prev_acquisitions", "active_recruits",
                                               "target", "retention_3m", "collected", "rank"});
    for (const Held &h : held) {
        for (const monev::SnapshotRow &r : h.rows) {
            snapshots.num(h.session.id).num(r.agentId).num(r.acquisitions).num(r.prevAcquisitions).num(r.activeRecruits).num(r.target);
            if (r.retention3m)
                snapshots.text(exact(*r.retention3m));
            else
                snapshots.null();
            snapshots.num(r.collected).num(r.rank).end();
        }
    }
    if (auto st = snapshots.finish(); !st)
        return st;

    Table t(sink, "monev_awards", {"id", "session_id", "category", "agent_id", "rank", "value", "confirmed", "note"});
    qint64 id = 0;
    for (const Award &a : awards) {
        t.id(++id).num(a.session).text(a.category).num(a.agent).num(a.rank).text(exact(a.value)).num(1);
        if (a.rank == 1 && a.category == monev::awards::topAcquisition)
            t.text("Piagam dan bingkisan diserahkan kepala kantor cabang");
        else
            t.null();
        t.end();
    }
    return t.finish();
}

} // namespace perisai::demo
