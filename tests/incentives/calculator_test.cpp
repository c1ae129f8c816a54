// The rule edges of issue 15 on hand-made figures: thresholds, bands, rounding, both rule versions.
#include "incentives/calculator.h"

#include <gtest/gtest.h>

using namespace perisai;
using namespace perisai::incentives;

namespace {

// The values of resources/sql/0002_reference_data.sql.
const char *kV2018 = R"({"min_new_participants": 50, "acquisition_flat": 500000, "contribution_rate": 0.075})";
const char *kV2022 = R"({"min_new_participants": 25, "acquisition_jkk_jkm": 10000, "acquisition_jkk_jkm_jht": 15000, "contribution_rate_1_24": 0.15, "contribution_rate_25_60": 0.05, "wadah_share": 0.10, "pay_by_day": 5})";

RuleVersion v2018() { return *parseRule(QString::fromLatin1(kV2018), QDate(2018, 1, 1)); }
RuleVersion v2022() { return *parseRule(QString::fromLatin1(kV2022), QDate(2022, 4, 1)); }

AgentBasis agent(int newJht, int newJkm = 0)
{
    AgentBasis b;
    b.agentId = 1;
    b.agentCode = QStringLiteral("AG-0001");
    b.wadahId = 7;
    b.wadahCode = QStringLiteral("WDH-001");
    if (newJht)
        b.newByProgram[QStringLiteral("JKK+JKM+JHT")] = newJht;
    if (newJkm)
        b.newByProgram[QStringLiteral("JKK+JKM")] = newJkm;
    return b;
}

MonthIncentives one(const RuleVersion &rule, AgentBasis b, YearMonth m = {2022, 5})
{
    return calculate(rule, m, {std::move(b)});
}

} // namespace

TEST(IncentiveRules, ReadBothShippedVersions)
{
    const RuleVersion old = v2018();
    EXPECT_EQ(old.name, "v2018");
    EXPECT_EQ(old.minNewParticipants, 50);
    EXPECT_EQ(old.acquisitionFlat, 500000);
    ASSERT_EQ(old.bands.size(), 1u);
    EXPECT_EQ(old.bands[0].ratePpm, 75000);
    EXPECT_EQ(old.wadahSharePpm, 0);

    const RuleVersion now = v2022();
    EXPECT_EQ(now.name, "v2022");
    EXPECT_EQ(now.acquisitionPerProgram.value("JKK+JKM"), 10000);
    EXPECT_EQ(now.acquisitionPerProgram.value("JKK+JKM+JHT"), 15000);
    ASSERT_EQ(now.bands.size(), 2u);
    EXPECT_EQ(now.bandOf(1), 0);
    EXPECT_EQ(now.bandOf(24), 0);
    EXPECT_EQ(now.bandOf(25), 1);
    EXPECT_EQ(now.bandOf(60), 1);
    EXPECT_EQ(now.bandOf(61), -1);
    EXPECT_EQ(now.bandOf(0), -1);
    EXPECT_EQ(now.wadahSharePpm, 100000);
}

TEST(IncentiveRules, WrittenBackAsReadAndTypoRefused)
{
    const RuleVersion now = v2022();
    const auto again = parseRule(ruleJson(now), now.validFrom);
    ASSERT_TRUE(again.ok()) << again.errorText().toStdString();
    EXPECT_EQ(again->acquisitionPerProgram, now.acquisitionPerProgram);
    EXPECT_EQ(again->bands.size(), 2u);
    EXPECT_EQ(again->bands[1].ratePpm, 50000);
    EXPECT_EQ(again->name, "v2022");

    EXPECT_FALSE(parseRule(R"({"min_new_participant": 25})", QDate(2024, 1, 1)).ok());
    EXPECT_FALSE(parseRule(R"({"contribution_rate_1_24": 0.1, "contribution_rate_20_60": 0.05})", QDate(2024, 1, 1)).ok());
    EXPECT_FALSE(parseRule(R"({"withholding_tax_rate": 1.5})", QDate(2024, 1, 1)).ok());
}

TEST(IncentiveCalculator, WorkedExampleOfTheDomain)
{
    // 30 new participants on JKK+JKM+JHT, each paying Rp36,800 in their first month.
    AgentBasis b = agent(30);
    b.paidByContributionMonth[1] = 30 * 36800;
    const MonthIncentives m = one(v2022(), b);
    ASSERT_EQ(m.agents.size(), 1u);
    const AgentIncentive &a = m.agents[0];
    EXPECT_EQ(a.newParticipants, 30);
    EXPECT_EQ(a.acquisition, 450000);
    EXPECT_EQ(a.contributionsCounted, 1104000);
    EXPECT_EQ(a.contribution, 165600);
    EXPECT_EQ(a.total, 615600);
    ASSERT_EQ(m.wadah.size(), 1u);
    EXPECT_EQ(m.wadah[0].agentsTotal, 615600);
    EXPECT_EQ(m.wadah[0].share, 61560);
    EXPECT_EQ(m.wadah[0].receives, 677160);
    EXPECT_EQ(m.total, 677160);
    EXPECT_EQ(m.payable, 677160);
}

