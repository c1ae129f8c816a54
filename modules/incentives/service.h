#pragma once
// An office's incentive months: computed live from the figures layer while draft, read back frozen once
// approved, with the corrections of approved months paid in the next open month. Used by the command, the
// page and the exports alike, so every view shows the same rupiah.

#include "figures/incentivebasis.h"
#include "incentives/calculator.h"
#include "incentives/runs.h"

namespace perisai::storage {
class Database;
}

namespace perisai::incentives {

struct MonthView {
    QString officeCode;
    QString officeName;
    qint64 officeId = 0;
    QList<qint64> officeIds; // the office and every office below it
    MonthIncentives figures;
    RunRecord run; // id 0: nobody prepared it yet (a draft)
    std::vector<AdjustmentLine> adjustments; // paid in this month
    bool open = false; // the month after the last approved one: the one to approve next
};

class IncentiveService {
public:
    // `user`: who prepares, approves or pays (default: the database's current user).
    explicit IncentiveService(const storage::Database &db, QString user = {}) : m_db(db), m_user(std::move(user)) { }

    // The month as it stands: frozen when approved, otherwise computed now (nothing written).
    Result<MonthView> month(const QString &officeCode, YearMonth month) const;
    // The same, recording the current user as the draft's preparer (a frozen month is returned as it is).
    Result<MonthView> prepare(const QString &officeCode, YearMonth month) const;
    // Approves the office's next open month; returns it frozen.
    Result<MonthView> approve(const QString &officeCode, YearMonth month) const;
    Status markPaid(const QString &officeCode, YearMonth month, const QString &reference, const QDate &paidOn) const;

    // The months to show, newest first: the last two years up to the last month with data (or the open month
    // when later), and every older recorded month. A month nobody prepared yet is a draft with id 0.
    Result<std::vector<RunRecord>> months(const QString &officeCode) const;

    // Drill-down behind an agent's line.
    Result<std::vector<figures::BasisParticipant>> participants(qint64 agentId, YearMonth month) const;
    Result<std::vector<figures::BasisPayment>> payments(qint64 agentId, YearMonth month) const;

private:
    struct Office {
        qint64 id = 0;
        QString code;
        QString name;
        QList<qint64> ids; // the office and every office below it
    };
    Result<Office> office(const QString &code) const;
    Result<MonthIncentives> live(const Office &office, YearMonth month, const RuleVersion &rule,
                                 const QMap<qint64, qint64> &adjustments = {}) const;
    Result<std::vector<AdjustmentLine>> pendingCorrections(const Office &office) const;
    Result<MonthView> view(const Office &office, YearMonth month) const;

    const storage::Database &m_db;
    QString m_user;
};

} // namespace perisai::incentives
