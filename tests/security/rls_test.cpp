// Per-office visibility through plain SQL: every table with an office's rows, found in the catalogue, so that
// a table added later without a policy (or without rows in the seed) fails here.
#include "servertest.h"

#include <QSet>

using namespace perisai::testing;

namespace {

const QStringList kGroups{QStringLiteral("admin"), QStringLiteral("head"), QStringLiteral("staff"), QStringLiteral("viewer")};

QSet<QString> asSet(const QStringList &rows)
{
    return QSet<QString>(rows.begin(), rows.end());
}

} // namespace

class RowSecurityTest : public ServerTest {};

TEST_F(RowSecurityTest, EveryOfficeTableIsClosedToOtherOfficesAndOpenToTheKanwil)
{
    const QStringList tables = superRows(QStringLiteral(
        "SELECT c.relname || '|' || c.relrowsecurity || '|' || c.relforcerowsecurity FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') "
        "AND NOT c.relispartition ORDER BY 1")); // partitions: see the next test
    ASSERT_GT(tables.size(), 30);
    int checked = 0;
    for (const QString &line : tables) {
        const QStringList parts = line.split(QLatin1Char('|'));
        const QString table = parts.value(0);
        if (sharedTables().contains(table))
            continue;
        SCOPED_TRACE(table.toStdString());
        EXPECT_EQ(parts.value(1), QStringLiteral("true")) << table.toStdString() << " has no row-level security";
        EXPECT_EQ(parts.value(2), QStringLiteral("true")) << table.toStdString() << " does not FORCE row-level security";
        const QString select = QStringLiteral("SELECT t::text FROM public.\"%1\" t").arg(table);
        const QSet<QString> all = asSet(superRows(select));
        EXPECT_FALSE(all.isEmpty()) << table.toStdString() << " has no rows in the seed (tests/security/seed.cpp)";
        const QSet<QString> kanwil = asSet(as(Office::Kanwil, QStringLiteral("viewer")).rows(select));
        EXPECT_EQ(kanwil, all) << "the kanwil sees every row of both branches";
        QSet<QString> seenByA;
        QSet<QString> seenByB;
        for (const QString &group : kGroups) {
            const QSet<QString> a = asSet(as(Office::A, group).rows(select));
            const QSet<QString> b = asSet(as(Office::B, group).rows(select));
            EXPECT_FALSE(a.isEmpty()) << group.toStdString() << " of KC-A sees nothing of its own";
            EXPECT_FALSE(b.isEmpty()) << group.toStdString() << " of KC-B sees nothing of its own";
            EXPECT_FALSE(a.intersects(b)) << group.toStdString() << ": a row is seen by both branches";
            EXPECT_TRUE(all.contains(a));
            EXPECT_TRUE(all.contains(b));
            seenByA.unite(a);
            seenByB.unite(b);
        }
        // What one branch sees, the other reads as zero rows, by its own key.
        EXPECT_FALSE(seenByA.intersects(seenByB));
        ++checked;
    }
    EXPECT_GE(checked, 30);
}

