#include "logins.h"

#include "tr.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/scram.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace perisai::access {


namespace {

// The server's own sentence ("no office \"KC-X\" that sri may give logins to"), without the statement, the
// driver's words and the function's context lines: what a person reads.
Status serverSaid(const Status &st)
{
    if (st)
        return st;
    static const QRegularExpression sentence(QStringLiteral("ERROR:\\s+([^\\n]+)"));
    const auto m = sentence.match(st.error().message);
    if (!m.hasMatch())
        return st;
    return makeError(m.captured(1).trimmed());
}

} // namespace

Status requireServer(const storage::Database &db)
{
    if (db.backend() != storage::Backend::PostgreSQL)
        return makeError(Tr::tr("logins belong to a PostgreSQL server; a SQLite file has one user, the computer's"));
    return {};
}

Result<Session> readSession(const storage::Database &db)
{
    Session s;
    s.login = db.currentUser();
    if (db.backend() != storage::Backend::PostgreSQL)
        return s;
    s.server = true;
    storage::Query q(db.connection(), QStringLiteral("SELECT login, role, office_code, office_name, superuser, owner FROM perisai_session()"));
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return s;
    s.login = q.text(0);
    s.role = q.text(1);
    s.officeCode = q.text(2);
    s.officeName = q.text(3);
    s.superuser = q.value(4).toBool();
    s.owner = q.value(5).toBool();
    return s;
}

QString roleLabel(const QString &role)
{
    if (role == QLatin1String("admin"))
        return Tr::tr("Admin");
    if (role == QLatin1String("head"))
        return Tr::tr("Head");
    if (role == QLatin1String("staff"))
        return Tr::tr("Staff");
    if (role == QLatin1String("viewer"))
        return Tr::tr("Viewer");
    return role;
}

QStringList roles()
{
    return {QStringLiteral("admin"), QStringLiteral("head"), QStringLiteral("staff"), QStringLiteral("viewer")};
}

QString describe(const Session &s)
{
    if (!s.server)
        return s.login;
    QStringList parts{s.login};
    if (s.superuser)
        parts << Tr::tr("superuser");
    else if (s.owner)
        parts << Tr::tr("owner");
    else if (!s.role.isEmpty())
        parts << roleLabel(s.role);
    parts << (s.officeCode.isEmpty() ? Tr::tr("no office") : s.officeCode);
    return parts.join(QStringLiteral(" · "));
}

QString powerWarning(const Session &s)
{
    if (!s.tooPowerful())
        return {};
    if (s.superuser)
        return Tr::tr("You are logged in as %1, a superuser of the server: every office's rows are open to you and "
                  "nothing you do is checked. Use your own login for daily work.").arg(s.login);
    return Tr::tr("You are logged in as %1, which may act as the database's owner (perisai_owner): it may rewrite the "
              "audit log. Use your own login for daily work.").arg(s.login);
}

Result<QList<LoginRow>> listLogins(const storage::Database &db)
{
    if (auto st = requireServer(db); !st)
        return st.error();
    storage::Query q(db.connection(), QStringLiteral(
        "SELECT role_name, COALESCE(full_name, ''), role, office_code, office_name, active, created_at, created_by, "
        "COALESCE(disabled_at, '') FROM perisai_users ORDER BY office_code, role_name"));
    if (auto st = q.exec(); !st)
        return st.error();
    QList<LoginRow> rows;
    while (q.next())
        rows.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.value(5).toBool(), q.text(6), q.text(7), q.text(8)});
    return rows;
}

Status addLogin(const storage::Database &db, const QString &name, const QString &role, const QString &officeCode,
                const QString &password, const QString &fullName)
{
    if (auto st = requireServer(db); !st)
        return st;
    if (!roles().contains(role))
        return makeError(Tr::tr("the role must be admin, head, staff or viewer, not \"%1\"").arg(role));
    if (password.size() < 8)
        return makeError(Tr::tr("a password needs at least 8 characters"));
    storage::Query q(db.connection(), QStringLiteral("SELECT perisai_create_user(?, ?, ?, ?, ?)"));
    q.bind({name, role, officeCode, storage::scramSha256Verifier(password), fullName});
    return serverSaid(q.exec());
}

Status disableLogin(const storage::Database &db, const QString &name)
{
    if (auto st = requireServer(db); !st)
        return st;
    storage::Query q(db.connection(), QStringLiteral("SELECT perisai_disable_user(?)"));
    q.bind(name);
    return serverSaid(q.exec());
}

Result<QList<std::pair<QString, QString>>> officeChoices(const storage::Database &db)
{
    storage::Query q(db.connection(), QStringLiteral(
        "SELECT code, name FROM offices WHERE closed_on IS NULL ORDER BY CASE kind WHEN 'kanwil' THEN 0 WHEN 'kc' THEN 1 ELSE 2 END, code"));
    if (auto st = q.exec(); !st)
        return st.error();
    QList<std::pair<QString, QString>> out;
    while (q.next())
        out.append({q.text(0), q.text(1)});
    return out;
}

} // namespace perisai::access
