#include "demo/generator.h"

#include "core/crashpoint.h"
#include "demo/bulkload.h"
#include "demo/writers.h"
#include "storage/database.h"
#include "storage/query.h"
#include "figures/summaries.h"
#include "review/democases.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <ctime>

namespace perisai::demo {

bool parseSize(const QString &text, Size *size)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("s"))
        *size = Size::S;
    else if (t == QLatin1String("m"))
        *size = Size::M;
    else if (t == QLatin1String("l"))
        *size = Size::L;
    else
        return false;
    return true;
}

bool parsePreset(const QString &text, Preset *preset)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("cilacap"))
        *preset = Preset::Cilacap;
    else if (t == QLatin1String("ntb"))
        *preset = Preset::Ntb;
    else if (t.isEmpty() || t == QLatin1String("none"))
        *preset = Preset::None;
    else
        return false;
    return true;
}

PeriodRange dataRange(const Options &options)
{
    const Scenario s = scenarioFor(options);
    return {s.first, s.last};
}

Result<bool> holdsData(const storage::Database &db)
{
    storage::Query q(db.connection(), QStringLiteral(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM offices) OR EXISTS (SELECT 1 FROM wadah) OR EXISTS (SELECT 1 FROM agents)"
        " OR EXISTS (SELECT 1 FROM participants) OR EXISTS (SELECT 1 FROM contributions) THEN 1 ELSE 0 END"));
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toInt() != 0;
}

namespace {

// With PERISAI_DEMO_TIMING set, each step's time goes to standard error (for measuring, not for users).
class StepTimer {
public:
    StepTimer() : m_on(qEnvironmentVariableIsSet("PERISAI_DEMO_TIMING")), m_cpu(std::clock()) { m_timer.start(); }
    void done(const char *step)
    {
        crashPoint(QByteArray("demo: ").append(step).constData()); // tests/crash stops here
        if (!m_on)
            return;
        const std::clock_t now = std::clock();
        std::fprintf(stderr, "demo: %-14s %8.2f s (cpu %.2f s)\n", step, static_cast<double>(m_timer.restart()) / 1000.0,
                     static_cast<double>(now - m_cpu) / CLOCKS_PER_SEC);
        m_cpu = now;
    }

private:
    bool m_on;
    std::clock_t m_cpu;
    QElapsedTimer m_timer;
};

// A larger SQLite page cache for the life of this object, then the connection's own setting again
// (no effect on PostgreSQL).
class CacheSize {
public:
    CacheSize(Sink &sink, int kib) : m_sink(sink)
    {
        if (sink.postgres())
            return;
        storage::Query q(sink.connection(), QStringLiteral("PRAGMA cache_size"));
        auto v = q.scalar();
        m_previous = v ? v->toLongLong() : -65536;
        set(-static_cast<qint64>(kib));
    }
    ~CacheSize()
    {
        if (!m_sink.postgres())
            set(m_previous);
    }

private:
    void set(qint64 value)
    {
        // A number from this code, not from input.
        storage::Query q(m_sink.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(value));
        (void)q.exec();
    }
    Sink &m_sink;
    qint64 m_previous = 0;
};

// Summaries::refreshAll() in half-year steps: the same rows, but the refresh of a large dataset reports
// progress and can be cancelled in between. The progress total counted it as half the contributions.
Status refreshSummaries(const Plan &plan, Sink &sink)
{
    figures::Summaries summaries(sink.db());
    auto range = summaries.dataRange();
    if (!range)
        return range.error();
    if (!range->from.isValid())
        return {};
    const int steps = (range->months() + 5) / 6;
    const qint64 perStep = expectedContributions(plan) / 2 / std::max(1, steps);
    for (YearMonth from = range->from; from <= range->to; from = from.addMonths(6)) {
        const YearMonth to = std::min(from.addMonths(5), range->to);
        if (auto st = summaries.refresh({from, to}); !st)
            return st;
        if (!sink.advance(perStep))
            return sink.cancelledError();
    }
    return {};
}

// Every writing step, in order: foreign keys point backwards.
Status writeAll(Plan &plan, Sink &sink, Counts &counts, StepTimer &timer)
{
    if (auto st = writeRoster(plan, sink); !st)
        return st;
    IndexesAside aside(sink);
    if (auto st = aside.take({QStringLiteral("participants"), QStringLiteral("contributions")}); !st)
        return st;
    if (auto st = writeParticipants(plan, sink); !st)
        return st;
    timer.done("participants");
    if (auto st = writeContributions(plan, sink, &counts.contributions); !st)
        return st;
    timer.done("contributions");
    if (auto st = aside.restore(); !st)
        return st;
    timer.done("indexes");
    if (auto st = writeClaims(plan, sink); !st)
        return st;
    if (auto st = writeReference(plan, sink); !st)
        return st;
    if (auto st = writeAgreements(plan, sink, &counts.agreements); !st)
        return st;
    if (auto st = writeMonev(plan, sink, &counts.monevSessions); !st)
        return st;
    if (auto st = writeFlagsAndMeta(plan, sink); !st)
        return st;
    timer.done("other tables");
    if (auto st = refreshSummaries(plan, sink); !st)
        return st;
    timer.done("summaries");
    if (auto st = writeSnapshotsAndAwards(sink); !st)
        return st;
    timer.done("snapshots");
    return advanceSequences(sink);
}

} // namespace

