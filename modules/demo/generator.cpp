#include "demo/generator.h"

#include "demo/writers.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/summaries.h"
#include "storage/transaction.h"

#include <QCoreApplication>

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

// Every writing step; the progress total counts rows, and the summary refresh as much as half the contributions.
Status writeAll(Plan &plan, Sink &sink, Counts &counts)
{
    if (auto st = writeRoster(plan, sink); !st)
        return st;
    if (auto st = writeParticipants(plan, sink); !st)
        return st;
    if (auto st = writeContributions(plan, sink, &counts.contributions); !st)
        return st;
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
    if (auto st = storage::Summaries(sink.db()).refreshAll(); !st)
        return st;
    if (!sink.advance(expectedContributions(plan) / 2))
        return sink.cancelledError();
    if (auto st = writeSnapshotsAndAwards(plan, sink); !st)
        return st;
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

    Plan plan = buildPlan(options);
    Sink sink(db, progress);
    const qint64 contributions = expectedContributions(plan);
    sink.setTotal(static_cast<qint64>(plan.members.size()) + contributions + contributions / 2
                  + static_cast<qint64>(plan.agents.size()) * 12 + 20'000);

    storage::Transaction tx(sink.connection());
    if (!tx.started())
        return tx.beginError();
    Counts written;
    if (auto st = writeAll(plan, sink, written); !st)
        return st; // the transaction rolls back: nothing is left half written
    if (auto st = tx.commit(); !st)
        return st;
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
