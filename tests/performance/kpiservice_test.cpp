// The indicators on a small region worked out by hand (kpifixture.h), on SQLite and PostgreSQL.
#include "kpifixture.h"
#include "figures/kpiexport.h"
#include "figures/kpiservice.h"
#include "storage/query.h"
#include "testdatabase.h"

using namespace perisai;
using namespace perisai::figures;

namespace {
const PeriodRange kH1{{2022, 1}, {2022, 6}};
const QDate kToday(2025, 1, 1);
} // namespace

class KpiServiceTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (db)
            perisai::testing::buildSmallRegion(*db);
    }
    KpiSummary summary(const KpiScope &scope, const PeriodRange &period = kH1)
    {
        auto s = KpiService(*db).summary(scope, period, kToday);
        EXPECT_TRUE(s.ok()) << s.errorText().toStdString();
        return s ? *s : KpiSummary{};
    }
};

TEST_P(KpiServiceTest, AcquisitionsAgainstLastYearAndTheOutlook)
{
    const auto s = summary({QStringLiteral("KC-A"), {}, {}});
    EXPECT_EQ(s.officeCode, QStringLiteral("KC-A"));
    EXPECT_EQ(s.acquisitions, 5);
    EXPECT_EQ(s.acquisitionsSamePeriodLastYear, 3);
    EXPECT_EQ(s.acquisitionsLastFullYear, 5);
    EXPECT_EQ(s.outlook.runRate, 10);
    EXPECT_EQ(s.outlook.seasonal, 8); // 5 against 3 in the same months: 5 * 5 / 3
    EXPECT_TRUE(s.outlook.beatsLastYear);
}

TEST_P(KpiServiceTest, ActiveParticipantsRetentionAndAgents)
{
    const auto s = summary({QStringLiteral("KC-A"), {}, {}});
    EXPECT_EQ(s.activeParticipants, 7);
    EXPECT_EQ(s.retention3, std::optional<double>(0.8));
    EXPECT_EQ(s.retention6, std::optional<double>(0.25)); // only January's cohort is observed six months on
    EXPECT_FALSE(s.retention12.has_value()); // no month of the period is twelve months old in the data: "–"
    EXPECT_EQ(s.agentsRegistered, 2); // AG03 is still a candidate
    EXPECT_EQ(s.agentsProductive, 1); // AG02's recruits pay at the bank
}

TEST_P(KpiServiceTest, TargetCoverageAndClaims)
{
    const auto s = summary({QStringLiteral("KC-A"), {}, {}});
    EXPECT_EQ(s.target, 12);
    EXPECT_NEAR(s.achievement.ratio, 5.0 / 12.0, 1e-9);
    EXPECT_FALSE(s.achievement.aboveCap);
    EXPECT_EQ(s.coverage.informalWorkers, 1000); // 2021's figure: the latest there is for 2022
    EXPECT_EQ(s.coverage.protectedWorkers, 7);
    EXPECT_NEAR(s.coverage.perisaiShare, 5.0 / 7.0, 1e-9);
    EXPECT_NEAR(s.coverage.ucjContribution, 0.001, 1e-9);
    EXPECT_EQ(s.claimsCount, 1);
    EXPECT_EQ(s.claimsAmount, 42000000);
    EXPECT_EQ(s.claimsByProgram.at(QStringLiteral("JKM")).count, 1);
}

TEST_P(KpiServiceTest, MonevAndAgreementsAsOfThePeriodsEnd)
{
    const auto s = summary({QStringLiteral("KC-A"), {}, {}});
    EXPECT_EQ(s.monevSessions, 1);
    EXPECT_DOUBLE_EQ(s.attendanceRate, 0.5);
    EXPECT_EQ(s.openActions, 2);
    EXPECT_EQ(s.overdueActions, 1);
    EXPECT_EQ(s.agreements.active, 2);
    EXPECT_EQ(s.agreements.expiring90, 1);
    EXPECT_EQ(s.agreements.expired, 0);
}

TEST_P(KpiServiceTest, ARegionAddsUpItsBranches)
{
    const auto s = summary({QStringLiteral("KANWIL-X"), {}, {}});
    EXPECT_EQ(s.acquisitions, 10);
    EXPECT_EQ(s.target, 30); // 12 + 18: the region has no target of its own
    EXPECT_EQ(s.activeParticipants, 13);
    EXPECT_EQ(s.coverage.informalWorkers, 3000);
    EXPECT_EQ(s.agentsRegistered, 3);
}

