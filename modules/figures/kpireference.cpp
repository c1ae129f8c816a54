// The small tables beside the summaries: targets, rules, workforce, claims, Monev, agreements.
#include "kpirepository.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace perisai::performance {

using storage::Query;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Result<std::map<KpiRepository::TargetKey, indicators::TargetTable>> KpiRepository::scopeTargets(const PeriodRange &range) const
{
    // The scope's offices at their levels, or its one wadah or agent.
    QString who;
    QVariantList values{range.from.year(), range.to.year()};
    if (m_scope.agentId) {
        who = QStringLiteral("level = 'agen' AND code = ?");
        values << m_scope.agentCode;
    } else if (m_scope.wadahId) {
        who = QStringLiteral("level = 'wadah' AND code = ?");
        values << m_scope.wadahCode;
    } else {
        who = QStringLiteral("level IN ('cabang', 'kcp') AND code IN (") + placeholders(m_scope.offices.size()) + QLatin1Char(')');
        for (const auto &o : m_scope.offices)
            values << o.code;
    }
    Query q(m_db.connection(), QStringLiteral("SELECT year, month, level, code, target FROM targets WHERE year BETWEEN ? AND ? AND ") + who);
    bindValues(q, values);
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<TargetKey, indicators::TargetTable> out;
    while (q.next()) {
        auto &t = out[{q.text(2), q.text(3)}];
        const int year = q.value(0).toInt();
        const int month = q.value(1).toInt();
        if (month == 0)
            t.annual[year] = q.intValue(4);
        else
            t.monthly[year * 100 + month] = q.intValue(4);
    }
    return out;
}

Result<std::map<KpiRepository::TargetKey, qint64>> KpiRepository::memberTargets(const PeriodRange &range) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT level, code, year, MAX(CASE WHEN month = 0 THEN target END), MAX(month),"
                           " SUM(CASE WHEN month > 0 AND year * 100 + month BETWEEN ? AND ? THEN target ELSE 0 END) "
                           "FROM targets WHERE level IN ('wadah', 'agen') AND year BETWEEN ? AND ? GROUP BY level, code, year"));
    q.bind({range.from.key(), range.to.key(), range.from.year(), range.to.year()});
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<TargetKey, std::vector<indicators::YearTarget>> years;
    while (q.next()) {
        indicators::YearTarget y;
        y.year = q.value(2).toInt();
        if (!q.value(3).isNull())
            y.annual = q.intValue(3);
        y.hasMonthly = q.value(4).toInt() > 0;
        y.monthlyInRange = q.intValue(5);
        years[{q.text(0), q.text(1)}].push_back(y);
    }
    std::map<TargetKey, qint64> out;
    for (const auto &[key, list] : years)
        out[key] = indicators::targetForPeriod(list, range);
    return out;
}

Result<double> KpiRepository::targetCap(const QDate &day) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT value FROM program_rules WHERE rule = 'target' AND valid_from <= ?"
                                              " AND (valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from DESC"));
    q.bind({iso(day), iso(day)});
    auto v = q.scalar();
    if (!v)
        return v.error();
    const auto rule = QJsonDocument::fromJson(v->toString().toUtf8()).object();
    return rule.value(QStringLiteral("agent_cap")).toDouble(1.0);
}

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
    bindValues(q, f.values);
    q.bind({iso(range.from.firstDay()), iso(range.to.lastDay())});
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<QString, ProgramClaims> out;
    while (q.next())
        out[q.text(0)] = {q.intValue(1), q.intValue(2)};
    return out;
}