// A partition (contributions by year) is reached only through its table, where the policies and the audit
// are: no login may read or write one directly.
TEST_F(RowSecurityTest, PartitionsAreClosedToEveryLogin)
{
    const QStringList partitions = superRows(QStringLiteral(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relispartition AND c.relkind = 'r' ORDER BY 1"));
    ASSERT_FALSE(partitions.isEmpty());
    for (const QString &partition : partitions) {
        SCOPED_TRACE(partition.toStdString());
        for (const QString &group : kGroups) {
            QString error;
            EXPECT_FALSE(as(Office::A, group).exec(QStringLiteral("SELECT * FROM public.\"%1\"").arg(partition), &error));
            EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
        }
    }
}

TEST_F(RowSecurityTest, ABranchReadsZeroRowsOfTheOtherEvenWhenItAsksByKey)
{
    Login &a = as(Office::A, QStringLiteral("head"));
    EXPECT_EQ(a.scalar(QStringLiteral("SELECT COUNT(*) FROM participants WHERE id = 3")), 0);
    EXPECT_EQ(a.scalar(QStringLiteral("SELECT COUNT(*) FROM agents WHERE nik = '3301010000000003'")), 0);
    EXPECT_EQ(a.scalar(QStringLiteral("SELECT COUNT(*) FROM contributions WHERE participant_id = 3")), 0);
    EXPECT_EQ(a.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'participants' AND row_id = 3")), 0);
    EXPECT_EQ(a.scalar(QStringLiteral("SELECT COUNT(*) FROM offices WHERE code IN ('KC-B', 'KANWIL-X')")), 0);
    EXPECT_EQ(a.scalar(QStringLiteral("SELECT COUNT(*) FROM perisai_users WHERE office_code = 'KC-B'")), 0);
    EXPECT_EQ(as(Office::Kanwil, QStringLiteral("staff")).scalar(QStringLiteral("SELECT COUNT(*) FROM participants")), 2);
}

TEST_F(RowSecurityTest, ViewsRunAsTheirReaderAndDefinerFunctionsFixTheirSearchPath)
{
    const QStringList views = superRows(QStringLiteral(
        "SELECT c.relname || '|' || COALESCE(array_to_string(c.reloptions, ','), '') FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'v'"));
    EXPECT_FALSE(views.isEmpty());
    for (const QString &v : views)
        EXPECT_TRUE(v.contains(QStringLiteral("security_invoker=true"))) << v.toStdString();
    const QStringList definers = superRows(QStringLiteral(
        "SELECT p.proname || '|' || COALESCE(array_to_string(p.proconfig, ','), '') FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.prosecdef"));
    EXPECT_GE(definers.size(), 5);
    for (const QString &f : definers)
        EXPECT_TRUE(f.contains(QStringLiteral("search_path=pg_catalog, pg_temp"))) << f.toStdString();
    // Every table and view has the one owner, which is not a login.
    EXPECT_EQ(superScalar(QStringLiteral(
                  "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
                  "AND c.relkind IN ('r', 'p', 'v') AND pg_get_userbyid(c.relowner) <> 'perisai_owner'")),
              0);
    EXPECT_EQ(superScalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'perisai_owner' AND NOT rolcanlogin")), 1);
}

TEST_F(RowSecurityTest, AViewerReadsButEveryWriteFails)
{
    Login &viewer = as(Office::A, QStringLiteral("viewer"));
    EXPECT_EQ(viewer.scalar(QStringLiteral("SELECT COUNT(*) FROM agents")), 1);
    QString error;
    for (const char *sql : {"INSERT INTO wadah (code, name, office_id, created_at, updated_at) VALUES ('W-X', 'X', 2, 'x', 'x')",
                            "UPDATE agents SET phone = '0811' WHERE id = 2", "DELETE FROM agent_notes WHERE id = 2",
                            "UPDATE participants SET name = 'X' WHERE id = 2", "DELETE FROM contributions",
                            "INSERT INTO targets (year, month, level, code, target) VALUES (2025, 0, 'cabang', 'KC-A', 1)",
                            "UPDATE incentive_runs SET status = 'approved' WHERE id = 2", "UPDATE offices SET name = 'X' WHERE id = 2",
                            "UPDATE program_rules SET source = 'X'", "TRUNCATE summary_cohort"}) {
        EXPECT_FALSE(viewer.exec(QString::fromLatin1(sql), &error)) << sql;
        EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << sql << ": " << error.toStdString();
    }
    EXPECT_EQ(superScalar(QStringLiteral("SELECT COUNT(*) FROM agents WHERE phone = '0811'")), 0);
}

TEST_F(RowSecurityTest, StaffWriteOnlyTheirOwnOfficesRows)
{
    Login &staff = as(Office::A, QStringLiteral("staff"));
    QString error;
    int affected = -1;
    // Their own office: fine.
    EXPECT_TRUE(staff.exec(QStringLiteral("UPDATE agents SET phone = '081299' WHERE id = 2"), &error, &affected)) << error.toStdString();
    EXPECT_EQ(affected, 1);
    // The other branch's rows: nothing to update, nothing to delete, no row may be put there.
    EXPECT_TRUE(staff.exec(QStringLiteral("UPDATE agents SET phone = '081299' WHERE id = 3"), &error, &affected));
    EXPECT_EQ(affected, 0);
    EXPECT_TRUE(staff.exec(QStringLiteral("DELETE FROM agent_notes WHERE agent_id = 3"), &error, &affected));
    EXPECT_EQ(affected, 0);
    EXPECT_FALSE(staff.exec(QStringLiteral("INSERT INTO wadah (code, name, office_id, created_at, updated_at) "
                                           "VALUES ('W-Z', 'Z', 3, 'x', 'x')"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("row-level security"))) << error.toStdString();
    EXPECT_FALSE(staff.exec(QStringLiteral("INSERT INTO contributions (period, participant_id, amount) VALUES (202402, 3, 1)"), &error));
    EXPECT_FALSE(staff.exec(QStringLiteral("UPDATE agents SET office_id = 3 WHERE id = 2"), &error));
    // Offices are the admin's: staff change none.
    EXPECT_FALSE(staff.exec(QStringLiteral("UPDATE offices SET name = 'X' WHERE id = 2"), &error));
    EXPECT_EQ(superScalar(QStringLiteral("SELECT COUNT(*) FROM agents WHERE phone = '081299'")), 1);
}

TEST_F(RowSecurityTest, AClaimIsItsParticipantsOfficeWhateverTheClientWritesAndMovesWithIt)
{
    // The server keeps claims.office_id (what the claims policy reads): a client cannot put a claim of its own
    // participant into another office, nor claim for a participant it does not see.
    Login &staff = as(Office::A, QStringLiteral("staff"));
    QString error;
    EXPECT_TRUE(staff.exec(QStringLiteral("INSERT INTO claims (participant_id, program, claim_date, amount, office_id) "
                                          "VALUES (2, 'JKM', '2024-03-01', 42000000, 3)"), &error)) << error.toStdString();
    EXPECT_EQ(superScalar(QStringLiteral("SELECT office_id FROM claims WHERE participant_id = 2 AND program = 'JKM'")), 2);
    EXPECT_TRUE(staff.exec(QStringLiteral("UPDATE claims SET office_id = 3 WHERE participant_id = 2"), &error));
    EXPECT_EQ(superScalar(QStringLiteral("SELECT COUNT(*) FROM claims WHERE participant_id = 2 AND office_id = 2")), 2)
        << "the server set the office back from the participant";
    EXPECT_FALSE(staff.exec(QStringLiteral("INSERT INTO claims (participant_id, program, claim_date, amount) "
                                           "VALUES (3, 'JKM', '2024-03-01', 42000000)"), &error));
    // A participant moved to the other branch takes its claims along.
    ASSERT_TRUE(superExec(QStringLiteral("UPDATE participants SET office_id = 3 WHERE id = 2"), &error)) << error.toStdString();
    EXPECT_EQ(staff.scalar(QStringLiteral("SELECT COUNT(*) FROM claims WHERE participant_id = 2")), 0);
    EXPECT_EQ(as(Office::B, QStringLiteral("viewer")).scalar(QStringLiteral("SELECT COUNT(*) FROM claims WHERE participant_id = 2")), 2);
}

TEST_F(RowSecurityTest, ATargetIsItsUnitsOfficeWhateverTheClientWritesAndFollowsItsUnit)
{
    // targets.office_id (what the targets policy reads) is the server's: the office of the agent, wadah or
    // office the target's code names, seen by the writer.
    Login &staff = as(Office::A, QStringLiteral("staff"));
    QString error;
    EXPECT_TRUE(staff.exec(QStringLiteral("INSERT INTO targets (year, month, level, code, target, office_id) "
                                          "VALUES (2025, 0, 'agen', 'AG-A', 60, 3)"), &error)) << error.toStdString();
    EXPECT_EQ(superScalar(QStringLiteral("SELECT office_id FROM targets WHERE level = 'agen' AND code = 'AG-A'")), 2);
    EXPECT_FALSE(staff.exec(QStringLiteral("INSERT INTO targets (year, month, level, code, target) "
                                           "VALUES (2025, 0, 'agen', 'AG-B', 60)"), &error))
        << "a target of the other branch's agent";
    EXPECT_FALSE(staff.exec(QStringLiteral("INSERT INTO targets (year, month, level, code, target) "
                                           "VALUES (2025, 0, 'agen', 'AG-NOBODY', 60)"), &error))
        << "a target of no agent at all";
    // An agent moved to the other branch takes its targets along; renamed, its old code's targets name nobody.
    ASSERT_TRUE(superExec(QStringLiteral("UPDATE agents SET office_id = 3 WHERE id = 2"), &error)) << error.toStdString();
    EXPECT_EQ(staff.scalar(QStringLiteral("SELECT COUNT(*) FROM targets WHERE code = 'AG-A'")), 0);
    EXPECT_EQ(as(Office::B, QStringLiteral("viewer")).scalar(QStringLiteral("SELECT COUNT(*) FROM targets WHERE code = 'AG-A'")), 1);
    ASSERT_TRUE(superExec(QStringLiteral("UPDATE agents SET code = 'AG-A2' WHERE id = 2"), &error)) << error.toStdString();
    EXPECT_EQ(as(Office::B, QStringLiteral("viewer")).scalar(QStringLiteral("SELECT COUNT(*) FROM targets WHERE code = 'AG-A'")), 0);
    // A target set before its agent exists is seen once the agent is there.
    ASSERT_TRUE(superExec(QStringLiteral("INSERT INTO targets (year, month, level, code, target) VALUES (2025, 0, 'agen', 'AG-NEW', 10)"),
                          &error)) << error.toStdString();
    EXPECT_EQ(staff.scalar(QStringLiteral("SELECT COUNT(*) FROM targets WHERE code = 'AG-NEW'")), 0);
    ASSERT_TRUE(superExec(QStringLiteral("INSERT INTO agents (code, nik, name, phone, office_id, created_at, updated_at) "
                                         "VALUES ('AG-NEW', '3301010000000099', 'Agen Baru', '0812999', 2, 'x', 'x')"), &error))
        << error.toStdString();
    EXPECT_EQ(staff.scalar(QStringLiteral("SELECT COUNT(*) FROM targets WHERE code = 'AG-NEW'")), 1);
}

TEST_F(RowSecurityTest, AMonevRowIsItsSessionsOfficeAndMovesWithTheSessionAndItsWadah)
{
    // The Monev tables' office columns (what their policies read) are the server's: a session's is its office,
    // else its wadah's; a session's rows take the session's.
    Login &staff = as(Office::A, QStringLiteral("staff"));
    QString error;
    EXPECT_TRUE(staff.exec(QStringLiteral("INSERT INTO monev_obstacles (session_id, description, office_id) VALUES (2, 'sinyal', 3)"), &error))
        << error.toStdString();
    EXPECT_EQ(superScalar(QStringLiteral("SELECT office_id FROM monev_obstacles WHERE description = 'sinyal'")), 2);
    EXPECT_FALSE(staff.exec(QStringLiteral("INSERT INTO monev_obstacles (session_id, description) VALUES (3, 'di sesi cabang B')"), &error))
        << "a row of the other branch's session";
    ASSERT_TRUE(staff.exec(QStringLiteral("INSERT INTO monev_sessions (title, held_on, wadah_id, created_at, updated_at) "
                                          "VALUES ('Monev wadah A', '2024-03-01', 2, 'x', 'x')"), &error)) << error.toStdString();
    const qint64 wadahSession = superScalar(QStringLiteral("SELECT id FROM monev_sessions WHERE title = 'Monev wadah A'"));
    ASSERT_TRUE(staff.exec(QStringLiteral("INSERT INTO monev_attendance (session_id, agent_id) VALUES (%1, 2)").arg(wadahSession), &error))
        << error.toStdString();
    EXPECT_FALSE(staff.exec(QStringLiteral("INSERT INTO monev_sessions (title, held_on, wadah_id, created_at, updated_at) "
                                           "VALUES ('Monev wadah B', '2024-03-01', 3, 'x', 'x')"), &error))
        << "a session of the other branch's wadah";

    // The session given to the other branch takes its rows along.
    ASSERT_TRUE(superExec(QStringLiteral("UPDATE monev_sessions SET office_id = 3 WHERE id = 2"), &error)) << error.toStdString();
    EXPECT_EQ(staff.scalar(QStringLiteral("SELECT COUNT(*) FROM monev_obstacles WHERE session_id = 2")), 0);
    EXPECT_EQ(as(Office::B, QStringLiteral("viewer")).scalar(QStringLiteral("SELECT COUNT(*) FROM monev_obstacles WHERE session_id = 2")), 2);
    // A wadah that moves takes its sessions without an office, and their rows.
    ASSERT_TRUE(superExec(QStringLiteral("UPDATE wadah SET office_id = 3 WHERE id = 2"), &error)) << error.toStdString();
    EXPECT_EQ(staff.scalar(QStringLiteral("SELECT COUNT(*) FROM monev_attendance WHERE session_id = %1").arg(wadahSession)), 0);
    EXPECT_EQ(as(Office::B, QStringLiteral("viewer")).scalar(
                  QStringLiteral("SELECT COUNT(*) FROM monev_sessions s JOIN monev_attendance a ON a.session_id = s.id WHERE s.id = %1")
                      .arg(wadahSession)),
              1);
}

TEST_F(RowSecurityTest, StaffPrepareButOnlyAHeadApprovesOrDecides)
{
    QString error;
    int affected = -1;
    Login &staff = as(Office::A, QStringLiteral("staff"));
    EXPECT_TRUE(staff.exec(QStringLiteral("UPDATE incentive_runs SET total = 5 WHERE id = 2"), &error)) << error.toStdString();
    EXPECT_FALSE(staff.exec(QStringLiteral("UPDATE incentive_runs SET status = 'approved' WHERE id = 2"), &error));
    EXPECT_TRUE(staff.exec(QStringLiteral("UPDATE review_cases SET state = 'under_review' WHERE id = 2"), &error)) << error.toStdString();
    EXPECT_FALSE(staff.exec(QStringLiteral("UPDATE review_cases SET state = 'confirmed' WHERE id = 2"), &error));
    Login &head = as(Office::A, QStringLiteral("head"));
    EXPECT_TRUE(head.exec(QStringLiteral("UPDATE incentive_runs SET status = 'approved' WHERE id = 2"), &error, &affected))
        << error.toStdString();
    EXPECT_EQ(affected, 1);
    EXPECT_TRUE(head.exec(QStringLiteral("UPDATE review_cases SET state = 'confirmed' WHERE id = 2"), &error)) << error.toStdString();
    // An approved month is frozen for staff: its lines and the run itself.
    EXPECT_TRUE(staff.exec(QStringLiteral("UPDATE incentive_lines SET total = 1 WHERE run_id = 2"), &error, &affected));
    EXPECT_EQ(affected, 0);
    EXPECT_TRUE(staff.exec(QStringLiteral("UPDATE incentive_runs SET total = 6 WHERE id = 2"), &error, &affected));
    EXPECT_EQ(affected, 0);
}

TEST_F(RowSecurityTest, AnAdminShapesOnlyTheOfficesUnderIt)
{
    Login &admin = as(Office::A, QStringLiteral("admin"));
    QString error;
    EXPECT_TRUE(admin.exec(QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, created_at, updated_at) "
                                          "VALUES ('KCP-A1', 'KCP A1', 'kcp', 2, 'x', 'x')"), &error)) << error.toStdString();
    EXPECT_FALSE(admin.exec(QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, created_at, updated_at) "
                                           "VALUES ('KCP-B1', 'KCP B1', 'kcp', 3, 'x', 'x')"), &error));
    EXPECT_FALSE(admin.exec(QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, created_at, updated_at) "
                                           "VALUES ('KANWIL-Y', 'Kanwil Y', 'kanwil', NULL, 'x', 'x')"), &error));
    // Its own branch stays under the kanwil: it can rename it, not move it out.
    EXPECT_TRUE(admin.exec(QStringLiteral("UPDATE offices SET head_name = 'Bu Sri' WHERE id = 2"), &error)) << error.toStdString();
    EXPECT_FALSE(admin.exec(QStringLiteral("UPDATE offices SET parent_id = NULL WHERE id = 2"), &error));
    // The new KCP is seen by the branch and the kanwil, not by the other branch.
    EXPECT_EQ(admin.scalar(QStringLiteral("SELECT COUNT(*) FROM offices")), 2);
    EXPECT_EQ(as(Office::Kanwil, QStringLiteral("viewer")).scalar(QStringLiteral("SELECT COUNT(*) FROM offices")), 4);
    EXPECT_EQ(as(Office::B, QStringLiteral("admin")).scalar(QStringLiteral("SELECT COUNT(*) FROM offices")), 1);
}

