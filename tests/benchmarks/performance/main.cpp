// Dashboard refresh against the plain way, side by side on the same demo database (size m):
// ours reads the summary tables (KpiService, all of the dashboard's figures for a year); the peer
// computes the same figures with SELECT ... GROUP BY over the raw contribution rows. Prints the ratio
// (goal: <= 0.05), checks that both give the same figures, and that no chart draws more than two
// points per pixel of its width.
//   performance_benchmark [--database DB] [--runs N] [--office CODE]   (the database is generated when missing)
// --office: another office than the database's default (a kanwil on a province's server, say).
#include "rawqueries.h"

#include "chartcard.h"
#include "chartkit.h"
#include "dashboardpage.h"
#include "demo/generator.h"
#include "figures/kpiservice.h"
#include "figures/scopelists.h"
#include "storage/open.h"
#include "storage/query.h"
#include "ui/appcontext.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <numeric>

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
    std::fprintf(stderr, "performance_benchmark: %s\n", message.toUtf8().constData());
    return 1;
}

// The figures both ways must agree on.
QStringList differences(const figures::DashboardData &d, const bench::RawFigures &raw)
{
    QStringList out;
    auto check = [&out](const char *what, qint64 ours, qint64 theirs) {
        if (ours != theirs)
            out << QStringLiteral("%1: summaries %2, raw %3").arg(QLatin1String(what)).arg(ours).arg(theirs);
    };
    const auto &s = d.summary;
    qint64 acquisitions = 0;
    for (const auto &[month, n] : raw.acquisitions)
        acquisitions += s.period.contains(YearMonth::fromKey(month)) ? n : 0;
    check("acquisitions", s.acquisitions, acquisitions);
    const int last = s.period.to.key();
    check("active participants", s.activeParticipants, raw.activePerisai.count(last) ? raw.activePerisai.at(last) + raw.activeOther.at(last) : 0);
    check("productive agents", s.agentsProductive, raw.productive.count(last) ? raw.productive.at(last) : 0);
    qint64 paid = 0, rawPaid = 0;
    for (const auto &row : d.cohorts)
        for (size_t k = 0; k < row.shares.size(); ++k)
            paid += row.shares[k] ? std::llround(*row.shares[k] * row.size) : 0;
    for (const auto &[key, n] : raw.cohortPaid)
        rawPaid += YearMonth::fromKey(key.first).addMonths(key.second) <= d.lastObserved ? n : 0;
    check("cohort payments", paid, rawPaid);
    qint64 collected = 0, rawCollected = 0;
    for (const auto &a : d.byAgent)
        collected += a.collected;
    for (const auto &[agent, n] : raw.agentCollected)
        rawCollected += n;
    check("collected by agents", collected, rawCollected);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i > 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const QString path = option(QStringLiteral("--database"), QStringLiteral(PERISAI_BENCH_DIR "/performance-m.db"));
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

    auto lists = figures::loadScopeLists(**db);
    if (!lists || !lists->dataRange.to.isValid())
        return fail(QStringLiteral("the database holds no data"));
    const YearMonth last = lists->dataRange.to;
    const PeriodRange period{YearMonth(last.year(), 1), last};
    const PeriodRange months{std::min(period.from.addMonths(-12), YearMonth(last.year() - 1, 1)), last};
    const figures::KpiScope scope{option(QStringLiteral("--office"), lists->defaultOffice), {}, {}};
    const figures::KpiService service(**db);

    // Warm both (page cache, prepared statements), then alternate.
    auto ours = service.dashboard(scope, period);
    auto raw = bench::rawFigures(**db, months, period);
    if (!ours || !raw)
        return fail(ours ? raw.errorText() : ours.errorText());
    std::vector<double> oursMs, rawMs;
    for (int i = 0; i < runs; ++i) {
        oursMs.push_back(timed([&] { ours = service.dashboard(scope, period); }));
        rawMs.push_back(timed([&] { raw = bench::rawFigures(**db, months, period); }));
    }
    const QStringList diff = differences(*ours, *raw);

    const qint64 contributions = [&] {
        auto v = storage::Query((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM contributions")).scalar();
        return v ? v->toLongLong() : 0;
    }();
    std::printf("database: %s, %lld contribution rows; office %s, period %s\n", path.toUtf8().constData(),
                static_cast<long long>(contributions), scope.officeCode.toUtf8().constData(), period.toString().toUtf8().constData());
    std::printf("dashboard figures from summaries (KpiService): %8.1f ms (median of %d)\n", median(oursMs), runs);
    std::printf("same figures by GROUP BY over raw rows:        %8.1f ms (median of %d)\n", median(rawMs), runs);
    std::printf("ratio summaries / raw: %.4f (goal <= 0.05)\n", median(oursMs) / median(rawMs));
    std::printf("figures agree: %s\n", diff.isEmpty() ? "yes" : "NO");
    for (const QString &d : diff)
        std::printf("  %s\n", d.toUtf8().constData());

    // The page itself: a full refresh (queries off the UI thread, then tiles, charts and tables).
    ui::AppContext context(*db);
    performance::DashboardPage page(context);
    page.resize(1380, 960);
    page.show();
    if (!QTest::qWaitFor([&] { return !page.isLoading(); }, 120000))
        return fail(QStringLiteral("the page did not finish loading"));
    page.open({{QStringLiteral("period"), period.toString()}});
    if (!QTest::qWaitFor([&] { return !page.isLoading(); }, 120000))
        return fail(QStringLiteral("the page did not finish loading"));
    std::vector<double> pageMs;
    for (int i = 0; i < runs; ++i) {
        pageMs.push_back(timed([&] {
            page.refresh();
            (void)QTest::qWaitFor([&] { return !page.isLoading(); }, 120000);
        }));
    }
    std::printf("full page refresh (worker + charts + tables):  %8.1f ms (median of %d); ratio to raw: %.4f\n", median(pageMs), runs,
                median(pageMs) / median(rawMs));
    double worst = 0;
    for (auto *card : page.chartCards()) {
        const double width = std::max(1.0, card->view()->chart()->plotArea().width());
        worst = std::max(worst, performance::pointsDrawn(card->view()->chart()) / width);
    }
    std::printf("most points drawn per pixel of plot width: %.2f (limit 2)\n", worst);
    return diff.isEmpty() && worst <= 2.0 ? 0 : 1;
}
