// Participants: how many register each month and through whom, and how long each keeps paying.
#include "demo/plan.h"

#include <algorithm>
#include <cmath>

namespace perisai::demo {
namespace {

constexpr double kAgentHazard = 0.032; // monthly chance that a paying participant stops
constexpr double kOtherHazard = 0.024;
constexpr double kOtherFirstOnly = 0.05;
const double kBracketWeights[] = {0.8, 0.08, 0.06, 0.04, 0.02};
const double kAgentChannels[] = {0.68, 0.12, 0.05, 0.15}; // agen, bank, kantor, online
const double kOtherChannels[] = {0.0, 0.42, 0.22, 0.36};

struct Builder {
    Plan &plan;
    Rng &rng;
    std::vector<double> hazardSeason; // per month index

    // Registrations per month: growth over the years, the calendar's rhythm, a little noise.
    std::vector<double> monthWeights()
    {
        std::vector<double> w;
        for (int m = 0; m < plan.months; ++m)
            w.push_back(std::pow(plan.scenario.yearlyGrowth, m / 12.0) * acquisitionSeason(plan.monthAt(m).month())
                        * std::max(0.5, 1.0 + 0.08 * rng.normal()));
        return w;
    }

    // Chance that someone registered in month t is still paying in the last month.
    double survival(int t, double firstOnly, double hazard) const
    {
        double p = 1.0 - firstOnly;
        for (int k = t + 1; k < plan.months; ++k)
            p *= 1.0 - hazard * hazardSeason[static_cast<size_t>(k)];
        return p;
    }

    // Total registrations that leave `target` paying in the last month, on average.
    qint64 registrationsFor(qint64 target, const std::vector<double> &w, double firstOnly, double hazard) const
    {
        double sum = 0, kept = 0;
        for (int t = 0; t < plan.months; ++t) {
            sum += w[static_cast<size_t>(t)];
            kept += w[static_cast<size_t>(t)] * survival(t, firstOnly, hazard);
        }
        return std::llround(static_cast<double>(target) * sum / kept);
    }

    qint16 lastPaid(int reg, double firstOnly, double hazard)
    {
        if (rng.chance(firstOnly))
            return static_cast<qint16>(reg);
        for (int k = reg + 1; k < plan.months; ++k)
            if (rng.chance(hazard * hazardSeason[static_cast<size_t>(k)]))
                return static_cast<qint16>(k - 1);
        return static_cast<qint16>(plan.months - 1);
    }

    Member member(int month, qint64 fromJd, qint64 toJd, bool viaAgent)
    {
        Member m;
        m.regJd = static_cast<qint32>(rng.between(fromJd, std::max(fromJd, toJd)));
        m.regMonth = static_cast<qint16>(month);
        m.program = rng.chance(viaAgent ? 0.28 : 0.36) ? 1 : 0;
        m.bracket = static_cast<quint8>(rng.weighted(kBracketWeights));
        m.channel = static_cast<quint8>(rng.weighted(viaAgent ? kAgentChannels : kOtherChannels));
        if (rng.chance(0.08))
            m.flags |= MemberFlag::Arrears;
        return m;
    }

    void recruits(const std::vector<qint64> &perMonth)
    {
        for (int month = 0; month < plan.months; ++month) {
            std::vector<double> weights;
            for (const Agent &a : plan.agents)
                weights.push_back(a.briefedJd != 0 && a.activeIn(month) ? a.productivity : 0.0);
            const WeightedPicker picker(weights);
            if (picker.empty())
                continue;
            for (qint64 n = 0; n < perMonth[static_cast<size_t>(month)]; ++n) {
                const int ai = picker.pick(rng);
                const Agent &a = plan.agents[static_cast<size_t>(ai)];
                qint64 from = plan.firstDayJd(month), to = plan.lastDayJd(month);
                if (month == a.activeFrom)
                    from = std::max(from, a.briefedJd);
                if (a.stopJd && month == a.activeTo)
                    to = std::min(to, a.stopJd);
                Member m = member(month, from, to, true);
                m.agent = ai;
                m.office = static_cast<qint16>(plan.wadah[static_cast<size_t>(a.wadah)].office);
                m.lastPaid = lastPaid(month, a.firstOnlyRate, kAgentHazard);
                plan.members.push_back(m);
            }
        }
    }

