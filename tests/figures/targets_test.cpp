// Targets read one way: an office without a target of its own shows the sum of what is set below it (its
// offices, its wadah, its agents without a wadah) and says where it comes from; a wadah without one the sum
// of its agents'; the cap rule's valid_to is honoured. On SQLite and PostgreSQL.
#include "figures/kpiservice.h"
#include "figures/org.h"
#include "figures/targets.h"
#include "storage/query.h"
#include "testdatabase.h"

#include <QDate>

using namespace perisai;
using namespace perisai::figures;

namespace {

class Targets : public perisai::testing::BackendTest {
protected:
    qint64 insert(const QString &sql, const QVariantList &values)
    {
        storage::Query q(db->connection(), sql + QStringLiteral(" RETURNING id"));
        q.bind(values);
        auto id = q.scalar();
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        return id ? id->toLongLong() : 0;
    }
    void exec(const QString &sql, const QVariantList &values)
    {
        storage::Query q(db->connection(), sql);
        q.bind(values);
        EXPECT_TRUE(q.exec().ok());
    }
    qint64 office(const QString &code, const QString &kind, qint64 parent)
    {
        return insert(QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {code, code, kind, storage::idOrNull(parent), now, now});
    }
    qint64 wadah(const QString &code, qint64 office)
    {
        return insert(QStringLiteral("INSERT INTO wadah (code, name, office_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                      {code, code, office, now, now});
    }
    qint64 agent(const QString &code, qint64 wadah, qint64 office)
    {
        return insert(QStringLiteral("INSERT INTO agents (code, nik, name, wadah_id, office_id, status, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, 'active', ?, ?)"),
                      {code, QStringLiteral("330101010190") + code.right(4), code, storage::idOrNull(wadah), office, now, now});
    }
    void target(const QString &level, const QString &code, int year, int month, qint64 value)
    {
        exec(QStringLiteral("INSERT INTO targets (year, month, level, code, target) VALUES (?, ?, ?, ?, ?)"),
             {year, month, level, code, value});
    }
    const QString now = QStringLiteral("2025-01-01T00:00:00Z");
};

} // namespace

TEST_P(Targets, AnOfficeWithoutItsOwnTargetShowsTheSumBelowAndSaysSo)
{
    const qint64 kc = office(QStringLiteral("KC-X"), QStringLiteral("kc"), 0);
    const qint64 kcp = office(QStringLiteral("KCP-X1"), QStringLiteral("kcp"), kc);
    const qint64 w1 = wadah(QStringLiteral("W-1"), kcp);
    const qint64 w2 = wadah(QStringLiteral("W-2"), kc);
    agent(QStringLiteral("AG-0001"), w1, kcp);
    agent(QStringLiteral("AG-0002"), w2, kc);
    agent(QStringLiteral("AG-0003"), w2, kc);
    agent(QStringLiteral("AG-0004"), 0, kc);
    target(QStringLiteral("wadah"), QStringLiteral("W-1"), 2025, 0, 120);   // the KCP: its wadah's
    target(QStringLiteral("agen"), QStringLiteral("AG-0002"), 2025, 0, 24); // W-2: its agents'
    target(QStringLiteral("agen"), QStringLiteral("AG-0003"), 2025, 0, 36);
    target(QStringLiteral("agen"), QStringLiteral("AG-0004"), 2025, 0, 12); // an agent without a wadah

    auto scope = resolveScope(*db, {QStringLiteral("KC-X"), {}, {}});
    ASSERT_TRUE(scope.ok()) << scope.errorText().toStdString();
    auto org = loadOrg(*db, *scope);
    ASSERT_TRUE(org.ok());
    auto book = TargetBook::load(*db, *org, PeriodRange::year(2025));
    ASSERT_TRUE(book.ok());
    EXPECT_EQ(book->wadah(w1).value, 120);
    EXPECT_EQ(book->wadah(w1).source, TargetSource::Own);
    EXPECT_EQ(book->wadah(w2).value, 60);
    EXPECT_EQ(book->wadah(w2).source, TargetSource::Agents);
    EXPECT_EQ(book->office(kcp).value, 120);
    EXPECT_EQ(book->office(kcp).source, TargetSource::Wadah);
    EXPECT_EQ(book->office(kc).value, 120 + 60 + 12);
    EXPECT_EQ(book->office(kc).source, TargetSource::Mixed);

    // The branch's summary shows it, with where it comes from; a target of its own replaces it.
    auto summary = KpiService(*db).summary({QStringLiteral("KC-X"), {}, {}}, {{2025, 1}, {2025, 6}}, QDate(2025, 7, 1));
    ASSERT_TRUE(summary.ok()) << summary.errorText().toStdString();
    EXPECT_EQ(summary->target, 96);
    EXPECT_EQ(summary->targetSource, TargetSource::Mixed);
    EXPECT_FALSE(targetSourceText(summary->targetSource).isEmpty());
    target(QStringLiteral("cabang"), QStringLiteral("KC-X"), 2025, 0, 240);
    summary = KpiService(*db).summary({QStringLiteral("KC-X"), {}, {}}, {{2025, 1}, {2025, 6}}, QDate(2025, 7, 1));
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->target, 120);
    EXPECT_EQ(summary->targetSource, TargetSource::Own);
}

TEST_P(Targets, TheCapRuleEndsOnItsValidTo)
{
    exec(QStringLiteral("DELETE FROM program_rules WHERE rule = 'target'"), {});
    exec(QStringLiteral("INSERT INTO program_rules (rule, valid_from, valid_to, value) VALUES ('target', '2020-01-01', '2021-12-31', ?)"),
         {QStringLiteral("{\"agent_cap\": 0.8}")});
    auto during = targetCap(*db, QDate(2021, 6, 30));
    auto after = targetCap(*db, QDate(2022, 6, 30));
    ASSERT_TRUE(during.ok() && after.ok());
    EXPECT_DOUBLE_EQ(*during, 0.8);
    EXPECT_DOUBLE_EQ(*after, 1.0);
}

INSTANTIATE_TEST_SUITE_P(Backends, Targets, perisai::testing::allBackends(), perisai::testing::backendName);
