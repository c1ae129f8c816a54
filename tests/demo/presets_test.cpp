// The presets reproduce the news articles' figures exactly, on SQLite and on PostgreSQL.
#include "demofixture.h"

#include "storage/integrity.h"

using namespace perisai;
using perisai::testing::scalar;
using perisai::testing::text;

// Participants of the offices under a branch (the KC itself and its KCPs).
static const char *const kUnderCilacap =
    "p.office_id IN (SELECT id FROM offices WHERE code = 'KC-CILACAP'"
    " UNION SELECT id FROM offices WHERE parent_id = (SELECT id FROM offices WHERE code = 'KC-CILACAP'))";

class CilacapPreset : public perisai::testing::GeneratedOnce {
protected:
    demo::Options options() const override
    {
        demo::Options o;
        o.preset = demo::Preset::Cilacap;
        return o;
    }
};

TEST_P(CilacapPreset, HasTheArticlesAcquisitionsFor2021AndTheFirstHalfOf2022)
{
    const QString base = QStringLiteral("SELECT COUNT(*) FROM participants p WHERE p.agent_id IS NOT NULL AND ") + QLatin1String(kUnderCilacap);
    EXPECT_EQ(scalar(*db, base + QStringLiteral(" AND p.registered_on BETWEEN '2021-01-01' AND '2021-12-31'")), 5628);
    EXPECT_EQ(scalar(*db, base + QStringLiteral(" AND p.registered_on BETWEEN '2022-01-01' AND '2022-06-30'")), 2336);
    // The dashboards read the summaries: they say the same.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(acquisitions) FROM summary_office_month WHERE channel = 'perisai' "
                                         "AND period BETWEEN 202101 AND 202112")), 5628);
}

TEST_P(CilacapPreset, EndsInJune2022AndNamesItsBranch)
{
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MAX(period) FROM contributions")), 202206);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants WHERE registered_on > '2022-06-30'")), 0);
    EXPECT_EQ(text(*db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'demo_office'")), QStringLiteral("KC-CILACAP"));
    EXPECT_EQ(text(*db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'demo_until'")), QStringLiteral("2022-06"));
    EXPECT_EQ(text(*db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'branch_name'")), QStringLiteral("Kantor Cabang Cilacap"));
    EXPECT_EQ(text(*db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'demo_preset'")), QStringLiteral("cilacap"));
}

TEST_P(CilacapPreset, FourRegionalPerisaiOfficesRenewedTheirAgreementsIn2022)
{
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM wadah WHERE kind = 'kantor_perisai'")), 4);
    // Each has an active PKS that started in 2022 and follows a renewed one.
    EXPECT_EQ(scalar(*db, QStringLiteral(
                  "SELECT COUNT(DISTINCT w.id) FROM wadah w JOIN agreements a ON a.wadah_id = w.id "
                  "JOIN agreements prev ON prev.id = a.previous_id "
                  "WHERE w.kind = 'kantor_perisai' AND a.status = 'active' AND a.starts_on BETWEEN '2022-01-01' AND '2022-12-31' "
                  "AND a.signed_on <= '2022-06-30' AND prev.status = 'renewed' AND prev.ends_on < a.starts_on")), 4);
}

TEST_P(CilacapPreset, NiksComeFromCilacapOrCentralJava)
{
    EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants WHERE nik LIKE '3301%'")),
              scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants")) * 8 / 10);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants WHERE nik NOT LIKE '33%'")), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, CilacapPreset, perisai::testing::allBackends(), perisai::testing::backendName);

class NtbPreset : public perisai::testing::GeneratedOnce {
protected:
    demo::Options options() const override
    {
        demo::Options o;
        o.preset = demo::Preset::Ntb;
        return o;
    }
};

TEST_P(NtbPreset, ProtectsTheArticles286ThousandOfWhom144ThousandThroughPerisai)
{
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions WHERE period = 202512")), 286000);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions c JOIN participants p ON p.id = c.participant_id "
                                         "WHERE c.period = 202512 AND p.agent_id IS NOT NULL")), 144000);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(active) FROM summary_office_month WHERE period = 202512")), 286000);
}

TEST_P(NtbPreset, HasTheArticlesWorkforceSoThatPerisaiIs7Point8PercentOfTheWorkingPopulation)
{
    const QString region = QStringLiteral("(SELECT region FROM offices WHERE code = 'KW-NTB')");
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT informal_workers FROM workforce WHERE year = 2025 AND region = ") + region), 1100000);
    const qint64 working = scalar(*db, QStringLiteral("SELECT working_population FROM workforce WHERE year = 2025 AND region = ") + region);
    EXPECT_NEAR(static_cast<double>(working), 1846000, 5000);
    EXPECT_NEAR(144000.0 / static_cast<double>(working), 0.078, 0.0005);
    // The regencies' figures add up to the province's.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(informal_workers) FROM workforce WHERE year = 2025 AND region <> ") + region), 1100000);
}

TEST_P(NtbPreset, Has1744ClaimsOnPerisaiParticipantsWorth64Point1Billion)
{
    const QString perisaiClaims = QStringLiteral("FROM claims c JOIN participants p ON p.id = c.participant_id "
                                                 "WHERE p.agent_id IS NOT NULL AND c.claim_date BETWEEN '2022-01-01' AND '2025-12-31'");
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) ") + perisaiClaims), 1744);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(c.amount) ") + perisaiClaims), Q_INT64_C(64100000000));
    // Nobody pays after their death.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM claims c JOIN contributions k ON k.participant_id = c.participant_id "
                                         "WHERE c.program = 'JKM' AND k.period > (CAST(SUBSTR(CAST(c.claim_date AS TEXT), 1, 4) AS INTEGER) * 100 "
                                         "+ CAST(SUBSTR(CAST(c.claim_date AS TEXT), 6, 2) AS INTEGER))")), 0);
}

TEST_P(NtbPreset, IsAProvinceOfBranchesAndSubBranchesWithNtbNiks)
{
    EXPECT_EQ(text(*db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'demo_office'")), QStringLiteral("KW-NTB"));
    EXPECT_GE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices WHERE kind = 'kc'")), 4);
    EXPECT_GE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices WHERE kind = 'kcp'")), 5);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants WHERE nik NOT LIKE '52%'")), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MIN(period) FROM contributions")), 202201);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MAX(period) FROM contributions")), 202512);
}

TEST_P(NtbPreset, PassesTheIntegrityCheck)
{
    auto report = storage::checkIntegrity(*db);
    ASSERT_TRUE(report.ok()) << report.errorText().toStdString();
    EXPECT_TRUE(report->ok()) << report->problems.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, NtbPreset, perisai::testing::allBackends(), perisai::testing::backendName);
