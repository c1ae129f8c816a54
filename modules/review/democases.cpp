#include "democases.h"

#include "caserepository.h"
#include "figures/period.h"
#include "figures/signalfigures.h"
#include "reviewservice.h"

#include "review/reviewtext.h"

#include <QCoreApplication>
#include <map>

namespace perisai::review {
Status seedDemoCases(const storage::Database &db, const QDate &today)
{
    auto last = figures::lastMonthWithData(db);
    if (!last)
        return last.error();
    if (!last->isValid())
        return {};
    auto table = figures::signalFigures(db, {}, {last->addMonths(-11), *last}, today);
    if (!table)
        return table.error();
    ReviewService service(db, today);
    if (auto synced = service.sync(*table); !synced)
        return synced.error();
    CaseFilter undecided;
    undecided.undecidedOnly = true;
    auto cases = CaseRepository(db).list(undecided);
    if (!cases)
        return cases.error();
    // Oldest first, and per kind the first stays open; the next ones of a kind go under review, get
    // cleared, get confirmed, in turn.
    std::map<QString, int> seen;
    for (auto it = cases->rbegin(); it != cases->rend(); ++it) {
        const ReviewCase &c = *it;
        const int n = seen[c.kind]++;
        if (n == 0 && c.state == CaseState::Open)
            continue;
        Result<ReviewCase> moved = c;
        if (c.state == CaseState::Open)
            moved = service.startReview(c.id, c.version);
        if (!moved)
            return moved.error();
        switch (n % 4) {
        case 1:
            if (auto st = service.addNote(c.id, Review::tr("Asked the wadah head to visit the participants with the agent")); !st)
                return st;
            break;
        case 2:
            moved = service.clear(c.id, moved->version, Review::tr("Visited: the participants exist and chose to stop paying; no sign of fraud"));
            break;
        case 3:
            moved = service.confirm(c.id, moved->version, Review::tr("Participants say they never met the agent; contributions collected were not paid in"));
            break;
        default:
            break;
        }
        if (!moved)
            return moved.error();
    }
    return {};
}

} // namespace perisai::review
