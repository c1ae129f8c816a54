// Size s: one branch with what a branch head expects to find in every part of the program.
#include "demofixture.h"

#include "core/nik.h"
#include "storage/query.h"

#include <QDate>

using namespace perisai;
using perisai::testing::scalar;

namespace {

// The indexes and foreign keys of the big tables, which generation sets aside and rebuilds.
qint64 indexesAndForeignKeys(const storage::Database &db)
{
    if (db.backend() == storage::Backend::SQLite)
        return scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                         "AND tbl_name IN ('participants', 'contributions')"))
             + scalar(db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_list('participants')"))
             + scalar(db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_list('contributions')"));
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename IN ('participants', 'contributions')"))
         + scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN "
                                     "(CAST('participants' AS regclass), CAST('contributions' AS regclass))"));
}

// The demo's "today": the last day of --until (bound as the query's one value).
const QVariant kToday = QDate(2026, 10, 31);

} // namespace

class SizeS : public perisai::testing::GeneratedOnce {
protected:
    demo::Options options() const override
    {
        demo::Options o;
        o.size = demo::Size::S;
        o.until = YearMonth(2026, 10);
        return o;
    }
};

TEST_P(SizeS, IsOneBranchWithTwoKcpTenWadahAndFiftyAgents)
{
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices WHERE kind = 'kc'")), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices WHERE kind = 'kcp'")), 2);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM wadah")), 10);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agents")), 50);
    const qint64 participants = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants"));
    EXPECT_GE(participants, 8000);
    EXPECT_LE(participants, 12000);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MIN(period) FROM contributions")), 202311);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MAX(period) FROM contributions")), 202610);
    // Every office's region has workforce reference figures.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices o WHERE NOT EXISTS "
                                         "(SELECT 1 FROM workforce w WHERE w.region = o.region AND w.year = 2026)")), 0);
}

TEST_P(SizeS, FillsEveryTableButTheImportHistory)
{
    for (const char *table : {"app_meta", "users", "audit_log", "offices", "wadah", "agents", "agent_status_history", "agent_notes",
                              "participants", "contributions", "claims", "targets", "workforce", "program_rules", "monev_sessions",
                              "monev_attendance", "obstacle_categories", "monev_obstacles", "monev_actions", "monev_action_reviews",
                              "monev_awards", "monev_snapshots", "agreements", "agreement_documents", "review_flags",
                              "summary_agent_month", "summary_office_month", "summary_cohort"})
        EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)), 0) << table;
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM import_batches")), 0);
}

TEST_P(SizeS, EveryNikIsValidAndOnlyTheFlaggedOnesRepeat)
{
    storage::Query q(db->connection(), QStringLiteral("SELECT nik FROM participants UNION ALL SELECT nik FROM agents"));
    ASSERT_TRUE(q.exec().ok());
    int checked = 0;
    while (q.next()) {
        const NikInfo info = Nik::check(q.text(0));
        ASSERT_TRUE(info.valid) << q.text(0).toStdString() << ": " << info.reason.toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 8000);
    // A repeated NIK is an agent's own membership, or a pair flagged for review.
    const qint64 repeats = scalar(*db, QStringLiteral(
        "SELECT COUNT(*) - COUNT(DISTINCT nik) FROM participants WHERE nik NOT IN (SELECT nik FROM agents)"));
    EXPECT_EQ(repeats, scalar(*db, QStringLiteral("SELECT COUNT(*) FROM review_flags WHERE kind IN ('duplicate_nik', 'reregistered_after_lapse')")));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants WHERE phone NOT LIKE '+628%'")), 0);
}

TEST_P(SizeS, ContributionsFollowTheProgramsAndSomePayOnlyOnce)
{
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MIN(c.amount) FROM contributions c JOIN participants p ON p.id = c.participant_id "
                                         "WHERE p.program = 'JKK+JKM'")), 16800);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MIN(c.amount) FROM contributions c JOIN participants p ON p.id = c.participant_id "
                                         "WHERE p.program = 'JKK+JKM+JHT'")), 36800);
    EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants WHERE declared_income > 1000000")), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT channel) FROM contributions")), 4);
    // Paid the first month only, though registered at least three months before the end.
    EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants p WHERE p.reg_period <= 202607 AND "
                                         "(SELECT COUNT(*) FROM contributions c WHERE c.participant_id = p.id) = 1")), 100);
    // Each participant's first payment covers the month of registration.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants p WHERE NOT EXISTS "
                                         "(SELECT 1 FROM contributions c WHERE c.participant_id = p.id AND c.period = p.reg_period)")), 0);
}

TEST_P(SizeS, AgreementsExpireSoonOneIsTerminatedAndSomeWadahHaveNone)
{
    for (const auto &[from, to] : {std::pair{0, 30}, std::pair{30, 60}, std::pair{60, 90}}) {
        // Dates spelled out: SQLite has no date arithmetic on text.
        const QDate ref(2026, 10, 31);
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM agreements WHERE status = 'active' AND ends_on > '%1' AND ends_on <= '%2'")
                                .arg(ref.addDays(from).toString(Qt::ISODate), ref.addDays(to).toString(Qt::ISODate));
        EXPECT_GE(scalar(*db, sql), 1) << from << ".." << to << " days";
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agreements WHERE status = 'terminated' "
                                         "AND terminated_on IS NOT NULL AND termination_reason <> ''")), 1);
    EXPECT_GE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM wadah w WHERE NOT EXISTS (SELECT 1 FROM agreements a WHERE a.wadah_id = w.id)")), 1);
    // Renewal chains: every renewed agreement is followed by one that points back to it.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agreements a WHERE a.status = 'renewed' AND NOT EXISTS "
                                         "(SELECT 1 FROM agreements n WHERE n.previous_id = a.id)")), 0);
}

