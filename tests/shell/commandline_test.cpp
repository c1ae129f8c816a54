// Bad input to every command-line entry: a one-line reason on standard error and a non-zero exit.
#include "testdatabase.h"
#include "storage/query.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome run(const QStringList &args)
{
    QProcess p;
    // Messages are asserted in English; the default language is Indonesian.
    p.start(QStringLiteral(PERISAI_DESK_BINARY), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(CommandLine, SpeaksIndonesianByDefault)
{
    // A fresh settings folder: a language chosen earlier on this machine is not the default.
    QTemporaryDir settings;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PERISAI_DESK_BINARY), {QStringLiteral("check"), QStringLiteral("--database"), QStringLiteral("/nonexistent/x.db")});
    p.waitForFinished(60000);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("tidak ada")));
}

TEST(CommandLine, HelpListsTheCommands)
{
    const Outcome r = run({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    for (const char *c : {"demo", "import", "kpi", "report", "check", "backup"})
        EXPECT_TRUE(r.out.contains(QString::fromLatin1(c))) << c;
}

TEST(CommandLine, UnknownCommandIsAUsageError)
{
    const Outcome r = run({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("frobnicate")));
}

TEST(CommandLine, EveryCommandWantsADatabase)
{
    for (const char *c : {"demo", "import", "kpi", "report", "check", "backup"}) {
        const Outcome r = run({QString::fromLatin1(c)});
        EXPECT_NE(r.exitCode, 0) << c;
        EXPECT_FALSE(r.err.trimmed().isEmpty()) << c;
    }
}

TEST(CommandLine, UnknownOptionIsAUsageError)
{
    QTemporaryDir dir;
    const Outcome r = run({QStringLiteral("check"), QStringLiteral("--database"), dir.filePath(QStringLiteral("x.db")), QStringLiteral("--bogus")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bogus")));
}

TEST(CommandLine, CheckRefusesAMissingFileAndAFileThatIsNoDatabase)
{
    QTemporaryDir dir;
    Outcome r = run({QStringLiteral("check"), QStringLiteral("--database"), dir.filePath(QStringLiteral("missing.db"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist")));

    QFile junk(dir.filePath(QStringLiteral("junk.db")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'j'));
    junk.close();
    r = run({QStringLiteral("check"), QStringLiteral("--database"), junk.fileName()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a"))) << r.err.toStdString();
    EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << "one line: " << r.err.toStdString();
}

TEST(CommandLine, CheckPassesOnAFreshDatabaseAndBackupCopiesIt)
{
    auto t = perisai::testing::TestDatabase::create(perisai::testing::Backend::SQLite);
    ASSERT_TRUE(t->db);
    Outcome r = run({QStringLiteral("check"), QStringLiteral("--database"), t->location});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("copy.db"));
    r = run({QStringLiteral("backup"), QStringLiteral("--database"), t->location, QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
    r = run({QStringLiteral("backup"), QStringLiteral("--database"), t->location, QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 1) << "refuses to overwrite";
    r = run({QStringLiteral("backup"), QStringLiteral("--database"), t->location});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CommandLine, RefusesADatabaseNewerThanTheProgram)
{
    auto t = perisai::testing::TestDatabase::create(perisai::testing::Backend::SQLite);
    ASSERT_TRUE(t->db);
    perisai::storage::Query q(t->db->connection(), QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'now')"));
    ASSERT_TRUE(q.exec().ok());
    const Outcome r = run({QStringLiteral("check"), QStringLiteral("--database"), t->location});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer than this program"))) << r.err.toStdString();
}

TEST(CommandLine, ExplainsAnUnreachableServer)
{
    const Outcome r = run({QStringLiteral("check"), QStringLiteral("--database"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot reach"))) << r.err.toStdString();
}

TEST(CommandLine, RefusesAPasswordInTheUrl)
{
    const Outcome r = run({QStringLiteral("check"), QStringLiteral("--database"), QStringLiteral("postgresql://a:secret@127.0.0.1/x")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("PGPASSWORD")));
}

TEST(CommandLine, CheckWorksOnPostgres)
{
    if (!perisai::testing::TestDatabase::postgresAvailable()) {
        if (perisai::testing::TestDatabase::postgresRequired())
            FAIL() << "PERISAI_TEST_PG is not set";
        GTEST_SKIP();
    }
    auto t = perisai::testing::TestDatabase::create(perisai::testing::Backend::PostgreSQL);
    ASSERT_TRUE(t->db) << t->error.toStdString();
    const Outcome r = run({QStringLiteral("check"), QStringLiteral("--database"), t->location});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}
