// Region scale on a small database: the summary refresh of some offices leaves the others' rows alone and
// gives what a full refresh gives; on a server, contributions live in one partition per year.
#include "figures/summaries.h"
#include "figures/unitfigures.h"
#include "storage/migrator.h"
#include "storage/partitions.h"
#include "storage/query.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <map>

using namespace perisai;
using namespace perisai::storage;
using perisai::testing::scalar;

namespace {

class ScaleTest : public perisai::testing::BackendTest {
protected:
    qint64 insertId(const QString &sql, const QVariantList &values)
    {
        Query q(db->connection(), sql + QStringLiteral(" RETURNING id"));
        auto id = q.bind(values).scalar();
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        return id.ok() ? id->toLongLong() : 0;
    }
    qint64 office(const QString &code)
    {
        return insertId(QStringLiteral("INSERT INTO offices (code, name, kind, created_at, updated_at) VALUES (?, ?, 'kc', ?, ?)"),
                        {code, QStringLiteral("Kantor ") + code, nowIso(), nowIso()});
    }
    qint64 agent(const QString &code, qint64 officeId)
    {
        const QString nik = QStringLiteral("33010117089%1").arg(++m_agents, 5, 10, QLatin1Char('0')); // NIK is unique
        return insertId(QStringLiteral("INSERT INTO agents (code, nik, name, office_id, status, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, 'active', ?, ?)"),
                        {code, nik, QStringLiteral("Agen ") + code, officeId, nowIso(), nowIso()});
    }
    qint64 participant(const QString &kpj, qint64 officeId, qint64 agentId)
    {
        return insertId(QStringLiteral("INSERT INTO participants (kpj, nik, name, program, registered_on, reg_period, agent_id, office_id) "
                                       "VALUES (?, '3301011708900007', 'P', 'JKK+JKM', '2025-01-10', 202501, ?, ?)"),
                        {kpj, agentId, officeId});
    }
    void pay(qint64 participantId, int period)
    {
        Query c(db->connection(), QStringLiteral("INSERT INTO contributions (period, participant_id, amount, channel) VALUES (?, ?, 16800, 'agen')"));
        ASSERT_TRUE(c.bind({period, participantId}).exec().ok());
    }
    qint64 active(qint64 officeId, int period)
    {
        return scalar(*db, QStringLiteral("SELECT COALESCE(SUM(active), 0) FROM summary_office_month WHERE office_id = ? AND period = ?"),
                      {officeId, period});
    }
    qint64 agentActive(qint64 agentId, int period)
    {
        return scalar(*db, QStringLiteral("SELECT COALESCE(SUM(active_recruits), 0) FROM summary_agent_month WHERE agent_id = ? AND period = ?"),
                      {agentId, period});
    }
    int m_agents = 0;
};

// Two branches; branch B's agent also recruited one participant registered at branch A.
TEST_P(ScaleTest, RefreshingOneBranchRecomputesItsRowsAndItsRecruitersOnly)
{
    const qint64 a = office(QStringLiteral("KC-A"));
    const qint64 b = office(QStringLiteral("KC-B"));
    const qint64 agentA = agent(QStringLiteral("AG-A"), a);
    const qint64 agentB = agent(QStringLiteral("AG-B"), b);
    const qint64 pa1 = participant(QStringLiteral("1"), a, agentA);
    const qint64 pa2 = participant(QStringLiteral("2"), a, agentB);
    const qint64 pb = participant(QStringLiteral("3"), b, agentB);
    for (qint64 p : {pa1, pa2, pb})
        pay(p, 202501);
    const PeriodRange january{YearMonth(2025, 1), YearMonth(2025, 1)};
    ASSERT_TRUE(figures::Summaries(*db).refresh(january).ok());
    ASSERT_EQ(active(a, 202501), 2);
    ASSERT_EQ(active(b, 202501), 1);

    // Branch A's February arrives; meanwhile mark a row of branch B that a refresh of A must not touch.
    pay(pa1, 202502);
    pay(pa2, 202502);
    Query mark(db->connection(), QStringLiteral("UPDATE summary_office_month SET collected = 1 WHERE office_id = ? AND period = 202501"));
    ASSERT_TRUE(mark.bind(b).exec().ok());
    const PeriodRange februaryOn{YearMonth(2025, 1), YearMonth(2025, 2)};
    ASSERT_TRUE(figures::Summaries(*db).refresh(februaryOn, {a}).ok());

    EXPECT_EQ(active(a, 202502), 2);
    EXPECT_EQ(agentActive(agentA, 202502), 1);
    // AG-B works for branch B but recruited at A: its month is recomputed from all of its recruits.
    EXPECT_EQ(agentActive(agentB, 202502), 1);
    EXPECT_EQ(agentActive(agentB, 202501), 2);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT office_id FROM summary_agent_month WHERE agent_id = ? AND period = 202502"), {agentB}), b);
    // AG-B's office (B) is among those recomputed, so the mark is gone too: the office rows of B equal a full
    // refresh's. What a full refresh gives, the partial one gave.
    EXPECT_EQ(active(b, 202501), 1);
    auto snapshot = [&] {
        QStringList rows;
        for (const char *sql : {"SELECT agent_id, period, acquisitions, active_recruits, collected, office_id FROM summary_agent_month "
                                "ORDER BY 1, 2",
                                "SELECT office_id, period, channel, acquisitions, active, collected FROM summary_office_month ORDER BY 1, 2, 3",
                                "SELECT office_id, agent_id, cohort, k, period, paid FROM summary_cohort ORDER BY 1, 2, 3, 5"}) {
            Query q(db->connection(), QString::fromLatin1(sql));
            EXPECT_TRUE(q.exec().ok());
            while (q.next()) {
                QStringList cols;
                for (int i = 0; i < 6; ++i)
                    cols << q.value(i).toString();
                rows << cols.join(QLatin1Char(','));
            }
        }
        return rows;
    };
    const QStringList partial = snapshot();
    ASSERT_TRUE(figures::Summaries(*db).refresh(februaryOn).ok());
    EXPECT_EQ(partial, snapshot());
}

TEST_P(ScaleTest, RefreshingOneBranchLeavesAnUnrelatedBranchAlone)
{
    const qint64 a = office(QStringLiteral("KC-A"));
    const qint64 c = office(QStringLiteral("KC-C"));
    const qint64 pa = participant(QStringLiteral("1"), a, agent(QStringLiteral("AG-A"), a));
    const qint64 pc = participant(QStringLiteral("2"), c, agent(QStringLiteral("AG-C"), c));
    pay(pa, 202501);
    pay(pc, 202501);
    const PeriodRange january{YearMonth(2025, 1), YearMonth(2025, 1)};
    ASSERT_TRUE(figures::Summaries(*db).refresh(january).ok());
    Query mark(db->connection(), QStringLiteral("UPDATE summary_office_month SET collected = 1 WHERE office_id = ?"));
    ASSERT_TRUE(mark.bind(c).exec().ok());
    ASSERT_TRUE(figures::Summaries(*db).refresh(january, {a}).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(collected) FROM summary_office_month WHERE office_id = ?"), {c}), 1)
        << "a refresh of KC-A rewrote KC-C's rows";
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(collected) FROM summary_office_month WHERE office_id = ?"), {a}), 16800);
}

// A kanwil's roll-up: one row per branch under it, each the branch's own figures; a branch has no branches.
TEST_P(ScaleTest, AKanwilListsEachBranchUnderItWithItsOwnFigures)
{
    const qint64 kanwil = insertId(QStringLiteral("INSERT INTO offices (code, name, kind, created_at, updated_at) "
                                                  "VALUES ('KW-X', 'Kanwil X', 'kanwil', ?, ?)"), {nowIso(), nowIso()});
    const qint64 a = office(QStringLiteral("KC-A"));
    const qint64 b = office(QStringLiteral("KC-B"));
    Query parent(db->connection(), QStringLiteral("UPDATE offices SET parent_id = ? WHERE id IN (?, ?)"));
    ASSERT_TRUE(parent.bind({kanwil, a, b}).exec().ok());
    const qint64 agentA = agent(QStringLiteral("AG-A"), a);
    const qint64 agentB = agent(QStringLiteral("AG-B"), b);
    for (const QString &kpj : {QStringLiteral("1"), QStringLiteral("2")})
        pay(participant(kpj, a, agentA), 202501);
    pay(participant(QStringLiteral("3"), b, agentB), 202501);
    ASSERT_TRUE(figures::Summaries(*db).refresh({YearMonth(2025, 1), YearMonth(2025, 1)}).ok());

    const PeriodRange january{YearMonth(2025, 1), YearMonth(2025, 1)};
    auto table = figures::unitFigures(*db, {QStringLiteral("KW-X"), {}, {}}, figures::UnitLevel::Branch, january, QDate(2025, 2, 15));
    ASSERT_TRUE(table.ok()) << table.errorText().toStdString();
    ASSERT_EQ(table->rows.size(), 2u);
    std::map<QString, qint64> acquisitions;
    for (const auto &row : table->rows)
        acquisitions[row.code] = row.acquisitions;
    EXPECT_EQ(acquisitions[QStringLiteral("KC-A")], 2);
    EXPECT_EQ(acquisitions[QStringLiteral("KC-B")], 1);
    auto branch = figures::unitFigures(*db, {QStringLiteral("KC-A"), {}, {}}, figures::UnitLevel::Branch, january, QDate(2025, 2, 15));
    ASSERT_TRUE(branch.ok());
    EXPECT_TRUE(branch->rows.empty());
    EXPECT_EQ(figures::unitLevelFromKey(QStringLiteral("kc")), figures::UnitLevel::Branch);
}

INSTANTIATE_TEST_SUITE_P(Backends, ScaleTest, perisai::testing::allBackends(), perisai::testing::backendName);

// Partitions exist on PostgreSQL only.
class PartitionTest : public ScaleTest {};

TEST_P(PartitionTest, ContributionsGetOnePartitionPerYearAndAnOldYearCanBeDetached)
{
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM pg_partitioned_table WHERE partrelid = 'contributions'::regclass")), 1);
    const qint64 a = office(QStringLiteral("KC-A"));
    const qint64 p = participant(QStringLiteral("1"), a, agent(QStringLiteral("AG-A"), a));
    // A year far ahead has no partition yet: its row waits in the default one...
    pay(p, 204003);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions_default")), 1);
    // ...and moves into the year's own partition when that is made (as an import does before writing).
    {
        Transaction tx(db->connection());
        ASSERT_TRUE(ensureContributionPartitions(*db, db->connection(), 204001, 204012).ok());
        ASSERT_TRUE(ensureContributionPartitions(*db, db->connection(), 204001, 204012).ok()); // made once
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions_default")), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions_2040")), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions WHERE period = 204003")), 1);
    // A month's query reads one partition.
    QSqlQuery plan(db->connection()); // EXPLAIN cannot be a prepared statement
    ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN SELECT COUNT(*) FROM contributions WHERE period BETWEEN 204001 AND 204012")));
    QString text;
    while (plan.next())
        text += plan.value(0).toString() + QLatin1Char('\n');
    EXPECT_TRUE(text.contains(QStringLiteral("contributions_2040"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("contributions_2039"))) << text.toStdString();
    // Archiving a year: detached, its rows leave the table and stay in their own.
    QSqlQuery detach(db->connection());
    ASSERT_TRUE(detach.exec(QStringLiteral("ALTER TABLE contributions DETACH PARTITION contributions_2040")));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions WHERE period = 204003")), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions_2040")), 1);
}

