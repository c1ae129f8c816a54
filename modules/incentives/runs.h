#pragma once
// The incentive runs of an office, one per month: draft (prepared) → approved (frozen lines) → paid.
// Approval writes the month's lines as they stand and never rewrites them; later changes to an approved
// month arrive as adjustment lines of a later month (adjustments.h). Approval and payment are audited.

#include "core/period.h"
#include "incentives/calculator.h"

#include <QDate>
#include <optional>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::incentives {

enum class RunStatus { Draft, Approved, Paid };
QString statusCode(RunStatus status); // "draft", "approved", "paid"
QString statusText(RunStatus status); // translated

struct RunRecord {
    qint64 id = 0; // 0: nobody prepared the month yet
    qint64 officeId = 0;
    YearMonth month;
    qint64 ruleId = 0;
    QString ruleVersion;
    RunStatus status = RunStatus::Draft;
    qint64 agentsTotal = 0;
    qint64 sharesTotal = 0;
    qint64 tax = 0;
    qint64 total = 0;
    qint64 payable = 0;
    QString preparedBy;
    QString preparedAt;
    QString approvedBy;
    QString approvedAt;
    QString paidBy;
    QDate paidOn;
    QString paymentReference;

    bool frozen() const { return status != RunStatus::Draft; }
};

// A correction of an approved month paid in a later month.
struct AdjustmentLine {
    qint64 agentId = 0;
    QString agentCode;
    YearMonth forMonth;
    qint64 amount = 0;
    QString reason;
};

class IncentiveRuns {
public:
    // `user`: who prepares, approves or pays (default: the database's current user).
    explicit IncentiveRuns(const storage::Database &db, QString user = {});

    Result<std::vector<RunRecord>> runs(qint64 officeId) const; // newest first
    Result<std::optional<RunRecord>> run(qint64 officeId, YearMonth month) const;
    // The latest approved (or paid) month of the office; invalid when none.
    Result<YearMonth> lastApproved(qint64 officeId) const;
    // The latest approved month of any office (a new rule version starts after it).
    Result<YearMonth> lastApprovedAnywhere() const;

    // Records the current user as the draft's preparer with its current totals. Refused for a frozen month.
    Result<RunRecord> prepare(qint64 officeId, const MonthIncentives &month) const;
    // Freezes the month: its lines, its wadah lines and the adjustments it pays. Refused when the user may
    // not approve, when the month is not a draft, or on a server when the approver prepared the month.
    Status approve(qint64 officeId, const MonthIncentives &month, const std::vector<AdjustmentLine> &adjustments) const;
    Status markPaid(qint64 officeId, YearMonth month, const QString &reference, const QDate &paidOn) const;

    // The approved lines as they were frozen.
    Result<MonthIncentives> frozenLines(const RunRecord &run, const RuleVersion &rule) const;
    Result<std::vector<AdjustmentLine>> adjustmentsPaidIn(qint64 runId) const;
    // What approved runs of the office already paid as corrections, per agent and corrected month (YYYYMM).
    Result<QMap<QPair<qint64, int>, qint64>> correctionsPaid(qint64 officeId) const;

private:
    const storage::Database &m_db;
    QString m_user;
};

} // namespace perisai::incentives
