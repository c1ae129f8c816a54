// Crash tests: `perisai-desk import` (a contributions file of some hundred thousand rows), `perisai-desk demo`
// and a schema upgrade, each killed with SIGKILL at several moments spread over the run, on SQLite and on
// PostgreSQL. The moments are named points of the work (core/crashpoint.h) where the program, told so by the
// test, stops itself to be killed: every run kills at the same step, whatever the machine's speed. After each kill: `perisai-desk check` passes, every table holds exactly the rows it held before
// (row count and a SHA-256 of the rows in order), and the same command, run again, completes. A kill during a
// schema upgrade leaves the database at the old version or the new one, and the SQLite file's backup copy is
// complete whenever it carries the backup's name.
//
// PERISAI_CRASH_MONTHS (default 24) sets how many months of contributions the import file holds for each of
// the demo's participants: the default gives some 150,000 rows; 240 gives some 1.5 million, for a longer run
// by hand.
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/query.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <map>

using namespace perisai;
using namespace perisai::testing;

namespace {

struct DeskRun {
    int exitCode = -1;
    bool killed = false;
    qint64 ms = 0;
    QString out;
    QString err;
};

// Runs the built perisai-desk. With `crashAt`, the program stops itself at that crash point
// (core/crashpoint.h) and is killed there with SIGKILL; run.killed tells whether it got that far.
DeskRun desk(const QStringList &args, const QString &crashAt = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("PERISAI_CRASH_POINT"));
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("PERISAI_CRASH_POINT"), crashAt);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PERISAI_DESK_BIN), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    DeskRun run;
    if (!crashAt.isEmpty()) {
        const QString stopped = QStringLiteral("crash point: ") + crashAt + QLatin1Char('\n');
        process.waitForStarted();
        while (process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(100);
            run.err += QString::fromUtf8(process.readAllStandardError());
            if (run.err.contains(stopped)) {
                process.kill(); // SIGKILL: nothing of the program runs after this
                run.killed = true;
                break;
            }
        }
    }
    process.waitForFinished(900000);
    run.ms = timer.elapsed();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

struct TableState {
    qint64 rows = 0;
    QByteArray sha256;
    bool operator==(const TableState &) const = default;
};
using DatabaseState = std::map<QString, TableState>;

// Every table of the database: its rows in the order of all their columns, counted and hashed.
DatabaseState stateOf(const QString &location)
{
    DatabaseState state;
    auto db = storage::Database::open(*storage::Location::parse(location));
    EXPECT_TRUE(db.ok()) << db.errorText().toStdString();
    if (!db)
        return state;
    const bool sqlite = (*db)->backend() == storage::Backend::SQLite;
    storage::Query tables((*db)->connection(), sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                                                      : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                                       "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"));
    EXPECT_TRUE(tables.exec().ok());
    QStringList names;
    while (tables.next())
        names << tables.text(0);
    for (const QString &name : names) {
        storage::Query count((*db)->connection(), QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(name));
        EXPECT_TRUE(count.exec().ok()) << name.toStdString();
        QStringList order;
        for (int i = 1; i <= count.raw().record().count(); ++i)
            order << QString::number(i);
        storage::Query rows((*db)->connection(), QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(name, order.join(QLatin1Char(','))));
        EXPECT_TRUE(rows.exec().ok()) << name.toStdString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        TableState &table = state[name];
        const int columns = rows.raw().record().count();
        while (rows.next()) {
            ++table.rows;
            for (int i = 0; i < columns; ++i) {
                const QVariant v = rows.value(i);
                hash.addData(v.isNull() ? QByteArrayView("\\N") : QByteArrayView(v.toString().toUtf8()));
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
        table.sha256 = hash.result().toHex();
    }
    return state;
}

// The tables whose rows differ, with their counts before and after.
QString differences(const DatabaseState &before, const DatabaseState &after)
{
    QString text;
    for (const auto &[name, table] : after) {
        const auto it = before.find(name);
        if (it == before.end())
            text += QStringLiteral("%1: new table\n").arg(name);
        else if (!(it->second == table))
            text += QStringLiteral("%1: %2 rows before, %3 after%4\n").arg(name).arg(it->second.rows).arg(table.rows)
                        .arg(it->second.rows == table.rows ? QStringLiteral(" (changed)") : QString());
    }
    for (const auto &[name, table] : before)
        if (!after.count(name))
            text += QStringLiteral("%1: gone\n").arg(name);
    return text;
}

qint64 count(const QString &location, const QString &sql)
{
    auto db = storage::Database::open(*storage::Location::parse(location));
    if (!db)
        return -1;
    storage::Query q((*db)->connection(), sql);
    auto v = q.scalar();
    return v ? v->toLongLong() : -1;
}

// How long the tests' runs took, printed at the end of each test for the CI log.
void note(const QString &what, const QElapsedTimer &timer)
{
    std::fprintf(stderr, "[crash] %s: %.1f s\n", what.toUtf8().constData(), double(timer.elapsed()) / 1000.0);
}

} // namespace

class CrashTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        if (GetParam() == Backend::PostgreSQL && !TestDatabase::postgresAvailable()) {
            if (TestDatabase::postgresRequired())
                FAIL() << "PostgreSQL tests are required (PERISAI_REQUIRE_PG=1) but PERISAI_TEST_PG is not set";
            GTEST_SKIP() << "no PostgreSQL server given (PERISAI_TEST_PG)";
        }
    }
    // A new database, migrated or not, that the program run by the test is the only one to use.
    QString newDatabase(bool migrate)
    {
        m_test = TestDatabase::create(GetParam(), migrate);
        EXPECT_TRUE(m_test->error.isEmpty()) << m_test->error.toStdString();
        m_test->db.reset();
        return m_test->location;
    }
    QString name() const { return GetParam() == Backend::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"); }

    // After a kill: the check passes and the database is as it was.
    void expectIntact(const QString &location, const DatabaseState &before, const QString &moment)
    {
        const DeskRun check = desk({QStringLiteral("check"), QStringLiteral("--database"), location});
        EXPECT_EQ(check.exitCode, 0) << moment.toStdString() << ": " << check.err.toStdString() << check.out.toStdString();
        const DatabaseState after = stateOf(location);
        EXPECT_TRUE(after == before) << moment.toStdString() << ":\n" << differences(before, after).toStdString();
    }

    std::unique_ptr<TestDatabase> m_test;
    QTemporaryDir m_files;
};

TEST_P(CrashTest, AKilledDemoLeavesAnEmptyDatabaseAndRunsAgain)
{
    QElapsedTimer timer;
    timer.start();
    const QString location = newDatabase(true);
    const DatabaseState before = stateOf(location);
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--database"), location, QStringLiteral("--size"), QStringLiteral("s")};
    // The demo stops at the end of a step (core/crashpoint.h) and is killed there: before its transaction
    // begins, with the contributions written, with the summaries, with the review cases (written after the
    // data, in the same transaction) and at the commit itself.
    int kills = 0;
    for (const char *point : {"demo: plan", "demo: contributions", "demo: summaries", "demo: review cases", "demo: commit"}) {
        const DeskRun run = desk(demo, QString::fromLatin1(point));
        ASSERT_TRUE(run.killed) << "the demo did not reach \"" << point << "\": " << run.err.toStdString();
        ++kills;
        expectIntact(location, before, QStringLiteral("killed at \"%1\"").arg(QLatin1String(point)));
    }
    const DeskRun whole = desk(demo);
    EXPECT_EQ(whole.exitCode, 0) << whole.err.toStdString();
    EXPECT_GT(count(location, QStringLiteral("SELECT COUNT(*) FROM participants")), 5000);
    EXPECT_GT(count(location, QStringLiteral("SELECT COUNT(*) FROM review_cases")), 0);
    EXPECT_GT(count(location, QStringLiteral("SELECT COUNT(*) FROM incentive_runs")), 0);
    const DeskRun check = desk({QStringLiteral("check"), QStringLiteral("--database"), location});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    note(QStringLiteral("%1: demo killed %2 times, then run whole (%3 s)").arg(name()).arg(kills).arg(double(whole.ms) / 1000.0, 0, 'f', 1), timer);
}

