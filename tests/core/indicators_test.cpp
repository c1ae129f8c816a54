#include "core/indicators.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace perisai::indicators;

TEST(Indicators, CilacapOutlookDoesNotBeatLastYearAtTheRunRate)
{
    // Cilacap: 2,336 acquisitions in January-June 2022 against 5,628 in 2021.
    std::array<qint64, 12> lastYear{};
    lastYear.fill(469); // 5,628 spread evenly
    const auto o = yearEndOutlook(2336, 6, lastYear);
    EXPECT_EQ(o.runRate, 4672);
    EXPECT_FALSE(o.beatsLastYear);
}

TEST(Indicators, SeasonalOutlookUsesLastYearsShape)
{
    std::array<qint64, 12> lastYear{100, 100, 100, 100, 100, 100, 200, 200, 200, 200, 200, 200}; // 1,800
    const auto o = yearEndOutlook(700, 6, lastYear);
    EXPECT_EQ(o.runRate, 1400);
    EXPECT_EQ(o.seasonal, 2100); // 700 is 600 * 7/6, so the year lands at 1,800 * 7/6
    EXPECT_TRUE(o.beatsLastYear);
}

TEST(Indicators, AchievementFlagsTheCap)
{
    EXPECT_DOUBLE_EQ(targetAchievement(50, 100).ratio, 0.5);
    EXPECT_TRUE(targetAchievement(120, 100).aboveCap);
    EXPECT_FALSE(targetAchievement(10, 0).aboveCap);
    EXPECT_DOUBLE_EQ(ratio(1, 0), 0.0);
}

TEST(Indicators, CumulativeAndGrowth)
{
    EXPECT_EQ(cumulative({3, 1, 2}), (std::vector<qint64>{3, 4, 6}));
    EXPECT_TRUE(cumulative({}).empty());
    // Cilacap: 2,336 in January-June 2022 against 5,628 in the whole of 2021.
    EXPECT_NEAR(growth(2336, 5628), -0.585, 0.001);
    EXPECT_DOUBLE_EQ(growth(10, 0), 0.0);
    // The most improved agent's gain: 12 against 2 the period before, and a loss shown as such.
    EXPECT_EQ(gainOnPrevious(12, 2), 10);
    EXPECT_EQ(gainOnPrevious(5, 20), -15);
}

