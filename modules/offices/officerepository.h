#pragma once
// The one place that writes offices: the tree for the editor, edits with optimistic locking and the audit
// log (in the caller's Transaction), and what refers to an office (so that closing or renaming it is safe).

#include "core/result.h"
#include "offices/office.h"

#include <QList>

namespace perisai::storage {
class Database;
}

namespace perisai::offices {

// What still points at an office.
struct OfficeReferences {
    qint64 wadah = 0;          // any wadah, active or not
    qint64 activeWadah = 0;
    qint64 agents = 0;         // any agent
    qint64 workingAgents = 0;  // agents not dismissed
    qint64 participants = 0;
    qint64 children = 0;       // offices below it
    qint64 openChildren = 0;
    qint64 sessions = 0;       // Monev sessions
    qint64 targets = 0;        // targets recorded under its code
    qint64 total() const { return wadah + agents + participants + children + sessions + targets; }
};

class OfficeRepository {
public:
    explicit OfficeRepository(const storage::Database &db) : m_db(db) {}

    Result<QList<OfficeRow>> list() const; // by code; parents are found by id
    Result<Office> load(qint64 id) const;
    Result<qint64> idByCode(const QString &code) const; // 0 when there is none
    Result<QString> codeOwner(const QString &code, qint64 exceptId) const; // the name of another office with the code
    Result<OfficeReferences> references(qint64 id, const QString &code) const;
    Result<int> count() const;
    // Regions with workforce figures, then regions already given to offices; sorted, each once.
    Result<QStringList> regions() const;
    Result<QStringList> workforceRegions() const; // regions with workforce figures

    Result<qint64> insert(const Office &office, const QString &user);
    Result<int> update(const Office &office, int expectedVersion, const QString &user, const QString &action = QStringLiteral("update"));
    Status remove(qint64 id, int expectedVersion, const QString &user); // undoing an addition

private:
    const storage::Database &m_db;
};

} // namespace perisai::offices