Result<KpiRepository::Monev> KpiRepository::monev(const PeriodRange &range, const QDate &asOf) const
{
    // Sessions of the scope: the offices' own and their wadah's; narrowed, those the agents were invited to.
    Filter sessions;
    Filter attendees{QStringLiteral("1 = 1"), {}};
    Filter actions{QStringLiteral("1 = 1"), {}};
    if (m_scope.narrowedToAgents()) {
        const Filter a = agentFilter(QStringLiteral("agent_id"));
        sessions = {QStringLiteral("s.id IN (SELECT session_id FROM monev_attendance WHERE ") + a.sql + QLatin1Char(')'), a.values};
        attendees = agentFilter(QStringLiteral("a.agent_id"));
        actions = {QStringLiteral("x.obstacle_id IN (SELECT id FROM monev_obstacles WHERE ") + a.sql + QLatin1Char(')'), a.values};
    } else {
        const Filter o = officeFilter(QStringLiteral("office_id"));
        sessions = {QStringLiteral("(s.office_id IN (") + placeholders(m_scope.officeIds.size())
                        + QStringLiteral(") OR s.wadah_id IN (SELECT id FROM wadah WHERE ") + o.sql + QStringLiteral("))"),
                    o.values + o.values};
    }
    const QString held = QStringLiteral(" AND s.status IN ('held', 'closed') AND s.held_on BETWEEN ? AND ?");
    const QVariantList heldValues{iso(range.from.firstDay()), iso(range.to.lastDay())};
    Monev m;

    Query count(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM monev_sessions s WHERE ") + sessions.sql + held);
    bindValues(count, sessions.values + heldValues);
    auto n = count.scalar();
    if (!n)
        return n.error();
    m.sessions = n->toLongLong();

    Query att(m_db.connection(), QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN a.attendance = 'present' THEN 1 ELSE 0 END), 0) "
                                                "FROM monev_attendance a JOIN monev_sessions s ON s.id = a.session_id WHERE ")
                                     + sessions.sql + held + QStringLiteral(" AND ") + attendees.sql);
    bindValues(att, sessions.values + heldValues + attendees.values);
    if (auto st = att.exec(); !st)
        return st.error();
    if (att.next()) {
        m.invited = att.intValue(0);
        m.present = att.intValue(1);
    }

    // Actions agreed by the day and not done by it; overdue when their due date has passed.
    Query act(m_db.connection(),
              QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN x.due_on < ? THEN 1 ELSE 0 END), 0) "
                             "FROM monev_actions x JOIN monev_sessions s ON s.id = x.session_id WHERE ")
                  + sessions.sql + QStringLiteral(" AND ") + actions.sql
                  + QStringLiteral(" AND s.held_on <= ? AND (x.status = 'open' OR (x.status = 'done' AND x.done_on > ?))"));
    act.bind(iso(asOf));
    bindValues(act, sessions.values + actions.values);
    act.bind({iso(asOf), iso(asOf)});
    if (auto st = act.exec(); !st)
        return st.error();
    if (act.next()) {
        m.openActions = act.intValue(0);
        m.overdueActions = act.intValue(1);
    }
    return m;
}

Result<std::vector<indicators::AgreementTerm>> KpiRepository::agreements() const
{
    Filter f = officeFilter(QStringLiteral("w.office_id"));
    if (m_scope.wadahId)
        f = {QStringLiteral("w.id = ?"), {m_scope.wadahId}};
    else if (m_scope.agentId)
        f = {QStringLiteral("w.id IN (SELECT wadah_id FROM agents WHERE id = ?)"), {m_scope.agentId}};
    Query q(m_db.connection(), QStringLiteral("SELECT a.id, COALESCE(a.previous_id, 0), a.starts_on, a.ends_on, a.status, a.terminated_on "
                                              "FROM agreements a JOIN wadah w ON w.id = a.wadah_id WHERE ")
                                   + f.sql);
    bindValues(q, f.values);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<indicators::AgreementTerm> out;
    while (q.next()) {
        const QString status = q.text(4);
        out.push_back({q.intValue(0), q.intValue(1), q.value(2).toDate(), q.value(3).toDate(),
                       status == QLatin1String("draft"), status == QLatin1String("terminated"), q.value(5).toDate()});
    }
    return out;
}

} // namespace perisai::performance
