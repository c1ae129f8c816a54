#include "demo/democommand.h"

#include "core/format.h"
#include "demo/generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace perisai::demo {
namespace {

int run(const QStringList &args)
{
    cli::Arguments a(QStringLiteral("demo"),
                     QCoreApplication::translate("Demo", "Fills a new database with demo data: a branch (or a province) with its agents, wadah, "
                        "participants, contributions, claims, targets, agreements and Monev meetings."));
    a.addOption(QStringLiteral("size"), QCoreApplication::translate("Demo", "s (one branch, ~10 thousand participants), m (~300 thousand) or l (a province, ~3 million)."),
                QStringLiteral("s|m|l"));
    a.addOption(QStringLiteral("preset"), QCoreApplication::translate("Demo", "Reproduce the figures of a news article: cilacap or ntb."), QStringLiteral("cilacap|ntb"));
    a.addOption(QStringLiteral("seed"), QCoreApplication::translate("Demo", "Random seed: the same seed gives the same data (default 1)."), QStringLiteral("N"));
    a.addOption(QStringLiteral("until"), QCoreApplication::translate("Demo", "Last month of the data (default: the last complete month)."), QStringLiteral("YYYY-MM"));
    if (auto exit = a.parse(args))
        return *exit;

    Options options;
    if (a.isSet(QStringLiteral("size")) && !parseSize(a.value(QStringLiteral("size")), &options.size))
        return cli::fail(QCoreApplication::translate("Demo", "demo: unknown size \"%1\" (use s, m or l)").arg(a.value(QStringLiteral("size"))), cli::Usage);
    if (a.isSet(QStringLiteral("preset"))) {
        if (!parsePreset(a.value(QStringLiteral("preset")), &options.preset) || options.preset == Preset::None)
            return cli::fail(QCoreApplication::translate("Demo", "demo: unknown preset \"%1\" (use cilacap or ntb)").arg(a.value(QStringLiteral("preset"))), cli::Usage);
        if (a.isSet(QStringLiteral("size")) || a.isSet(QStringLiteral("until")))
            return cli::fail(QCoreApplication::translate("Demo", "demo: a preset fixes its own size and months; leave out --size and --until"), cli::Usage);
    }
    if (a.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = a.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return cli::fail(QCoreApplication::translate("Demo", "demo: --seed takes a whole number, not \"%1\"").arg(a.value(QStringLiteral("seed"))), cli::Usage);
    }
    if (a.isSet(QStringLiteral("until"))) {
        options.until = YearMonth::parse(a.value(QStringLiteral("until")));
        if (!options.until.isValid())
            return cli::fail(QCoreApplication::translate("Demo", "demo: --until takes a month as YYYY-MM, not \"%1\"").arg(a.value(QStringLiteral("until"))), cli::Usage);
    }

    auto db = a.openDatabase();
    if (!db)
        return cli::fail(QStringLiteral("demo: ") + db.errorText());
    auto holds = holdsData(**db);
    if (!holds)
        return cli::fail(QStringLiteral("demo: ") + holds.errorText());
    if (*holds)
        return cli::fail(QCoreApplication::translate("Demo", "demo: %1 already holds data; use a new file").arg(a.value(QStringLiteral("database"))));

    QElapsedTimer timer;
    timer.start();
    cli::Progress progress(QCoreApplication::translate("Demo", "demo data"));
    Counts counts;
    const Status st = generate(**db, options, [&](qint64 done, qint64 total) {
        progress.update(done, total);
        return true;
    }, &counts);
    progress.finish();
    if (!st)
        return cli::fail(QStringLiteral("demo: ") + st.errorText());
    const PeriodRange range = dataRange(options);
    cli::printLine(QCoreApplication::translate("Demo", "demo data %1..%2: %3 offices, %4 wadah, %5 agents, %6 participants, %7 contributions, %8 claims, "
                      "%9 agreements, %10 Monev sessions (%11 s)")
                       .arg(range.from.toString(), range.to.toString(), fmt::number(counts.offices), fmt::number(counts.wadah),
                            fmt::number(counts.agents), fmt::number(counts.participants), fmt::number(counts.contributions),
                            fmt::number(counts.claims), fmt::number(counts.agreements))
                       .arg(fmt::number(counts.monevSessions), fmt::decimal(timer.elapsed() / 1000.0, 1)));
    return int(cli::Success);
}

} // namespace

cli::Command demoCommand()
{
    return {QStringLiteral("demo"), QCoreApplication::translate("Demo", "create demo data (sizes s, m, l; presets cilacap, ntb)"), run};
}

} // namespace perisai::demo
