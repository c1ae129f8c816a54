// The window's side: the session the status bar names, the Users dialog, the audit viewer, the users command.
#include "servertest.h"

#include "access/auditviewer.h"
#include "access/logins.h"
#include "access/userscommand.h"
#include "access/usersdialog.h"
#include "storage/audit.h"

#include <QTableWidget>

using namespace perisai;
using namespace perisai::testing;

TEST(AccessSqlite, OneDeskOneUserWhoMaySeeTheAuditAndManagesNoLogins)
{
    auto t = TestDatabase::create(Backend::SQLite);
    ASSERT_TRUE(t->db);
    t->db->setCurrentUser(QStringLiteral("budi"));
    auto session = access::readSession(*t->db);
    ASSERT_TRUE(session.ok());
    EXPECT_FALSE(session->server);
    EXPECT_EQ(access::describe(*session), QStringLiteral("budi"));
    EXPECT_TRUE(session->maySeeAudit());
    EXPECT_FALSE(session->mayManageLogins());
    EXPECT_TRUE(access::powerWarning(*session).isEmpty());
    EXPECT_FALSE(access::listLogins(*t->db).ok());
    EXPECT_EQ(access::usersCommand().run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--database"), t->location}), 2);
}

TEST(AccessSqlite, TheAuditViewerFiltersByUserTableRowAndDate)
{
    auto t = TestDatabase::create(Backend::SQLite);
    ASSERT_TRUE(t->db);
    const auto conn = t->db->connection();
    auto audit = [&](const char *user, const char *table, qint64 row, const QJsonObject &before, const QJsonObject &after) {
        ASSERT_TRUE(storage::writeAudit(conn, {QString::fromLatin1(user), QStringLiteral("update"), QString::fromLatin1(table), row,
                                               QStringLiteral("edit"), before, after}).ok());
    };
    audit("budi", "agents", 7, {{QStringLiteral("nik"), QStringLiteral("3301010101010001")}, {QStringLiteral("version"), 1}},
          {{QStringLiteral("nik"), QStringLiteral("3301010101010002")}, {QStringLiteral("version"), 2}});
    audit("budi", "wadah", 3, {{QStringLiteral("name"), QStringLiteral("A")}}, {{QStringLiteral("name"), QStringLiteral("B")}});
    audit("sri", "agents", 8, {{QStringLiteral("phone"), QStringLiteral("081234567890")}}, {{QStringLiteral("phone"), QStringLiteral("081234567891")}});

    access::AuditViewer viewer(t->db, false);
    EXPECT_EQ(viewer.table()->rowCount(), 3);
    access::AuditFilter f;
    f.user = QStringLiteral("budi");
    viewer.setFilter(f);
    viewer.search();
    EXPECT_EQ(viewer.table()->rowCount(), 2);
    f.table = QStringLiteral("agents");
    viewer.setFilter(f);
    viewer.search();
    ASSERT_EQ(viewer.table()->rowCount(), 1);
    viewer.table()->selectRow(0);
    // What changed, NIK masked and bookkeeping left out.
    EXPECT_TRUE(viewer.detailText().contains(QStringLiteral("nik: "))) << viewer.detailText().toStdString();
    EXPECT_FALSE(viewer.detailText().contains(QStringLiteral("3301010101010002"))) << viewer.detailText().toStdString();
    EXPECT_FALSE(viewer.detailText().contains(QStringLiteral("version")));
    f = {};
    f.rowId = 8;
    viewer.setFilter(f);
    viewer.search();
    EXPECT_EQ(viewer.table()->rowCount(), 1);
    f = {};
    f.from = QDate::currentDate().addDays(1);
    viewer.setFilter(f);
    viewer.search();
    EXPECT_EQ(viewer.table()->rowCount(), 0);
    f.from = QDate::currentDate();
    f.to = QDate::currentDate();
    viewer.setFilter(f);
    viewer.search();
    EXPECT_EQ(viewer.table()->rowCount(), 3);
    // Shown in full only when the user has chosen to show personal data.
    access::AuditViewer revealing(t->db, true);
    revealing.table()->selectRow(2);
    EXPECT_TRUE(revealing.detailText().contains(QStringLiteral("3301010101010002"))) << revealing.detailText().toStdString();
}

class AccessServerTest : public ServerTest {
protected:
    storage::DatabasePtr openAs(Office office, const QString &group)
    {
        auto location = db->location();
        location.user = roleName(office, group);
        auto opened = storage::Database::open(location);
        EXPECT_TRUE(opened.ok()) << opened.errorText().toStdString();
        return opened ? *opened : nullptr;
    }
};

TEST_F(AccessServerTest, TheSessionNamesTheLoginItsRoleAndOfficeAndWarnsAboutTheSuperuser)
{
    auto head = openAs(Office::A, QStringLiteral("head"));
    ASSERT_TRUE(head);
    auto session = access::readSession(*head);
    ASSERT_TRUE(session.ok()) << session.errorText().toStdString();
    EXPECT_EQ(access::describe(*session), roleName(Office::A, QStringLiteral("head")) + QStringLiteral(" · Head · KC-A"));
    EXPECT_TRUE(session->maySeeAudit());
    EXPECT_FALSE(session->mayManageLogins());
    EXPECT_TRUE(access::powerWarning(*session).isEmpty());
    auto staff = access::readSession(*openAs(Office::B, QStringLiteral("staff")));
    EXPECT_FALSE(staff->maySeeAudit());
    auto super = access::readSession(*db);
    ASSERT_TRUE(super.ok());
    EXPECT_TRUE(super->tooPowerful());
    EXPECT_FALSE(access::powerWarning(*super).isEmpty());
}

TEST_F(AccessServerTest, TheUsersDialogListsAddsAndDisablesTheAdminsOwnLogins)
{
    auto admin = openAs(Office::A, QStringLiteral("admin"));
    ASSERT_TRUE(admin);
    access::UsersDialog dialog(admin);
    EXPECT_EQ(dialog.table()->rowCount(), 4); // KC-A's four logins
    for (int i = 0; i < dialog.table()->rowCount(); ++i)
        EXPECT_TRUE(dialog.table()->item(i, 3)->text().startsWith(QStringLiteral("KC-A")));
    const QString name = m_prefix + QStringLiteral("_dialog");
    forget(name);
    QString password;
    EXPECT_EQ(dialog.addLogin(name, QStringLiteral("Dewi"), QStringLiteral("viewer"), QStringLiteral("KC-A"), {}, &password), QString());
    EXPECT_EQ(password.size(), 16);
    EXPECT_EQ(dialog.table()->rowCount(), 5);
    EXPECT_FALSE(dialog.addLogin(m_prefix + QStringLiteral("_x"), {}, QStringLiteral("staff"), QStringLiteral("KC-B"), {}).isEmpty());
    EXPECT_EQ(dialog.disableLogin(name), QString());
    EXPECT_EQ(superScalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1' AND NOT rolcanlogin").arg(name)), 1);
    // The server's own words, not the statement and the driver's.
    const QString refused = dialog.disableLogin(roleName(Office::B, QStringLiteral("staff")));
    EXPECT_FALSE(refused.contains(QStringLiteral("SELECT"))) << refused.toStdString();
    EXPECT_TRUE(refused.contains(roleName(Office::B, QStringLiteral("staff")))) << refused.toStdString();
}

TEST_F(AccessServerTest, TheAuditViewerShowsTheOfficesOwnEntriesOnly)
{
    ASSERT_TRUE(as(Office::A, QStringLiteral("staff")).exec(QStringLiteral("UPDATE agents SET phone = '0811' WHERE id = 2")));
    ASSERT_TRUE(as(Office::B, QStringLiteral("staff")).exec(QStringLiteral("UPDATE agents SET phone = '0822' WHERE id = 3")));
    access::AuditFilter f;
    f.table = QStringLiteral("agents");
    f.user = roleName(Office::A, QStringLiteral("staff"));
    access::AuditViewer forA(openAs(Office::A, QStringLiteral("head")), false);
    forA.setFilter(f);
    forA.search();
    EXPECT_EQ(forA.table()->rowCount(), 1);
    access::AuditViewer forB(openAs(Office::B, QStringLiteral("head")), false);
    forB.setFilter(f);
    forB.search();
    EXPECT_EQ(forB.table()->rowCount(), 0);
    f.user = roleName(Office::B, QStringLiteral("staff"));
    forB.setFilter(f);
    forB.search();
    EXPECT_EQ(forB.table()->rowCount(), 1);
}

TEST_F(AccessServerTest, TheUsersCommandListsWhatTheLoginMaySee)
{
    auto location = db->location();
    location.user = roleName(Office::A, QStringLiteral("admin"));
    EXPECT_EQ(access::usersCommand().run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--database"), location.toString()}), 0);
    EXPECT_EQ(access::usersCommand().run({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("--database"), location.toString()}), 2);
    EXPECT_EQ(access::usersCommand().run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"), location.toString(),
                                          QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("boss"),
                                          QStringLiteral("--office"), QStringLiteral("KC-A")}),
              2);
    EXPECT_EQ(access::usersCommand().run({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("--database"), location.toString(),
                                          QStringLiteral("--name"), roleName(Office::B, QStringLiteral("staff"))}),
              1);
}
