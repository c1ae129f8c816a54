#pragma once
// A server shared by two branches under one regional office, with a login of each group in each office,
// reached through plain SQL (QPSQL straight to the server, not through the program's repositories): what
// psql or a spreadsheet's ODBC link would see.
//
//   KANWIL-X (kanwil, id 1)  ->  KC-A (id 2), KC-B (id 3)
//
// Every table with an office's rows holds rows of KC-A (ids 2) and of KC-B (ids 3), see seed.cpp.

#include "testdatabase.h"

#include <QSqlDatabase>
#include <QStringList>
#include <gtest/gtest.h>
#include <map>
#include <memory>

namespace perisai::testing {

// One login's own connection to the test database.
class Login {
public:
    Login(const QString &role, const QString &host, int port, const QString &database);
    ~Login();
    Login(const Login &) = delete;
    Login &operator=(const Login &) = delete;

    bool connected() const { return m_db.isOpen(); }
    QString openError() const { return m_openError; }
    const QString &role() const { return m_role; }

    // Runs one statement; false with the server's message in *error when it fails.
    bool exec(const QString &sql, QString *error = nullptr, int *rowsAffected = nullptr);
    // Every row as one text (the row's own ::text form when the statement selects it so).
    QStringList rows(const QString &sql, QString *error = nullptr);
    qint64 scalar(const QString &sql);

private:
    QString m_role;
    QString m_name;
    QSqlDatabase m_db;
    QString m_openError;
};

enum class Office { Kanwil, A, B };

class ServerTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // The login of that group ("admin", "head", "staff", "viewer") in that office.
    Login &as(Office office, const QString &group);
    QString roleName(Office office, const QString &group) const;
    // A new login connection (e.g. after a login was created or disabled).
    std::unique_ptr<Login> connect(const QString &role) const;
    // As the server's superuser (the program's test connection).
    bool superExec(const QString &sql, QString *error = nullptr);
    QStringList superRows(const QString &sql);
    qint64 superScalar(const QString &sql);
    // Remembers a login made by a test so that it is dropped afterwards (roles belong to the whole server).
    void forget(const QString &role) { m_roles << role; }

    std::unique_ptr<TestDatabase> m_test;
    storage::DatabasePtr db;
    QString m_prefix;

private:
    std::map<QString, std::unique_ptr<Login>> m_logins;
    QStringList m_roles;
};

// Every row of every table with an office's rows, for both branches (ids 2 and 3), and the three offices.
QStringList seedStatements();

// Tables every login reads whole: reference data and bookkeeping with no office in them.
const QStringList &sharedTables();

} // namespace perisai::testing