TEST_P(SizeS, MonevHasAttendanceFollowUpAndOnePlannedMeeting)
{
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM monev_sessions WHERE status = 'planned' AND held_on > ?"), {kToday}), 1);
    EXPECT_GE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM monev_sessions WHERE status IN ('held', 'closed') AND held_on <= ?"), {kToday}), 8);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT attendance) FROM monev_attendance a JOIN monev_sessions s "
                                         "ON s.id = a.session_id WHERE s.status IN ('held', 'closed')")), 3);
    EXPECT_GE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM monev_actions WHERE status = 'open' AND due_on < ?"), {kToday}), 2);
    EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM monev_actions WHERE status = 'done' AND done_on IS NOT NULL")), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM monev_obstacles o LEFT JOIN obstacle_categories c ON c.id = o.category_id "
                                         "WHERE c.id IS NULL")), 0);
    EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM monev_awards WHERE category = 'top_acquisition' AND rank = 1")), 5);
    // Snapshots are the figures of the review period, as the summaries have them.
    EXPECT_EQ(scalar(*db, QStringLiteral(
                  "SELECT COUNT(*) FROM monev_snapshots n JOIN monev_sessions s ON s.id = n.session_id WHERE n.acquisitions <> "
                  "COALESCE((SELECT SUM(m.acquisitions) FROM summary_agent_month m WHERE m.agent_id = n.agent_id "
                  "AND m.period BETWEEN s.review_from AND s.review_to), 0)")), 0);
}

TEST_P(SizeS, AgentsComeAndGoWithTheirHistory)
{
    for (const char *status : {"active", "inactive", "dismissed", "candidate"})
        EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE status = '%1'").arg(QLatin1String(status))), 0) << status;
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agents a WHERE NOT EXISTS (SELECT 1 FROM agent_status_history h "
                                         "WHERE h.agent_id = a.id AND h.status = a.status)")), 0);
    EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agent_status_history WHERE status = 'inactive' AND automatic = 1")), 0);
    // Nobody recruits after leaving.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants p JOIN agents a ON a.id = p.agent_id "
                                         "WHERE a.status = 'dismissed' AND p.registered_on > a.status_since")), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants p JOIN agents a ON a.id = p.agent_id "
                                         "WHERE a.briefed_on IS NULL OR p.registered_on < a.briefed_on")), 0);
}

TEST_P(SizeS, LeavesTheSchemaAsItFoundIt)
{
    // The same indexes and foreign keys as a freshly migrated database has.
    auto fresh = perisai::testing::TestDatabase::create(GetParam());
    ASSERT_TRUE(fresh->db) << fresh->error.toStdString();
    EXPECT_GE(indexesAndForeignKeys(*fresh->db), 8);
    EXPECT_EQ(indexesAndForeignKeys(*db), indexesAndForeignKeys(*fresh->db));
}

TEST_P(SizeS, LeavesRoomForTheApplicationsOwnRows)
{
    // New rows get fresh ids after the demo's (PostgreSQL identity sequences were moved on).
    storage::Query q(db->connection(), QStringLiteral("INSERT INTO offices (code, name, kind, created_at, updated_at) "
                                                      "VALUES ('KCP-BARU', 'KCP Baru', 'kcp', 'x', 'x')"));
    ASSERT_TRUE(q.exec().ok()) << q.exec().errorText().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 5);
    storage::Query undo(db->connection(), QStringLiteral("DELETE FROM offices WHERE code = 'KCP-BARU'"));
    ASSERT_TRUE(undo.exec().ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, SizeS, perisai::testing::allBackends(), perisai::testing::backendName);

// Generation itself: refusal, cancel.
class DemoGeneration : public perisai::testing::BackendTest {};

TEST_P(DemoGeneration, RefusesADatabaseThatHoldsDataAndLeavesNothingWhenCancelled)
{
    demo::Options o;
    o.until = YearMonth(2025, 6);
    int calls = 0;
    const qint64 indexes = indexesAndForeignKeys(*db);
    // Cancelled while the participants go in, with their indexes set aside.
    const Status cancelled = demo::generate(*db, o, [&](qint64, qint64) { return ++calls < 60; });
    EXPECT_FALSE(cancelled.ok());
    EXPECT_FALSE(*demo::holdsData(*db));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants")), 0);
    EXPECT_EQ(indexesAndForeignKeys(*db), indexes);

    ASSERT_TRUE(demo::generate(*db, o).ok());
    EXPECT_TRUE(*demo::holdsData(*db));
    const Status again = demo::generate(*db, o);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.errorText().contains(QStringLiteral("already holds data"))) << again.errorText().toStdString();
}

// Size l is meant for PostgreSQL and millions of rows; here only its shape, at a fraction of the volume.
TEST_P(DemoGeneration, SizeLIsAProvinceOfTenBranches)
{
    demo::Options o;
    o.size = demo::Size::L;
    o.until = YearMonth(2025, 12);
    o.volume = 0.004; // about 12 thousand participants instead of 3 million
    demo::Counts counts;
    const Status st = demo::generate(*db, o, {}, &counts);
    ASSERT_TRUE(st.ok()) << st.errorText().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices WHERE kind = 'kc'")), 10);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices WHERE kind = 'kcp'")), 20);
    EXPECT_EQ(counts.agents, 5000);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM wadah")), 500);
    EXPECT_GT(counts.participants, 10000);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants")), counts.participants);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM monev_sessions WHERE status = 'planned'")), 10);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoGeneration, perisai::testing::allBackends(), perisai::testing::backendName);
