#include "period.h"

#include "core/format.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>

namespace perisai::figures {

namespace {

struct Figures {
    Q_DECLARE_TR_FUNCTIONS(Figures)
};

} // namespace

Result<YearMonth> lastMonthWithData(const storage::Database &db)
{
    // The summaries hold a row per office and month: a few thousand rows, never the contributions.
    storage::Query q(db.connection(), QStringLiteral(
        "SELECT MAX(CASE WHEN active > 0 THEN period END), MAX(CASE WHEN acquisitions > 0 THEN period END) "
        "FROM summary_office_month"));
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return YearMonth();
    const QVariant paid = q.value(0);
    const QVariant registered = q.value(1);
    if (!paid.isNull())
        return YearMonth::fromKey(paid.toInt());
    return registered.isNull() ? YearMonth() : YearMonth::fromKey(registered.toInt());
}

Result<PeriodRange> dataRange(const storage::Database &db)
{
    storage::Query q(db.connection(), QStringLiteral("SELECT MIN(reg_period) FROM participants"));
    auto first = q.scalar();
    if (!first)
        return first.error();
    auto last = lastMonthWithData(db);
    if (!last)
        return last.error();
    if (first->isNull() || !last->isValid())
        return PeriodRange{};
    return PeriodRange{YearMonth::fromKey(first->toInt()), *last};
}

FiguresPeriod cutAt(const PeriodRange &asked, YearMonth dataUntil)
{
    FiguresPeriod p{asked, asked, dataUntil};
    if (dataUntil.isValid() && dataUntil < asked.to)
        p.range.to = dataUntil;
    return p;
}

Result<FiguresPeriod> fitPeriod(const PeriodRange &asked, YearMonth dataUntil, YearMonth currentMonth)
{
    if (!dataUntil.isValid() || asked.to <= dataUntil)
        return cutAt(asked, dataUntil);
    const QString data = fmt::yearMonth(dataUntil.year(), dataUntil.month());
    if (asked.from > currentMonth)
        return makeError(Figures::tr("%1 lies in the future: the data reach up to %2").arg(fmt::period(asked), data));
    if (asked.from > dataUntil)
        return makeError(Figures::tr("there are no data for %1 yet: the data reach up to %2").arg(fmt::period(asked), data));
    return cutAt(asked, dataUntil);
}

Result<FiguresPeriod> fitPeriod(const storage::Database &db, const PeriodRange &asked, const QDate &today)
{
    auto until = lastMonthWithData(db);
    if (!until)
        return until.error();
    return fitPeriod(asked, *until, YearMonth::fromDate(today));
}

QString cutNote(const FiguresPeriod &period)
{
    if (!period.cut())
        return {};
    return Figures::tr(", data up to %1").arg(fmt::yearMonth(period.dataUntil.year(), period.dataUntil.month()));
}

QString periodText(const FiguresPeriod &period)
{
    return fmt::period(period.range) + cutNote(period);
}

} // namespace perisai::figures
