// How long the projector takes to read its deck (every slide's figures) on demo size m (one large branch:
// 500 agents, ~300 k participants, 36 months), against a peer run side by side on the same database: one
// plain SELECT of the office's summary rows of the same two years, read into memory (the least any deck
// could read). The ratio is what to compare between versions; the milliseconds depend on the machine.
//
//   projector_benchmark [--database FILE] [--runs N]
// Without --database, demo size m (seed 1, until 2025-12) is generated once into <build>/bench/projector-m.db.
#include "demo/generator.h"
#include "presentation/deckrepository.h"
#include "storage/database.h"
#include "storage/open.h"
#include "storage/query.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace perisai;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int fail(const QString &message)
{
    std::fprintf(stderr, "projector_benchmark: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt > 0 ? std::max(1, args.value(runsAt + 1).toInt()) : 7;
    const int dbAt = args.indexOf(QStringLiteral("--database"));
    const QString path = dbAt > 0 ? args.value(dbAt + 1) : QStringLiteral(PERISAI_BENCH_DIR "/projector-m.db");
    const bool generate = !path.contains(QLatin1String("://")) && !QFile::exists(path);

    auto db = storage::openAndMigrate(path);
    if (!db)
        return fail(db.errorText());
    if (generate) {
        std::fprintf(stderr, "generating demo size m into %s (once)...\n", qPrintable(path));
        demo::Options options;
        options.size = demo::Size::M;
        options.until = YearMonth(2025, 12);
        if (auto st = demo::generate(**db, options); !st)
            return fail(st.errorText());
    }

    presentation::DeckRequest request;
    request.today = QDate(2026, 1, 15);
    auto warm = presentation::loadDeck(**db, request);
    if (!warm)
        return fail(warm.errorText());
    const PeriodRange period = warm->header.period;

    const double deck = medianMs(runs, [&] {
        auto d = presentation::loadDeck(**db, request);
        if (!d)
            std::exit(fail(d.errorText()));
    });
    qint64 rows = 0;
    const double peer = medianMs(runs, [&] {
        storage::Query q((*db)->connection(), QStringLiteral(
            "SELECT office_id, period, channel, acquisitions, active, collected FROM summary_office_month "
            "WHERE period BETWEEN ? AND ?"));
        q.bind({period.from.addMonths(-12).key(), period.to.key()});
        if (auto st = q.exec(); !st)
            std::exit(fail(st.errorText()));
        std::vector<std::array<qint64, 5>> kept;
        while (q.next())
            kept.push_back({q.intValue(0), q.intValue(1), q.intValue(3), q.intValue(4), q.intValue(5)});
        rows = static_cast<qint64>(kept.size());
    });

    std::printf("projector deck, demo size m, %s (%s): median of %d runs %.1f ms\n", qPrintable(period.toString()),
                qPrintable(warm->header.officeCode), runs, deck);
    std::printf("  peer, one plain SELECT of %lld summary rows of the same two years: %.1f ms -> ratio %.2f\n",
                static_cast<long long>(rows), peer, deck / peer);
    return 0;
}
