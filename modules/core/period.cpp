#include "core/period.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace perisai {

YearMonth YearMonth::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    YearMonth ym(m.captured(1).toInt(), m.captured(2).toInt());
    return ym.isValid() ? ym : YearMonth();
}

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

Result<PeriodRange> PeriodRange::parse(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression yearOnly(QStringLiteral("^\\d{4}$"));
    if (yearOnly.match(t).hasMatch())
        return PeriodRange::year(t.toInt());
    // One month alone ("2026-10"): a monthly report or the month's kpi.
    if (const YearMonth month = YearMonth::parse(t); month.isValid())
        return PeriodRange{month, month};
    const auto parts = t.split(QStringLiteral(".."));
    if (parts.size() != 2)
        return makeError(QCoreApplication::translate("Period", "period \"%1\" is not YYYY-MM..YYYY-MM, YYYY-MM or YYYY").arg(text));
    const YearMonth from = YearMonth::parse(parts[0]);
    const YearMonth to = YearMonth::parse(parts[1]);
    if (!from.isValid() || !to.isValid())
        return makeError(QCoreApplication::translate("Period", "period \"%1\" is not YYYY-MM..YYYY-MM, YYYY-MM or YYYY").arg(text));
    if (to < from)
        return makeError(QCoreApplication::translate("Period", "period \"%1\" ends before it starts").arg(text));
    return PeriodRange{from, to};
}

QString PeriodRange::toString() const
{
    return from.toString() + QStringLiteral("..") + to.toString();
}

} // namespace perisai
