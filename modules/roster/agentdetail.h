#pragma once
// Everything the agent detail panel shows, read in one go off the UI thread: the agent, its figures from
// the figures layer (January up to the reference month, as in the roster and `kpi --by agent`, and the
// months for the chart), Monev attendance, status history, notes and the audit trail.

#include "core/period.h"
#include "figures/agentfigures.h"
#include "core/result.h"
#include "roster/agent.h"
#include "roster/agentcases.h"

#include <QDateTime>
#include <QList>
#include <map>

namespace perisai::storage {
class Database;
}

namespace perisai::roster {

using AgentMonth = figures::UnitMonth;

struct Attendance {
    QDate heldOn;
    QString title;
    QString attendance; // invited, present, excused, absent
};

struct AuditLine {
    QDateTime at;
    QString user;
    QString action;
    QString summary;
};

struct AgentDetail {
    Agent agent;
    QString wadahName;
    QString partnerBank;
    QString officeName;
    YearMonth month;                        // the reference month
    figures::AgentFigures figures;          // January up to the reference month
    QList<AgentMonth> months;               // the 24 months up to the reference month, oldest first
    QList<Attendance> monev;
    QList<StatusEntry> history;
    QList<AgentNote> notes;
    QList<AuditLine> audit;
    QList<AgentCaseLine> openCases;         // review cases not yet decided

};

Result<AgentDetail> loadAgentDetail(const storage::Database &db, qint64 agentId, YearMonth month);

} // namespace perisai::roster
