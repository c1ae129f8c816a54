#pragma once
// The review cases in the database: review_cases, their participants (the evidence) and their notes, and
// the participant flags of review_flags that become cases. Runs in the caller's transaction for writes;
// the service around it writes the audit log.

#include "core/result.h"
#include "reviewcase.h"

#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::review {

// A participant flag not yet a case, with its participant's agent.
struct PendingFlag {
    qint64 flagId = 0;
    QString kind;
    qint64 participantId = 0;
    qint64 agentId = 0;
    int regPeriod = 0;
    QString detail;
    QString status; // review_flags.status: open, reviewed, dismissed
    QString reviewedBy, reviewNote;
};

class CaseRepository {
public:
    explicit CaseRepository(const storage::Database &db) : m_db(db) {}

    Result<std::vector<ReviewCase>> list(const CaseFilter &filter) const; // newest first, without participants
    Result<ReviewCase> load(qint64 id) const;                            // with its participants
    // The newest case of a signal kind for an agent, with its participants; id 0 when there is none.
    Result<ReviewCase> latestSignalCase(qint64 agentId, const QString &kind) const;
    Result<std::vector<CaseNote>> notes(qint64 caseId) const;
    Result<std::vector<PendingFlag>> pendingFlags() const;

    Result<qint64> insert(const ReviewCase &c);
    // State, reason, decided_by/at, value, baseline, count, detail and period_to as in `c`; version + 1.
    // Fails (an edit conflict) when the stored version is not c.version.
    Status update(const ReviewCase &c);
    Status addParticipants(qint64 caseId, const QList<qint64> &participantIds);
    Status addNote(qint64 caseId, const QString &author, const QString &text);
    // Keeps review_flags.status in step with the case of a flag.
    Status setFlagStatus(qint64 flagId, const QString &status, const QString &by, const QString &note);

private:
    const storage::Database &m_db;
};

} // namespace perisai::review
