#pragma once
// Partnership agreements (PKS) with wadah: what other parts of the application use, and the edits the
// agreements page makes. Every edit checks the rules first and runs in one transaction (a batch renewal
// too: all wadah renewed, or none).
//
//   auto f = agreements::agreementFigures(db, QDate::currentDate());   // the page's tiles (figures layer)
//   auto r = agreements::agreementReminders(db, QDate::currentDate()); // reminder lists
//   auto doc = agreements::buildStatusReport(db, range, true);         // the PKS status PDF

#include "agreements/agreement.h"
#include "agreements/agreementrules.h"
#include "core/period.h"
#include "core/result.h"

#include <QStringList>
#include <memory>

namespace perisai::storage {
class Database;
}
namespace perisai::reports {
class ReportDocument;
}
namespace perisai::figures {
struct AgreementFigures;
}

namespace perisai::agreements {

struct StoredRow; // agreementrepository.h

// Counts on a day, from the figures layer (the dashboard's and `kpi`'s; glossary: PKS in force, ...).
// active: in force on the day (renewals included); expiring_N: in force, not yet renewed, ending within N
// days (so expiring_30 <= expiring_60 <= expiring_90); expired: ended, never renewed nor terminated;
// renewed: in force and itself a renewal; terminated: terminated on or before the day.
struct AgreementFigures {
    int active = 0;
    int expiring_30 = 0;
    int expiring_60 = 0;
    int expiring_90 = 0;
    int expired = 0;
    int renewed = 0;
    int terminated = 0;
    QString error; // non-empty when the database could not be read (the counts are then zero)
};
AgreementFigures agreementFigures(const storage::Database &db, const QDate &today);

struct ExpiryReminder {
    qint64 agreementId = 0;
    QString number;
    QString wadahCode;
    QString wadahName;
    QDate endsOn;
    qint64 daysLeft = 0;
    int bucket = 0; // 30, 60, 90: the shortest that holds it (31–60 days is 60), -1 already ended
};

// A wadah whose acquisitions stayed below the minimum monthly target of its PKS for the last N complete
// months (N from program_rules, 3 since 2022): its PKS may be terminated. A signal for review, not a verdict.
struct ReviewFlag {
    qint64 wadahId = 0;
    QString wadahCode;
    QString wadahName;
    qint64 agreementId = 0;
    QString agreementNumber;
    std::vector<MonthAgainstTarget> months; // oldest first
};

struct Reminders {
    std::vector<ExpiryReminder> expiring; // soonest first
    std::vector<ExpiryReminder> expired;  // most recently ended first
    std::vector<ReviewFlag> belowTarget;
    int reviewMonths = 3;

    // Ending within `days` (30, 60, 90: each includes the shorter ones, as the tiles count), or ended (-1).
    int count(int days) const;
    bool isEmpty() const { return expiring.empty() && expired.empty() && belowTarget.empty(); }
    // The lines shown when the window opens: "1 PKS ending within 30 days; 3 within 60 days; ...".
    QStringList lines() const;
};
Result<Reminders> agreementReminders(const storage::Database &db, const QDate &today);
// The same from the agreements and their counts already read on `today` (the PKS status report's one read).
Result<Reminders> agreementReminders(const storage::Database &db, const QDate &today, const std::vector<AgreementRow> &rows,
                                     const figures::AgreementFigures &counted);

// The PKS status report for a period: figures, agreements in force, renewed, expiring or expired,
// terminated, and wadah for review. Figures are as of the end of the period, or today if that is earlier.
// Null on a database error (then *error says why).
std::unique_ptr<reports::ReportDocument> buildStatusReport(const storage::Database &db, const PeriodRange &period,
                                                           bool masked, const QDate &today = QDate::currentDate(),
                                                           QString *error = nullptr);

// Rows as the lists show them, statuses derived for `today`.
std::vector<AgreementRow> deriveRows(const std::vector<StoredRow> &stored, const QDate &today);

class AgreementService {
public:
    explicit AgreementService(const storage::Database &db, QDate today = QDate::currentDate());

    Result<std::vector<AgreementRow>> rows() const;
    // Every agreement of one wadah, oldest first: the chain of renewals as a history.
    Result<std::vector<AgreementRow>> chain(qint64 wadahId) const;
    Result<std::vector<WadahInfo>> wadah() const;
    Result<Agreement> agreement(qint64 id) const;
    Result<WadahRules> rulesOn(const QDate &day) const;

    // What is wrong with a candidate (reads the wadah's other agreements and the numbers in use).
    Result<std::vector<RuleIssue>> check(const Agreement &candidate) const;

    Result<qint64> create(const Agreement &agreement);
    Status update(const Agreement &agreement);
    // The next agreement of a chain with a free number, ready for the user to edit.
    Result<Agreement> proposeRenewal(qint64 previousId, const QDate &signedOn) const;
    // Active agreements that are the latest of their wadah and not terminated: what can be renewed.
    Result<std::vector<AgreementRow>> renewable() const;
    // Inserts `next` linked to `previous` and marks `previous` renewed, in one transaction.
    Result<qint64> renew(const Agreement &previous, const Agreement &next);
    // Several wadah at once (one signing ceremony): all or nothing. Pairs are (previous, next).
    Result<std::vector<qint64>> renewBatch(const std::vector<std::pair<Agreement, Agreement>> &renewals);
    Status terminate(const Agreement &agreement, const QDate &on, const QString &reason);

    // Undo and redo. Each first checks that the stored agreement is still exactly as the command left it
    // (`expectedNow`, the version aside: every undo bumps it), so a change made since on another desk is
    // never overwritten. restore: save `target` over it; removeCreated: delete it (and its documents);
    // undoRenewals: pairs of (previous as it was before the renewal, the renewal as created).
    Status restore(const Agreement &expectedNow, const Agreement &target);
    Status removeCreated(const Agreement &expectedNow);
    Status undoRenewals(const std::vector<std::pair<Agreement, Agreement>> &renewals);

private:
    Status renewInTransaction(const Agreement &previous, Agreement next, qint64 *newId);
    Status checkOrFail(const Agreement &candidate) const;

    const storage::Database &m_db;
    QDate m_today;
};

} // namespace perisai::agreements
