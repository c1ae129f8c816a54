#pragma once
// The small lists the roster's filters and forms choose from, the month its figures refer to, and the
// program rules in force on a date.

#include "core/period.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace perisai::storage {
class Database;
}

namespace perisai::roster {

struct Option {
    qint64 id = 0;
    QString code;
    QString name;
    qint64 officeId = 0;   // wadah: its KCP
    QString extra;         // wadah: partner bank; office: kind
    QString display() const { return code.isEmpty() ? name : code + QStringLiteral(" · ") + name; }
};

class LookupRepository {
public:
    explicit LookupRepository(const storage::Database &db) : m_db(db) {}

    Result<QList<Option>> offices() const;       // open KCP and KC, by code
    Result<QList<Option>> wadah() const;         // by code, with office and partner bank
    Result<QList<Option>> agents() const;        // by code
    Result<QStringList> occupations() const;     // as recorded on participants
    Result<QStringList> banks() const;           // partner banks and banks already used, plus the usual ones
    // The JSON value of program rule `rule` in force on `date`; empty when none.
    Result<QJsonObject> rule(const QString &rule, const QDate &date) const;

private:
    const storage::Database &m_db;
};

} // namespace perisai::roster
