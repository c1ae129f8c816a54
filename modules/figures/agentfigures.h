#pragma once
// One agent as the agent detail panel and the agent scorecard show it: the per-unit figures of a period (the
// same row `kpi --by agent` and the roster give), the months up to its end for the chart, and the recruits
// registered since the agent joined.

#include "unitfigures.h"

#include <QHash>
#include <vector>

namespace perisai::figures {

struct UnitMonth {
    int period = 0; // YYYYMM
    qint64 acquisitions = 0;
    qint64 activeRecruits = 0; // paid up for the month
    qint64 collected = 0;      // by the agent, rupiah
};

struct AgentFigures {
    FiguresPeriod period;
    UnitFigures figures;
    std::vector<UnitMonth> months; // `monthsShown` months up to the period's end, oldest first
    qint64 recruitsAllTime = 0;    // glossary: Recruits since joining
};

Result<AgentFigures> agentFigures(const storage::Database &db, const QString &agentCode, const PeriodRange &asked,
                                  const QDate &today = QDate::currentDate(), int monthsShown = 24);

// The months of `range` for the agents given (added up), every month present.
Result<std::vector<UnitMonth>> agentMonths(const storage::Database &db, const QList<qint64> &agentIds, const PeriodRange &range);

// Acquisitions per wadah (its agents added up) and month (YYYYMM) of `range`: the PKS monthly-minimum review.
Result<QHash<qint64, QHash<int, int>>> wadahMonths(const storage::Database &db, const PeriodRange &range);

} // namespace perisai::figures
