#pragma once
// The months a figure covers. A period reaching past the last month with data is cut at that month (and
// every view says so: "Januari–November 2026, data s.d. November 2026"); a period wholly after it is
// refused with a message that names the last month with data.

#include "core/period.h"
#include "core/result.h"

#include <QDate>
#include <algorithm>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

struct FiguresPeriod {
    PeriodRange asked;   // as the user or the command line gave it
    PeriodRange range;   // what the figures cover: `asked` cut at dataUntil
    YearMonth dataUntil; // the last month with data; invalid for an empty database

    bool cut() const { return dataUntil.isValid() && range.to < asked.to; }
    // The period reaches the last month with data: "as of" figures (open actions, agreements) are then
    // counted today, otherwise on the period's last day.
    bool latest() const { return !dataUntil.isValid() || range.to >= dataUntil; }
    QDate asOf(const QDate &today) const { return latest() ? today : std::min(today, range.to.lastDay()); }
};

// The last month with data: the last month any contribution is recorded for (what makes a participant
// active), else the last month with a registration; invalid when the database holds neither.
Result<YearMonth> lastMonthWithData(const storage::Database &db);
// The months the data cover: the first month with a registration up to lastMonthWithData(); invalid (both
// ends) when the database holds none.
Result<PeriodRange> dataRange(const storage::Database &db);

// `asked` cut at `dataUntil` (nothing cut without data), refusing nothing: for outputs whose other parts are
// not monthly data and that only say where the data end (the PKS status report).
FiguresPeriod cutAt(const PeriodRange &asked, YearMonth dataUntil);
// `asked` cut at `dataUntil`. A period that starts after `dataUntil` is refused: in the future when it
// starts after the current month, else not yet in the data.
Result<FiguresPeriod> fitPeriod(const PeriodRange &asked, YearMonth dataUntil, YearMonth currentMonth);
Result<FiguresPeriod> fitPeriod(const storage::Database &db, const PeriodRange &asked, const QDate &today);

// "Januari–November 2026" and, when cut, ", data s.d. November 2026" (translated).
QString periodText(const FiguresPeriod &period);
// ", data s.d. November 2026" when the period was cut; empty otherwise.
QString cutNote(const FiguresPeriod &period);

} // namespace perisai::figures