    void walkIns(const std::vector<qint64> &perMonth)
    {
        std::vector<double> weights;
        for (const Office &o : plan.offices) {
            const double branchSize = o.branch >= 0 ? static_cast<double>(plan.offices[static_cast<size_t>(o.branch)].seed.labourForce) : 0;
            weights.push_back(o.seed.kind == OfficeKind::Kanwil ? 0.0 : o.seed.weight * branchSize);
        }
        const WeightedPicker offices(weights);
        for (int month = 0; month < plan.months; ++month) {
            for (qint64 n = 0; n < perMonth[static_cast<size_t>(month)]; ++n) {
                Member m = member(month, plan.firstDayJd(month), plan.lastDayJd(month), false);
                m.office = static_cast<qint16>(offices.pick(rng));
                m.lastPaid = lastPaid(month, kOtherFirstOnly, kOtherHazard);
                plan.members.push_back(m);
            }
        }
    }

    // Every agent (but one who works for the agency) is a BPU participant: their own row.
    void agentsOwnMembership()
    {
        const int last = plan.months - 1;
        for (size_t i = 0; i < plan.agents.size(); ++i) {
            const Agent &a = plan.agents[i];
            if (!a.bpuParticipant)
                continue;
            const qint64 regJd = std::max(plan.firstDayJd(0), a.joinedJd - rng.between(0, 20));
            const int month = plan.monthOf(regJd);
            Member m = member(month, regJd, regJd, false);
            m.office = static_cast<qint16>(a.office);
            m.twinOf = static_cast<qint32>(i);
            m.flags = MemberFlag::AgentSelf | MemberFlag::Locked;
            const bool stillAgent = a.briefedJd == 0 || a.activeIn(last);
            m.lastPaid = static_cast<qint16>(stillAgent ? last : std::clamp(a.activeTo + static_cast<int>(rng.between(0, 3)), month, last));
            plan.members.push_back(m);
        }
    }

    void sortAndLink()
    {
        std::stable_sort(plan.members.begin(), plan.members.end(),
                         [](const Member &a, const Member &b) { return a.regJd < b.regJd; });
        for (size_t i = 0; i < plan.members.size(); ++i)
            if (plan.members[i].has(MemberFlag::AgentSelf))
                plan.agents[static_cast<size_t>(plan.members[i].twinOf)].selfMember = static_cast<int>(i);
    }

    // The dismissed agent kept what recruits paid in the last three months: to the agency they lapsed.
    void keptContributions()
    {
        for (const Agent &a : plan.agents) {
            if (a.status() != "dismissed")
                continue;
            const auto ai = &a - plan.agents.data();
            for (Member &m : plan.members) {
                if (m.agent == ai && m.channel == ChannelAgen && m.lastPaid >= a.activeTo - 2
                    && m.regMonth <= a.activeTo - 3 && rng.chance(0.7)) {
                    m.lastPaid = static_cast<qint16>(a.activeTo - 3);
                    m.flags |= MemberFlag::Locked;
                }
            }
        }
    }

    bool plain(const Member &m) const { return !(m.flags & (MemberFlag::AgentSelf | MemberFlag::Twin)); }

