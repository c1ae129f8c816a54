#pragma once
// What the agent and wadah scorecards read: the roster rows, the summary tables (never the raw
// contribution rows), targets, Monev attendance and the PKS chain. Runs on the calling thread's
// connection, so a worker thread reads through its own.

#include "core/period.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <map>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::reports {

struct OfficeRef {
    qint64 id = 0;
    QString code;
    QString name;
};

struct AgentIdentity {
    qint64 id = 0;
    QString code, nik, name, sex, phone, address, bank, accountNo, kpj, status;
    QDate birthDate, joinedOn, briefedOn, statusSince;
    bool bpuParticipant = false, hasAccount = false, hasDevice = false;
    qint64 wadahId = 0;
    QString wadahCode, wadahName;
    OfficeRef office;
};

struct StatusChange {
    QDate from;
    QString status;
    QString reason;
    bool automatic = false;
    QString changedBy;
};

struct AgentMonth {
    qint64 acquisitions = 0;
    qint64 activeRecruits = 0; // recruits paid up for the month
    qint64 collected = 0;      // rupiah the agent collected
};

struct AttendanceRow {
    QDate heldOn;
    QString title;
    QString attendance; // invited, present, excused, absent
};

struct WadahIdentity {
    qint64 id = 0;
    QString code, name, kind, address, village, supervisor, leader, phone, partnerBank, legalStatus, status;
    OfficeRef office;
};

struct AgentSummaryRow {
    qint64 id = 0;
    QString code, name, status;
    QDate joinedOn;
};

struct AgreementRow {
    qint64 id = 0;
    qint64 previousId = 0;
    QString number, status, signatoryBranch, signatoryWadah, terminationReason;
    QDate signedOn, startsOn, endsOn, terminatedOn;
    qint64 targetParticipants = 0;
};

// Choices the Reports page offers.
struct Choice {
    QString key;   // code, or session id as text
    QString label; // "AG-0001 · Siti Aminah"
};

class ReportData {
public:
    explicit ReportData(const storage::Database &db) : m_db(db) {}

    // An unknown code is an error naming it.
    Result<AgentIdentity> agent(const QString &code) const;
    Result<std::vector<StatusChange>> statusHistory(qint64 agentId) const;
    // Per month (YYYYMM) of the range, added up over the agents.
    Result<std::map<int, AgentMonth>> agentMonths(const QList<qint64> &agentIds, const PeriodRange &range) const;
    // Per agent: the range added up.
    Result<std::map<qint64, AgentMonth>> perAgent(const QList<qint64> &agentIds, const PeriodRange &range) const;
    // Recruits paid up k months after registration: (cohort YYYYMM, k) -> count, for cohorts in range.
    Result<std::map<std::pair<int, int>, qint64>> cohortPaid(const QList<qint64> &agentIds, const PeriodRange &cohorts) const;
    // The last month any contribution is recorded for, or an invalid month.
    Result<YearMonth> lastObserved() const;
    // Targets of a level ('agen', 'wadah', 'kcp', 'cabang') and code: key YYYYMM, or YYYY00 for a whole year.
    Result<std::map<int, qint64>> targets(const QString &level, const QString &code, int fromYear, int toYear) const;
    // Monev sessions held in the range to which the agent was invited.
    Result<std::vector<AttendanceRow>> attendance(qint64 agentId, const PeriodRange &range) const;

    Result<WadahIdentity> wadah(const QString &code) const;
    Result<std::vector<AgentSummaryRow>> wadahAgents(qint64 wadahId) const;
    // The wadah's agreements, oldest first.
    Result<std::vector<AgreementRow>> agreements(qint64 wadahId) const;

    Result<std::vector<Choice>> offices() const;
    Result<std::vector<Choice>> agentChoices() const;
    Result<std::vector<Choice>> wadahChoices() const;
    Result<std::vector<Choice>> sessionChoices() const;
    // The months that hold registrations (for the page's default period); invalid when empty.
    Result<PeriodRange> dataRange() const;

private:
    const storage::Database &m_db;
};

// The first failure among several results, or success.
template <typename... Results>
Status firstError(const Results &...results)
{
    Status status;
    ((status = status.ok() && !results.ok() ? Status(results.error()) : status), ...);
    return status;
}

// The target for a range: a year with monthly figures adds those in range; otherwise its whole-year
// target is spread evenly over twelve months. Rounded to whole participants.
qint64 targetForRange(const std::map<int, qint64> &targets, const PeriodRange &range);

// Target achievement over the months that have a target (a period may reach into a year without one).
struct TargetProgress {
    qint64 target = 0;
    qint64 acquisitions = 0; // in the months with a target
    bool partial = false;    // some months of the period have none
};
TargetProgress targetProgress(const std::map<int, qint64> &targets, const std::map<int, AgentMonth> &months,
                              const PeriodRange &range);

} // namespace perisai::reports
