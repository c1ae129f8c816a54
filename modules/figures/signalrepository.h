#pragma once
// What the fraud signals read, in a handful of statements: each participant of the office once, the last
// month each paid for (one pass over the range's contribution rows), the agents, the registrations that
// carry a NIK an earlier participant had (one pass over the NIKs held twice), the payers per month from the summaries, and
// the incentive threshold of each month from the program rules.

#include "core/period.h"
#include "core/result.h"
#include "kpiscope.h"

#include <QString>
#include <map>
#include <unordered_set>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

struct SignalParticipant {
    qint64 id = 0;
    qint64 agentId = 0; // 0: another channel
    int regPeriod = 0;  // YYYYMM
    int regDay = 0;     // day of the month registered
    int lastPaid = 0;   // the last month paid for (YYYYMM), 0: never
    QString phone;      // kept for the period's recruits only
};

struct SignalAgent {
    qint64 id = 0;
    QString code, name, phone;
    qint64 wadahId = 0;
    QString wadahCode;
};

struct SignalData {
    PeriodRange range;
    YearMonth lastObserved;                          // the last month any contribution is recorded for
    std::vector<SignalParticipant> recruits;         // the office's agents' recruits registered in the range
    std::map<int, qint64> officeLapsed;              // month -> participants of the office whose last paid month it is
    std::map<std::pair<qint64, int>, std::vector<qint64>> agentLapsed; // (agent, month) -> recruits last paid then
    std::map<std::pair<qint64, int>, qint64> agentPayers; // (agent, month) -> recruits paid for the month
    std::map<int, qint64> officePayers;              // month -> participants of the office paid for the month
    std::unordered_set<qint64> reRegistered;         // recruits of the range carrying an earlier participant's NIK
    std::map<int, int> thresholds;                   // month -> new participants the incentive asks (0: none)
    std::vector<SignalAgent> agents;                 // the office's agents
};

Result<SignalData> loadSignalData(const storage::Database &db, const ResolvedScope &scope, const PeriodRange &range);

} // namespace perisai::figures
