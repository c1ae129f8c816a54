// Demo data writing speed, side by side with the sqlite3 shell's own CSV import of the same rows.
//
//   1. generate size m into a fresh SQLite file (everything: plan, all tables, summaries, snapshots);
//   2. export the rows of offices, wadah, agents, participants and contributions as CSV;
//   3. write those same rows again with the demo writers into a fresh file (ours, with the secondary indexes
//      set aside and rebuilt as generate() does), and
//      import the CSV with `sqlite3 FILE ".import --csv ..."` into another fresh file with the same schema
//      (same pragmas: WAL, synchronous NORMAL, the same page cache). sqlite3 runs without foreign key checks:
//      .import writes empty fields as '' rather than NULL, which a checked agent_id would refuse. Ours keeps
//      them on, as the application does, so the ratio leans against us;
//   4. print rows per second for each and the ratio ours / sqlite3.
//
// Usage: demo_benchmark [s|m|l] [volume]   (default m 1.0)
#include "demo/bulkload.h"
#include "demo/generator.h"
#include "demo/plan.h"
#include "demo/writers.h"
#include "storage/database.h"
#include "storage/open.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace perisai;

namespace {

const char *const kTables[] = {"offices", "wadah", "agents", "participants", "contributions"};

storage::DatabasePtr freshDatabase(const QString &path)
{
    auto db = storage::openAndMigrate(path);
    if (!db) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(db.errorText()));
        std::exit(1);
    }
    return *db;
}

qint64 count(const storage::Database &db, const char *table)
{
    storage::Query q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
    return q.scalar()->toLongLong();
}

// CSV without a header, as sqlite3 .import --csv reads it (NULL is written as an empty field).
qint64 exportCsv(const storage::Database &db, const char *table, const QString &path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    storage::Query q(db.connection(), QStringLiteral("SELECT * FROM ") + QLatin1String(table));
    (void)q.exec();
    qint64 rows = 0;
    QByteArray line;
    while (q.next()) {
        line.clear();
        const int columns = q.raw().record().count();
        for (int c = 0; c < columns; ++c) {
            if (c)
                line += ',';
            const QByteArray value = q.value(c).toString().toUtf8();
            if (value.contains(',') || value.contains('"') || value.contains('\n'))
                line += '"' + QByteArray(value).replace("\"", "\"\"") + '"';
            else
                line += value;
        }
        line += '\n';
        file.write(line);
        ++rows;
    }
    return rows;
}

double cpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// CPU seconds (user + system) of the finished child processes: sqlite3's own work, however busy the machine.
double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
         + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    demo::Options options;
    options.size = demo::Size::M;
    options.until = YearMonth(2025, 12);
    if (args.size() > 1 && !demo::parseSize(args[1], &options.size)) {
        std::fprintf(stderr, "usage: demo_benchmark [s|m|l] [volume]\n");
        return 2;
    }
    if (args.size() > 2)
        options.volume = args[2].toDouble();
    QTemporaryDir dir;

    // 1. The whole generation.
    auto generated = freshDatabase(dir.filePath(QStringLiteral("generated.db")));
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    demo::Counts counts;
    if (auto st = demo::generate(*generated, options, {}, &counts); !st) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(st.errorText()));
        return 1;
    }
    const double generateWall = static_cast<double>(timer.elapsed()) / 1000.0;
    const double generateCpu = cpuSeconds() - cpu;
    std::printf("generate size %s: %lld participants, %lld contributions in %.1f s (cpu %.1f s)\n", qPrintable(args.value(1, QStringLiteral("m"))),
                static_cast<long long>(counts.participants), static_cast<long long>(counts.contributions), generateWall, generateCpu);

    // 2. The same rows as CSV.
    qint64 rows = 0;
    for (const char *table : kTables)
        rows += exportCsv(*generated, table, dir.filePath(QLatin1String(table) + QStringLiteral(".csv")));
    generated.reset();

    // 3a. Ours: the demo writers for those tables (and the few roster rows that come with them), one transaction.
    auto ours = freshDatabase(dir.filePath(QStringLiteral("ours.db")));
    demo::Plan plan = demo::buildPlan(options);
    const QString pragmas = QStringLiteral("PRAGMA cache_size = -524288");
    (void)storage::Query(ours->connection(), pragmas).exec();
    timer.restart();
    cpu = cpuSeconds();
    {
        demo::Sink sink(*ours, {});
        storage::Transaction tx(ours->connection());
        qint64 ignored = 0;
        demo::IndexesAside aside(sink); // as generate() does
        Status st = demo::writeRoster(plan, sink);
        if (st)
            st = aside.take({QStringLiteral("participants"), QStringLiteral("contributions")});
        if (st)
            st = demo::writeParticipants(plan, sink);
        if (st)
            st = demo::writeContributions(plan, sink, &ignored);
        if (st)
            st = aside.restore();
        if (st)
            st = tx.commit();
        if (!st) {
            std::fprintf(stderr, "writing failed: %s\n", qPrintable(st.errorText()));
            return 1;
        }
    }
    const double oursWall = static_cast<double>(timer.elapsed()) / 1000.0;
    const double oursCpu = cpuSeconds() - cpu;
    qint64 oursRows = 0;
    for (const char *table : kTables)
        oursRows += count(*ours, table);
    ours.reset();

    // 3b. sqlite3's own import of the CSV into the same empty schema, with the same pragmas (see the top).
    auto theirs = freshDatabase(dir.filePath(QStringLiteral("sqlite3.db")));
    theirs.reset();
    QStringList shell{QStringLiteral("-bail"), QStringLiteral("-cmd"), QStringLiteral("PRAGMA journal_mode=WAL"),
                      QStringLiteral("-cmd"), QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("-cmd"), pragmas,
                      dir.filePath(QStringLiteral("sqlite3.db"))};
    QString script = QStringLiteral("BEGIN;\n");
    for (const char *table : kTables)
        script += QStringLiteral(".import --csv %1 %2\n").arg(dir.filePath(QLatin1String(table) + QStringLiteral(".csv")), QLatin1String(table));
    script += QStringLiteral("COMMIT;\n");
    QProcess sqlite3;
    const double childCpu = childCpuSeconds();
    timer.restart();
    sqlite3.start(QStringLiteral("sqlite3"), shell);
    sqlite3.write(script.toUtf8());
    sqlite3.closeWriteChannel();
    sqlite3.waitForFinished(-1);
    const double theirsWall = static_cast<double>(timer.elapsed()) / 1000.0;
    const double theirsCpu = childCpuSeconds() - childCpu;
    if (sqlite3.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite3.readAllStandardError().constData());
        return 1;
    }
    auto check = storage::openAndMigrate(dir.filePath(QStringLiteral("sqlite3.db")));
    qint64 theirsRows = 0;
    for (const char *table : kTables)
        theirsRows += count(**check, table);

    const double oursRate = static_cast<double>(oursRows) / oursWall;
    const double theirsRate = static_cast<double>(theirsRows) / theirsWall;
    std::printf("rows (offices, wadah, agents, participants, contributions): ours %lld, sqlite3 %lld, csv %lld\n",
                static_cast<long long>(oursRows), static_cast<long long>(theirsRows), static_cast<long long>(rows));
    std::printf("whole generation: %.0f rows/s of participants and contributions\n",
                static_cast<double>(counts.participants + counts.contributions) / generateWall);
    std::printf("ours (demo writers): %.1f s (cpu %.1f s), %.0f rows/s\n", oursWall, oursCpu, oursRate);
    std::printf("sqlite3 .import --csv: %.1f s (cpu %.1f s), %.0f rows/s\n", theirsWall, theirsCpu, theirsRate);
    std::printf("ratio ours / sqlite3: %.2f (wall clock), %.2f (cpu time)\n", oursRate / theirsRate,
                (static_cast<double>(oursRows) / oursCpu) / (static_cast<double>(theirsRows) / theirsCpu));
    return 0;
}
