#pragma once
// The workforce reference figures of an office tree: its region's, or the regions below it. Pure: plain
// data in, plain data out.

#include "core/indicators.h"
#include "kpiscope.h"

#include <QSet>
#include <map>
#include <vector>

namespace perisai::figures {

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

} // namespace perisai::figures
