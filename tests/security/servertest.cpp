#include "servertest.h"

#include "storage/query.h"
#include "storage/scram.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace perisai::testing {

namespace {
QAtomicInt nextLogin;

const char *const kGroups[] = {"admin", "head", "staff", "viewer"};

QString officeCode(Office office)
{
    switch (office) {
    case Office::Kanwil: return QStringLiteral("KANWIL-X");
    case Office::A: return QStringLiteral("KC-A");
    case Office::B: return QStringLiteral("KC-B");
    }
    return {};
}

QString officeTag(Office office)
{
    switch (office) {
    case Office::Kanwil: return QStringLiteral("k");
    case Office::A: return QStringLiteral("a");
    case Office::B: return QStringLiteral("b");
    }
    return {};
}
} // namespace

Login::Login(const QString &role, const QString &host, int port, const QString &database)
    : m_role(role), m_name(QStringLiteral("login-%1-%2").arg(role).arg(nextLogin.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setHostName(host);
    m_db.setPort(port);
    m_db.setUserName(role);
    m_db.setDatabaseName(database);
    if (!m_db.open())
        m_openError = m_db.lastError().text();
}

Login::~Login()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool Login::exec(const QString &sql, QString *error, int *rowsAffected)
{
    QSqlQuery q(m_db);
    const bool ok = q.exec(sql);
    if (!ok && error)
        *error = q.lastError().text();
    if (ok && rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return ok;
}

QStringList Login::rows(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    QStringList out;
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        else
            ADD_FAILURE() << m_role.toStdString() << ": " << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return out;
    }
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

qint64 Login::scalar(const QString &sql)
{
    const QStringList r = rows(sql);
    return r.isEmpty() ? -1 : r.first().toLongLong();
}

void ServerTest::SetUp()
{
    if (!TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            FAIL() << "PostgreSQL tests are required (PERISAI_REQUIRE_PG=1) but PERISAI_TEST_PG is not set";
        GTEST_SKIP() << "no PostgreSQL server given (PERISAI_TEST_PG)";
    }
    m_test = TestDatabase::create(Backend::PostgreSQL);
    ASSERT_TRUE(m_test->db) << m_test->error.toStdString();
    db = m_test->db;
    // Logins belong to the whole server: each test's names are its own.
    m_prefix = QStringLiteral("t") + m_test->pgName().right(8).toLower();
    for (const QString &sql : seedStatements())
        ASSERT_TRUE(superExec(sql)) << sql.toStdString();
    for (Office office : {Office::Kanwil, Office::A, Office::B}) {
        for (const char *group : kGroups) {
            const QString role = roleName(office, QString::fromLatin1(group));
            storage::Query q(db->connection(), QStringLiteral("SELECT perisai_create_user(?, ?, ?, ?, ?)"));
            q.bind({role, QString::fromLatin1(group), officeCode(office),
                    storage::scramSha256Verifier(QStringLiteral("rahasia")), QStringLiteral("Pengguna ") + role});
            const Status st = q.exec();
            ASSERT_TRUE(st.ok()) << st.errorText().toStdString();
            m_roles << role;
        }
    }
}

void ServerTest::TearDown()
{
    m_logins.clear();
    db.reset();
    m_test.reset();
    for (const QString &role : std::as_const(m_roles)) {
        QString error;
        TestDatabase::adminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role), &error);
    }
}

QString ServerTest::roleName(Office office, const QString &group) const
{
    return m_prefix + QLatin1Char('_') + officeTag(office) + QLatin1Char('_') + group;
}

std::unique_ptr<Login> ServerTest::connect(const QString &role) const
{
    const auto location = db->location();
    return std::make_unique<Login>(role, location.host, location.port, location.dbName);
}

Login &ServerTest::as(Office office, const QString &group)
{
    const QString role = roleName(office, group);
    auto it = m_logins.find(role);
    if (it == m_logins.end()) {
        it = m_logins.emplace(role, connect(role)).first;
        EXPECT_TRUE(it->second->connected()) << role.toStdString() << ": " << it->second->openError().toStdString();
    }
    return *it->second;
}

bool ServerTest::superExec(const QString &sql, QString *error)
{
    QSqlQuery q(db->connection());
    const bool ok = q.exec(sql);
    if (!ok) {
        if (error)
            *error = q.lastError().text();
        else
            ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }
    return ok;
}

QStringList ServerTest::superRows(const QString &sql)
{
    QSqlQuery q(db->connection());
    QStringList out;
    if (!q.exec(sql)) {
        ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return out;
    }
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

qint64 ServerTest::superScalar(const QString &sql)
{
    const QStringList r = superRows(sql);
    return r.isEmpty() ? -1 : r.first().toLongLong();
}

const QStringList &sharedTables()
{
    static const QStringList tables{QStringLiteral("app_meta"), QStringLiteral("users"), QStringLiteral("workforce"),
                                    QStringLiteral("program_rules"), QStringLiteral("obstacle_categories"),
                                    QStringLiteral("schema_migrations")};
    return tables;
}

} // namespace perisai::testing
