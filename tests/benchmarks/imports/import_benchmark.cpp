// A year of a large branch's contributions (about 3.5 million rows of CSV) imported by `perisai-desk import`
// and, side by side on identical copies of the same database, by the raw tools:
//
//   SQLite      sqlite3: .import of the same file into a staging table + INSERT ... SELECT joining participants
//               for the ids (what loading this file with sqlite3 takes), and, strictest, .import of the file
//               already resolved to the table's columns straight into contributions.
//   PostgreSQL  psql: \copy of the same file into a staging table + INSERT ... SELECT, and \copy of the
//               resolved file straight into contributions. (Runs when PERISAI_TEST_PG names a server:
//               scripts/with-postgres.sh.)
//
// perisai-desk checks every row (KPJ known, month, amount, date, duplicates), records the batch, and brings the
// dashboard summaries of the imported months up to date; the raw tools do none of that. Each figure is printed
// as a RATIO ours / theirs (median of the repetitions), with the part before the summary refresh shown too.
//
//   imports_benchmark [--participants N] [--repeat R] [--dir DIR] [--keep]
#include "benchdata.h"
#include "benchruns.h"

#include "storage/database.h"
#include "storage/location.h"
#include "storage/open.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

const QString desk = QStringLiteral(PERISAI_DESK_BIN);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

void print(const char *format, auto... args)
{
    std::printf(format, args...);
    std::fflush(stdout);
}

struct Series {
    QList<double> ours, oursImport, oursCpu, staged, stagedCpu, raw, rawCpu;
};

void report(const char *backend, const char *tool, const Series &s)
{
    print("\n%s, median of %lld runs:\n", backend, static_cast<long long>(s.ours.size()));
    print("  perisai-desk import            %7.2f s wall (%.2f s before the summary refresh), %.2f s CPU\n", median(s.ours),
          median(s.oursImport), median(s.oursCpu));
    print("  %-30s %7.2f s wall, %.2f s CPU\n", (QString::fromLatin1(tool) + QStringLiteral(" + join")).toLatin1().constData(),
          median(s.staged), median(s.stagedCpu));
    print("  %-30s %7.2f s wall, %.2f s CPU\n", (QString::fromLatin1(tool) + QStringLiteral(" resolved file")).toLatin1().constData(),
          median(s.raw), median(s.rawCpu));
    print("  RATIO ours / %s of the same file (+ join): %.2f  (import part alone: %.2f)\n", tool, median(s.ours) / median(s.staged),
          median(s.oursImport) / median(s.staged));
    print("  RATIO ours / %s of a pre-resolved file:    %.2f  (import part alone: %.2f)\n", tool, median(s.ours) / median(s.raw),
          median(s.oursImport) / median(s.raw));
}

bool ok(const bench::Timing &t, const char *what)
{
    if (t.exitCode == 0)
        return true;
    std::fprintf(stderr, "%s failed: %s\n", what, t.errors.toUtf8().constData());
    return false;
}

int runSqlite(const bench::Files &files, const QString &dir, int repeat, Series &s)
{
    const QString base = QDir(dir).filePath(QStringLiteral("base.db"));
    {
        auto db = perisai::storage::openAndMigrate(base);
        if (!db || !bench::loadBase(**db, files))
            return std::fprintf(stderr, "cannot build the SQLite base database\n"), 1;
        auto resolved = bench::writeResolved(**db, files, dir);
        if (!resolved)
            return 1;
    }
    const QString resolved = QDir(dir).filePath(QStringLiteral("contributions_resolved.csv"));
    const QString run = QDir(dir).filePath(QStringLiteral("run.db"));
    const QByteArray staged = ".bail on\n.mode csv\nBEGIN;\n"
                              "CREATE TEMP TABLE staging (kpj TEXT, periode TEXT, jumlah TEXT, tanggal_bayar TEXT, kanal TEXT);\n"
                              ".import --skip 1 '" + files.contributions.toUtf8() + "' staging\n"
                              "INSERT INTO contributions (period, participant_id, amount, paid_on, channel) "
                              "SELECT CAST(replace(s.periode, '-', '') AS INTEGER), p.id, CAST(s.jumlah AS INTEGER), s.tanggal_bayar, s.kanal "
                              "FROM staging s JOIN participants p ON p.kpj = s.kpj;\nCOMMIT;\n";
    const QByteArray raw = ".bail on\n.mode csv\n.import --skip 1 '" + resolved.toUtf8() + "' contributions\n";
    for (int r = 0; r < repeat; ++r) {
        // The order changes each round so that neither side always runs on a warmer machine.
        for (int step = 0; step < 3; ++step) {
            const int which = (step + r) % 3;
            bench::copyFile(base, run);
            if (which == 0) {
                const auto t = bench::run(desk, {QStringLiteral("import"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), run, QStringLiteral("--kind"),
                                                 QStringLiteral("contributions"), QStringLiteral("--verbose"), files.contributions});
                if (!ok(t, "perisai-desk import"))
                    return 1;
                s.ours << t.wall, s.oursImport << t.beforeSummaries, s.oursCpu << t.cpu;
                print("  sqlite run %d: perisai-desk %.2f s (summaries from %.2f s)\n", r + 1, t.wall, t.beforeSummaries);
            } else {
                const auto t = bench::run(QStringLiteral("sqlite3"), {run}, which == 1 ? staged : raw);
                if (!ok(t, "sqlite3"))
                    return 1;
                (which == 1 ? s.staged : s.raw) << t.wall;
                (which == 1 ? s.stagedCpu : s.rawCpu) << t.cpu;
                print("  sqlite run %d: sqlite3 %s %.2f s\n", r + 1, which == 1 ? ".import + join" : ".import resolved", t.wall);
            }
        }
    }
    return 0;
}

