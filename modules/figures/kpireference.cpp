// The small tables beside the summaries: targets, rules, workforce, claims, Monev, agreements.
#include "kpirepository.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace perisai::figures {

using storage::Query;

Result<std::vector<WorkforceFigure>> KpiRepository::workforce() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT region, year, COALESCE(informal_workers, 0), COALESCE(working_population, 0) "
                                              "FROM workforce ORDER BY region, year"));
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<WorkforceFigure> out;
    while (q.next())
        out.push_back({q.text(0), q.value(1).toInt(), q.intValue(2), q.intValue(3)});
    return out;
}

Result<std::map<QString, ProgramClaims>> KpiRepository::claims(const PeriodRange &range) const
{
    const Filter f = recruitFilter();
    // Claims are few: read them first and look their participants up (CROSS JOIN keeps SQLite from
    // walking every participant of the offices instead; PostgreSQL plans it as a plain join).
    Query q(m_db.connection(), QStringLiteral("SELECT c.program, COUNT(*), SUM(c.amount) FROM claims c "
                                              "CROSS JOIN participants p WHERE p.id = c.participant_id AND ")
                                   + f.sql + QStringLiteral(" AND c.claim_date BETWEEN ? AND ? GROUP BY c.program"));
    q.bind(f.values);
    q.bind({storage::iso(range.from.firstDay()), storage::iso(range.to.lastDay())});
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<QString, ProgramClaims> out;
    while (q.next())
        out[q.text(0)] = {q.intValue(1), q.intValue(2)};
    return out;
}

Result<std::vector<indicators::AgreementTerm>> KpiRepository::agreements() const
{
    Filter f = officeFilter(QStringLiteral("w.office_id"));
    if (m_scope.wadahId)
        f = {QStringLiteral("w.id = ?"), {m_scope.wadahId}};
    else if (m_scope.agentId)
        f = {QStringLiteral("w.id IN (SELECT wadah_id FROM agents WHERE id = ?)"), {m_scope.agentId}};
    Query q(m_db.connection(), QStringLiteral("SELECT a.id, COALESCE(a.previous_id, 0), a.starts_on, a.ends_on, a.status, a.terminated_on, "
                                              "a.number, w.code, w.name, a.signed_on "
                                              "FROM agreements a JOIN wadah w ON w.id = a.wadah_id WHERE ")
                                   + f.sql);
    q.bind(f.values);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<indicators::AgreementTerm> out;
    while (q.next()) {
        const QString status = q.text(4);
        out.push_back({q.intValue(0), q.intValue(1), storage::readDate(q.value(2)), storage::readDate(q.value(3)),
                       status == QLatin1String("draft"), status == QLatin1String("terminated"), storage::readDate(q.value(5)),
                       q.text(6), q.text(7), q.text(8), storage::readDate(q.value(9))});
    }
    return out;
}

} // namespace perisai::figures
