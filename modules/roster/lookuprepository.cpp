#include "lookuprepository.h"

#include "storage/values.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QJsonDocument>

namespace perisai::roster {
using storage::Query;

namespace {

Result<QList<Option>> options(const storage::Database &db, const QString &sql)
{
    Query q(db.connection(), sql);
    if (auto st = q.exec(); !st)
        return st.error();
    QList<Option> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.text(1), q.text(2), q.value(3).toLongLong(), q.text(4)});
    return list;
}

} // namespace

Result<QList<Option>> LookupRepository::offices() const
{
    return options(m_db, QStringLiteral("SELECT id, code, name, parent_id, kind FROM offices WHERE kind IN ('kc', 'kcp') "
                                        "AND closed_on IS NULL ORDER BY CASE kind WHEN 'kc' THEN 0 ELSE 1 END, code"));
}

Result<QList<Option>> LookupRepository::wadah() const
{
    return options(m_db, QStringLiteral("SELECT id, code, name, office_id, partner_bank FROM wadah ORDER BY code"));
}

Result<QList<Option>> LookupRepository::agents() const
{
    return options(m_db, QStringLiteral("SELECT id, code, name, office_id, status FROM agents ORDER BY code"));
}

Result<QStringList> LookupRepository::occupations() const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT DISTINCT occupation FROM participants WHERE occupation IS NOT NULL AND occupation <> '' ORDER BY occupation"));
    if (auto st = q.exec(); !st)
        return st.error();
    QStringList list;
    while (q.next())
        list << q.text(0);
    return list;
}

Result<QStringList> LookupRepository::banks() const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT partner_bank FROM wadah WHERE partner_bank IS NOT NULL UNION SELECT bank FROM agents WHERE bank IS NOT NULL"));
    if (auto st = q.exec(); !st)
        return st.error();
    QStringList list{QStringLiteral("BNI"), QStringLiteral("BRI"), QStringLiteral("Bank Mandiri"), QStringLiteral("BTN"),
                     QStringLiteral("CIMB Niaga"), QStringLiteral("BSI"), QStringLiteral("Bank Jateng"), QStringLiteral("Bank NTB Syariah")};
    while (q.next())
        if (!q.text(0).trimmed().isEmpty() && !list.contains(q.text(0).trimmed()))
            list << q.text(0).trimmed();
    list.sort(Qt::CaseInsensitive);
    return list;
}

Result<QJsonObject> LookupRepository::rule(const QString &rule, const QDate &date) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT value FROM program_rules WHERE rule = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) "
        "ORDER BY valid_from DESC LIMIT 1"));
    auto v = q.bind({rule, storage::dateOrNull(date), storage::dateOrNull(date)}).scalar();
    if (!v)
        return v.error();
    return QJsonDocument::fromJson(v->toString().toUtf8()).object();
}

} // namespace perisai::roster
