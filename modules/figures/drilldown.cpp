#include "drilldown.h"

#include "storage/database.h"
#include "storage/query.h"
#include "core/nik.h"

#include <QCoreApplication>
#include <QDate>

namespace perisai::figures {

using storage::Query;

namespace {

struct DrillDownText {
    Q_DECLARE_TR_FUNCTIONS(DrillDownText)
};

// Runs `select` (without LIMIT) and its COUNT(*), with the same bound values.
Status fetch(const storage::Database &db, const QString &select, const QVariantList &values, int limit,
             DrillDownTable &table, const std::function<QVariantList(const Query &)> &row)
{
    Query count(db.connection(), QStringLiteral("SELECT COUNT(*) FROM (") + select + QStringLiteral(") x"));
    count.bind(values);
    auto total = count.scalar();
    if (!total)
        return total.error();
    table.total = total->toLongLong();
    Query q(db.connection(), select + QStringLiteral(" LIMIT ?"));
    q.bind(values);
    q.bind(limit);
    if (auto st = q.exec(); !st)
        return st;
    while (q.next())
        table.rows.push_back(row(q));
    return {};
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return DrillDownText::tr("active");
    if (status == QLatin1String("inactive"))
        return DrillDownText::tr("inactive");
    if (status == QLatin1String("dismissed"))
        return DrillDownText::tr("dismissed");
    return DrillDownText::tr("candidate");
}

} // namespace

Result<DrillDownTable> loadDrillDown(const storage::Database &db, const DrillDown &request, bool reveal, int limit)
{
    auto scope = resolveScope(db, request.scope);
    if (!scope)
        return scope.error();
    DrillDownTable table;
    const PeriodRange r = request.range;
    Status st;
    switch (request.kind) {
    case DrillDown::Kind::Acquisitions: {
        const SqlFilter f = recruitFilter(*scope);
        table.headers = {DrillDownText::tr("KPJ"), DrillDownText::tr("Name"), DrillDownText::tr("NIK"), DrillDownText::tr("Registered"), DrillDownText::tr("Program"), DrillDownText::tr("Agent"), DrillDownText::tr("Agent name")};
        st = fetch(db, QStringLiteral("SELECT p.kpj, p.name, p.nik, p.registered_on, p.program, a.code, a.name "
                                      "FROM participants p JOIN agents a ON a.id = p.agent_id WHERE ")
                           + f.sql + QStringLiteral(" AND p.reg_period BETWEEN ? AND ? ORDER BY p.registered_on, p.kpj"),
                   f.values + QVariantList{r.from.key(), r.to.key()}, limit, table, [reveal](const Query &q) {
                       return QVariantList{q.text(0), q.text(1), (reveal ? q.text(2) : Nik::mask(q.text(2))), q.value(3).toDate(),
                                           q.text(4), q.text(5), q.text(6)};
                   });
        break;
    }
    case DrillDown::Kind::Active: {
        const SqlFilter f = request.perisaiOnly ? recruitFilter(*scope) : participantFilter(*scope);
        table.headers = {DrillDownText::tr("KPJ"), DrillDownText::tr("Name"), DrillDownText::tr("NIK"), DrillDownText::tr("Channel"), DrillDownText::tr("Agent"), DrillDownText::tr("Paid on"), DrillDownText::tr("Amount")};
        table.moneyColumns = {6};
        st = fetch(db, QStringLiteral("SELECT p.kpj, p.name, p.nik, a.code, c.paid_on, c.amount FROM contributions c "
                                      "JOIN participants p ON p.id = c.participant_id LEFT JOIN agents a ON a.id = p.agent_id "
                                      "WHERE c.period = ? AND ")
                           + f.sql + QStringLiteral(" ORDER BY p.kpj"),
                   QVariantList{r.to.key()} + f.values, limit, table, [reveal](const Query &q) {
                       const bool perisai = !q.value(3).isNull() && !q.text(3).isEmpty();
                       return QVariantList{q.text(0), q.text(1), (reveal ? q.text(2) : Nik::mask(q.text(2))),
                                           perisai ? DrillDownText::tr("Perisai") : DrillDownText::tr("other channel"), q.text(3), q.value(4).toDate(),
                                           q.intValue(5)};
                   });
        break;
    }
    case DrillDown::Kind::Claims: {
        SqlFilter f = recruitFilter(*scope);
        f.values += QVariantList{storage::iso(r.from.firstDay()), storage::iso(r.to.lastDay())};
        QString sql = QStringLiteral("SELECT p.kpj, p.name, p.nik, c.program, c.claim_date, c.amount, COALESCE(c.case_type, ''), a.code "
                                     "FROM claims c CROSS JOIN participants p JOIN agents a ON a.id = p.agent_id WHERE p.id = c.participant_id AND ")
                      + f.sql + QStringLiteral(" AND c.claim_date BETWEEN ? AND ?");
        if (!request.program.isEmpty()) {
            sql += QStringLiteral(" AND c.program = ?");
            f.values.append(request.program);
        }
        table.headers = {DrillDownText::tr("KPJ"), DrillDownText::tr("Name"), DrillDownText::tr("NIK"), DrillDownText::tr("Program"), DrillDownText::tr("Date"), DrillDownText::tr("Benefit"), DrillDownText::tr("Case"), DrillDownText::tr("Agent")};
        table.moneyColumns = {5};
        st = fetch(db, sql + QStringLiteral(" ORDER BY c.claim_date, p.kpj"), f.values, limit, table, [reveal](const Query &q) {
            return QVariantList{q.text(0), q.text(1), (reveal ? q.text(2) : Nik::mask(q.text(2))), q.text(3), q.value(4).toDate(),
                                q.intValue(5), q.text(6), q.text(7)};
        });
        break;
    }
    case DrillDown::Kind::Agents: {
        const SqlFilter f = agentFilter(*scope, QStringLiteral("a.id"));
        QString sql = QStringLiteral(
            "SELECT a.code, a.name, COALESCE(w.name, ''), a.status, a.joined_on, COALESCE(SUM(s.acquisitions), 0),"
            " COALESCE(SUM(CASE WHEN s.period = ? THEN s.active_recruits ELSE 0 END), 0), COALESCE(SUM(s.collected), 0) "
            "FROM agents a LEFT JOIN wadah w ON w.id = a.wadah_id "
            "LEFT JOIN summary_agent_month s ON s.agent_id = a.id AND s.period BETWEEN ? AND ? WHERE ")
            + f.sql + QStringLiteral(" AND a.status <> 'candidate' GROUP BY a.id, a.code, a.name, w.name, a.status, a.joined_on");
        QVariantList values = QVariantList{r.to.key(), r.from.key(), r.to.key()} + f.values;
        if (request.productiveOnly) {
            sql += QStringLiteral(" HAVING SUM(CASE WHEN s.period = ? AND (s.acquisitions > 0 OR s.collected > 0) THEN 1 ELSE 0 END) > 0");
            values.append(r.to.key());
        }
        table.headers = {DrillDownText::tr("Agent"), DrillDownText::tr("Name"), DrillDownText::tr("Wadah"), DrillDownText::tr("Status"), DrillDownText::tr("Joined"), DrillDownText::tr("Acquisitions"),
                         DrillDownText::tr("Active recruits"), DrillDownText::tr("Collected")};
        table.moneyColumns = {7};
        table.codeColumnKind = QStringLiteral("agent");
        st = fetch(db, sql + QStringLiteral(" ORDER BY 6 DESC, a.code"), values, limit, table, [](const Query &q) {
            return QVariantList{q.text(0), q.text(1), q.text(2), statusText(q.text(3)), q.value(4).toDate(),
                                q.intValue(5), q.intValue(6), q.intValue(7)};
        });
        break;
    }
    }
    if (!st)
        return st.error();
    return table;
}

} // namespace perisai::figures
