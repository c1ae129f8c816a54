#include "core/format.h"

#include <QCoreApplication>
#include <cmath>
#include <cstdlib>

namespace perisai::fmt {
namespace {

QLocale &current()
{
    static QLocale loc(QLocale::Indonesian, QLocale::Indonesia);
    return loc;
}

// Gives the free functions below a translation context.
struct Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
};

// One decimal, without a trailing ",0".
QString oneDecimal(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    if (std::fabs(rounded - std::round(rounded)) < 1e-9)
        return current().toString(static_cast<qint64>(std::llround(rounded)));
    return current().toString(rounded, 'f', 1);
}

} // namespace

void setLocale(const QLocale &locale)
{
    current() = locale;
}

QLocale locale()
{
    return current();
}

bool indonesian()
{
    return current().language() == QLocale::Indonesian;
}

QString number(qint64 value)
{
    return current().toString(value);
}

QString decimal(double value, int decimals)
{
    return current().toString(value, 'f', decimals);
}

QString rupiah(qint64 amount)
{
    const QString sign = amount < 0 ? QStringLiteral("-") : QString();
    return sign + QStringLiteral("Rp") + current().toString(static_cast<qint64>(std::llabs(amount)));
}

QString rupiahShort(qint64 amount)
{
    const double a = std::fabs(static_cast<double>(amount));
    const QString sign = amount < 0 ? QStringLiteral("-") : QString();
    if (a >= 1e12)
        return sign + QStringLiteral("Rp") + oneDecimal(a / 1e12) + QLatin1Char(' ') + Format::tr("trillion");
    if (a >= 1e9)
        return sign + QStringLiteral("Rp") + oneDecimal(a / 1e9) + QLatin1Char(' ') + Format::tr("billion");
    if (a >= 1e6)
        return sign + QStringLiteral("Rp") + oneDecimal(a / 1e6) + QLatin1Char(' ') + Format::tr("million");
    return rupiah(amount);
}

QString countShort(qint64 value)
{
    const double v = std::fabs(static_cast<double>(value));
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    if (v >= 1e6)
        return sign + oneDecimal(v / 1e6) + Format::tr(" M", "count in millions");
    if (v >= 1e4)
        return sign + oneDecimal(v / 1e3) + Format::tr(" k", "count in thousands");
    return number(value);
}

QString percent(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return QStringLiteral("–");
    return current().toString(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString monthName(int month)
{
    return current().monthName(month, QLocale::LongFormat);
}

QString monthShort(int month)
{
    static const char *const id[] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
    static const char *const en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (month < 1 || month > 12)
        return {};
    return QString::fromLatin1(indonesian() ? id[month - 1] : en[month - 1]);
}

QString yearMonth(int year, int month)
{
    return monthName(month) + QLatin1Char(' ') + QString::number(year);
}

QString percent(const std::optional<double> &fraction, int decimals)
{
    return fraction ? percent(*fraction, decimals) : QStringLiteral("–");
}

QString period(const PeriodRange &range)
{
    const YearMonth from = range.from;
    const YearMonth to = range.to;
    if (!from.isValid() || !to.isValid())
        return {};
    if (from.year() == to.year() && from.month() == 1 && to.month() == 12)
        return QString::number(to.year());
    if (from == to)
        return yearMonth(to.year(), to.month());
    if (from.year() == to.year())
        return monthName(from.month()) + QChar(0x2013) + yearMonth(to.year(), to.month());
    return yearMonth(from.year(), from.month()) + QChar(0x2013) + yearMonth(to.year(), to.month());
}

} // namespace perisai::fmt
