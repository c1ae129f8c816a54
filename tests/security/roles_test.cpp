// Logins: made and disabled by an admin for the offices under it, each in one group; the session tells the
// program who it is.
#include "servertest.h"

#include "storage/scram.h"

using namespace perisai;
using namespace perisai::testing;

class LoginsTest : public ServerTest {
protected:
    bool create(Login &by, const QString &name, const QString &group, const QString &office, QString *error)
    {
        forget(name);
        return by.exec(QStringLiteral("SELECT perisai_create_user('%1', '%2', '%3', '%4', 'Pengguna Baru')")
                           .arg(name, group, office, storage::scramSha256Verifier(QStringLiteral("rahasia"))),
                       error);
    }
};

TEST_F(LoginsTest, AnAdminGivesLoginsToItsOwnOfficesOnly)
{
    Login &admin = as(Office::A, QStringLiteral("admin"));
    const QString name = m_prefix + QStringLiteral("_new_staff");
    QString error;
    ASSERT_TRUE(create(admin, name, QStringLiteral("staff"), QStringLiteral("KC-A"), &error)) << error.toStdString();
    EXPECT_FALSE(create(admin, m_prefix + QStringLiteral("_b_extra"), QStringLiteral("staff"), QStringLiteral("KC-B"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("KC-B"))) << error.toStdString();
    EXPECT_FALSE(create(admin, m_prefix + QStringLiteral("_boss"), QStringLiteral("superuser"), QStringLiteral("KC-A"), &error));
    EXPECT_FALSE(create(admin, QStringLiteral("perisai_owner"), QStringLiteral("staff"), QStringLiteral("KC-A"), &error));
    // Staff and heads manage no logins.
    EXPECT_FALSE(create(as(Office::A, QStringLiteral("head")), m_prefix + QStringLiteral("_h"), QStringLiteral("staff"),
                        QStringLiteral("KC-A"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();

    // The new login works at once, in its group and office, and shows in the list of its office.
    auto login = connect(name);
    ASSERT_TRUE(login->connected()) << login->openError().toStdString();
    EXPECT_EQ(login->rows(QStringLiteral("SELECT login, role, office_code, superuser, owner FROM perisai_session()")),
              QStringList{name + QStringLiteral("|staff|KC-A|false|false")});
    EXPECT_EQ(login->scalar(QStringLiteral("SELECT COUNT(*) FROM participants")), 1);
    EXPECT_EQ(admin.rows(QStringLiteral("SELECT role, office_code, active FROM perisai_users WHERE role_name = '%1'").arg(name)),
              QStringList{QStringLiteral("staff|KC-A|true")});
    // Its password went to the server as a verifier only.
    EXPECT_EQ(superScalar(QStringLiteral("SELECT COUNT(*) FROM pg_authid WHERE rolname = '%1' AND rolpassword LIKE 'SCRAM-SHA-256$4096:%'")
                              .arg(name)),
              1);

    // Disabled: it can no longer log in, and the list says so.
    ASSERT_TRUE(admin.exec(QStringLiteral("SELECT perisai_disable_user('%1')").arg(name), &error)) << error.toStdString();
    login.reset();
    EXPECT_FALSE(connect(name)->connected());
    EXPECT_EQ(admin.rows(QStringLiteral("SELECT active FROM perisai_users WHERE role_name = '%1'").arg(name)),
              QStringList{QStringLiteral("false")});
    // Another branch's admin cannot disable this branch's logins.
    EXPECT_FALSE(as(Office::B, QStringLiteral("admin")).exec(
        QStringLiteral("SELECT perisai_disable_user('%1')").arg(roleName(Office::A, QStringLiteral("staff"))), &error));
}

TEST_F(LoginsTest, TheSessionSaysWhoIsLoggedInAndWhetherItIsTooPowerful)
{
    EXPECT_EQ(as(Office::Kanwil, QStringLiteral("head")).rows(QStringLiteral("SELECT role, office_code, office_name FROM perisai_session()")),
              QStringList{QStringLiteral("head|KANWIL-X|Kanwil X")});
    EXPECT_EQ(superRows(QStringLiteral("SELECT superuser, owner FROM perisai_session()")), QStringList{QStringLiteral("true|true")});
    // A login outside the four groups sees nothing at all.
    const QString stranger = m_prefix + QStringLiteral("_stranger");
    forget(stranger);
    ASSERT_TRUE(superExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(stranger)));
    auto login = connect(stranger);
    ASSERT_TRUE(login->connected());
    QString error;
    login->rows(QStringLiteral("SELECT COUNT(*) FROM participants"), &error);
    EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
}
