// An agent moved to another office takes its months along: the agents productive in a month count it in
// its new office and no longer in its old one, whichever way it was moved (here plain SQL, as an import or
// another desk would). On SQLite and PostgreSQL.
#include "demo/generator.h"
#include "figures/kpiservice.h"
#include "storage/migrator.h"
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

// A database from before the months moved with their agent: upgrading puts each agent's months in its office.
TEST_P(AgentMove, UpgradingPutsMonthsLeftBehindInTheirAgentsOffice)
{
    auto old = perisai::testing::TestDatabase::create(GetParam(), false);
    ASSERT_TRUE(old && old->db) << (old ? old->error.toStdString() : std::string());
    storage::Database &d = *old->db;
    storage::Migrator migrator(d);
    ASSERT_TRUE(migrator.run(82).ok());
    for (const char *sql : {
             "INSERT INTO offices (id, code, name, kind, created_at, updated_at) VALUES (1, 'KC-A', 'A', 'kc', '', '')",
             "INSERT INTO offices (id, code, name, kind, parent_id, created_at, updated_at) VALUES (2, 'KCP-B', 'B', 'kcp', 1, '', '')",
             "INSERT INTO agents (id, code, nik, name, office_id, status, created_at, updated_at) "
             "VALUES (7, 'AG-7', '3301011708900007', 'Agen', 1, 'active', '', '')",
             "INSERT INTO summary_agent_month (agent_id, period, acquisitions, office_id) VALUES (7, 202501, 3, 1)",
             "UPDATE agents SET office_id = 2 WHERE id = 7"}) { // moved before 0083: the month stays in KC-A
        storage::Query q(d.connection(), QString::fromLatin1(sql));
        ASSERT_TRUE(q.exec().ok()) << sql;
    }
    ASSERT_EQ(perisai::testing::scalar(d, QStringLiteral("SELECT office_id FROM summary_agent_month WHERE agent_id = 7")), 1);
    ASSERT_TRUE(migrator.run().ok());
    EXPECT_EQ(perisai::testing::scalar(d, QStringLiteral("SELECT office_id FROM summary_agent_month WHERE agent_id = 7")), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, AgentMove, perisai::testing::allBackends(), perisai::testing::backendName);
