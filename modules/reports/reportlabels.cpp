#include "reports/reportlabels.h"

#include "core/format.h"

#include <QCoreApplication>

namespace perisai::reports {

QString agentStatusLabel(const QString &status)
{
    if (status == QLatin1String("candidate"))
        return QCoreApplication::translate("Report", "Candidate");
    if (status == QLatin1String("active"))
        return QCoreApplication::translate("Report", "Active");
    if (status == QLatin1String("inactive"))
        return QCoreApplication::translate("Report", "Inactive");
    if (status == QLatin1String("dismissed"))
        return QCoreApplication::translate("Report", "Dismissed");
    return status;
}

QString attendanceLabel(const QString &attendance)
{
    if (attendance == QLatin1String("invited"))
        return QCoreApplication::translate("Report", "Invited");
    if (attendance == QLatin1String("present"))
        return QCoreApplication::translate("Report", "Present");
    if (attendance == QLatin1String("excused"))
        return QCoreApplication::translate("Report", "Excused");
    if (attendance == QLatin1String("absent"))
        return QCoreApplication::translate("Report", "Absent");
    return attendance;
}

QString agreementStatusLabel(const QString &status)
{
    if (status == QLatin1String("draft"))
        return QCoreApplication::translate("Report", "Draft");
    if (status == QLatin1String("active"))
        return QCoreApplication::translate("Report", "In force");
    if (status == QLatin1String("renewed"))
        return QCoreApplication::translate("Report", "Renewed");
    if (status == QLatin1String("terminated"))
        return QCoreApplication::translate("Report", "Terminated");
    return status;
}

QString wadahKindLabel(const QString &kind)
{
    if (kind == QLatin1String("koperasi"))
        return QCoreApplication::translate("Report", "Cooperative");
    if (kind == QLatin1String("komunitas"))
        return QCoreApplication::translate("Report", "Community group");
    if (kind == QLatin1String("bumdes"))
        return QCoreApplication::translate("Report", "Village enterprise (BUMDes)");
    if (kind == QLatin1String("kantor_perisai"))
        return QCoreApplication::translate("Report", "Perisai office");
    if (kind == QLatin1String("serikat"))
        return QCoreApplication::translate("Report", "Union");
    if (kind == QLatin1String("lainnya"))
        return QCoreApplication::translate("Report", "Other");
    return kind;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("Report", "Yes") : QCoreApplication::translate("Report", "No");
}

QStringList monthLabels(const PeriodRange &range)
{
    const bool withYear = range.from.year() != range.to.year();
    QStringList labels;
    for (YearMonth m = range.from; m <= range.to; m = m.addMonths(1))
        labels << (withYear ? QStringLiteral("%1 %2").arg(fmt::monthShort(m.month())).arg(m.year() % 100, 2, 10, QLatin1Char('0'))
                            : fmt::monthShort(m.month()));
    return labels;
}

QString changeLabel(qint64 current, qint64 base)
{
    if (base == 0)
        return QStringLiteral("–");
    const double change = indicators::growth(current, base);
    return (change >= 0 ? QStringLiteral("+") : QString()) + fmt::percent(change);
}

QString shortPeriodLabel(const PeriodRange &range)
{
    if (range.from.month() == 1 && range.to.month() == 12 && range.from.year() == range.to.year())
        return QString::number(range.from.year());
    if (range.from == range.to)
        return QStringLiteral("%1 %2").arg(fmt::monthShort(range.from.month())).arg(range.from.year());
    if (range.from.year() == range.to.year())
        return QStringLiteral("%1–%2 %3").arg(fmt::monthShort(range.from.month()), fmt::monthShort(range.to.month()))
            .arg(range.from.year());
    return QStringLiteral("%1 %2–%3 %4").arg(fmt::monthShort(range.from.month())).arg(range.from.year())
        .arg(fmt::monthShort(range.to.month())).arg(range.to.year());
}

QString periodLabel(const PeriodRange &period)
{
    return fmt::period(period);
}

KeyFigure targetAchievementFigure(const indicators::Achievement &achievement, qint64 target, const QString &source)
{
    const QString caption = QCoreApplication::translate("Report", "Target achievement");
    if (target <= 0)
        return {caption, QStringLiteral("–"), QCoreApplication::translate("Report", "no target recorded")};
    QString detail = QCoreApplication::translate("Report", "of a target of %1").arg(fmt::number(target));
    if (!source.isEmpty())
        detail += QStringLiteral(" (%1)").arg(source);
    return {caption, fmt::percent(achievement.ratio), detail};
}

} // namespace perisai::reports
