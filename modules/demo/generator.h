#pragma once
// Demo data: a whole branch (or province) with agents, wadah, participants, contributions, claims, targets,
// agreements and Monev history, written in one transaction. The same options always give the same data.
//
//   size s  one branch, 2 KCP, 10 wadah, 50 agents, ~10 k participants, 36 months ending at `until`
//   size m  one large branch, 4 KCP, 50 wadah, 500 agents, ~300 k participants, 36 months
//   size l  a province of 10 branches, ~3 million participants (meant for PostgreSQL)
//   preset cilacap  KC Cilacap: 5,628 Perisai acquisitions in 2021, 2,336 in January-June 2022 (data until 2022-06)
//   preset ntb      NTB province: 286,000 active in December 2025, 144,000 of them Perisai-recruited;
//                   1,744 claims on Perisai participants worth Rp64.1 billion (data 2022-01..2025-12)

#include "core/period.h"
#include "core/result.h"

#include <QString>
#include <functional>

namespace perisai::storage {
class Database;
}

namespace perisai::demo {

enum class Size { S, M, L };
enum class Preset { None, Cilacap, Ntb };

struct Options {
    Size size = Size::S;
    Preset preset = Preset::None;
    quint64 seed = 1;
    YearMonth until; // invalid = the last complete month before today
    // Multiplies the participant volume (registrations, claims); tests and quick checks of size l use < 1.
    // Presets ignore it: their figures are exact.
    double volume = 1.0;
};

// What was written, for the command's summary line.
struct Counts {
    qint64 offices = 0;
    qint64 wadah = 0;
    qint64 agents = 0;
    qint64 participants = 0;
    qint64 contributions = 0;
    qint64 claims = 0;
    qint64 agreements = 0;
    qint64 monevSessions = 0;
};

// Fills an empty, migrated database. progress(done, total) returns false to cancel; nothing is left
// half written when cancelled or failed. Runs on the calling thread with that thread's connection.
// The summary tables are refreshed at the end (Summaries::refresh over the whole data range, in half-year
// steps so that progress and cancel keep working). `counts`, when given, receives what was written.
Status generate(const storage::Database &db, const Options &options,
                const std::function<bool(qint64, qint64)> &progress = {}, Counts *counts = nullptr);

// Whether the database holds any branch data (offices, agents, participants, ...); demo data goes only
// into an empty one.
Result<bool> holdsData(const storage::Database &db);

// "s" / "m" / "l", "cilacap" / "ntb" (case-insensitive); false for an unknown name.
bool parseSize(const QString &text, Size *size);
bool parsePreset(const QString &text, Preset *preset);

// The months a generation covers for these options (presets fix their own).
PeriodRange dataRange(const Options &options);

} // namespace perisai::demo
