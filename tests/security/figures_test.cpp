// The program started as each login shows only that login's offices' figures: the same indicators the
// server's superuser computes for that office, and nothing of another office; a KCP's logins see their own
// (different) numbers, the branch's and the kanwil's logins see them all.
#include "testdatabase.h"

#include "demo/generator.h"
#include "figures/kpiexport.h"
#include "figures/kpiscope.h"
#include "figures/kpiservice.h"
#include "imports/importer.h"
#include "storage/query.h"
#include "storage/scram.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace perisai;
using namespace perisai::testing;

namespace {

class ProgramAsLoginTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!TestDatabase::postgresAvailable()) {
            if (TestDatabase::postgresRequired())
                FAIL() << "PostgreSQL tests are required (PERISAI_REQUIRE_PG=1) but PERISAI_TEST_PG is not set";
            GTEST_SKIP() << "no PostgreSQL server given (PERISAI_TEST_PG)";
        }
        m_test = TestDatabase::create(Backend::PostgreSQL);
        ASSERT_TRUE(m_test->db) << m_test->error.toStdString();
        demo::Options options;
        ASSERT_TRUE(demo::generate(*m_test->db, options).ok());
        m_prefix = QStringLiteral("f") + m_test->pgName().right(8).toLower();
    }
    void TearDown() override
    {
        m_test.reset();
        for (const QString &role : std::as_const(m_roles)) {
            QString error;
            TestDatabase::adminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role), &error);
        }
    }

    // A login of `group` for `office`, opened as the program opens a server.
    storage::DatabasePtr loginFor(const QString &tag, const QString &group, const QString &office)
    {
        const QString name = m_prefix + QLatin1Char('_') + tag;
        storage::Query q(m_test->db->connection(), QStringLiteral("SELECT perisai_create_user(?, ?, ?, ?, '')"));
        q.bind({name, group, office, storage::scramSha256Verifier(QStringLiteral("rahasia123"))});
        EXPECT_TRUE(q.exec().ok());
        m_roles << name;
        auto location = storage::Location::parse(m_test->location);
        location->user = name;
        auto db = storage::Database::open(*location);
        EXPECT_TRUE(db.ok()) << db.errorText().toStdString();
        EXPECT_TRUE((*db)->migrate().ok()); // nothing to do, and no permission needed for that
        return db ? *db : nullptr;
    }

    static qint64 acquisitions(const storage::Database &db, const QString &office)
    {
        auto summary = figures::KpiService(db).summary({office, {}, {}}, PeriodRange::year(2025), QDate(2026, 11, 30));
        EXPECT_TRUE(summary.ok()) << summary.errorText().toStdString();
        return summary ? summary->acquisitions : -1;
    }

    // The dashboard as a head sees it: its summary, its months, its cohorts and every KC's, KCP's, wadah's and
    // agent's row.
    static QString dashboard(const storage::Database &db, const QString &office)
    {
        auto d = figures::KpiService(db).dashboard({office, {}, {}}, PeriodRange::year(2025), QDate(2026, 11, 30));
        if (!d)
            return QStringLiteral("error: ") + d.errorText();
        QString out = figures::kpiJson(d->summary);
        for (const auto &m : d->months)
            out += QStringLiteral(" %1:%2/%3").arg(m.month.key()).arg(m.acquisitions).arg(m.agentsProductive);
        for (const auto &c : d->cohorts)
            out += QStringLiteral(" c%1:%2").arg(c.cohort.key()).arg(c.size);
        for (const auto *units : {&d->byBranch, &d->byKcp, &d->byWadah, &d->byAgent})
            for (const auto &a : *units)
                out += QStringLiteral(" %1=%2/%3/%4/%5/%6/%7").arg(a.code).arg(a.acquisitions).arg(a.activeRecruits).arg(a.collected)
                           .arg(a.productive).arg(a.target.value).arg(a.agentsActive);
        return out;
    }

    static QString kpi(const storage::Database &db, const QString &office)
    {
        auto summary = figures::KpiService(db).summary({office, {}, {}}, PeriodRange::year(2025), QDate(2026, 11, 30));
        return summary ? figures::kpiJson(*summary) : QStringLiteral("error: ") + summary.errorText();
    }

    std::unique_ptr<TestDatabase> m_test;
    QString m_prefix;
    QStringList m_roles;
};

} // namespace

