#pragma once
// What import rows are checked against, read once per import inside its transaction: office, wadah and
// agent codes, agents' NIKs, and participants by KPJ (hundreds of thousands: kept as UTF-8 in a hash map).

#include "core/result.h"

#include <QHash>
#include "participantindex.h"

#include <QSqlDatabase>
#include <optional>

namespace perisai::storage {
class Database;
}

namespace perisai::imports {

struct CodeRef {
    qint64 id = 0;
    qint64 officeId = 0; // the office it belongs to (an office's own id for offices)
    QString code;        // as stored
};

class Lookups {
public:
    Lookups(const storage::Database &db, QSqlDatabase conn) : m_db(db), m_conn(std::move(conn)) {}

    // Codes are compared in upper case without surrounding spaces ("kcp-kudus " = "KCP-KUDUS").
    static QString codeKey(const QString &code) { return code.trimmed().toUpper(); }

    Result<const QHash<QString, CodeRef> *> offices();
    // The branch office (the only 'kc'), used when a row does not say which office it belongs to.
    Result<std::optional<qint64>> defaultOffice();
    Result<const QHash<QString, CodeRef> *> wadah();
    Result<const QHash<QString, CodeRef> *> agents();
    Result<const QHash<QString, QString> *> agentCodesByNik(); // NIK -> agent code
    Result<const ParticipantIndex *> participants();

private:
    Result<const QHash<QString, CodeRef> *> codes(std::optional<QHash<QString, CodeRef>> &cache, const QString &sql);

    const storage::Database &m_db;
    QSqlDatabase m_conn;
    std::optional<QHash<QString, CodeRef>> m_offices, m_wadah, m_agents;
    std::optional<QHash<QString, QString>> m_agentNiks;
    std::optional<std::optional<qint64>> m_defaultOffice;
    std::optional<ParticipantIndex> m_participants;
};

} // namespace perisai::imports
