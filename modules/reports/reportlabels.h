#pragma once
// Words and figures the reports share, in the user's language: statuses, attendance, month labels,
// changes against last year.

#include "core/indicators.h"
#include "core/period.h"
#include "reports/reportdocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace perisai::reports {

// The translation context of every report text: Report::tr("Agent scorecard").
struct Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString agentStatusLabel(const QString &status);      // active -> "Aktif"
QString attendanceLabel(const QString &attendance);   // present -> "Hadir"
QString agreementStatusLabel(const QString &status);  // renewed -> "Diperpanjang"
QString wadahKindLabel(const QString &kind);          // koperasi -> "Koperasi"
QString yesNo(bool value);

// Month labels for a chart axis: "Jan", ... or "Jan 22" when the range spans more than one year.
QStringList monthLabels(const PeriodRange &range);
// "+12,3%" / "-4,0%" against a base; "–" when there is no base.
QString changeLabel(qint64 current, qint64 base);
// "Januari–Juni 2022", "2022", "Desember 2021–Maret 2022": names a period in a title.
QString periodLabel(const PeriodRange &period);
// "2022" for a whole year, "Jan–Jun 2021" otherwise: names a chart series.
QString shortPeriodLabel(const PeriodRange &range);

// The "Target achievement" box: achievement, and the target it is measured against (with where the target
// comes from when it is the sum of the targets below: figures::targetSourceText()).
KeyFigure targetAchievementFigure(const indicators::Achievement &achievement, qint64 target, const QString &source = {});

} // namespace perisai::reports
