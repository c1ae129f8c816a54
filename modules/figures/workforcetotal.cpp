#include "workforcetotal.h"

namespace perisai::figures {

namespace {

// The figure for a region in `year`, or the latest before it, or failing that the earliest after it.
const WorkforceFigure *figureFor(const std::vector<WorkforceFigure> &figures, const QString &region, int year)
{
    const WorkforceFigure *before = nullptr;
    const WorkforceFigure *after = nullptr;
    for (const auto &f : figures) {
        if (f.region.compare(region, Qt::CaseInsensitive) != 0)
            continue;
        if (f.year <= year && (!before || f.year > before->year))
            before = &f;
        if (f.year > year && (!after || f.year < after->year))
            after = &f;
    }
    return before ? before : after;
}

void collect(const QList<OfficeNode> &offices, qint64 officeId, const std::vector<WorkforceFigure> &figures, int year,
             WorkforceTotal &total)
{
    for (const auto &o : offices) {
        if (o.id != officeId || o.region.isEmpty())
            continue;
        if (total.regions.contains(o.region, Qt::CaseInsensitive))
            return;
        if (const auto *f = figureFor(figures, o.region, year)) {
            total.regions.append(o.region);
            total.year = std::max(total.year, f->year);
            total.informalWorkers += f->informalWorkers;
            total.workingPopulation += f->workingPopulation;
            return;
        }
    }
    for (const auto &child : offices) {
        if (child.parentId == officeId && child.id != officeId)
            collect(offices, child.id, figures, year, total);
    }
}

} // namespace

WorkforceTotal officeWorkforce(const QList<OfficeNode> &offices, qint64 officeId,
                               const std::vector<WorkforceFigure> &figures, int year)
{
    WorkforceTotal total;
    collect(offices, officeId, figures, year, total);
    return total;
}

} // namespace perisai::figures
