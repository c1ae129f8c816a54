// Claims (work accident JKK, death JKM, old-age savings JHT) and the exact end-of-data figures a preset
// must show. A death ends the contributions; claims only fall in months the participant was paid up.
#include "demo/plan.h"

#include <algorithm>
#include <cmath>

namespace perisai::demo {
namespace {

constexpr qint64 kJkmBenefit = 42'000'000; // death benefit, PP 82/2019

struct ClaimBuilder {
    Plan &plan;
    Rng &rng;
    std::vector<char> claimed;

    bool usable(int i) const
    {
        const Member &m = plan.members[static_cast<size_t>(i)];
        return !claimed[static_cast<size_t>(i)] && !(m.flags & (MemberFlag::AgentSelf | MemberFlag::Twin | MemberFlag::Locked));
    }

    // A participant picked in proportion to the months they paid (more months, more chances of a claim).
    int pickPaying(bool perisai)
    {
        const auto n = static_cast<qint64>(plan.members.size());
        for (int tries = 0; tries < 100000; ++tries) {
            const int i = static_cast<int>(rng.below(static_cast<quint64>(n)));
            const Member &m = plan.members[static_cast<size_t>(i)];
            if ((m.agent >= 0) != perisai || !usable(i))
                continue;
            if (rng.chance(static_cast<double>(m.lastPaid - m.regMonth + 1) / plan.months))
                return i;
        }
        return -1;
    }

    qint64 dayIn(int month, qint64 notBefore)
    {
        const qint64 from = std::max(plan.firstDayJd(month), notBefore + 1);
        return rng.between(std::min(from, plan.lastDayJd(month)), plan.lastDayJd(month));
    }