Status generate(const storage::Database &db, const Options &options,
                const std::function<bool(qint64, qint64)> &progress, Counts *counts)
{
    auto holds = holdsData(db);
    if (!holds)
        return holds.error();
    if (*holds)
        return makeError(QCoreApplication::translate("Demo", "the database already holds data; demo data goes only into an empty database"));
    if (progress && !progress(0, 1))
        return makeError(QCoreApplication::translate("Demo", "demo data cancelled; nothing was written"));

    StepTimer timer;
    Plan plan = buildPlan(options);
    timer.done("plan");
    Sink sink(db, progress);
    const qint64 contributions = expectedContributions(plan);
    sink.setTotal(static_cast<qint64>(plan.members.size()) + contributions + contributions / 2
                  + static_cast<qint64>(plan.agents.size()) * 12 + 20'000);

    // A large page cache while writing: the pages a big transaction changes stay in memory until the commit
    // instead of being spilled to the WAL and rewritten; index rebuilds and the summary refresh sort in it.
    CacheSize cache(sink, 1 << 19);
    storage::Transaction tx(sink.connection());
    if (!tx.started())
        return tx.beginError();
    if (sink.postgres()) {
        // Made-up rows are no one's change: the server's audit triggers skip them when the owner (or a
        // superuser) writes them; for any other login the server ignores this and logs every row.
        storage::Query quiet(sink.connection(), QStringLiteral("SELECT set_config('perisai.audit', 'off', true)"));
        if (auto st = quiet.exec(); !st)
            return st;
    }
    Counts written;
    if (auto st = writeAll(plan, sink, written, timer); !st)
        return st; // the transaction rolls back: nothing is left half written
    // Review cases read the signals off the summaries just written, and the incentive months read the
    // cases; both are part of the same transaction (their services' transactions nest as savepoints), so that
    // a demo cut short (a crash, a kill, a full disk) leaves the database empty, ready for the demo again.
    if (auto st = review::seedDemoCases(db, QDate::fromJulianDay(plan.refJd)); !st)
        return st;
    timer.done("review cases");
    if (auto st = writeIncentiveMonths(db, dataRange(options).to); !st)
        return st;
    timer.done("incentives");
    crashPoint("demo: commit");
    if (auto st = tx.commit(); !st)
        return st;
    timer.done("commit");
    sink.finish();

    written.offices = static_cast<qint64>(plan.offices.size());
    written.wadah = static_cast<qint64>(plan.wadah.size());
    written.agents = static_cast<qint64>(plan.agents.size());
    written.participants = static_cast<qint64>(plan.members.size());
    written.claims = static_cast<qint64>(plan.claims.size());
    if (counts)
        *counts = written;
    return {};
}

} // namespace perisai::demo
