// The audit written by the server: every change made through plain SQL is logged with its login, and no
// login but the owner changes or removes a logged row.
#include "servertest.h"

#include "storage/audit.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace perisai;
using namespace perisai::testing;

namespace {
// Tables whose changes are not audited: derived summaries, an import's own undo list, the schema's
// bookkeeping and the log itself.
const QStringList kNotAudited{QStringLiteral("audit_log"), QStringLiteral("schema_migrations"),
                              QStringLiteral("summary_agent_month"), QStringLiteral("summary_office_month"),
                              QStringLiteral("summary_cohort"), QStringLiteral("import_changes")};

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

class ServerAuditTest : public ServerTest {};

TEST_F(ServerAuditTest, EveryUserDataTableHasTheAuditTriggers)
{
    const QStringList tables = superRows(QStringLiteral(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1"));
    int audited = 0;
    for (const QString &table : tables) {
        if (kNotAudited.contains(table))
            continue;
        const QStringList triggers = superRows(QStringLiteral(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'public.\"%1\"'::regclass AND NOT tgisinternal AND tgenabled = 'O' "
            "AND tgname LIKE 'perisai\\_audit\\_%' ORDER BY 1").arg(table)); // others keep a claim's office
        EXPECT_EQ(triggers, (QStringList{QStringLiteral("perisai_audit_delete"), QStringLiteral("perisai_audit_insert"),
                                         QStringLiteral("perisai_audit_update")}))
            << table.toStdString() << " is not audited";
        ++audited;
    }
    EXPECT_GE(audited, 30);
}

TEST_F(ServerAuditTest, EveryPlainSqlChangeIsLoggedWithItsLogin)
{
    Login &staff = as(Office::A, QStringLiteral("staff"));
    QString error;
    for (const char *sql : {"UPDATE agents SET phone = '081234' WHERE id = 2",
                            "INSERT INTO agent_notes (id, agent_id, written_on, author, text) VALUES (50, 2, '2024-03-01', 'x', 'datang')",
                            "DELETE FROM monev_awards WHERE id = 2",
                            "INSERT INTO contributions (period, participant_id, amount) VALUES (202402, 2, 16800)",
                            "UPDATE contributions SET amount = 36800 WHERE period = 202402 AND participant_id = 2",
                            "UPDATE monev_attendance SET attendance = 'present' WHERE session_id = 2",
                            "UPDATE agents SET phone = phone WHERE id = 2"}) // changes nothing: not logged
        ASSERT_TRUE(staff.exec(QString::fromLatin1(sql), &error)) << sql << ": " << error.toStdString();

    const QString who = roleName(Office::A, QStringLiteral("staff"));
    const QStringList rows = superRows(QStringLiteral(
        "SELECT action || '|' || table_name || '|' || COALESCE(row_id::text, '') || '|' || office_id FROM audit_log "
        "WHERE user_name = '%1' ORDER BY id").arg(who));
    EXPECT_EQ(rows, (QStringList{QStringLiteral("update|agents|2|2"), QStringLiteral("insert|agent_notes|50|2"),
                                 QStringLiteral("delete|monev_awards|2|2"), QStringLiteral("insert|contributions|2|2"),
                                 QStringLiteral("update|contributions|2|2"), QStringLiteral("update|monev_attendance|2|2")}));

    const QStringList agent = superRows(QStringLiteral(
        "SELECT before, after, at FROM audit_log WHERE user_name = '%1' AND table_name = 'agents'").arg(who));
    ASSERT_EQ(agent.size(), 1);
    const QStringList cells = agent.first().split(QLatin1Char('|'));
    EXPECT_EQ(json(cells.value(0)).value(QStringLiteral("phone")).toString(), QStringLiteral("081200000002"));
    EXPECT_EQ(json(cells.value(1)).value(QStringLiteral("phone")).toString(), QStringLiteral("081234"));
    EXPECT_EQ(json(cells.value(1)).value(QStringLiteral("nik")).toString(), QStringLiteral("3301010000000002"));
    EXPECT_TRUE(cells.value(2).endsWith(QLatin1Char('Z'))) << cells.value(2).toStdString(); // UTC, as the program writes

    const QStringList money = superRows(QStringLiteral(
        "SELECT before, after FROM audit_log WHERE user_name = '%1' AND table_name = 'contributions' AND action = 'update'").arg(who));
    ASSERT_EQ(money.size(), 1);
    EXPECT_EQ(json(money.first().section(QLatin1Char('|'), 0, 0)).value(QStringLiteral("amount")).toInt(), 16800);
    EXPECT_EQ(json(money.first().section(QLatin1Char('|'), 1, 1)).value(QStringLiteral("amount")).toInt(), 36800);

    // The branch's head reads its own office's log; the other branch reads none of it.
    EXPECT_EQ(as(Office::A, QStringLiteral("head")).scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = '%1'").arg(who)), 6);
    EXPECT_EQ(as(Office::B, QStringLiteral("head")).scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = '%1'").arg(who)), 0);
}

TEST_F(ServerAuditTest, NobodyButTheOwnerAltersOrErasesTheLog)
{
    ASSERT_TRUE(as(Office::A, QStringLiteral("staff")).exec(QStringLiteral("UPDATE agents SET phone = '0899' WHERE id = 2")));
    const qint64 before = superScalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QString error;
    for (const QString &group : {QStringLiteral("staff"), QStringLiteral("head"), QStringLiteral("admin")}) {
        Login &login = as(Office::A, group);
        for (const char *sql : {"UPDATE audit_log SET user_name = 'orang lain'", "UPDATE audit_log SET after = NULL WHERE table_name = 'agents'",
                                "DELETE FROM audit_log", "DELETE FROM audit_log WHERE table_name = 'agents'", "TRUNCATE audit_log"}) {
            EXPECT_FALSE(login.exec(QString::fromLatin1(sql), &error)) << group.toStdString() << ": " << sql;
            EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
        }
    }
    EXPECT_EQ(superScalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
    // A login may add a row (the program logs reveals of personal data), but the server names who and when.
    Login &staff = as(Office::A, QStringLiteral("staff"));
    ASSERT_TRUE(staff.exec(QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, row_id, summary) "
                                          "VALUES ('2000-01-01T00:00:00.000Z', 'orang lain', 'reveal', 'agents', 2, 'NIK dilihat')"),
                           &error)) << error.toStdString();
    const QStringList reveal = superRows(QStringLiteral("SELECT user_name, at, office_id FROM audit_log WHERE action = 'reveal'"));
    ASSERT_EQ(reveal.size(), 1);
    EXPECT_TRUE(reveal.first().startsWith(roleName(Office::A, QStringLiteral("staff")) + QLatin1Char('|'))) << reveal.first().toStdString();
    EXPECT_FALSE(reveal.first().contains(QStringLiteral("2000-01-01")));
    EXPECT_TRUE(reveal.first().endsWith(QStringLiteral("|2")));
    // A row claimed for the other branch lands in the writer's own office.
    ASSERT_TRUE(staff.exec(QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, row_id, office_id) "
                                          "VALUES ('', '', 'reveal', 'agents', 3, 3)"), &error)) << error.toStdString();
    EXPECT_EQ(as(Office::B, QStringLiteral("head")).scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reveal'")), 0);
    // The owner may (a retention clean-up, say).
    ASSERT_TRUE(superExec(QStringLiteral("SET ROLE perisai_owner")));
    EXPECT_TRUE(superExec(QStringLiteral("DELETE FROM audit_log WHERE action = 'reveal'")));
    ASSERT_TRUE(superExec(QStringLiteral("RESET ROLE")));
    EXPECT_EQ(superScalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reveal'")), 0);
}

TEST_F(ServerAuditTest, TheProgramsDescriptionGoesOnTheServersRow)
{
    // What the program does: change a row, then describe the change in the same transaction.
    const auto conn = db->connection();
    storage::Transaction tx(conn);
    ASSERT_TRUE(tx.started());
    ASSERT_TRUE(superExec(QStringLiteral("UPDATE agents SET status = 'inactive' WHERE id = 3")));
    storage::AuditEntry e{QStringLiteral("ignored"), QStringLiteral("status"), QStringLiteral("agents"), 3,
                          QStringLiteral("Status: aktif -> tidak aktif"), {}, {}};
    ASSERT_TRUE(storage::writeAudit(conn, e).ok());
    ASSERT_TRUE(tx.commit().ok());
    const QStringList rows = superRows(QStringLiteral(
        "SELECT action, summary, user_name, before IS NOT NULL AND after IS NOT NULL FROM audit_log "
        "WHERE table_name = 'agents' AND row_id = 3 ORDER BY id"));
    EXPECT_EQ(rows.size(), 2); // the seed's insert, and the status change: one row, not two
    EXPECT_EQ(rows.value(1), QStringLiteral("status|Status: aktif -> tidak aktif|postgres|true"));
}