TEST(IncentiveCalculator, ThresholdOf25NewParticipants)
{
    EXPECT_EQ(one(v2022(), agent(24)).agents[0].acquisition, 0);
    EXPECT_EQ(one(v2022(), agent(25)).agents[0].acquisition, 25 * 15000);
    EXPECT_EQ(one(v2022(), agent(26)).agents[0].acquisition, 26 * 15000);
    // Mixed programs: each participant at its own program's amount.
    EXPECT_EQ(one(v2022(), agent(10, 16)).agents[0].acquisition, 10 * 15000 + 16 * 10000);
}

TEST(IncentiveCalculator, ReregisteredNikDropsTheMonthBelowTheThreshold)
{
    AgentBasis b = agent(24);
    b.notCounted[Exclusion::Reregistered] = 1; // 25 registrations, one NIK seen before
    const AgentIncentive a = one(v2022(), b).agents[0];
    EXPECT_EQ(a.newParticipants, 24);
    EXPECT_EQ(a.notCounted, 1);
    EXPECT_FALSE(a.thresholdMet);
    EXPECT_EQ(a.acquisition, 0);
}

TEST(IncentiveCalculator, ContributionMonths24_25_60_61)
{
    AgentBasis b = agent(0);
    b.paidByContributionMonth[24] = 100000; // 15 %
    b.paidByContributionMonth[25] = 100000; // 5 %
    b.paidByContributionMonth[60] = 100000; // 5 %
    b.paidByContributionMonth[61] = 100000; // nothing
    const AgentIncentive a = one(v2022(), b).agents[0];
    EXPECT_EQ(a.paidByBand, (std::vector<qint64>{100000, 200000}));
    EXPECT_EQ(a.contributionsCounted, 300000);
    EXPECT_EQ(a.contributionsNotCounted, 100000);
    EXPECT_EQ(a.basis.paidNotCounted.value(Exclusion::OutsideBands), 100000);
    EXPECT_EQ(a.contribution, 15000 + 10000);
    EXPECT_EQ(a.acquisition, 0);
}

TEST(IncentiveCalculator, RoundingIsOneFloorOverBothBands)
{
    // 15 × 16,801 + 5 × 16,803 = 252,015 + 84,015 = 336,030 → /100 → 3,360.30 → 3,360.
    // A floor per band would give 2,520 + 840 = 3,360 here too; 7 and 7 tell them apart:
    // (15 × 7 + 5 × 7) / 100 = 1.4 → 1, per band 1 + 0 = 1; 13 and 13: 2.6 → 2, per band 1 + 0 = 1.
    AgentBasis b = agent(0);
    b.paidByContributionMonth[1] = 13;
    b.paidByContributionMonth[30] = 13;
    EXPECT_EQ(one(v2022(), b).agents[0].contribution, 2);

    AgentBasis c = agent(0);
    c.paidByContributionMonth[2] = 16801;
    c.paidByContributionMonth[26] = 16803;
    EXPECT_EQ(one(v2022(), c).agents[0].contribution, 3360);

    // v2018: floor(75 × Σ / 1000): 36,801 → 2,760.075 → 2,760.
    AgentBasis d = agent(0);
    d.paidByContributionMonth[3] = 36801;
    EXPECT_EQ(one(v2018(), d, {2021, 5}).agents[0].contribution, 2760);

    // The wadah share floors too: 10 % of 615,609 is 61,560.9 → 61,560.
    AgentBasis e = agent(30);
    e.paidByContributionMonth[1] = 1104060; // 15 % = 165,609
    const MonthIncentives m = one(v2022(), e);
    EXPECT_EQ(m.agents[0].total, 615609);
    EXPECT_EQ(m.wadah[0].share, 61560);
}

