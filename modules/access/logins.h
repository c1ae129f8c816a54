#pragma once
// Who is logged in and what the login may do, and the logins of a server (PostgreSQL login roles, each in
// one group and mapped to one office; see docs/security.md). A SQLite file has one user, the operating
// system's, who may do everything.

#include "core/result.h"

#include <QList>
#include <QString>

namespace perisai::storage {
class Database;
}

namespace perisai::access {

struct Session {
    bool server = false;    // PostgreSQL: what follows is the server's word
    QString login;          // session_user on a server; the OS user on SQLite
    QString role;           // admin, head, staff, viewer; empty outside the four groups (and on SQLite)
    QString officeCode;     // the login's office; empty when it has none
    QString officeName;
    bool superuser = false;
    bool owner = false;     // may act as perisai_owner

    // Superusers pass every row-level check and the owner may rewrite the audit: not for daily work.
    bool tooPowerful() const { return server && (superuser || owner); }
    bool mayManageLogins() const { return server && (role == QLatin1String("admin") || tooPowerful()); }
    // The audit viewer: heads and admins (and the one user of a single desk's file).
    bool maySeeAudit() const
    {
        return !server || role == QLatin1String("admin") || role == QLatin1String("head") || tooPowerful();
    }
};

Result<Session> readSession(const storage::Database &db);

// "sri · head · KC-CILACAP" for the status bar; "sri" on SQLite.
QString describe(const Session &session);
// The warning shown when daily work runs as a superuser or the owner; empty otherwise.
QString powerWarning(const Session &session);
// Translated name of a group ("admin" -> "Admin").
QString roleLabel(const QString &role);
QStringList roles(); // admin, head, staff, viewer

struct LoginRow {
    QString name;
    QString fullName;
    QString role;
    QString officeCode;
    QString officeName;
    bool active = false;
    QString createdAt;
    QString createdBy;
    QString disabledAt;
};

// The logins of the offices the session sees.
Result<QList<LoginRow>> listLogins(const storage::Database &db);
// Creates a login in `role` for the office `officeCode`; the password is sent as a SCRAM verifier only.
Status addLogin(const storage::Database &db, const QString &name, const QString &role, const QString &officeCode,
                const QString &password, const QString &fullName = {});
Status disableLogin(const storage::Database &db, const QString &name);
// A server is needed for logins; says so for a SQLite file.
Status requireServer(const storage::Database &db);

// The offices the session may give logins to: code and name, in tree order.
Result<QList<std::pair<QString, QString>>> officeChoices(const storage::Database &db);

} // namespace perisai::access