TEST_F(ProgramAsLoginTest, EachLoginSeesItsOwnOfficesFiguresAndNoOtherOffice)
{
    // Demo size s: KW-JATENG -> KC-KUDUS -> KCP-JEPARA, KCP-PATI.
    const auto jepara = loginFor(QStringLiteral("jepara"), QStringLiteral("staff"), QStringLiteral("KCP-JEPARA"));
    const auto pati = loginFor(QStringLiteral("pati"), QStringLiteral("viewer"), QStringLiteral("KCP-PATI"));
    const auto branch = loginFor(QStringLiteral("kudus"), QStringLiteral("head"), QStringLiteral("KC-KUDUS"));
    ASSERT_TRUE(jepara && pati && branch);

    // With no office asked for, each login gets its own: the same figures the superuser computes for it.
    const QString jeparaFigures = kpi(*jepara, {});
    EXPECT_TRUE(jeparaFigures.contains(QStringLiteral("\"office\": \"KCP-JEPARA\""))) << jeparaFigures.toStdString();
    EXPECT_EQ(jeparaFigures, kpi(*m_test->db, QStringLiteral("KCP-JEPARA")));
    EXPECT_EQ(kpi(*pati, {}), kpi(*m_test->db, QStringLiteral("KCP-PATI")));
    EXPECT_EQ(kpi(*branch, {}), kpi(*m_test->db, QStringLiteral("KC-KUDUS")));
    EXPECT_EQ(kpi(*branch, QStringLiteral("KCP-PATI")), kpi(*m_test->db, QStringLiteral("KCP-PATI")));
    // The whole dashboard too: for its own branch the head's statements leave the office condition to the
    // server's policies, for one of its KCP they keep it; both give the superuser's figures.
    EXPECT_EQ(dashboard(*branch, {}).toStdString(), dashboard(*m_test->db, QStringLiteral("KC-KUDUS")).toStdString());
    EXPECT_EQ(dashboard(*branch, QStringLiteral("KCP-PATI")).toStdString(), dashboard(*m_test->db, QStringLiteral("KCP-PATI")).toStdString());
    EXPECT_EQ(dashboard(*pati, {}).toStdString(), dashboard(*m_test->db, QStringLiteral("KCP-PATI")).toStdString());
    EXPECT_NE(kpi(*m_test->db, QStringLiteral("KCP-JEPARA")), kpi(*m_test->db, QStringLiteral("KCP-PATI")));

    // The kanwil's login sees the whole tree: the kanwil's figures are the superuser's, each office's are that
    // office's, and the two KCP logins' numbers differ and add up inside the kanwil's.
    const auto kanwil = loginFor(QStringLiteral("jateng"), QStringLiteral("viewer"), QStringLiteral("KW-JATENG"));
    ASSERT_TRUE(kanwil);
    // (With no office asked for it gets the database's own branch, which it sees, as the superuser does.)
    EXPECT_EQ(kpi(*kanwil, {}).toStdString(), kpi(*m_test->db, {}).toStdString());
    EXPECT_EQ(kpi(*kanwil, QStringLiteral("KW-JATENG")).toStdString(), kpi(*m_test->db, QStringLiteral("KW-JATENG")).toStdString());
    EXPECT_EQ(kpi(*kanwil, QStringLiteral("KCP-JEPARA")).toStdString(), jeparaFigures.toStdString());
    EXPECT_EQ(kpi(*kanwil, QStringLiteral("KCP-PATI")).toStdString(), kpi(*pati, {}).toStdString());
    const qint64 jeparaNew = acquisitions(*jepara, {}), patiNew = acquisitions(*pati, {});
    const qint64 branchNew = acquisitions(*branch, {}), kanwilNew = acquisitions(*kanwil, QStringLiteral("KW-JATENG"));
    EXPECT_GT(jeparaNew, 0);
    EXPECT_GT(patiNew, 0);
    EXPECT_NE(jeparaNew, patiNew);
    EXPECT_GE(branchNew, jeparaNew + patiNew);
    EXPECT_GE(kanwilNew, branchNew);
    EXPECT_EQ(scalar(*kanwil, QStringLiteral("SELECT COUNT(*) FROM participants")),
              scalar(*m_test->db, QStringLiteral("SELECT COUNT(*) FROM participants")));

    // Another office is not there at all for a KCP login.
    EXPECT_TRUE(kpi(*jepara, QStringLiteral("KCP-PATI")).startsWith(QStringLiteral("error: ")));
    EXPECT_TRUE(kpi(*jepara, QStringLiteral("KC-KUDUS")).startsWith(QStringLiteral("error: ")));
    EXPECT_EQ(scalar(*jepara, QStringLiteral("SELECT COUNT(*) FROM participants WHERE office_id <> "
                                            "(SELECT id FROM offices WHERE code = 'KCP-JEPARA')")), 0);
    EXPECT_GT(scalar(*jepara, QStringLiteral("SELECT COUNT(*) FROM participants")), 0);
}

