// How long the branch summary PDF takes on demo size m (one large branch: 500 agents, ~300 k participants,
// 36 months), against two peers measured side by side in the same process on the same database:
//   1. the indicator computation alone (KpiService::dashboard): what the report adds on top of its figures;
//   2. a plain QTextDocument PDF of the same text without charts or styling: what the layout costs.
//
//   report_benchmark [--database FILE] [--runs N]
// Without --database, demo size m (seed 1, until 2025-12) is generated once into <build>/bench/report-m.db
// and reused on later runs.
#include "demo/generator.h"
#include "figures/kpiservice.h"
#include "shell/modules.h"
#include "reports/reportcatalog.h"
#include "storage/open.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
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
    std::fprintf(stderr, "report_benchmark: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt > 0 ? std::max(1, args.value(runsAt + 1).toInt()) : 5;
    const int dbAt = args.indexOf(QStringLiteral("--database"));
    const QString path = dbAt > 0 ? args.value(dbAt + 1) : QStringLiteral(PERISAI_BENCH_DIR "/report-m.db");
    const bool generate = !QFile::exists(path);

    auto db = storage::openAndMigrate(path);
    if (!db)
        return fail(db.errorText());
    demo::Options options;
    options.size = demo::Size::M;
    options.until = YearMonth(2025, 12);
    if (generate) {
        std::fprintf(stderr, "generating demo size m into %s (once)...\n", qPrintable(path));
        QElapsedTimer t;
        t.start();
        if (auto st = demo::generate(**db, options); !st)
            return fail(st.errorText());
        std::fprintf(stderr, "generated in %.0f s\n", static_cast<double>(t.elapsed()) / 1000.0);
    }

    shell::registerReports();
    reports::ReportRequest request;
    request.type = QStringLiteral("summary");
    request.period = PeriodRange::year(2025);
    request.today = QDate(2026, 1, 15);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
    const QString plainPdf = dir.filePath(QStringLiteral("plain.pdf"));

    QString text;
    int pages = 0;
    double building = 0;
    const double report = medianMs(runs, [&] {
        QElapsedTimer t;
        t.start();
        auto doc = reports::buildReport(**db, request);
        building = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!doc)
            std::exit(fail(doc.errorText()));
        if (auto st = (*doc)->writePdf(pdf); !st)
            std::exit(fail(st.errorText()));
        pages = (*doc)->pageCount();
    });
    {
        auto doc = reports::buildReport(**db, request);
        text = (*doc)->plainText(); // the peer's input, outside the timing
    }
    const double kpi = medianMs(runs, [&] {
        auto data = figures::KpiService(**db).dashboard({}, request.period, request.today);
        if (!data)
            std::exit(fail(data.errorText()));
    });
    const double plain = medianMs(runs, [&] {
        QTextDocument doc;
        doc.setPlainText(text);
        QPdfWriter writer(plainPdf);
        writer.setResolution(1200);
        doc.print(&writer);
    });

    std::printf("branch summary PDF, demo size m, %s, %d pages: median of %d runs %.0f ms\n",
                qPrintable(request.period.toString()), pages, runs, report);
    std::printf("  of which reading the figures and laying out (last run): %.0f ms; painting the PDF: the rest\n", building);
    std::printf("  peer 1, indicators alone (KpiService::dashboard): %.0f ms -> ratio %.2f\n", kpi, report / kpi);
    std::printf("  peer 2, plain QTextDocument PDF of the same text, no charts: %.0f ms -> ratio %.2f\n", plain, report / plain);
    return 0;
}
