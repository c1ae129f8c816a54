// An agent moved to another office takes its months along: the agents productive in a month count it in
// its new office and no longer in its old one, whichever way it was moved (here plain SQL, as an import or
// another desk would). On SQLite and PostgreSQL.
#include "demo/generator.h"
#include "figures/kpiservice.h"
#include "storage/query.h"
#include "testdatabase.h"

#include <QDate>

using namespace perisai;

namespace {

class AgentMove : public perisai::testing::BackendTest {
protected:
    qint64 productiveInDecember(const QString &office) const
    {
        auto summary = figures::KpiService(*db).summary({office, {}, {}}, PeriodRange::year(2025), QDate(2026, 11, 30));
        EXPECT_TRUE(summary.ok()) << summary.errorText().toStdString();
        return summary ? summary->agentsProductive : -1;
    }
};

} // namespace

TEST_P(AgentMove, AMovedAgentsMonthsCountInItsNewOffice)
{
    ASSERT_TRUE(demo::generate(*db, demo::Options{}).ok()); // KC-KUDUS -> KCP-JEPARA, KCP-PATI
    storage::Query pick(db->connection(), QStringLiteral(
        "SELECT a.id FROM agents a JOIN offices o ON o.id = a.office_id JOIN summary_agent_month s ON s.agent_id = a.id "
        "WHERE o.code = 'KCP-JEPARA' AND s.period = 202512 AND (s.acquisitions > 0 OR s.collected > 0) ORDER BY a.id LIMIT 1"));
    auto agent = pick.scalar();
    ASSERT_TRUE(agent.ok() && !agent->isNull());
    const qint64 jepara = productiveInDecember(QStringLiteral("KCP-JEPARA"));
    const qint64 pati = productiveInDecember(QStringLiteral("KCP-PATI"));
    const qint64 branch = productiveInDecember(QStringLiteral("KC-KUDUS"));

    storage::Query move(db->connection(), QStringLiteral("UPDATE agents SET office_id = (SELECT id FROM offices WHERE code = 'KCP-PATI') WHERE id = ?"));
    ASSERT_TRUE(move.bind(*agent).exec().ok());

    EXPECT_EQ(productiveInDecember(QStringLiteral("KCP-JEPARA")), jepara - 1);
    EXPECT_EQ(productiveInDecember(QStringLiteral("KCP-PATI")), pati + 1);
    EXPECT_EQ(productiveInDecember(QStringLiteral("KC-KUDUS")), branch);
}

INSTANTIATE_TEST_SUITE_P(Backends, AgentMove, perisai::testing::allBackends(), perisai::testing::backendName);
