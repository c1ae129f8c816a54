#pragma once
// Deterministic demo data: sizes s/m/l and the presets that reproduce the source articles' figures.

#include "core/period.h"
#include "core/result.h"

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
    YearMonth until; // invalid: the last complete month before today
};

// progress(done, total) returns false to cancel; nothing is left half written when cancelled or failed.
Status generate(const storage::Database &db, const Options &options,
                const std::function<bool(qint64, qint64)> &progress = {});

} // namespace perisai::demo
