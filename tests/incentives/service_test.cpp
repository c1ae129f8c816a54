// The month's incentives through the service on hand-made data, SQLite and PostgreSQL: the rule edges of
// issue 15 as a user sees them in the month's lines.
#include "incentivefixture.h"

#include "incentives/ruleversions.h"
#include "incentives/service.h"
#include "review/caserepository.h"

using namespace perisai;
using namespace perisai::incentives;

namespace perisai::testing {
namespace {

class IncentiveService_ : public IncentiveTest {
protected:
    MonthView month(YearMonth m)
    {
        auto v = IncentiveService(*db).month(QString(), m);
        EXPECT_TRUE(v.ok()) << v.errorText().toStdString();
        return v ? *v : MonthView{};
    }
    static const AgentIncentive &line(const MonthView &v, const QString &code)
    {
        for (const auto &a : v.figures.agents)
            if (a.basis.agentCode == code)
                return a;
        static AgentIncentive none;
        ADD_FAILURE() << "no line for " << code.toStdString();
        return none;
    }
};

TEST_P(IncentiveService_, WorkedExampleOfTheDomain)
{
    recruits(agent1, 30, QDate(2022, 5, 12));
    const MonthView v = month({2022, 5});
    EXPECT_EQ(v.officeCode, "KC-CONTOH");
    EXPECT_EQ(v.figures.rule.name, "v2022");
    EXPECT_EQ(v.run.status, RunStatus::Draft);
    ASSERT_EQ(v.figures.agents.size(), 1u);
    const AgentIncentive &a = line(v, "AG-0001");
    EXPECT_EQ(a.newParticipants, 30);
    EXPECT_EQ(a.acquisition, 450000);
    EXPECT_EQ(a.contributionsCounted, 1104000);
    EXPECT_EQ(a.contribution, 165600);
    EXPECT_EQ(a.total, 615600);
    EXPECT_EQ(v.figures.total, 677160);
}

TEST_P(IncentiveService_, ThresholdAt24_25_26NewParticipants)
{
    recruits(agent1, 24, QDate(2022, 6, 3), 0);
    recruits(agent2, 25, QDate(2022, 6, 3), 0);
    recruits(agent3, 26, QDate(2022, 6, 3), 0, QStringLiteral("JKK+JKM"));
    const MonthView v = month({2022, 6});
    EXPECT_EQ(line(v, "AG-0001").acquisition, 0);
    EXPECT_EQ(line(v, "AG-0002").acquisition, 375000);
    EXPECT_EQ(line(v, "AG-0003").acquisition, 260000);
    EXPECT_EQ(v.figures.total, 375000 + 37500 + 260000 + 26000);
}

TEST_P(IncentiveService_, ReregisteredNikIsNotNewAndDropsTheMonthBelowTheThreshold)
{
    participant(agent2, QDate(2021, 2, 1), QStringLiteral("JKK+JKM"), QStringLiteral("3302020202977777"));
    recruits(agent1, 24, QDate(2022, 7, 5), 0);
    participant(agent1, QDate(2022, 7, 20), QStringLiteral("JKK+JKM+JHT"), QStringLiteral("3302020202977777"));
    const MonthView v = month({2022, 7});
    const AgentIncentive &a = line(v, "AG-0001");
    EXPECT_EQ(a.newParticipants, 24);
    EXPECT_EQ(a.notCounted, 1);
    EXPECT_EQ(a.basis.notCounted.value(Exclusion::Reregistered), 1);
    EXPECT_EQ(a.acquisition, 0);

    // The drill-down names the participant and the reason.
    auto list = IncentiveService(*db).participants(agent1, {2022, 7});
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 25u);
    EXPECT_EQ(list->back().nik, "3302020202977777");
    ASSERT_TRUE(list->back().reason.has_value());
    EXPECT_EQ(*list->back().reason, Exclusion::Reregistered);
}

TEST_P(IncentiveService_, ContributionMonths24_25_60_61)
{
    const qint64 recent = participant(agent1, QDate(2020, 6, 15));  // month 1 = June 2020
    const qint64 old = participant(agent1, QDate(2017, 6, 15));     // month 1 = June 2017
    const QDate paid(2022, 6, 10);
    pay(recent, {2022, 5}, 36800, paid); // month 24: 15 %
    pay(recent, {2022, 6}, 36800, paid); // month 25: 5 %
    pay(old, {2022, 5}, 36800, paid);    // month 60: 5 %
    pay(old, {2022, 6}, 36800, paid);    // month 61: nothing
    const AgentIncentive a = line(month({2022, 6}), "AG-0001");
    EXPECT_EQ(a.contributionsCounted, 3 * 36800);
    EXPECT_EQ(a.contributionsNotCounted, 36800);
    EXPECT_EQ(a.contribution, (15 * 36800 + 5 * 73600) / 100);

    auto payments = IncentiveService(*db).payments(agent1, {2022, 6});
    ASSERT_TRUE(payments.ok());
    ASSERT_EQ(payments->size(), 4u);
    QList<int> months;
    for (const auto &p : *payments)
        months << p.contributionMonth;
    std::sort(months.begin(), months.end());
    EXPECT_EQ(months, (QList<int>{24, 25, 60, 61}));
}

TEST_P(IncentiveService_, LatePaymentCountsInTheMonthItWasPaid)
{
    const qint64 p = participant(agent1, QDate(2022, 5, 20));
    pay(p, {2022, 5}, 36800, QDate(2022, 6, 3));
    const AgentIncentive may = line(month({2022, 5}), "AG-0001");
    EXPECT_EQ(may.newParticipants, 1);
    EXPECT_EQ(may.contributionsCounted, 0); // paid in June
    EXPECT_EQ(may.total, 0);
    const AgentIncentive june = line(month({2022, 6}), "AG-0001");
    EXPECT_EQ(june.contributionsCounted, 36800);
    EXPECT_EQ(june.contribution, 5520);
}

TEST_P(IncentiveService_, RuleVersionChangesOnTheFirstOfApril2022)
{
    recruits(agent1, 30, QDate(2022, 3, 31));
    recruits(agent2, 30, QDate(2022, 4, 1));
    const MonthView march = month({2022, 3});
    EXPECT_EQ(march.figures.rule.name, "v2018");
    EXPECT_EQ(line(march, "AG-0001").acquisition, 0); // below 50
    EXPECT_EQ(line(march, "AG-0001").contribution, 82800);
    EXPECT_EQ(march.figures.sharesTotal, 0);
    const MonthView april = month({2022, 4});
    EXPECT_EQ(april.figures.rule.name, "v2022");
    EXPECT_EQ(line(april, "AG-0002").total, 615600);
}

TEST_P(IncentiveService_, DismissedAgentEarnsNothingFromTheDismissalDate)
{
    recruits(agent2, 26, QDate(2022, 8, 10));
    recruits(agent2, 5, QDate(2022, 8, 20));
    dismiss(agent2, QDate(2022, 8, 15));
    const AgentIncentive a = line(month({2022, 8}), "AG-0002");
    EXPECT_EQ(a.newParticipants, 26);
    EXPECT_EQ(a.basis.notCounted.value(Exclusion::AgentDismissed), 5);
    EXPECT_EQ(a.contributionsCounted, 26 * 36800);
    EXPECT_EQ(a.basis.paidNotCounted.value(Exclusion::AgentDismissed), 5 * 36800);
    EXPECT_EQ(a.acquisition, 26 * 15000);
}

TEST_P(IncentiveService_, ConfirmedFraudCaseCountsForNothing)
{
    const QList<qint64> ids = recruits(agent1, 26, QDate(2022, 9, 5));
    const qint64 flagged = ids.front();
    // A case on the Tinjauan page, confirmed with one of the recruits as its evidence.
    review::CaseRepository cases(*db);
    review::ReviewCase c;
    c.kind = QStringLiteral("first_payment_only");
    c.agentId = agent1;
    c.periodFrom = c.periodTo = 202209;
    c.detail = QStringLiteral("test");
    c.state = review::CaseState::Confirmed;
    c.openedAt = c.updatedAt = QDateTime::currentDateTimeUtc();
    const auto caseId = cases.insert(c);
    ASSERT_TRUE(caseId.ok()) << caseId.errorText().toStdString();
    ASSERT_TRUE(cases.addParticipants(*caseId, {flagged}).ok());
    const AgentIncentive a = line(month({2022, 9}), "AG-0001");
    EXPECT_EQ(a.newParticipants, 25);
    EXPECT_EQ(a.basis.notCounted.value(Exclusion::FraudCase), 1);
    EXPECT_EQ(a.basis.paidNotCounted.value(Exclusion::FraudCase), 36800);
    EXPECT_EQ(a.contributionsCounted, 25 * 36800);
}

TEST_P(IncentiveService_, RuleVersionsAreChosenByTheFirstDayAndOnlyAdded)
{
    RuleVersions rules(*db);
    EXPECT_EQ(rules.forMonth({2022, 3})->name, "v2018");
    EXPECT_EQ(rules.forMonth({2022, 4})->name, "v2022");
    EXPECT_FALSE(rules.forMonth({2017, 12}).ok());

    RuleVersion next = *rules.forMonth({2022, 4});
    next.validFrom = QDate(2024, 1, 1);
    next.withholdingTaxPpm = ppmOf(0.025);
    next.name = QStringLiteral("v2024");
    next.source = QStringLiteral("Perdir contoh 2024");
    EXPECT_FALSE(rules.add(next, YearMonth(2024, 2)).ok()); // a month already approved would change
    next.validFrom = QDate(2024, 1, 15);
    EXPECT_FALSE(rules.add(next, {}).ok()); // not the first of a month
    next.validFrom = QDate(2024, 1, 1);
    const auto added = rules.add(next, YearMonth(2023, 12));
    ASSERT_TRUE(added.ok()) << added.errorText().toStdString();
    EXPECT_EQ(rules.forMonth({2023, 12})->name, "v2022");
    EXPECT_EQ(rules.forMonth({2023, 12})->withholdingTaxPpm, 0); // the old version is as it was
    EXPECT_EQ(rules.forMonth({2024, 1})->name, "v2024");
    EXPECT_EQ(rules.forMonth({2024, 1})->withholdingTaxPpm, 25000);
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM audit_log WHERE table_name = 'program_rules'"), 1);

    // Under the taxed version the month shows gross, tax and net.
    recruits(agent1, 30, QDate(2024, 1, 10));
    const MonthView v = month({2024, 1});
    EXPECT_EQ(line(v, "AG-0001").total, 615600);
    EXPECT_EQ(line(v, "AG-0001").tax, 15390);
    EXPECT_EQ(v.figures.payable, 677160 - 15390 - 1539);
}

INSTANTIATE_TEST_SUITE_P(Backends, IncentiveService_, allBackends(), backendName);

} // namespace
} // namespace perisai::testing