    // A few NIKs registered twice: after a lapse (to earn the fee again) or twice within weeks.
    void twins()
    {
        const auto n = static_cast<qint64>(plan.members.size());
        std::vector<char> used(static_cast<size_t>(n), 0);
        for (int tries = 0; tries < 20000 && plan.reregistered.size() < 3 && n > 100; ++tries) {
            const auto b = static_cast<size_t>(rng.between(n / 3, n - 1));
            Member &later = plan.members[b];
            if (later.agent < 0 || !plain(later) || used[b])
                continue;
            const auto a = static_cast<size_t>(rng.between(0, static_cast<qint64>(b) - 1));
            const Member &earlier = plan.members[a];
            if (!plain(earlier) || used[a] || earlier.lastPaid > later.regMonth - 4
                || plan.offices[static_cast<size_t>(earlier.office)].branch != plan.offices[static_cast<size_t>(later.office)].branch)
                continue;
            later.flags |= MemberFlag::Twin | MemberFlag::Locked;
            later.twinOf = static_cast<qint32>(a);
            plan.members[a].flags |= MemberFlag::Locked;
            used[a] = used[b] = 1;
            plan.reregistered.emplace_back(static_cast<int>(a), static_cast<int>(b));
        }
        for (int tries = 0; tries < 20000 && plan.duplicates.size() < 2 && n > 100; ++tries) {
            const auto b = static_cast<size_t>(rng.between(n / 2, n - 1));
            Member &later = plan.members[b];
            if (later.agent < 0 || !plain(later) || used[b])
                continue;
            const auto a = static_cast<size_t>(static_cast<qint64>(b) - rng.between(1, std::min<qint64>(400, static_cast<qint64>(b))));
            const Member &earlier = plan.members[a];
            if (!plain(earlier) || used[a] || earlier.office != later.office || earlier.regJd == later.regJd)
                continue;
            later.flags |= MemberFlag::Twin | MemberFlag::Locked;
            later.twinOf = static_cast<qint32>(a);
            plan.members[a].flags |= MemberFlag::Locked;
            used[a] = used[b] = 1;
            plan.duplicates.emplace_back(static_cast<int>(a), static_cast<int>(b));
        }
        // Four recruits of the suspicious agent registered with the agent's own phone number.
        for (size_t i = 0; i < plan.members.size() && plan.sharedPhone.size() < 4; ++i) {
            const Member &m = plan.members[i];
            if (m.agent >= 0 && plan.agents[static_cast<size_t>(m.agent)].suspicious && plain(m) && !used[i]
                && m.regMonth >= plan.months / 2) {
                plan.members[i].flags |= MemberFlag::SharedPhone;
                plan.sharedPhone.push_back(static_cast<int>(i));
            }
        }
    }
};

} // namespace

void buildMembers(Plan &plan, Rng &rng)
{
    const Scenario &sc = plan.scenario;
    Builder b{plan, rng, {}};
    for (int m = 0; m < plan.months; ++m)
        b.hazardSeason.push_back(lapseSeason(plan.monthAt(m).month()));

    const auto perisaiWeights = b.monthWeights();
    const auto otherWeights = b.monthWeights();
    std::vector<qint64> perisai = sc.perisaiPerMonth;
    if (perisai.empty()) {
        const qint64 total = sc.activePerisaiAtEnd >= 0 ? b.registrationsFor(sc.activePerisaiAtEnd, perisaiWeights, 0.09, kAgentHazard)
                                                        : sc.perisaiRegistrations;
        perisai = apportion(total, perisaiWeights);
    }
    qint64 otherTotal = sc.otherRegistrations;
    if (sc.activeOtherAtEnd >= 0) {
        // The agents' own memberships count among the other channels' participants.
        const qint64 agentsActive = static_cast<qint64>(plan.agents.size()) * 9 / 10;
        otherTotal = b.registrationsFor(sc.activeOtherAtEnd - agentsActive, otherWeights, kOtherFirstOnly, kOtherHazard);
    }
    const auto other = apportion(otherTotal, otherWeights);

    qint64 expected = static_cast<qint64>(plan.agents.size());
    for (int m = 0; m < plan.months; ++m)
        expected += perisai[static_cast<size_t>(m)] + other[static_cast<size_t>(m)];
    plan.members.reserve(static_cast<size_t>(expected));

    b.recruits(perisai);
    b.walkIns(other);
    b.agentsOwnMembership();
    b.sortAndLink();
    b.keptContributions();
    b.twins();
}

} // namespace perisai::demo
