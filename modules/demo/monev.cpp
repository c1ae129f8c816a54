#include "demo/monev.h"

#include <algorithm>

namespace perisai::demo {
namespace {

const char *const kQuarters[] = {"I", "II", "III", "IV"};

// Meetings fall on a Wednesday or Thursday.
qint64 midweek(qint64 jd)
{
    while (QDate::fromJulianDay(jd).dayOfWeek() != 3 && QDate::fromJulianDay(jd).dayOfWeek() != 4)
        ++jd;
    return jd;
}

bool working(const Agent &a, const Plan &plan, qint64 jd)
{
    if (a.briefedJd == 0 || a.briefedJd > jd)
        return false;
    const int month = std::min(plan.monthOf(jd), plan.months - 1);
    return a.activeIn(month) && !(a.stopJd && a.stopJd < jd);
}

struct Planner {
    const Plan &plan;
    Stream s;
    MonevPlan out;

    void invite(MonevSession &session, bool future)
    {
        for (size_t i = 0; i < plan.agents.size(); ++i) {
            const Agent &a = plan.agents[i];
            const bool inScope = session.scope == "branch" ? a.branch == session.office
                               : session.scope == "kcp" ? a.office == session.office : a.wadah == session.wadah;
            if (!inScope || !working(a, plan, session.heldJd))
                continue;
            const char *att = "invited";
            if (!future) {
                const double absent = a.productivity < 0.1 ? 0.4 : 0.1;
                const double r = s.unit();
                att = r < absent ? "absent" : r < absent + 0.1 ? "excused" : "present";
            }
            session.attendance.emplace_back(static_cast<int>(i), att);
        }
    }

    void discuss(size_t si)
    {
        const MonevSession &session = out.sessions[si];
        std::vector<int> present;
        for (const auto &[agent, att] : session.attendance)
            if (std::string_view(att) == "present")
                present.push_back(agent);
        const auto texts = obstacleTexts();
        const int count = static_cast<int>(std::min<qint64>(7, 3 + static_cast<qint64>(present.size()) / 60 + s.between(0, 2)));
        const auto firstText = s.below(texts.size());
        const Office &branch = plan.offices[static_cast<size_t>(plan.offices[static_cast<size_t>(session.office)].branch)];
        for (int k = 0; k < count; ++k) {
            MonevObstacle o;
            o.id = static_cast<qint64>(out.obstacles.size()) + 1;
            o.session = si;
            o.agent = !present.empty() && s.chance(0.75) ? present[s.below(present.size())] : -1;
            o.text = static_cast<int>((firstText + static_cast<size_t>(k) * 5) % texts.size());
            out.obstacles.push_back(o);
            if (!s.chance(0.85))
                continue;
            MonevAction a;
            a.id = static_cast<qint64>(out.actions.size()) + 1;
            a.session = si;
            a.obstacle = out.obstacles.size() - 1;
            a.owner = o.agent >= 0 && s.chance(0.3) ? plan.agents[static_cast<size_t>(o.agent)].name : s.pick(branch.pembina);
            a.dueJd = session.heldJd + s.between(14, 45);
            const qint64 ref = plan.refJd;
            const double r = s.unit();
            if (a.dueJd < ref - 20)
                a.status = r < 0.8 ? "done" : r < 0.87 ? "dropped" : "open";
            else if (a.dueJd < ref)
                a.status = r < 0.35 ? "done" : "open";
            else
                a.status = r < 0.15 ? "done" : "open";
            if (a.status == "done")
                a.doneJd = std::min(ref, session.heldJd + s.between(5, a.dueJd - session.heldJd + 10));
            out.actions.push_back(a);
        }
    }