TEST(IncentiveCalculator, Version2018FlatAt50AndNoWadahShare)
{
    AgentBasis b = agent(49);
    b.paidByContributionMonth[1] = 49 * 36800;
    const MonthIncentives below = one(v2018(), b, {2021, 5});
    EXPECT_EQ(below.agents[0].acquisition, 0);
    EXPECT_EQ(below.agents[0].contribution, 135240); // 7.5 % of 1,803,200
    EXPECT_EQ(below.wadah[0].share, 0);

    AgentBasis c = agent(50);
    c.paidByContributionMonth[70] = 10000; // v2018 has no upper band
    const MonthIncentives at = one(v2018(), c, {2021, 5});
    EXPECT_EQ(at.agents[0].acquisition, 500000);
    EXPECT_EQ(at.agents[0].contribution, 750);
    EXPECT_EQ(at.total, 500750);
}

TEST(IncentiveCalculator, SameMonthUnderEachVersion)
{
    // The same figures under the version that ends 2022-03-31 and the one from 2022-04-01.
    AgentBasis b = agent(30);
    b.paidByContributionMonth[1] = 1104000;
    EXPECT_EQ(one(v2018(), b, {2022, 3}).total, 82800);    // below 50: only 7.5 %
    EXPECT_EQ(one(v2022(), b, {2022, 4}).total, 677160);
}

TEST(IncentiveCalculator, ExcludedRegistrationsAndPaymentsEarnNothingButAreShown)
{
    AgentBasis b = agent(26);
    b.notCounted[Exclusion::AgentDismissed] = 5;
    b.notCounted[Exclusion::FraudCase] = 2;
    b.paidByContributionMonth[1] = 100000;
    b.paidNotCounted[Exclusion::AgentDismissed] = 50000;
    b.paidNotCounted[Exclusion::FraudCase] = 36800;
    const AgentIncentive a = one(v2022(), b).agents[0];
    EXPECT_EQ(a.newParticipants, 26);
    EXPECT_EQ(a.notCounted, 7);
    EXPECT_EQ(a.contributionsCounted, 100000);
    EXPECT_EQ(a.contributionsNotCounted, 86800);
    EXPECT_EQ(a.total, 26 * 15000 + 15000);
}

TEST(IncentiveCalculator, AdjustmentsAddToTheTotalAndANegativeWadahTotalEarnsNoShare)
{
    AgentBasis b = agent(0);
    b.paidByContributionMonth[1] = 100000; // 15,000
    const MonthIncentives plus = calculate(v2022(), {2022, 6}, {b}, {{1, 2500}});
    EXPECT_EQ(plus.agents[0].adjustment, 2500);
    EXPECT_EQ(plus.agents[0].total, 17500);
    EXPECT_EQ(plus.wadah[0].share, 1750);

    AgentBasis empty = agent(0);
    const MonthIncentives minus = calculate(v2022(), {2022, 6}, {empty}, {{1, -40000}});
    ASSERT_EQ(minus.agents.size(), 1u); // the correction alone makes a line
    EXPECT_EQ(minus.agents[0].total, -40000);
    EXPECT_EQ(minus.wadah[0].share, 0);
    EXPECT_EQ(minus.total, -40000);

    AgentBasis nothing = agent(0);
    EXPECT_TRUE(calculate(v2022(), {2022, 6}, {nothing}).agents.empty());
}

TEST(IncentiveCalculator, WithholdingTaxShownAsGrossTaxAndNet)
{
    RuleVersion taxed = v2022();
    taxed.withholdingTaxPpm = ppmOf(0.025);
    AgentBasis b = agent(30);
    b.paidByContributionMonth[1] = 1104000;
    const MonthIncentives m = one(taxed, b);
    EXPECT_EQ(m.agents[0].total, 615600);
    EXPECT_EQ(m.agents[0].tax, 15390);
    EXPECT_EQ(m.agents[0].net, 600210);
    EXPECT_EQ(m.wadah[0].share, 61560);
    EXPECT_EQ(m.wadah[0].shareTax, 1539);
    EXPECT_EQ(m.wadah[0].receives, 600210 + 60021);
    EXPECT_EQ(m.payable, 660231);
    EXPECT_EQ(m.total, 677160);
}

TEST(IncentiveCalculator, AgentsWithoutAWadahEarnButNoShare)
{
    AgentBasis b = agent(25);
    b.wadahId = 0;
    b.wadahCode.clear();
    const MonthIncentives m = one(v2022(), b);
    EXPECT_EQ(m.agents[0].total, 375000);
    EXPECT_EQ(m.wadah[0].share, 0);
    EXPECT_EQ(m.total, 375000);
}

TEST(IncentiveCalculator, PpmFloorsTowardMinusInfinity)
{
    EXPECT_EQ(applyPpm(-15, 100000), -2);
    EXPECT_EQ(applyPpm(15, 100000), 1);
    EXPECT_EQ(applyPpm(0, 100000), 0);
}