TEST_P(PartitionTest, AnExistingServerDatabaseKeepsItsContributionsWhenPartitioned)
{
    // The same database one migration earlier, with rows, then upgraded.
    auto old = perisai::testing::TestDatabase::create(perisai::testing::Backend::PostgreSQL, false);
    ASSERT_TRUE(old && old->db) << (old ? old->error.toStdString() : std::string());
    Database &d = *old->db;
    Migrator migrator(d);
    ASSERT_TRUE(migrator.run(79).ok());
    auto exec = [&](const QString &sql, const QVariantList &values = {}) {
        Query q(d.connection(), sql);
        const auto st = q.bind(values).exec();
        EXPECT_TRUE(st.ok()) << st.errorText().toStdString();
    };
    exec(QStringLiteral("INSERT INTO offices (id, code, name, kind, created_at, updated_at) VALUES (1, 'KC-A', 'A', 'kc', '', '')"));
    exec(QStringLiteral("INSERT INTO participants (id, kpj, nik, name, program, registered_on, reg_period, office_id) "
                        "VALUES (1, '1', '3301011708900007', 'P', 'JKK+JKM', '2019-01-10', 201901, 1)"));
    for (int period : {201901, 202212, 202601})
        exec(QStringLiteral("INSERT INTO contributions (period, participant_id, amount) VALUES (?, 1, 16800)"), {period});
    ASSERT_TRUE(migrator.run().ok());
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT COUNT(*) FROM contributions")), 3);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT COUNT(*) FROM contributions_2019")), 1);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT COUNT(*) FROM contributions_default")), 0);
    EXPECT_EQ(scalar(d, QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relname = 'contributions_unpartitioned'")), 0);
}

INSTANTIATE_TEST_SUITE_P(Server, PartitionTest, ::testing::Values(perisai::testing::Backend::PostgreSQL),
                         perisai::testing::backendName);

} // namespace
