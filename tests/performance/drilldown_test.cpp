// The lists behind the dashboard's figures, with personal data masked unless revealed.
#include "kpifixture.h"
#include "figures/drilldown.h"
#include "testdatabase.h"

using namespace perisai;
using namespace perisai::figures;

class DrillDownTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (db)
            perisai::testing::buildSmallRegion(*db);
    }
    DrillDownTable load(DrillDown d, bool reveal = false, int limit = 5000)
    {
        auto t = loadDrillDown(*db, d, reveal, limit);
        EXPECT_TRUE(t.ok()) << t.errorText().toStdString();
        return t ? *t : DrillDownTable{};
    }
    const KpiScope kcA{QStringLiteral("KC-A"), {}, {}};
};

TEST_P(DrillDownTest, AMonthsAcquisitionsWithMaskedNik)
{
    const auto t = load({DrillDown::Kind::Acquisitions, kcA, {{2022, 1}, {2022, 1}}, {}, false, false, {}});
    ASSERT_EQ(t.total, 4);
    ASSERT_EQ(t.rows.size(), 4u);
    const QString nik = t.rows[0].value(2).toString();
    EXPECT_TRUE(nik.contains(QChar(0x2022))) << nik.toStdString();
    EXPECT_EQ(t.rows[0].value(5).toString(), QStringLiteral("AG01"));
    const auto revealed = load({DrillDown::Kind::Acquisitions, kcA, {{2022, 1}, {2022, 1}}, {}, false, false, {}}, true);
    EXPECT_EQ(revealed.rows[0].value(2).toString().size(), 16);
}

TEST_P(DrillDownTest, ActiveParticipantsOfTheMonthAndTheLimit)
{
    const auto all = load({DrillDown::Kind::Active, kcA, {{2022, 6}, {2022, 6}}, {}, false, false, {}});
    EXPECT_EQ(all.total, 7);
    const auto perisai = load({DrillDown::Kind::Active, kcA, {{2022, 6}, {2022, 6}}, {}, true, false, {}}, false, 2);
    EXPECT_EQ(perisai.total, 5);
    EXPECT_EQ(perisai.rows.size(), 2u); // cut at the limit, the total still told
}

TEST_P(DrillDownTest, ClaimsByProgramAndAgents)
{
    const auto claims = load({DrillDown::Kind::Claims, kcA, {{2022, 1}, {2022, 6}}, QStringLiteral("JKM"), false, false, {}});
    ASSERT_EQ(claims.total, 1);
    EXPECT_EQ(claims.rows[0].value(5).toLongLong(), 42000000);
    EXPECT_TRUE(load({DrillDown::Kind::Claims, kcA, {{2022, 1}, {2022, 6}}, QStringLiteral("JKK"), false, false, {}}).rows.empty());

    const auto agents = load({DrillDown::Kind::Agents, kcA, {{2022, 1}, {2022, 6}}, {}, false, false, {}});
    ASSERT_EQ(agents.total, 2); // the candidate is not listed
    EXPECT_EQ(agents.rows[0].value(0).toString(), QStringLiteral("AG01"));
    EXPECT_EQ(agents.rows[0].value(5).toLongLong(), 4);
    const auto productive = load({DrillDown::Kind::Agents, kcA, {{2022, 6}, {2022, 6}}, {}, false, true, {}});
    ASSERT_EQ(productive.total, 1);
    EXPECT_EQ(agents.codeColumnKind, QStringLiteral("agent"));
}

INSTANTIATE_TEST_SUITE_P(Backends, DrillDownTest, perisai::testing::allBackends(), perisai::testing::backendName);
