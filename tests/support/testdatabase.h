#pragma once
// Fresh, migrated databases for tests: a temporary SQLite file, or a new database on the throwaway
// PostgreSQL server named by PERISAI_TEST_PG (postgresql://user@127.0.0.1:port/postgres).
// Under PERISAI_REQUIRE_PG=1 (the README's test command) a missing server fails the test, never skips it.

#include "storage/database.h"

#include <QTemporaryDir>
#include <QVariant>
#include <gtest/gtest.h>
#include <memory>

namespace perisai::testing {

enum class Backend { SQLite, PostgreSQL };

class TestDatabase {
public:
    // Creates and migrates. On failure `db` is null and `error` says why.
    static std::unique_ptr<TestDatabase> create(Backend backend, bool migrate = true);
    ~TestDatabase();

    storage::DatabasePtr db;
    QString error;
    QString location; // what --database would take

    // Whether a PostgreSQL server was given, and whether the caller insists on it.
    static bool postgresAvailable();
    static bool postgresRequired();
    // A statement on the throwaway server's administrative connection (as its superuser, in its
    // `postgres` database): roles, which belong to the whole server, are made and dropped here.
    static bool adminExec(const QString &sql, QString *error);
    // Another desk on the same database, logged in as `login`: on SQLite the same file with that user name
    // (the program names the OS user); on a server a login role of that name (the server names its login),
    // made here when missing, with the owner's rights so that it reads and writes everything as the test's
    // own superuser connection does.
    Result<storage::DatabasePtr> openAs(const QString &login) const;
    // The PostgreSQL database's name (empty for SQLite).
    QString pgName() const { return m_pgName; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgName;
};

// Parameterised fixture: TEST_P(MyTest, x) runs on both backends with
// INSTANTIATE_TEST_SUITE_P(Backends, MyTest, perisai::testing::allBackends(), perisai::testing::backendName);
class BackendTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override;
    void TearDown() override;

    std::unique_ptr<TestDatabase> m_test;
    storage::DatabasePtr db;
};

::testing::internal::ParamGenerator<Backend> allBackends();
std::string backendName(const ::testing::TestParamInfo<Backend> &info);

// Runs a statement returning one integer (test assertions only).
qint64 scalar(const storage::Database &db, const QString &sql);
// The same with values bound to the ? in order.
qint64 scalar(const storage::Database &db, const QString &sql, std::initializer_list<QVariant> values);

} // namespace perisai::testing
