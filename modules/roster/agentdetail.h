#pragma once
// Everything the agent detail panel shows, read in one go off the UI thread: the agent, its months
// (summaries), the retention of its recruits (cohort summaries), Monev attendance, status history, notes
// and the audit trail.

#include "core/period.h"
#include "core/result.h"
#include "roster/agent.h"

#include <QDateTime>
#include <QList>
#include <map>

namespace perisai::storage {
class Database;
}

namespace perisai::roster {

struct AgentMonth {
    int period = 0;
    qint64 acquisitions = 0;
    qint64 activeRecruits = 0;
    qint64 collected = 0;
};

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
    QList<AgentMonth> months;               // the 24 months up to the reference month, oldest first
    qint64 recruits = 0;                    // all participants registered by the agent
    qint64 yearTarget = 0;
    std::map<int, double> retention;        // k (1, 3, 6, 12) -> share of recruits paid up k months after joining
    std::map<int, qint64> retentionBase;    // k -> recruits old enough to be counted
    QList<Attendance> monev;
    QList<StatusEntry> history;
    QList<AgentNote> notes;
    QList<AuditLine> audit;

    qint64 yearAcquisitions() const;
    qint64 activeRecruitsNow() const;       // in the reference month
};

Result<AgentDetail> loadAgentDetail(const storage::Database &db, qint64 agentId, YearMonth month);

} // namespace perisai::roster
