// The fraud signals against the plainest read of the same months, side by side on one demo database
// (size m): ours computes all five signals of the office over the last 12 months with data (figures::
// signalFigures: each participant once, its last paid month from one pass over the range, the summaries, the rules);
// the peer is one SELECT period, COUNT(*), SUM(amount) FROM contributions ... GROUP BY period over the
// same 12 months — the least any figure over those rows could cost. Prints the ratio (goal <= 2.0).
//   signals_benchmark [--database DB] [--runs N]     (the database is generated when missing)
#include "demo/generator.h"
#include "figures/period.h"
#include "figures/signalfigures.h"
#include "storage/open.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <map>

using namespace perisai;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <typename F>
double timed(F work)
{
    QElapsedTimer t;
    t.start();
    work();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "signals_benchmark: %s\n", message.toUtf8().constData());
    return 1;
}

Result<qint64> groupByScan(const storage::Database &db, const PeriodRange &range)
{
    storage::Query q(db.connection(), QStringLiteral("SELECT period, COUNT(*), SUM(amount) FROM contributions "
                                                     "WHERE period BETWEEN ? AND ? GROUP BY period"));
    q.bind({range.from.key(), range.to.key()});
    if (auto st = q.exec(); !st)
        return st.error();
    qint64 rows = 0;
    while (q.next())
        rows += q.intValue(1);
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i > 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const QString path = option(QStringLiteral("--database"), QStringLiteral(PERISAI_BENCH_DIR "/signals-m.db"));
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("5")).toInt());

    const bool missing = !path.contains(QLatin1String("://")) && !QFileInfo::exists(path);
    auto db = storage::openAndMigrate(path);
    if (!db)
        return fail(db.errorText());
    if (missing) {
        std::fprintf(stderr, "generating demo data of size m in %s (once)...\n", path.toUtf8().constData());
        demo::Options options;
        options.size = demo::Size::M;
        if (auto st = demo::generate(**db, options); !st)
            return fail(QStringLiteral("demo data: ") + st.errorText());
    }
    auto last = figures::lastMonthWithData(**db);
    if (!last || !last->isValid())
        return fail(QStringLiteral("the database holds no data"));
    const PeriodRange period{last->addMonths(-11), *last};

    // Warm both (page cache, prepared statements), then alternate.
    auto ours = figures::signalFigures(**db, {}, period);
    auto peer = groupByScan(**db, period);
    if (!ours || !peer)
        return fail(ours ? peer.errorText() : ours.errorText());
    std::vector<double> oursMs, peerMs;
    for (int i = 0; i < runs; ++i) {
        oursMs.push_back(timed([&] { ours = figures::signalFigures(**db, {}, period); }));
        peerMs.push_back(timed([&] { peer = groupByScan(**db, period); }));
    }
    std::map<QString, int> byKind;
    for (const auto &s : ours->raised)
        ++byKind[figures::signalKey(s.kind)];
    std::printf("database: %s; office %s, period %s, %lld contribution rows in the period\n", path.toUtf8().constData(),
                ours->officeCode.toUtf8().constData(), period.toString().toUtf8().constData(), static_cast<long long>(*peer));
    std::printf("all five signals (figures::signalFigures): %8.1f ms (median of %d)\n", median(oursMs), runs);
    std::printf("one GROUP BY scan of the contributions:    %8.1f ms (median of %d)\n", median(peerMs), runs);
    std::printf("ratio signals / scan: %.2f (goal <= 2.0)\n", median(oursMs) / median(peerMs));
    for (const auto &[kind, n] : byKind)
        std::printf("  %s: %d agent(s)\n", kind.toUtf8().constData(), n);
    return 0;
}
