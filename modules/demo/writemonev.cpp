// Writes the Monev plan: sessions, attendance, obstacles, action items and how later sessions reviewed them.
#include "demo/monev.h"
#include "demo/writers.h"

#include "storage/query.h"

#include <map>

namespace perisai::demo {
namespace {

const char *const kAgenda = "1. Capaian akuisisi dan iuran\n2. Kendala lapangan dari agen\n3. Diskusi solusi\n"
                            "4. Berbagi praktik baik\n5. Informasi program terbaru\n6. Apresiasi agen terbaik\n7. Tindak lanjut";

Result<std::map<std::string, qint64>> categoryIds(const Sink &sink)
{
    storage::Query q(sink.connection(), QStringLiteral("SELECT code, id FROM obstacle_categories"));
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<std::string, qint64> ids;
    while (q.next())
        ids[q.text(0).toStdString()] = q.intValue(1);
    return ids;
}

Status writeSessions(const Plan &plan, const MonevPlan &monev, Sink &sink)
{
    Table t(sink, "monev_sessions", {"id", "title", "held_on", "starts_at", "place", "scope_level", "office_id", "wadah_id",
                                     "facilitator", "agenda", "review_from", "review_to", "status", "summary",
                                     "snapshot_taken_at", "created_at", "updated_at"});
    for (const MonevSession &m : monev.sessions) {
        const bool held = m.status == "held" || m.status == "closed";
        t.id(m.id).text(m.title).date(m.heldJd).text("09:00").text(m.place).text(m.scope);
        t.num(plan.offices[static_cast<size_t>(m.office)].id).optNum(m.wadah >= 0 ? plan.wadah[static_cast<size_t>(m.wadah)].id : 0, m.wadah >= 0);
        t.text(m.facilitator).text(kAgenda).num(plan.monthAt(m.reviewFrom).key()).num(plan.monthAt(m.reviewTo).key());
        t.text(m.status).optText(m.summary);
        if (held)
            t.stamp(m.heldJd, 12);
        else
            t.null();
        const qint64 created = std::min(m.heldJd - 21, plan.refJd - 2);
        t.stamp(created, 10).stamp(held ? m.heldJd : created, held ? 15 : 10).end();
    }
    return t.finish();
}

Status writeAttendance(const Plan &plan, const MonevPlan &monev, Sink &sink)
{
    Table t(sink, "monev_attendance", {"session_id", "agent_id", "attendance", "note"});
    Stream s(plan.options.seed, KindMonev, 1);
    static const char *const excuses[] = {"Izin sakit", "Izin acara keluarga", "Sedang melaut", "Musim panen", "Mengantar anak sekolah"};
    for (const MonevSession &m : monev.sessions) {
        for (const auto &[agent, att] : m.attendance) {
            t.num(m.id).num(plan.agents[static_cast<size_t>(agent)].id).text(att);
            if (std::string_view(att) == "excused")
                t.text(s.pick(excuses));
            else
                t.null();
            t.end();
        }
    }
    return t.finish();
}

Status writeObstaclesAndActions(const Plan &plan, const MonevPlan &monev, Sink &sink)
{
    auto categories = categoryIds(sink);
    if (!categories)
        return categories.error();
    const auto texts = obstacleTexts();
    {
        Table t(sink, "monev_obstacles", {"id", "session_id", "agent_id", "category_id", "description", "solution"});
        for (const MonevObstacle &o : monev.obstacles) {
            const ObstacleText &text = texts[static_cast<size_t>(o.text)];
            const auto category = categories->find(text.category);
            t.id(o.id).num(monev.sessions[o.session].id);
            t.optNum(o.agent >= 0 ? plan.agents[static_cast<size_t>(o.agent)].id : 0, o.agent >= 0);
            t.optNum(category != categories->end() ? category->second : 0, category != categories->end());
            t.text(text.description).text(text.solution).end();
        }
        if (auto st = t.finish(); !st)
            return st;
    }
    {
        Table t(sink, "monev_actions", {"id", "session_id", "obstacle_id", "description", "owner", "due_on", "status", "done_on"});
        for (const MonevAction &a : monev.actions) {
            const MonevObstacle &o = monev.obstacles[a.obstacle];
            t.id(a.id).num(monev.sessions[a.session].id).num(o.id).text(texts[static_cast<size_t>(o.text)].action);
            t.text(a.owner).date(a.dueJd).text(a.status).optDate(a.doneJd).end();
        }
        if (auto st = t.finish(); !st)
            return st;
    }
    // Each action comes up again at the next two meetings of the same office, until it is done or dropped.
    Table t(sink, "monev_action_reviews", {"action_id", "session_id", "status", "note"});
    for (const MonevAction &a : monev.actions) {
        const MonevSession &agreed = monev.sessions[a.session];
        int reviews = 0;
        for (const MonevSession &later : monev.sessions) {
            if (reviews == 2 || later.office != agreed.office || later.heldJd <= agreed.heldJd
                || (later.status != "held" && later.status != "closed"))
                continue;
            const bool finished = a.status != "open" && (a.status == "dropped" || a.doneJd <= later.heldJd);
            const char *status = finished ? a.status.c_str() : "open";
            const char *note = finished ? (a.status == "done" ? "Sudah dilaksanakan" : "Tidak dilanjutkan; digabung dengan langkah lain")
                             : later.heldJd > a.dueJd ? "Lewat tenggat; pemilik diminta menyelesaikan" : "Sedang berjalan";
            t.num(a.id).num(later.id).text(status).text(note).end();
            ++reviews;
            if (finished)
                break;
        }
    }
    return t.finish();
}

} // namespace

Status writeMonev(const Plan &plan, Sink &sink, qint64 *sessions)
{
    const MonevPlan monev = planMonev(plan);
    *sessions = static_cast<qint64>(monev.sessions.size());
    if (auto st = writeSessions(plan, monev, sink); !st)
        return st;
    if (auto st = writeAttendance(plan, monev, sink); !st)
        return st;
    return writeObstaclesAndActions(plan, monev, sink);
}

} // namespace perisai::demo