TEST_P(KpiServiceTest, NarrowedToAWadahOrAnAgent)
{
    const auto w = summary({{}, QStringLiteral("W1"), {}});
    EXPECT_EQ(w.officeCode, QStringLiteral("KCP-A1"));
    EXPECT_EQ(w.acquisitions, 4);
    EXPECT_EQ(w.target, 4);
    EXPECT_EQ(w.activeParticipants, 4); // a, b, f, g
    EXPECT_EQ(w.claimsCount, 1);
    const auto a = summary({{}, {}, QStringLiteral("AG01")});
    EXPECT_EQ(a.acquisitions, 4);
    EXPECT_EQ(a.target, 3);
    EXPECT_TRUE(a.achievement.aboveCap);
    EXPECT_DOUBLE_EQ(a.attendanceRate, 1.0);
}

TEST_P(KpiServiceTest, TheDefaultOfficeIsTheDemosOrTheTop)
{
    EXPECT_EQ(summary({}).officeCode, QStringLiteral("KANWIL-X"));
    storage::Query q(db->connection(), QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('demo_office', 'KC-B')"));
    ASSERT_TRUE(q.exec().ok());
    EXPECT_EQ(summary({}).officeCode, QStringLiteral("KC-B"));
}

TEST_P(KpiServiceTest, UnknownCodesAreNamed)
{
    auto s = KpiService(*db).summary({QStringLiteral("KC-NOPE"), {}, {}}, kH1, kToday);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.errorText().contains(QStringLiteral("KC-NOPE")));
}

TEST_P(KpiServiceTest, DashboardSeriesLeaderboardAndCohorts)
{
    auto d = KpiService(*db).dashboard({QStringLiteral("KC-A"), {}, {}}, kH1, kToday);
    ASSERT_TRUE(d.ok()) << d.errorText().toStdString();
    ASSERT_EQ(d->months.size(), 6u);
    EXPECT_EQ(d->months[0].acquisitions, 4);
    EXPECT_EQ(d->months[2].acquisitionsLastYear, 3);
    EXPECT_DOUBLE_EQ(d->months[0].target, 2.0);
    EXPECT_EQ(d->months[5].activeAll, 7);
    EXPECT_EQ(d->months[5].agentsRegistered, 2);
    EXPECT_EQ(d->outlookPath.runRate[11], 10);
    EXPECT_EQ(d->lastYear[2], 3);
    ASSERT_EQ(d->byAgent.size(), 3u);
    EXPECT_EQ(d->byAgent[0].code, QStringLiteral("AG01"));
    EXPECT_EQ(d->byAgent[0].rank, 1);
    EXPECT_EQ(d->byAgent[0].wadahName, QStringLiteral("Wadah W1"));
    EXPECT_TRUE(d->byAgent[0].achievement.aboveCap);
    ASSERT_EQ(d->byWadah.size(), 2u);
    EXPECT_EQ(d->byWadah[0].code, QStringLiteral("W1"));
    EXPECT_EQ(d->byWadah[0].acquisitions, 4);
    ASSERT_EQ(d->cohorts.size(), 6u);
    EXPECT_EQ(d->cohorts[0].size, 4);
    EXPECT_DOUBLE_EQ(*d->cohorts[0].shares[3], 0.75);
    EXPECT_FALSE(d->cohorts[0].shares[7].has_value()); // August 2022 is past the data
}

TEST_P(KpiServiceTest, JsonHasTheShapeOfTheInterface)
{
    const QString json = kpiJson(summary({QStringLiteral("KC-A"), {}, {}}));
    EXPECT_TRUE(json.contains(QStringLiteral("\"period\": {\n    \"from\": \"2022-01\",\n    \"to\": \"2022-06\",\n    \"data_until\": \"2022-07\"\n  },"))) << json.toStdString();
    EXPECT_TRUE(json.contains(QStringLiteral("\"acquisitions\": 5,")));
    EXPECT_TRUE(json.contains(QStringLiteral("\"beats_last_year\": true")));
    EXPECT_TRUE(json.contains(QStringLiteral("\"m3\": 0.8,")));
    EXPECT_TRUE(json.contains(QStringLiteral("\"m12\": null")));
    EXPECT_TRUE(json.contains(QStringLiteral("\"JKM\": {\n        \"count\": 1,\n        \"amount\": 42000000\n      }")));
    EXPECT_TRUE(json.contains(QStringLiteral("\"expiring_90d\": 1,")));
}

INSTANTIATE_TEST_SUITE_P(Backends, KpiServiceTest, perisai::testing::allBackends(), perisai::testing::backendName);
