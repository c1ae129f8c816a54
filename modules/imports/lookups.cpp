#include "lookups.h"

#include "storage/nativestatement.h"
#include "storage/query.h"

namespace perisai::imports {

Result<const QHash<QString, CodeRef> *> Lookups::codes(std::optional<QHash<QString, CodeRef>> &cache, const QString &sql)
{
    if (cache)
        return &*cache;
    QHash<QString, CodeRef> map;
    storage::Query q(m_conn, sql);
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next())
        map.insert(codeKey(q.text(0)), {q.intValue(1), q.intValue(2), q.text(0)});
    cache = std::move(map);
    return &*cache;
}

Result<const QHash<QString, CodeRef> *> Lookups::offices()
{
    return codes(m_offices, QStringLiteral("SELECT code, id, id FROM offices"));
}

Result<const QHash<QString, CodeRef> *> Lookups::wadah()
{
    return codes(m_wadah, QStringLiteral("SELECT code, id, office_id FROM wadah"));
}

Result<const QHash<QString, CodeRef> *> Lookups::agents()
{
    return codes(m_agents, QStringLiteral("SELECT code, id, office_id FROM agents"));
}

Result<std::optional<qint64>> Lookups::defaultOffice()
{
    if (m_defaultOffice)
        return *m_defaultOffice;
    storage::Query q(m_conn, QStringLiteral("SELECT id FROM offices WHERE kind = 'kc'"));
    if (auto st = q.exec(); !st)
        return st.error();
    std::optional<qint64> only;
    int count = 0;
    while (q.next()) {
        only = q.intValue(0);
        ++count;
    }
    m_defaultOffice = count == 1 ? only : std::nullopt;
    return *m_defaultOffice;
}

Result<const QHash<QString, QString> *> Lookups::agentCodesByNik()
{
    if (m_agentNiks)
        return &*m_agentNiks;
    QHash<QString, QString> map;
    storage::Query q(m_conn, QStringLiteral("SELECT nik, code FROM agents"));
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next())
        map.insert(q.text(0), q.text(1));
    m_agentNiks = std::move(map);
    return &*m_agentNiks;
}

Result<const ParticipantIndex *> Lookups::participants()
{
    if (m_participants)
        return &*m_participants;
    ParticipantIndex map;
    const auto st = storage::forEachRow(m_db, "SELECT kpj, id, reg_period, office_id FROM participants", {},
                                        [&map](const storage::NativeRow &row) {
                                           map.add(row.text(0), ParticipantRef{row.integer(1), row.integer(3), int(row.integer(2))});
                                       });
    if (!st)
        return st.error();
    m_participants = std::move(map);
    return &*m_participants;
}

} // namespace perisai::imports