    MonevSession &add(const std::string &scope, int office, int wadah, qint64 heldJd, int reviewFrom, int reviewTo)
    {
        MonevSession m;
        m.id = static_cast<qint64>(out.sessions.size()) + 1;
        m.scope = scope;
        m.office = office;
        m.wadah = wadah;
        m.heldJd = heldJd;
        m.reviewFrom = reviewFrom;
        m.reviewTo = reviewTo;
        const Office &o = plan.offices[static_cast<size_t>(office)];
        m.place = "Aula " + std::string(o.seed.name);
        m.facilitator = s.pick(plan.offices[static_cast<size_t>(o.branch)].pembina);
        out.sessions.push_back(std::move(m));
        return out.sessions.back();
    }
};

} // namespace

MonevPlan planMonev(const Plan &plan)
{
    Planner p{plan, Stream(plan.options.seed, KindMonev, 0), {}};
    const bool ntb = plan.scenario.names == NameStyle::Ntb;
    bool cancelledOne = false;
    for (int b : plan.branches()) {
        // Quarterly, two or three weeks after the quarter closes, reviewing it.
        for (int end = 0; end < plan.months; ++end) {
            const YearMonth m = plan.monthAt(end);
            if (m.month() % 3 != 0 || end < 2)
                continue;
            const qint64 held = midweek(plan.firstDayJd(end) + 39 + p.s.between(0, 10)); // the 9th-19th of the next month
            const bool future = held > plan.refJd;
            if (future)
                break;
            MonevSession &session = p.add("branch", b, -1, held, end - 2, end);
            const std::string quarter = std::string(kQuarters[m.month() / 3 - 1]) + " " + std::to_string(m.year());
            session.title = (ntb && m.year() == plan.scenario.last.year() ? "Upgrading Skill dan Monev Kinerja Perisai Triwulan "
                                                                          : "Monev Produktivitas Keagenan Perisai Triwulan ") + quarter;
            if (!cancelledOne && m.month() == 3 && end > 12) {
                session.status = "cancelled";
                session.summary = "Dibatalkan karena bertepatan dengan libur Lebaran; bahan digabung ke Monev berikutnya.";
                cancelledOne = true;
                continue;
            }
            session.status = "closed";
            p.invite(session, false);
            p.discuss(p.out.sessions.size() - 1);
        }
        // The last held one is still open for follow-up; the next one is planned.
        for (auto it = p.out.sessions.rbegin(); it != p.out.sessions.rend(); ++it)
            if (it->office == b && it->status == "closed") {
                it->status = "held";
                break;
            }
        MonevSession &next = p.add("branch", b, -1, midweek(plan.refJd + 19), plan.months - 3, plan.months - 1);
        next.title = "Monev Produktivitas Keagenan Perisai (rencana)";
        next.status = "planned";
        p.invite(next, true);
    }
    // One meeting per KCP in the last months, and one with the wadah whose PKS was later terminated.
    for (size_t o = 0; o < plan.offices.size(); ++o) {
        if (plan.offices[o].seed.kind != OfficeKind::SubBranch)
            continue;
        MonevSession &session = p.add("kcp", static_cast<int>(o), -1, midweek(plan.refJd - 50 - p.s.between(0, 20)),
                                      plan.months - 4, plan.months - 2);
        session.title = "Monev Agen Perisai " + std::string(plan.offices[o].seed.name);
        session.status = "held";
        p.invite(session, false);
        p.discuss(p.out.sessions.size() - 1);
    }
    for (size_t w = 0; w < plan.wadah.size(); ++w) {
        const Wadah &wadah = plan.wadah[w];
        if (wadah.fate != AgreementFate::Terminated)
            continue;
        const qint64 held = midweek(wadah.terminatedJd - 45);
        const int month = plan.monthOf(held);
        MonevSession &session = p.add("wadah", wadah.office, static_cast<int>(w), held, std::max(0, month - 3), std::max(0, month - 1));
        session.title = "Evaluasi Capaian " + wadah.name;
        session.status = "closed";
        p.invite(session, false);
        p.discuss(p.out.sessions.size() - 1);
    }
    // Follow-up is never perfect: at least two agreed steps are past due and still open.
    int overdue = 0;
    for (const MonevAction &a : p.out.actions)
        overdue += a.status == "open" && a.dueJd < plan.refJd;
    for (MonevAction &a : p.out.actions) {
        if (overdue >= 2)
            break;
        if (a.status == "done" && a.dueJd < plan.refJd) {
            a.status = "open";
            a.doneJd = 0;
            ++overdue;
        }
    }
    for (MonevSession &session : p.out.sessions) {
        if (session.status != "held" && session.status != "closed")
            continue;
        qint64 present = 0, obstacles = 0, actions = 0;
        for (const auto &[agent, att] : session.attendance)
            present += std::string_view(att) == "present";
        const auto si = static_cast<size_t>(&session - p.out.sessions.data());
        for (const MonevObstacle &o : p.out.obstacles)
            obstacles += o.session == si;
        for (const MonevAction &a : p.out.actions)
            actions += a.session == si;
        session.summary = "Dihadiri " + std::to_string(present) + " dari " + std::to_string(session.attendance.size()) + " agen. "
                        + std::to_string(obstacles) + " kendala dibahas, " + std::to_string(actions) + " tindak lanjut disepakati.";
    }
    return p.out;
}

} // namespace perisai::demo
