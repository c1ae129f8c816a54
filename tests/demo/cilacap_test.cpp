// Preset cilacap reproduces the Cilacap article's figures exactly, on SQLite and on PostgreSQL.
#include "demofixture.h"
#include "storage/meta.h"

#include <QDate>

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
    const QString between = base + QStringLiteral(" AND p.registered_on BETWEEN ? AND ?");
    EXPECT_EQ(scalar(*db, between, {QDate(2021, 1, 1), QDate(2021, 12, 31)}), 5628);
    EXPECT_EQ(scalar(*db, between, {QDate(2022, 1, 1), QDate(2022, 6, 30)}), 2336);
    // The dashboards read the summaries: they say the same.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(acquisitions) FROM summary_office_month WHERE channel = 'perisai' "
                                         "AND period BETWEEN 202101 AND 202112")), 5628);
}

TEST_P(CilacapPreset, EndsInJune2022AndNamesItsBranchAsDemoData)
{
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MAX(period) FROM contributions")), 202206);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants WHERE registered_on > '2022-06-30'")), 0);
    EXPECT_EQ(text(*db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'demo_office'")), QStringLiteral("KC-CILACAP"));
    EXPECT_EQ(text(*db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'demo_until'")), QStringLiteral("2022-06"));
    EXPECT_EQ(text(*db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'branch_name'")), QStringLiteral("Kantor Cabang Cilacap"));
    EXPECT_EQ(text(*db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'demo_preset'")), QStringLiteral("cilacap"));
    EXPECT_TRUE(storage::isDemo(*db)) << "the window's title and status bar say demo data";
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
