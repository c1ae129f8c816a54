#pragma once
// The life of review cases: the signals and participant flags of a period become cases (sync), and a
// person moves each along: open -> under review -> cleared (a reason is required) or confirmed, with
// notes. Every change is one transaction with its line in the audit log. A confirmed case's participants
// count for nothing in incentives (exclusions.h); its agent's dismissal is suggested, and made only through
// the roster's status rules.

#include "core/result.h"
#include "figures/signalfigures.h"
#include "reviewcase.h"

#include <QDate>

namespace perisai::storage {
class Database;
}

namespace perisai::review {

// What a sync should do with the newest case of an agent and signal kind given the signal's evidence.
enum class SyncAction {
    Create, // no case yet, or the last was confirmed and the signal names someone new
    Extend, // an undecided case gains participants
    Reopen, // a cleared case names someone new: open again
    Keep,   // nothing new: the figures are refreshed, a cleared case stays cleared
};
SyncAction decideSync(const ReviewCase &latest, const QList<qint64> &evidence);
// The state `signals` reports for a signal without writing anything.
CaseState reportedState(const ReviewCase &latest, const QList<qint64> &evidence);

struct SyncOutcome {
    int created = 0;
    int reopened = 0;
    int extended = 0;
};

struct DismissalSuggestion {
    qint64 agentId = 0;
    QString agentCode;
    int agentVersion = 0;
    QString reason;     // proposed, naming the case
    bool allowed = false;
    QString refusal;    // why the roster's rules refuse it (already dismissed, ...)
};

class ReviewService {
public:
    explicit ReviewService(const storage::Database &db, QDate today = QDate::currentDate()) : m_db(db), m_today(today) {}

    // Cases for every signal of `table` and every participant flag not yet a case.
    Result<SyncOutcome> sync(const figures::SignalTable &table);

    Result<ReviewCase> startReview(qint64 caseId, int expectedVersion);
    Result<ReviewCase> clear(qint64 caseId, int expectedVersion, const QString &reason);
    Result<ReviewCase> confirm(qint64 caseId, int expectedVersion, const QString &reason);
    Status addNote(qint64 caseId, const QString &text);
    // The evidence's NIK and phone numbers were shown in full: a note on the case and a line in the audit log.
    Status logEvidenceReveal(qint64 caseId);

    // The status change the roster would make for a confirmed case's agent; nothing is written.
    Result<DismissalSuggestion> dismissalSuggestion(qint64 caseId) const;
    // Makes it through the roster's service (its rules, its history, its audit line).
    Status dismissAgent(const DismissalSuggestion &suggestion);

private:
    Result<ReviewCase> move(qint64 caseId, int expectedVersion, CaseState to, const QString &reason);
    QString user() const;

    const storage::Database &m_db;
    QDate m_today;
};

} // namespace perisai::review
