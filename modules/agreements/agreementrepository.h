#pragma once
// The agreements table and the little it reads around it (wadah, program rules, monthly acquisitions).
// Reads run on the calling thread's connection. Writes expect the caller's storage::Transaction (the
// service opens it) and write the audit log in it; updates check the version read (optimistic locking).

#include "agreements/agreement.h"
#include "agreements/agreementrules.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace perisai::storage {
class Database;
}

namespace perisai::agreements {

// One agreement with its wadah and how many documents it holds, as the list reads it.
struct StoredRow {
    Agreement agreement;
    QString wadahCode;
    QString wadahName;
    bool wadahActive = true;
    int documentCount = 0;
};

class AgreementRepository {
public:
    explicit AgreementRepository(const storage::Database &db) : m_db(db) {}

    Result<std::vector<StoredRow>> all() const;
    Result<std::vector<Agreement>> forWadah(qint64 wadahId) const;
    Result<Agreement> byId(qint64 id) const;
    Result<Agreement> byNumber(const QString &number) const;
    Result<QSet<QString>> numbers() const;
    Result<std::vector<WadahInfo>> wadah() const;
    Result<WadahInfo> wadahById(qint64 id) const;
    Result<WadahInfo> wadahByCode(const QString &code) const;

    // program_rules 'wadah' in force on `day` (defaults when none is).
    Result<WadahRules> rulesOn(const QDate &day) const;

    // Writes (inside the caller's transaction). insert returns the new id.
    Result<qint64> insert(const Agreement &agreement, const QString &summary);
    // Saves every field; fails with a clear message when the row changed since it was read.
    Status update(const Agreement &agreement, const QString &summary);
    // Removes an agreement and its documents (undoing its creation).
    Status remove(const Agreement &agreement, const QString &summary);

    static QJsonObject toJson(const Agreement &agreement);

private:
    const storage::Database &m_db;
};

} // namespace perisai::agreements