TEST_F(RowSecurityTest, ANikUniqueAcrossOfficesSaysOnlyThatItIsTaken)
{
    // agents.nik is unique nationally: one person is an agent once. A branch registering a NIK that another
    // branch's agent holds is refused by the unique index; the refusal names the NIK it was given, not the
    // other agent, office or row, and the row stays unreadable.
    Login &staff = as(Office::A, QStringLiteral("staff"));
    QString error;
    EXPECT_FALSE(staff.exec(QStringLiteral("INSERT INTO agents (code, nik, name, office_id, created_at, updated_at) "
                                           "VALUES ('AG-NEW', '3301010000000003', 'Agen Baru', 2, 'x', 'x')"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("agents_nik"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("AG-B"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("Agen B"))) << error.toStdString();
    // Participants' NIK is not unique (a re-registration is allowed): a branch sees only its own matches.
    EXPECT_TRUE(staff.exec(QStringLiteral("INSERT INTO participants (kpj, nik, name, program, registered_on, reg_period, office_id) "
                                          "VALUES ('KPJ-A2', '3301010000000103', 'Peserta A2', 'JKK+JKM', '2024-03-01', 202403, 2)"),
                           &error)) << error.toStdString();
    EXPECT_EQ(staff.scalar(QStringLiteral("SELECT COUNT(*) FROM participants WHERE nik = '3301010000000103'")), 1);
    EXPECT_EQ(superScalar(QStringLiteral("SELECT COUNT(*) FROM participants WHERE nik = '3301010000000103'")), 2);
}