TEST_P(CrashTest, AKilledImportLeavesTheDatabaseAsItWasAndRunsAgain)
{
    QElapsedTimer timer;
    timer.start();
    const QString location = newDatabase(true);
    const DeskRun demo = desk({QStringLiteral("demo"), QStringLiteral("--database"), location, QStringLiteral("--size"), QStringLiteral("s"),
                               QStringLiteral("--until"), QStringLiteral("2023-12")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();

    // Every participant who paid in the demo's last month pays the same amount in each of the months after it.
    const int months = qEnvironmentVariableIntValue("PERISAI_CRASH_MONTHS") > 0 ? qEnvironmentVariableIntValue("PERISAI_CRASH_MONTHS") : 24;
    const QString file = m_files.filePath(QStringLiteral("iuran.csv"));
    qint64 rows = 0;
    {
        auto db = storage::Database::open(*storage::Location::parse(location));
        ASSERT_TRUE(db.ok()) << db.errorText().toStdString();
        storage::Query payers((*db)->connection(), QStringLiteral("SELECT p.kpj, c.amount FROM contributions c JOIN participants p ON p.id = c.participant_id "
                                                                   "WHERE c.period = 202312 ORDER BY p.kpj"));
        ASSERT_TRUE(payers.exec().ok());
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("kpj,periode,jumlah,tanggal_bayar,kanal\n");
        QByteArray chunk;
        while (payers.next()) {
            const QByteArray kpj = payers.text(0).toUtf8();
            const QByteArray amount = QByteArray::number(payers.intValue(1));
            for (int m = 0; m < months; ++m) {
                const int year = 2024 + m / 12, month = m % 12 + 1;
                const QDate paid = QDate(year, month, 1).addMonths(1).addDays(4);
                chunk += kpj + ',' + QByteArray::number(year) + '-' + QByteArray::number(month).rightJustified(2, '0') + ',' + amount + ','
                         + paid.toString(QStringLiteral("dd/MM/yyyy")).toUtf8() + ",agen\n";
                ++rows;
            }
            if (chunk.size() > (1 << 20)) {
                out.write(chunk);
                chunk.clear();
            }
        }
        out.write(chunk);
    }
    ASSERT_GT(rows, 10000);
    const DatabaseState before = stateOf(location);
    const qint64 contributionsBefore = before.at(QStringLiteral("contributions")).rows;
    {
        const DeskRun check = desk({QStringLiteral("check"), QStringLiteral("--database"), location});
        ASSERT_EQ(check.exitCode, 0) << "the demo database does not pass the check: " << check.err.toStdString();
    }

    const QStringList import{QStringLiteral("import"), QStringLiteral("--database"), location, QStringLiteral("--kind"),
                             QStringLiteral("contributions"), QStringLiteral("--verbose"), file};
    // The import stops (core/crashpoint.h) and is killed: with the file read and checked, half its rows
    // written, all of them written, and with the summaries updated at the commit; all in one transaction.
    int kills = 0;
    for (const char *point : {"import: checked", "import: half written", "import: written", "import: commit"}) {
        const DeskRun run = desk(import, QString::fromLatin1(point));
        ASSERT_TRUE(run.killed) << "the import did not reach \"" << point << "\": " << run.err.toStdString();
        ++kills;
        expectIntact(location, before, QStringLiteral("killed at \"%1\"").arg(QLatin1String(point)));
    }
    const DeskRun whole = desk(import);
    EXPECT_EQ(whole.exitCode, 0) << whole.err.toStdString() << whole.out.toStdString();
    EXPECT_EQ(count(location, QStringLiteral("SELECT COUNT(*) FROM contributions")), contributionsBefore + rows);
    const DeskRun check = desk({QStringLiteral("check"), QStringLiteral("--database"), location});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    note(QStringLiteral("%1: import of %2 rows killed %3 times, then run whole (%4 s)")
             .arg(name()).arg(rows).arg(kills).arg(double(whole.ms) / 1000.0, 0, 'f', 1), timer);
}

TEST_P(CrashTest, AKilledSchemaUpgradeLeavesOneVersionOrTheOther)
{
    QElapsedTimer timer;
    timer.start();
    // An older program's database (before the participants browser's indexes) with 50,000 participants: the
    // upgrade copies the file aside (SQLite), then builds indexes over them, all pending steps in one transaction.
    const QString location = newDatabase(false);
    constexpr int kOldVersion = 30;
    constexpr int kParticipants = 50000;
    {
        auto db = storage::Database::open(*storage::Location::parse(location));
        ASSERT_TRUE(db.ok()) << db.errorText().toStdString();
        storage::Migrator migrator(**db);
        ASSERT_TRUE(migrator.run(kOldVersion).ok());
        ASSERT_EQ(migrator.currentVersion(), kOldVersion);
        const QString numbers = GetParam() == Backend::SQLite
                                    ? QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ")
                                    : QStringLiteral("WITH n(i) AS (SELECT generate_series(1, %1)) ");
        for (const QString &sql :
             {QStringLiteral("INSERT INTO offices (code, name, kind, created_at, updated_at) VALUES ('KC-LAMA', 'Kantor Lama', 'kc', '2022-01-01', '2022-01-01')"),
              numbers.arg(kParticipants)
                  + QStringLiteral("INSERT INTO participants (kpj, nik, name, program, registered_on, reg_period, office_id) "
                                   "SELECT CAST(22000000000 + i AS TEXT), CAST(3319010101900000 + i AS TEXT), "
                                   "'Peserta ' || CAST((i * 7919) % %1 AS TEXT), 'JKK+JKM', '2022-01-01', 202201, "
                                   "(SELECT id FROM offices) FROM n").arg(kParticipants),
              // The summary the check compares the registrations with.
              QStringLiteral("INSERT INTO summary_office_month (office_id, period, channel, acquisitions) "
                             "SELECT id, 202201, 'lain', %1 FROM offices").arg(kParticipants)}) {
            storage::Query q((*db)->connection(), sql);
            ASSERT_TRUE(q.exec().ok()) << sql.toStdString();
        }
    }
    const DatabaseState before = stateOf(location);
    const bool sqlite = GetParam() == Backend::SQLite;
    const QDir folder = sqlite ? QFileInfo(location).dir() : QDir();
    const storage::Backend engine = sqlite ? storage::Backend::SQLite : storage::Backend::PostgreSQL;
    const int latest = storage::Migrator::latestVersion(engine);
    auto files = [&folder, sqlite](const char *pattern) {
        return sqlite ? folder.entryList({QString::fromLatin1(pattern)}, QDir::Files) : QStringList();
    };
    int firstPending = 0;
    for (const storage::Migration &m : storage::Migrator::available(engine))
        if (m.version > kOldVersion) {
            firstPending = m.version;
            break;
        }
    ASSERT_GT(firstPending, 0);
    // Where the upgrade is stopped and killed (core/crashpoint.h): on SQLite while the file is copied aside
    // (the copy still empty, then complete but not yet under its name), then with the copy made, after the
    // first pending step, and at the commit of them all.
    QStringList points;
    if (sqlite)
        points << QStringLiteral("backup: started") << QStringLiteral("backup: copied");
    points << QStringLiteral("migration: begin") << QStringLiteral("migration: %1 applied").arg(firstPending) << QStringLiteral("migration: commit");
    const QStringList check{QStringLiteral("check"), QStringLiteral("--database"), location};
    int kills = 0;
    for (const QString &point : points) {
        const DeskRun run = desk(check, point);
        ASSERT_TRUE(run.killed) << "the upgrade did not reach \"" << point.toStdString() << "\": " << run.err.toStdString();
        ++kills;
        // The old version, every row as it was; a copy under the backup's name is whole.
        EXPECT_EQ(count(location, QStringLiteral("SELECT MAX(version) FROM schema_migrations")), kOldVersion) << point.toStdString();
        const DatabaseState after = stateOf(location);
        EXPECT_TRUE(after == before) << point.toStdString() << ":\n" << differences(before, after).toStdString();
        const QStringList copies = files("*.bak");
        EXPECT_EQ(copies.size(), sqlite && point.startsWith(QLatin1String("migration")) ? 1 : 0) << point.toStdString();
        for (const QString &copy : copies) {
            EXPECT_EQ(count(folder.filePath(copy), QStringLiteral("SELECT MAX(version) FROM schema_migrations")), kOldVersion) << copy.toStdString();
            EXPECT_EQ(count(folder.filePath(copy), QStringLiteral("SELECT COUNT(*) FROM participants")), kParticipants) << copy.toStdString();
            QFile::remove(folder.filePath(copy));
        }
        // A copy cut short stays under its temporary name, never the backup's (the next upgrade removes it).
        EXPECT_EQ(files("*.bak.part").size(), sqlite && point.startsWith(QLatin1String("backup")) ? 1 : 0) << point.toStdString();
    }
    const DeskRun again = desk(check);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString() << again.out.toStdString();
    EXPECT_EQ(count(location, QStringLiteral("SELECT MAX(version) FROM schema_migrations")), latest);
    EXPECT_EQ(count(location, QStringLiteral("SELECT COUNT(*) FROM participants")), kParticipants);
    if (sqlite) {
        EXPECT_EQ(files("*.bak").size(), 1) << "upgraded without a backup copy";
        EXPECT_TRUE(files("*.bak.part").isEmpty()) << "the unfinished copy was left behind";
        // The database and its copy hold personal data: readable by their owner alone.
        for (const QString &file : files("*.bak") + QStringList{QFileInfo(location).fileName()})
            EXPECT_EQ(QFileInfo(folder.filePath(file)).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions())
                << file.toStdString();
    }
    note(QStringLiteral("%1: schema upgrade killed %2 times, then run whole (%3 s)").arg(name()).arg(kills).arg(double(again.ms) / 1000.0, 0, 'f', 1),
         timer);
}

INSTANTIATE_TEST_SUITE_P(Backends, CrashTest, allBackends(), backendName);
