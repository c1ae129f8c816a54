#include "testdatabase.h"

#include "storage/query.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace perisai::testing {

// Administrative connection to the throwaway server, used to create and drop test databases.
bool TestDatabase::adminExec(const QString &sql, QString *error)
{
    const auto admin = storage::Location::parse(qEnvironmentVariable("PERISAI_TEST_PG"));
    if (!admin) {
        *error = admin.errorText();
        return false;
    }
    const QString name = QStringLiteral("perisai-test-admin");
    bool ok = false;
    {
        QSqlDatabase conn = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                         : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        conn.setHostName(admin->host);
        conn.setPort(admin->port);
        conn.setUserName(admin->user);
        conn.setDatabaseName(admin->dbName);
        if (!conn.isOpen() && !conn.open()) {
            *error = conn.lastError().text();
            return false;
        }
        QSqlQuery q(conn);
        ok = q.exec(sql);
        if (!ok)
            *error = q.lastError().text();
    }
    return ok;
}

bool TestDatabase::postgresAvailable()
{
    return !qEnvironmentVariableIsEmpty("PERISAI_TEST_PG");
}

bool TestDatabase::postgresRequired()
{
    return qEnvironmentVariable("PERISAI_REQUIRE_PG") == QLatin1String("1");
}

std::unique_ptr<TestDatabase> TestDatabase::create(Backend backend, bool migrate)
{
    std::unique_ptr<TestDatabase> t(new TestDatabase);
    if (backend == Backend::SQLite) {
        t->m_dir = std::make_unique<QTemporaryDir>();
        t->location = t->m_dir->filePath(QStringLiteral("test.db"));
    } else {
        if (!postgresAvailable()) {
            t->error = QStringLiteral("PERISAI_TEST_PG is not set");
            return t;
        }
        // Identifiers cannot be bound; this one is generated here, never user input.
        t->m_pgName = QStringLiteral("perisai_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!adminExec(QStringLiteral("CREATE DATABASE ") + t->m_pgName, &t->error))
            return t;
        auto admin = storage::Location::parse(qEnvironmentVariable("PERISAI_TEST_PG"));
        admin->dbName = t->m_pgName;
        t->location = admin->toString();
    }
    auto location = storage::Location::parse(t->location);
    auto db = storage::Database::open(*location);
    if (!db) {
        t->error = db.errorText();
        return t;
    }
    if (migrate) {
        if (auto st = (*db)->migrate(); !st) {
            t->error = st.errorText();
            return t;
        }
    }
    t->db = *db;
    return t;
}

Result<storage::DatabasePtr> TestDatabase::openAs(const QString &login) const
{
    auto location = storage::Location::parse(this->location);
    if (!location)
        return location.error();
    if (m_pgName.isEmpty()) {
        auto other = storage::Database::open(*location);
        if (other)
            (*other)->setCurrentUser(login);
        return other;
    }
    QString error;
    // Roles belong to the whole server: the first test to need this one makes it.
    if (!adminExec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                  "CREATE ROLE \"%1\" LOGIN IN ROLE perisai_owner; END IF; END $$").arg(login),
                   &error))
        return makeError(error);
    // The role tests of another test program on the same server can leave this login without its membership
    // (after tests/security ran, "budi" was no longer a member): it is given again each time.
    if (!adminExec(QStringLiteral("GRANT perisai_owner TO \"%1\"").arg(login), &error))
        return makeError(error);
    location->user = login;
    return storage::Database::open(*location);
}

TestDatabase::~TestDatabase()
{
    db.reset();
    if (!m_pgName.isEmpty()) {
        QString error;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"), &error);
    }
}

void BackendTest::SetUp()
{
    if (GetParam() == Backend::PostgreSQL && !TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            FAIL() << "PostgreSQL tests are required (PERISAI_REQUIRE_PG=1) but PERISAI_TEST_PG is not set";
        GTEST_SKIP() << "no PostgreSQL server given (PERISAI_TEST_PG)";
    }
    m_test = TestDatabase::create(GetParam());
    ASSERT_TRUE(m_test->db) << m_test->error.toStdString();
    db = m_test->db;
}

void BackendTest::TearDown()
{
    db.reset();
    m_test.reset();
}

::testing::internal::ParamGenerator<Backend> allBackends()
{
    return ::testing::Values(Backend::SQLite, Backend::PostgreSQL);
}

std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::SQLite ? "SQLite" : "PostgreSQL";
}

qint64 scalar(const storage::Database &db, const QString &sql)
{
    return scalar(db, sql, {});
}

qint64 scalar(const storage::Database &db, const QString &sql, std::initializer_list<QVariant> values)
{
    storage::Query q(db.connection(), sql);
    q.bind(values);
    auto v = q.scalar();
    if (!v) {
        ADD_FAILURE() << v.errorText().toStdString();
        return -1;
    }
    return v->toLongLong();
}

} // namespace perisai::testing
