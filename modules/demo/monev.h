#pragma once
// Monev meetings as planned in memory: quarterly branch meetings (held, closed, one cancelled, one planned),
// a meeting per KCP and one with a struggling wadah; who came, what was raised and what was agreed.

#include "demo/plan.h"

namespace perisai::demo {

struct MonevSession {
    qint64 id = 0;
    std::string title, scope, status, facilitator, place, summary;
    int office = -1;
    int wadah = -1;
    qint64 heldJd = 0;
    int reviewFrom = 0, reviewTo = 0; // month indexes
    std::vector<std::pair<int, const char *>> attendance; // (agent index, invited/present/excused/absent)
};

struct MonevObstacle {
    qint64 id = 0;
    size_t session = 0;
    int agent = -1;
    int text = 0; // index into obstacleTexts()
};

struct MonevAction {
    qint64 id = 0;
    size_t session = 0;
    size_t obstacle = 0;
    std::string owner;
    qint64 dueJd = 0;
    std::string status;
    qint64 doneJd = 0;
};

struct MonevPlan {
    std::vector<MonevSession> sessions;
    std::vector<MonevObstacle> obstacles;
    std::vector<MonevAction> actions;
};

MonevPlan planMonev(const Plan &plan);

} // namespace perisai::demo