    // Returns the claim, or nullptr when no participant qualifies.
    Claim *add(bool perisai, ClaimProgram program, bool fatal)
    {
        int i = -1;
        Claim c;
        c.program = program;
        if (program == ClaimJht) {
            // Savings are taken out after someone stops paying: lapsed JHT members with some months paid.
            for (int tries = 0; tries < 200000 && i < 0; ++tries) {
                const int k = static_cast<int>(rng.below(plan.members.size()));
                const Member &m = plan.members[static_cast<size_t>(k)];
                if ((m.agent >= 0) == perisai && usable(k) && m.program == 1 && m.lastPaid - m.regMonth >= 5
                    && m.lastPaid + 1 < plan.months)
                    i = k;
            }
            if (i < 0)
                return nullptr;
            Member &m = plan.members[static_cast<size_t>(i)];
            const int month = static_cast<int>(std::min<qint64>(plan.months - 1, m.lastPaid + rng.between(1, 3)));
            c.dateJd = dayIn(month, m.regJd);
            const qint64 jhtMonthly = incomeBrackets()[m.bracket] * 2 / 100;
            const qint64 months = m.lastPaid - m.regMonth + 1;
            c.amount = jhtMonthly * months * (1000 + rng.between(20, 60) * months / 12) / 1000; // with returns
            c.caseType = "Berhenti sebagai peserta (saldo JHT)";
        } else {
            i = pickPaying(perisai);
            if (i < 0)
                return nullptr;
            Member &m = plan.members[static_cast<size_t>(i)];
            const int month = static_cast<int>(rng.between(m.regMonth, m.lastPaid));
            c.dateJd = dayIn(month, m.regJd);
            if (program == ClaimJkm) {
                c.amount = kJkmBenefit;
                c.caseType = "Meninggal dunia";
            } else if (fatal) {
                c.amount = 48 * incomeBrackets()[m.bracket] + 10'000'000; // 48 x income and the funeral
                c.caseType = "Kecelakaan kerja - meninggal dunia";
            } else if (rng.chance(0.75)) {
                c.amount = std::clamp<qint64>(std::llround(6'500'000 * std::exp(rng.normal(0, 0.9)) / 1000) * 1000, 750'000, 150'000'000);
                c.caseType = "Kecelakaan kerja - perawatan";
            } else {
                c.amount = rng.between(15, 90) * 1'000'000;
                c.caseType = "Kecelakaan kerja - cacat sebagian";
            }
            if (program == ClaimJkm || fatal)
                m.lastPaid = static_cast<qint16>(month); // no one pays after their death
        }
        plan.members[static_cast<size_t>(i)].flags |= MemberFlag::Locked;
        claimed[static_cast<size_t>(i)] = 1;
        c.member = i;
        plan.claims.push_back(c);
        return &plan.claims.back();
    }

    // Claims at the usual rates per participant-month paid.
    void byRate(bool perisai)
    {
        qint64 paidMonths = 0;
        for (const Member &m : plan.members)
            if ((m.agent >= 0) == perisai)
                paidMonths += m.lastPaid - m.regMonth + 1;
        const auto jkm = std::llround(paidMonths * 0.00018);
        const auto jkk = std::llround(paidMonths * 0.0003);
        const auto jht = std::llround(paidMonths * 0.00012);
        for (qint64 k = 0; k < jkm; ++k)
            add(perisai, ClaimJkm, true);
        for (qint64 k = 0; k < jkk; ++k)
            add(perisai, ClaimJkk, rng.chance(0.06));
        for (qint64 k = 0; k < jht; ++k)
            add(perisai, ClaimJht, false);
    }

    // Exactly `count` claims worth exactly `total`: deaths and savings at their fixed amounts, then the
    // accident care and disability claims scaled so that everything adds up to the rupiah.
    void exact(int count, qint64 total)
    {
        const int jkm = count * 1250 / 1744;
        const int jht = count * 110 / 1744;
        const int jkkFatal = count * 30 / 1744;
        const int jkk = count - jkm - jht - jkkFatal;
        const size_t first = plan.claims.size();
        for (int k = 0; k < jkm; ++k)
            add(true, ClaimJkm, true);
        for (int k = 0; k < jht; ++k)
            add(true, ClaimJht, false);
        for (int k = 0; k < jkkFatal; ++k)
            add(true, ClaimJkk, true);
        const size_t flexFrom = plan.claims.size();
        for (int k = 0; k < jkk; ++k)
            add(true, ClaimJkk, false);
        qint64 fixed = 0, flex = 0;
        for (size_t k = first; k < plan.claims.size(); ++k)
            (k < flexFrom ? fixed : flex) += plan.claims[k].amount;
        const qint64 rest = total - fixed;
        qint64 given = 0;
        for (size_t k = flexFrom; k < plan.claims.size(); ++k) {
            Claim &c = plan.claims[k];
            if (k + 1 == plan.claims.size()) {
                c.amount = rest - given;
            } else {
                c.amount = std::max<qint64>(500'000, static_cast<qint64>(static_cast<double>(c.amount) * rest / flex / 1000) * 1000);
                given += c.amount;
            }
        }
    }
};

} // namespace

void buildClaims(Plan &plan, Rng &rng)
{
    ClaimBuilder b{plan, rng, std::vector<char>(plan.members.size(), 0)};
    const Scenario &sc = plan.scenario;
    if (sc.perisaiClaims >= 0)
        b.exact(sc.perisaiClaims, sc.perisaiClaimsTotal);
    else
        b.byRate(true);
    b.byRate(false);
    std::stable_sort(plan.claims.begin(), plan.claims.end(), [](const Claim &a, const Claim &c) { return a.dateJd < c.dateJd; });
}

void settleExactFigures(Plan &plan, Rng &rng)
{
    const Scenario &sc = plan.scenario;
    const int last = plan.months - 1;
    for (const bool perisai : {true, false}) {
        const qint64 target = perisai ? sc.activePerisaiAtEnd : sc.activeOtherAtEnd;
        if (target < 0)
            continue;
        std::vector<int> free;
        qint64 active = 0;
        for (size_t i = 0; i < plan.members.size(); ++i) {
            const Member &m = plan.members[i];
            if ((m.agent >= 0) != perisai)
                continue;
            active += m.lastPaid == last;
            if (!m.has(MemberFlag::Locked) && !m.has(MemberFlag::Twin) && m.regMonth < last)
                free.push_back(static_cast<int>(i));
        }
        rng.shuffle(free);
        // Too many still paying: some stopped earlier; too few: some kept paying after all.
        for (int i : free) {
            if (active == target)
                break;
            Member &m = plan.members[static_cast<size_t>(i)];
            if (active > target && m.lastPaid == last) {
                m.lastPaid = static_cast<qint16>(rng.between(m.regMonth, last - 1));
                --active;
            } else if (active < target && m.lastPaid < last) {
                m.lastPaid = static_cast<qint16>(last);
                ++active;
            }
        }
    }
}

} // namespace perisai::demo