TEST(Indicators, OutlookPathFollowsActualsThenProjects)
{
    std::array<qint64, 12> thisYear{100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    std::array<qint64, 12> lastYear{50, 50, 50, 50, 50, 50, 100, 100, 100, 100, 100, 100}; // 900
    const auto p = outlookPath(thisYear, 3, lastYear);
    EXPECT_EQ(p.runRate[2], 300);
    EXPECT_EQ(p.runRate[11], 1200);
    EXPECT_EQ(p.seasonal[2], 300);
    EXPECT_EQ(p.seasonal[5], 600);   // last year doubled by June; so does this one
    EXPECT_EQ(p.seasonal[11], 1800); // 300 is twice last year's 150, so December lands at 2 * 900
    // The end of each path is what yearEndOutlook reports.
    const auto o = yearEndOutlook(300, 3, lastYear);
    EXPECT_EQ(o.runRate, p.runRate[11]);
    EXPECT_EQ(o.seasonal, p.seasonal[11]);
}

TEST(Indicators, OutlookPathWithoutLastYearHasNoSeasonalLine)
{
    const auto p = outlookPath({10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 2, {});
    EXPECT_EQ(p.runRate[11], 120);
    EXPECT_EQ(p.seasonal[11], 0);
}

TEST(Indicators, TargetOfAPeriodSpreadsTheYearOrSumsMonths)
{
    TargetTable t;
    t.annual[2022] = 6000;
    EXPECT_EQ(targetForPeriod(t, {{2022, 1}, {2022, 6}}), 3000);
    // A year with monthly figures uses those, not its annual one.
    t.annual[2023] = 1200;
    t.monthly[202301] = 50;
    t.monthly[202302] = 70;
    EXPECT_EQ(targetForPeriod(t, {{2023, 1}, {2023, 3}}), 120);
    EXPECT_EQ(targetForPeriod(t, {{2022, 11}, {2023, 2}}), 1000 + 120);
    EXPECT_EQ(targetByMonth(t, {{2022, 12}, {2023, 2}}), (std::vector<double>{500, 50, 70}));
    EXPECT_EQ(targetForPeriod(t, {{2024, 1}, {2024, 12}}), 0);
}

TEST(Indicators, TargetFromYearlySumsMatchesTheMonthByMonthOne)
{
    TargetTable t;
    t.annual[2022] = 6000;
    t.annual[2023] = 1200;
    t.monthly[202301] = 50;
    t.monthly[202302] = 70;
    t.monthly[202312] = 40;
    const perisai::PeriodRange range{{2022, 11}, {2023, 2}};
    const std::vector<YearTarget> years{{2022, 6000, false, 0}, {2023, 1200, true, 120}};
    EXPECT_EQ(targetForPeriod(years, range), targetForPeriod(t, range));
    EXPECT_EQ(targetForPeriod(years, range), 1120);
    EXPECT_EQ(targetForPeriod(std::vector<YearTarget>{{2021, 999, false, 0}}, range), 0); // outside the range
}

TEST(Indicators, RetentionCountsOnlyObservedCohorts)
{
    CohortData d;
    d.sizes = {{202201, 100}, {202202, 200}, {202203, 50}};
    d.paid = {{{202201, 3}, 60}, {{202202, 3}, 100}, {{202203, 3}, 50}};
    // March's k=3 falls in June, not yet observed in May: only January and February count.
    EXPECT_DOUBLE_EQ(retentionAt(d, 3, {{2022, 1}, {2022, 6}}, {2022, 5}), 160.0 / 300.0);
    EXPECT_DOUBLE_EQ(retentionAt(d, 3, {{2022, 1}, {2022, 1}}, {2022, 12}), 0.6);
    EXPECT_DOUBLE_EQ(retentionAt(d, 12, {{2022, 1}, {2022, 6}}, {2022, 12}), 0.0);
}

TEST(Indicators, CohortTableLeavesUnobservedCellsEmpty)
{
    CohortData d;
    d.sizes = {{202201, 100}, {202202, 200}};
    d.paid = {{{202201, 0}, 90}, {{202201, 1}, 70}, {{202202, 0}, 180}};
    const auto rows = cohortTable(d, {{2022, 1}, {2022, 3}}, 2, {2022, 2});
    ASSERT_EQ(rows.size(), 2u); // March is not observed at all yet
    EXPECT_EQ(rows[0].size, 100);
    EXPECT_DOUBLE_EQ(*rows[0].shares[0], 0.9);
    EXPECT_DOUBLE_EQ(*rows[0].shares[1], 0.7);
    EXPECT_FALSE(rows[0].shares[2].has_value());
    EXPECT_DOUBLE_EQ(*rows[1].shares[0], 0.9);
    EXPECT_FALSE(rows[1].shares[1].has_value());
}

TEST(Indicators, NtbCoverageAndPerisaiShare)
{
    // NTB: 286 thousand protected of 1.1 million informal workers, 144 thousand through Perisai.
    const auto c = coverage(286000, 144000, 1100000, 2600000);
    EXPECT_NEAR(c.ratio, 0.26, 0.001);
    EXPECT_NEAR(c.perisaiShare, 0.503, 0.001);
    EXPECT_NEAR(c.ucjContribution, 0.0554, 0.0001);
    EXPECT_DOUBLE_EQ(coverage(10, 5, 0, 0).ratio, 0.0);
}

TEST(Indicators, LeaderboardRanksWithTies)
{
    std::vector<AgentScore> s{{1, 10, 5, 0}, {2, 30, 1, 0}, {3, 10, 5, 0}, {4, 10, 9, 0}, {5, 0, 0, 0}};
    rankAgents(s);
    std::vector<qint64> order;
    std::vector<int> ranks;
    for (const auto &a : s) {
        order.push_back(a.agentId);
        ranks.push_back(a.rank);
    }
    EXPECT_EQ(order, (std::vector<qint64>{2, 4, 1, 3, 5}));
    EXPECT_EQ(ranks, (std::vector<int>{1, 2, 3, 3, 5}));
}

TEST(Indicators, DownsampleKeepsPeaksEndsAndAtMostTheBudget)
{
    std::vector<QPointF> pts;
    for (int i = 0; i < 10000; ++i)
        pts.emplace_back(i, i == 4321 ? 1000.0 : (i == 7777 ? -1000.0 : i % 7));
    const auto out = downsample(pts, 400);
    EXPECT_LE(out.size(), 400u);
    EXPECT_GE(out.size(), 300u);
    EXPECT_EQ(out.front(), pts.front());
    EXPECT_EQ(out.back(), pts.back());
    EXPECT_NE(std::find(out.begin(), out.end(), QPointF(4321, 1000.0)), out.end());
    EXPECT_NE(std::find(out.begin(), out.end(), QPointF(7777, -1000.0)), out.end());
    EXPECT_TRUE(std::is_sorted(out.begin(), out.end(), [](auto a, auto b) { return a.x() < b.x(); }));
    // Few points are left alone.
    EXPECT_EQ(downsample({{0, 1}, {1, 2}}, 400).size(), 2u);
}

TEST(Indicators, RegisteredAgentsOnADay)
{
    const QDate day(2022, 6, 30);
    EXPECT_TRUE(registeredOn({QDate(2022, 1, 10), QStringLiteral("active"), {}}, day));
    EXPECT_TRUE(registeredOn({QDate(2022, 1, 10), QStringLiteral("inactive"), QDate(2022, 5, 1)}, day));
    EXPECT_FALSE(registeredOn({QDate(2022, 7, 1), QStringLiteral("active"), {}}, day));
    EXPECT_FALSE(registeredOn({QDate(2022, 1, 10), QStringLiteral("candidate"), {}}, day));
    EXPECT_FALSE(registeredOn({QDate(2022, 1, 10), QStringLiteral("dismissed"), QDate(2022, 3, 1)}, day));
    // Dismissed later: still counted in June.
    EXPECT_TRUE(registeredOn({QDate(2022, 1, 10), QStringLiteral("dismissed"), QDate(2022, 9, 1)}, day));
}

TEST(Indicators, ActiveAgentsOnADay)
{
    const QDate day(2022, 6, 30);
    EXPECT_TRUE(activeOn({QDate(2022, 1, 10), QStringLiteral("active"), {}}, day));
    EXPECT_TRUE(activeOn({{}, QStringLiteral("active"), QDate(2022, 2, 1)}, day));
    // Inactive or dismissed by the day: not active; only after it: still active on it.
    EXPECT_FALSE(activeOn({QDate(2022, 1, 10), QStringLiteral("inactive"), QDate(2022, 5, 1)}, day));
    EXPECT_FALSE(activeOn({QDate(2022, 1, 10), QStringLiteral("inactive"), QDate(2022, 6, 30)}, day));
    EXPECT_TRUE(activeOn({QDate(2022, 1, 10), QStringLiteral("inactive"), QDate(2022, 7, 1)}, day));
    EXPECT_FALSE(activeOn({QDate(2022, 1, 10), QStringLiteral("dismissed"), QDate(2022, 3, 1)}, day));
    EXPECT_TRUE(activeOn({QDate(2022, 1, 10), QStringLiteral("dismissed"), QDate(2022, 9, 1)}, day));
    EXPECT_FALSE(activeOn({QDate(2022, 1, 10), QStringLiteral("inactive"), {}}, day));
    // Not registered: candidates, and agents who join later.
    EXPECT_FALSE(activeOn({QDate(2022, 1, 10), QStringLiteral("candidate"), {}}, day));
    EXPECT_FALSE(activeOn({QDate(2022, 7, 1), QStringLiteral("active"), {}}, day));
}

TEST(Indicators, AgreementsInForceExpiringAndExpired)
{
    const QDate day(2025, 6, 1);
    std::vector<AgreementTerm> a{
        {1, 0, QDate(2024, 1, 1), QDate(2024, 12, 31), false, false, {}, {}, {}, {}, {}}, // renewed by 2: neither expired nor active
        {2, 1, QDate(2025, 1, 1), QDate(2025, 12, 31), false, false, {}, {}, {}, {}, {}}, // in force, a renewal
        {3, 0, QDate(2024, 7, 1), QDate(2025, 6, 20), false, false, {}, {}, {}, {}, {}},  // ends in 19 days
        {4, 0, QDate(2024, 9, 1), QDate(2025, 8, 15), false, false, {}, {}, {}, {}, {}},  // ends in 75 days
        {5, 0, QDate(2024, 1, 1), QDate(2025, 3, 31), false, false, {}, {}, {}, {}, {}},  // expired, never renewed
        {6, 0, QDate(2025, 1, 1), QDate(2025, 12, 31), false, true, QDate(2025, 4, 1), {}, {}, {}, {}}, // terminated
        {7, 0, QDate(2025, 1, 1), QDate(2025, 12, 31), true, false, {}, {}, {}, {}, {}},  // draft: not counted
    };
    const auto c = agreementCounts(a, day);
    EXPECT_EQ(c.active, 3);
    EXPECT_EQ(c.renewed, 1);
    EXPECT_EQ(c.expiring30, 1);
    EXPECT_EQ(c.expiring60, 1);
    EXPECT_EQ(c.expiring90, 2);
    EXPECT_EQ(c.expired, 1);
    EXPECT_EQ(c.terminated, 1);
    // The agreements behind "expired" and "ending within 90 days": the expired one first, then by end date.
    std::vector<qint64> toRenew;
    for (const auto &t : agreementsToRenew(a, day))
        toRenew.push_back(t.id);
    EXPECT_EQ(toRenew, (std::vector<qint64>{5, 3, 4}));
}

// The wadah list's PKS column: the newest agreement that is not a draft decides, whatever came before it.
TEST(Indicators, EachWadahsPksIsItsNewestAgreement)
{
    const QDate day(2025, 6, 1);
    auto term = [](qint64 id, qint64 previous, QDate from, QDate to, const char *wadah, bool draft = false, bool terminated = false,
                   QDate terminatedOn = {}) {
        return AgreementTerm{id, previous, from, to, draft, terminated, terminatedOn, {}, QString::fromLatin1(wadah), {}, {}};
    };
    const std::vector<AgreementTerm> a{
        term(1, 0, QDate(2024, 1, 1), QDate(2024, 12, 31), "W-RENEWED"),
        term(2, 1, QDate(2025, 1, 1), QDate(2025, 12, 31), "W-RENEWED"),
        term(3, 0, QDate(2024, 9, 1), QDate(2025, 8, 15), "W-ENDING"),             // 75 days left
        term(4, 0, QDate(2024, 1, 1), QDate(2025, 3, 31), "W-LAPSED"),
        term(5, 0, QDate(2025, 1, 1), QDate(2025, 12, 31), "W-ENDED", false, true, QDate(2025, 4, 1)),
        term(6, 0, QDate(2025, 1, 1), QDate(2025, 12, 31), "W-NOTICE", false, true, QDate(2025, 7, 1)), // ends early, still binds
        term(7, 0, QDate(2025, 7, 1), QDate(2026, 6, 30), "W-DRAFT", true),
        term(8, 0, QDate(2024, 1, 1), QDate(2025, 3, 31), "W-REDRAFT"),
        term(9, 8, QDate(2025, 4, 1), QDate(2026, 3, 31), "W-REDRAFT", true),    // the renewal is still a draft
    };
    const auto w = agreementsByWadah(a, day);
    using S = AgreementState;
    EXPECT_EQ(w.at(QStringLiteral("W-RENEWED")).state, S::Active);
    EXPECT_EQ(w.at(QStringLiteral("W-RENEWED")).endsOn, QDate(2025, 12, 31));
    EXPECT_EQ(w.at(QStringLiteral("W-ENDING")).state, S::Expiring);
    EXPECT_EQ(w.at(QStringLiteral("W-LAPSED")).state, S::Expired);
    EXPECT_EQ(w.at(QStringLiteral("W-ENDED")).state, S::Terminated);
    EXPECT_EQ(w.at(QStringLiteral("W-NOTICE")).state, S::Expiring);
    EXPECT_EQ(w.at(QStringLiteral("W-NOTICE")).endsOn, QDate(2025, 6, 30));
    EXPECT_EQ(w.at(QStringLiteral("W-DRAFT")).state, S::Draft);
    EXPECT_EQ(w.at(QStringLiteral("W-REDRAFT")).state, S::Expired);
    EXPECT_EQ(w.count(QStringLiteral("W-NONE")), 0u);
}

// On a past day the agreements signed later did not exist yet: a scorecard of 2021 names 2021's PKS. A renewal
// signed ahead of its start already decides.
TEST(Indicators, AWadahsPksOnADayIsAmongTheAgreementsSignedByThen)
{
    auto term = [](qint64 id, qint64 previous, QDate from, const char *wadah, QDate signedOn) {
        return AgreementTerm{id, previous, from, from.addYears(1).addDays(-1), false, false, {}, QStringLiteral("PKS-%1").arg(id),
                             QString::fromLatin1(wadah), {}, signedOn};
    };
    const std::vector<AgreementTerm> a{
        term(1, 0, QDate(2021, 1, 1), "W-1", QDate(2020, 12, 20)),
        term(2, 1, QDate(2022, 1, 1), "W-1", QDate(2021, 12, 22)),
        term(3, 0, QDate(2022, 3, 1), "W-LATER", QDate(2022, 2, 1)),
    };
    using S = AgreementState;
    const auto mid2021 = agreementsByWadah(a, QDate(2021, 6, 30));
    EXPECT_EQ(mid2021.at(QStringLiteral("W-1")).number, QStringLiteral("PKS-1"));
    EXPECT_EQ(mid2021.at(QStringLiteral("W-1")).endsOn, QDate(2021, 12, 31));
    EXPECT_EQ(mid2021.at(QStringLiteral("W-1")).state, S::Active);
    EXPECT_EQ(mid2021.count(QStringLiteral("W-LATER")), 0u);
    const auto renewedAhead = agreementsByWadah(a, QDate(2021, 12, 28));
    EXPECT_EQ(renewedAhead.at(QStringLiteral("W-1")).number, QStringLiteral("PKS-2"));
    EXPECT_EQ(renewedAhead.at(QStringLiteral("W-1")).endsOn, QDate(2022, 12, 31));
    EXPECT_EQ(renewedAhead.at(QStringLiteral("W-1")).state, S::Active);
}

// The PKS status report's "renewed / terminated in the period": a renewal counts on the day it was signed (its
// start when that day is unknown), never while a draft; a termination on its own day.
TEST(Indicators, AgreementsRenewedAndTerminatedBetweenTwoDays)
{
    auto term = [](qint64 id, qint64 previous, QDate from, const char *wadah, QDate signedOn = {}, bool draft = false,
                   QDate terminatedOn = {}) {
        return AgreementTerm{id, previous, from, from.addYears(1).addDays(-1), draft, terminatedOn.isValid(), terminatedOn,
                             {}, {}, QString::fromLatin1(wadah), signedOn};
    };
    const std::vector<AgreementTerm> a{
        term(1, 0, QDate(2024, 1, 1), "Tani"),
        term(2, 1, QDate(2025, 1, 1), "Tani", QDate(2024, 12, 20)),  // signed before the period
        term(3, 0, QDate(2024, 3, 1), "Nelayan"),
        term(4, 3, QDate(2025, 3, 1), "Nelayan"),                     // no signing day: its start
        term(5, 0, QDate(2024, 2, 1), "becak"),
        term(6, 5, QDate(2025, 2, 1), "becak", QDate(2025, 1, 15), true),  // still a draft
        term(7, 0, QDate(2024, 6, 1), "Pasar", {}, false, QDate(2025, 2, 10)),
        term(8, 0, QDate(2024, 6, 1), "Ojek", {}, false, QDate(2025, 7, 1)), // after the period
        term(9, 1, QDate(2025, 3, 1), "Anyam", QDate(2025, 3, 1)),
    };
    auto ids = [](const std::vector<AgreementTerm> &terms) {
        std::vector<qint64> out;
        for (const auto &t : terms)
            out.push_back(t.id);
        return out;
    };
    const QDate from(2025, 1, 1), to(2025, 6, 30);
    EXPECT_EQ(ids(renewedBetween(a, from, to)), (std::vector<qint64>{9, 4})); // same day: by wadah name
    EXPECT_EQ(ids(terminatedBetween(a, from, to)), (std::vector<qint64>{7}));
    EXPECT_EQ(ids(renewedBetween(a, QDate(2024, 12, 1), QDate(2024, 12, 31))), (std::vector<qint64>{2}));
}