int runPostgres(const bench::Files &files, const QString &dir, int repeat, Series &s)
{
    const auto admin = perisai::storage::Location::parse(qEnvironmentVariable("PERISAI_TEST_PG"));
    if (!admin)
        return 1;
    bench::Postgres pg;
    pg.host = admin->host, pg.port = admin->port, pg.user = admin->user;
    pg.admin(QStringLiteral("DROP DATABASE IF EXISTS perisai_bench_base"));
    if (!pg.admin(QStringLiteral("CREATE DATABASE perisai_bench_base")))
        return 1;
    {
        auto db = perisai::storage::openAndMigrate(pg.url(QStringLiteral("perisai_bench_base")));
        if (!db || !bench::loadBase(**db, files))
            return std::fprintf(stderr, "cannot build the PostgreSQL base database\n"), 1;
        // Without the SQLite part (--no-sqlite) nothing has written the resolved file yet; the ids are the same.
        if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("contributions_resolved.csv"))) && !bench::writeResolved(**db, files, dir))
            return 1;
    }
    const QString resolved = QDir(dir).filePath(QStringLiteral("contributions_resolved.csv"));
    const QByteArray staged = "BEGIN;\nCREATE TEMP TABLE staging (kpj TEXT, periode TEXT, jumlah TEXT, tanggal_bayar TEXT, kanal TEXT);\n"
                              "\\copy staging FROM '" + files.contributions.toUtf8() + "' WITH (FORMAT csv, HEADER true)\n"
                              "INSERT INTO contributions (period, participant_id, amount, paid_on, channel) "
                              "SELECT replace(s.periode, '-', '')::integer, p.id, s.jumlah::bigint, s.tanggal_bayar::date, s.kanal "
                              "FROM staging s JOIN participants p ON p.kpj = s.kpj;\nCOMMIT;\n";
    const QByteArray raw = "\\copy contributions (period, participant_id, amount, paid_on, channel, batch_id) FROM '" + resolved.toUtf8()
                           + "' WITH (FORMAT csv, HEADER true)\n";
    for (int r = 0; r < repeat; ++r) {
        for (int step = 0; step < 3; ++step) {
            const int which = (step + r) % 3;
            pg.admin(QStringLiteral("DROP DATABASE IF EXISTS perisai_bench_run"));
            if (!pg.admin(QStringLiteral("CREATE DATABASE perisai_bench_run TEMPLATE perisai_bench_base")))
                return 1;
            if (which == 0) {
                const auto t = bench::run(desk, {QStringLiteral("import"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), pg.url(QStringLiteral("perisai_bench_run")),
                                                 QStringLiteral("--kind"), QStringLiteral("contributions"), QStringLiteral("--verbose"), files.contributions});
                if (!ok(t, "perisai-desk import"))
                    return 1;
                s.ours << t.wall, s.oursImport << t.beforeSummaries, s.oursCpu << t.cpu;
                print("  postgres run %d: perisai-desk %.2f s (summaries from %.2f s)\n", r + 1, t.wall, t.beforeSummaries);
            } else {
                const auto t = bench::run(QStringLiteral("psql"), pg.psqlArgs(QStringLiteral("perisai_bench_run")), which == 1 ? staged : raw);
                if (!ok(t, "psql"))
                    return 1;
                (which == 1 ? s.staged : s.raw) << t.wall;
                (which == 1 ? s.stagedCpu : s.rawCpu) << t.cpu;
                print("  postgres run %d: psql %s %.2f s\n", r + 1, which == 1 ? "\\copy + join" : "\\copy resolved", t.wall);
            }
        }
    }
    pg.admin(QStringLiteral("DROP DATABASE IF EXISTS perisai_bench_run"));
    pg.admin(QStringLiteral("DROP DATABASE IF EXISTS perisai_bench_base"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("participants"), QStringLiteral("Participants of the branch."), QStringLiteral("N"), QStringLiteral("330000")},
                       {QStringLiteral("repeat"), QStringLiteral("Runs of each side."), QStringLiteral("R"), QStringLiteral("3")},
                       {QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."), QStringLiteral("DIR")},
                       {QStringLiteral("no-sqlite"), QStringLiteral("Skip the SQLite comparison.")}});
    parser.addHelpOption();
    parser.process(app);
    QTemporaryDir temp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);
    bench::Sizes sizes;
    sizes.participants = parser.value(QStringLiteral("participants")).toInt();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    auto files = bench::generate(dir, sizes);
    if (!files)
        return std::fprintf(stderr, "%s\n", files.errorText().toUtf8().constData()), 1;
    print("A year of contributions: %lld rows for %d participants (%s)\n", static_cast<long long>(files->contributionRows),
          sizes.participants, files->contributions.toUtf8().constData());

    Series sqlite, postgres;
    if (!parser.isSet(QStringLiteral("no-sqlite")) && runSqlite(*files, dir, repeat, sqlite) != 0)
        return 1;
    const bool withPostgres = !qEnvironmentVariableIsEmpty("PERISAI_TEST_PG");
    if (withPostgres && runPostgres(*files, dir, repeat, postgres) != 0)
        return 1;
    if (!sqlite.ours.isEmpty())
        report("SQLite", "sqlite3 .import", sqlite);
    if (withPostgres)
        report("PostgreSQL", "psql \\copy", postgres);
    else
        print("\nPostgreSQL: not run (start it under scripts/with-postgres.sh to set PERISAI_TEST_PG)\n");
    return 0;
}