// A branch's staff imports its own month on the shared server: the rows go in although row-level security
// forbids COPY into the table, the summaries of its office follow, and a KPJ of another office is unknown to it.
TEST_F(ProgramAsLoginTest, AKcpsStaffImportsItsMonthAndSeesNoOtherOfficesParticipants)
{
    const auto jepara = loginFor(QStringLiteral("imp"), QStringLiteral("staff"), QStringLiteral("KCP-JEPARA"));
    ASSERT_TRUE(jepara);
    auto kpjOf = [&](const QString &office) {
        storage::Query q(m_test->db->connection(), QStringLiteral(
            "SELECT p.kpj FROM participants p JOIN offices o ON o.id = p.office_id WHERE o.code = ? "
            "AND p.id NOT IN (SELECT participant_id FROM contributions WHERE period = 202612) ORDER BY p.id LIMIT 2"));
        EXPECT_TRUE(q.bind(office).exec().ok());
        QStringList out;
        while (q.next())
            out << q.text(0);
        return out;
    };
    const QStringList own = kpjOf(QStringLiteral("KCP-JEPARA"));
    const QStringList other = kpjOf(QStringLiteral("KCP-PATI"));
    ASSERT_EQ(own.size(), 2);
    ASSERT_EQ(other.size(), 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iuran.csv"));
    auto write = [&](const QStringList &kpjs) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("kpj,periode,jumlah,tanggal_bayar,kanal\n");
        for (const QString &kpj : kpjs)
            f.write(QStringLiteral("%1,2026-12,16800,2026-12-02,AGEN\n").arg(kpj).toUtf8());
    };
    auto activeIn = [&](const QString &office) {
        return scalar(*m_test->db, QStringLiteral("SELECT COALESCE(SUM(s.active), 0) FROM summary_office_month s JOIN offices o "
                                                  "ON o.id = s.office_id WHERE o.code = ? AND s.period = 202612"), {office});
    };
    const qint64 patiBefore = activeIn(QStringLiteral("KCP-PATI"));
    imports::ImportOptions options;
    options.kind = imports::Kind::Contributions;
    options.files = {path};

    write(own);
    auto result = imports::runImport(*jepara, options);
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_TRUE(result->committed);
    EXPECT_EQ(result->total.inserted, 2);
    EXPECT_EQ(scalar(*m_test->db, QStringLiteral("SELECT COUNT(*) FROM contributions WHERE period = 202612 AND participant_id IN "
                                                 "(SELECT id FROM participants WHERE kpj IN (?, ?))"), {own[0], own[1]}), 2);
    EXPECT_GE(activeIn(QStringLiteral("KCP-JEPARA")), 2);
    EXPECT_EQ(activeIn(QStringLiteral("KCP-PATI")), patiBefore);

    // Another office's participants do not exist for this login: the whole file is refused.
    write({own[0], other[0]});
    result = imports::runImport(*jepara, options);
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_FALSE(result->committed);
    ASSERT_FALSE(result->issues.isEmpty());
    EXPECT_TRUE(result->issues.front().reason.contains(other[0])) << result->issues.front().reason.toStdString();
}

