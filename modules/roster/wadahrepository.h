#pragma once
// SQL for wadah: the list rows and where each PKS stands; edits with optimistic locking and the audit log,
// in the caller's Transaction. The list's figures (agents, acquisitions) come from the figures layer.

#include "core/period.h"
#include "core/result.h"
#include "roster/wadah.h"

#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::roster {

class WadahRepository {
public:
    explicit WadahRepository(const storage::Database &db) : m_db(db) {}

    Result<Wadah> load(qint64 id) const;
    Result<qint64> idByCode(const QString &code) const;
    Result<QString> codeOwner(const QString &code, qint64 exceptId) const;
    // The wadah list with their PKS state on `today`, without figures (rosterdata.cpp adds them).
    Result<std::vector<WadahRow>> list(const QDate &today) const;

    Result<qint64> insert(const Wadah &wadah, const QString &user);
    Result<int> update(const Wadah &wadah, int expectedVersion, const QString &user, const QString &action = QStringLiteral("update"));
    Status remove(qint64 id, int expectedVersion, const QString &user); // undoing an addition

private:
    const storage::Database &m_db;
};

} // namespace perisai::roster
