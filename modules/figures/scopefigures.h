#pragma once
// Reference figures of an office tree: its target (its own, or its offices' below added up) and its
// workforce figures (its region's, or the regions below it). Pure: plain data in, plain data out.

#include "core/indicators.h"
#include "kpiscope.h"

#include <QSet>
#include <map>
#include <vector>

namespace perisai::performance {

using TargetTables = std::map<std::pair<QString, QString>, indicators::TargetTable>;

// The targets level of an office kind: kc -> "cabang", kcp -> "kcp"; a kanwil has none of its own.
QString targetLevel(const QString &officeKind);

// Month by month over the range (unrounded): the office's own targets if it has any, else the
// sum of its child offices'.
std::vector<double> officeTargetByMonth(const QList<OfficeNode> &offices, qint64 officeId,
                                        const TargetTables &targets, const PeriodRange &range);

struct WorkforceFigure {
    QString region;
    int year = 0;
    qint64 informalWorkers = 0;
    qint64 workingPopulation = 0;
};
struct WorkforceTotal {
    QStringList regions;
    int year = 0; // the latest year used
    qint64 informalWorkers = 0;
    qint64 workingPopulation = 0;
};
// The office's region if it has figures, else the regions of the offices below it (never both, so
// nothing is counted twice). Each region's figure of the year, or of the latest year before it.
WorkforceTotal officeWorkforce(const QList<OfficeNode> &offices, qint64 officeId,
                               const std::vector<WorkforceFigure> &figures, int year);

} // namespace perisai::performance