// An agent moved from one KCP to the other takes its months along: the new office's logins count them (and
// the old office's no longer do), as the superuser does. Before 0083 the months kept the old office and the
// new office's head lost them.
TEST_F(ProgramAsLoginTest, AnAgentMovedToAnotherKcpIsCountedThereByItsLogins)
{
    const auto jepara = loginFor(QStringLiteral("mj"), QStringLiteral("viewer"), QStringLiteral("KCP-JEPARA"));
    const auto pati = loginFor(QStringLiteral("mp"), QStringLiteral("viewer"), QStringLiteral("KCP-PATI"));
    const auto branch = loginFor(QStringLiteral("mk"), QStringLiteral("head"), QStringLiteral("KC-KUDUS"));
    ASSERT_TRUE(jepara && pati && branch);
    // An agent of KCP-JEPARA productive in December 2025, the period's last month.
    storage::Query pick(m_test->db->connection(), QStringLiteral(
        "SELECT a.id FROM agents a JOIN offices o ON o.id = a.office_id JOIN summary_agent_month s ON s.agent_id = a.id "
        "WHERE o.code = 'KCP-JEPARA' AND s.period = 202512 AND (s.acquisitions > 0 OR s.collected > 0) ORDER BY a.id LIMIT 1"));
    auto agent = pick.scalar();
    ASSERT_TRUE(agent.ok() && !agent->isNull());
    auto productive = [](const storage::Database &db) {
        auto summary = figures::KpiService(db).summary({{}, {}, {}}, PeriodRange::year(2025), QDate(2026, 11, 30));
        EXPECT_TRUE(summary.ok()) << summary.errorText().toStdString();
        return summary ? summary->agentsProductive : -1;
    };
    const qint64 jeparaBefore = productive(*jepara), patiBefore = productive(*pati);

    // The branch's head moves it, through plain SQL.
    storage::Query move(branch->connection(), QStringLiteral(
        "UPDATE agents SET office_id = (SELECT id FROM offices WHERE code = 'KCP-PATI') WHERE id = ?"));
    ASSERT_TRUE(move.bind(*agent).exec().ok());

    EXPECT_EQ(productive(*pati), patiBefore + 1);
    EXPECT_EQ(productive(*jepara), jeparaBefore - 1);
    EXPECT_EQ(kpi(*pati, {}).toStdString(), kpi(*m_test->db, QStringLiteral("KCP-PATI")).toStdString());
    EXPECT_EQ(kpi(*jepara, {}).toStdString(), kpi(*m_test->db, QStringLiteral("KCP-JEPARA")).toStdString());
    EXPECT_EQ(dashboard(*pati, {}).toStdString(), dashboard(*m_test->db, QStringLiteral("KCP-PATI")).toStdString());
    EXPECT_EQ(scalar(*jepara, QStringLiteral("SELECT COUNT(*) FROM summary_agent_month WHERE agent_id = ?"), {*agent}), 0);
}

// The figures leave an office condition to the server only where the server holds the login to exactly the
// scope's offices: a head looking at its own branch, not at one of its KCP; never the superuser, nor a
// reporting role that passes the policies (BYPASSRLS), which still gets its figures.
TEST_F(ProgramAsLoginTest, TheServerHoldsALoginToItsOwnOfficesOnly)
{
    const auto branch = loginFor(QStringLiteral("hk"), QStringLiteral("head"), QStringLiteral("KC-KUDUS"));
    ASSERT_TRUE(branch);
    auto held = [](const storage::Database &db, const QString &office) {
        auto scope = figures::resolveScope(db, {office, {}, {}});
        EXPECT_TRUE(scope.ok()) << scope.errorText().toStdString();
        return scope && scope->officesHeldByServer;
    };
    EXPECT_TRUE(held(*branch, {}));
    EXPECT_TRUE(held(*branch, QStringLiteral("KC-KUDUS")));
    EXPECT_FALSE(held(*branch, QStringLiteral("KCP-PATI")));
    EXPECT_FALSE(held(*m_test->db, QStringLiteral("KC-KUDUS")));

    const QString name = m_prefix + QStringLiteral("_bi");
    QSqlQuery ddl(m_test->db->connection());
    ASSERT_TRUE(ddl.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN BYPASSRLS").arg(name)));
    m_roles << name;
    ASSERT_TRUE(ddl.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"%1\"").arg(name)));
    auto location = storage::Location::parse(m_test->location);
    location->user = name;
    auto reporting = storage::Database::open(*location);
    ASSERT_TRUE(reporting.ok()) << reporting.errorText().toStdString();
    EXPECT_FALSE(held(**reporting, QStringLiteral("KC-KUDUS")));
    EXPECT_EQ(kpi(**reporting, QStringLiteral("KC-KUDUS")).toStdString(), kpi(*m_test->db, QStringLiteral("KC-KUDUS")).toStdString());
}
