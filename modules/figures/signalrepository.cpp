#include "signalrepository.h"

#include "storage/database.h"
#include "storage/nativestatement.h"
#include "storage/query.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace perisai::figures {
namespace {

using storage::NativeStatement;
using storage::Query;

void bindAll(NativeStatement &st, const QVariantList &values)
{
    for (const QVariant &v : values)
        st.bind(v.toLongLong());
}

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// Every participant of the office, with its last month paid: the recruits of the range are kept whole,
// the others only counted where their last paid month falls in the range.
Status readParticipants(const storage::Database &db, const ResolvedScope &scope, SignalData &out)
{
    const SqlFilter f = officeFilter(scope, QStringLiteral("p.office_id"));
    const std::string sql = QStringLiteral("SELECT p.id, COALESCE(p.agent_id, 0), p.reg_period, p.registered_on, p.phone, "
                                           "(SELECT MAX(c.period) FROM contributions c WHERE c.participant_id = p.id) "
                                           "FROM participants p WHERE ")
                                .append(f.sql)
                                .toStdString();
    auto st = NativeStatement::prepare(db, sql);
    if (!st)
        return st.error();
    bindAll(*st, f.values);
    const int from = out.range.from.key(), to = out.range.to.key();
    while (st->next()) {
        const auto &row = st->row();
        SignalParticipant p;
        p.id = row.integer(0);
        p.agentId = row.integer(1);
        p.regPeriod = static_cast<int>(row.integer(2));
        p.lastPaid = static_cast<int>(row.integer(5));
        if (p.lastPaid >= from && p.lastPaid <= to) {
            ++out.officeLapsed[p.lastPaid];
            if (p.agentId)
                out.agentLapsed[{p.agentId, p.lastPaid}].push_back(p.id);
        }
        if (!p.agentId || p.regPeriod < from || p.regPeriod > to)
            continue;
        const std::string_view date = row.text(3); // YYYY-MM-DD on both backends
        p.regDay = date.size() >= 10 ? (date[8] - '0') * 10 + (date[9] - '0') : 1;
        p.phone = text(row.text(4));
        out.recruits.push_back(std::move(p));
    }
    return st->status();
}

Status readReRegistered(const storage::Database &db, const ResolvedScope &scope, SignalData &out)
{
    const SqlFilter f = recruitFilter(scope);
    Query q(db.connection(), QStringLiteral("SELECT p.id FROM participants p WHERE ") + f.sql
                                 + QStringLiteral(" AND p.reg_period BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM participants e "
                                                  "WHERE e.nik = p.nik AND (e.registered_on < p.registered_on "
                                                  "OR (e.registered_on = p.registered_on AND e.id < p.id)))"));
    q.bind(f.values).bind({out.range.from.key(), out.range.to.key()});
    if (auto st = q.exec(); !st)
        return st;
    while (q.next())
        out.reRegistered.insert(q.intValue(0));
    return {};
}

Status readPayers(const storage::Database &db, const ResolvedScope &scope, SignalData &out)
{
    const SqlFilter agents = agentFilter(scope, QStringLiteral("agent_id"));
    Query a(db.connection(), QStringLiteral("SELECT agent_id, period, active_recruits FROM summary_agent_month "
                                            "WHERE period BETWEEN ? AND ? AND ") + agents.sql);
    a.bind({out.range.from.key(), out.range.to.key()}).bind(agents.values);
    if (auto st = a.exec(); !st)
        return st;
    while (a.next())
        out.agentPayers[{a.intValue(0), static_cast<int>(a.intValue(1))}] = a.intValue(2);

    const SqlFilter offices = officeFilter(scope, QStringLiteral("office_id"));
    Query o(db.connection(), QStringLiteral("SELECT period, SUM(active) FROM summary_office_month "
                                            "WHERE period BETWEEN ? AND ? AND ") + offices.sql + QStringLiteral(" GROUP BY period"));
    o.bind({out.range.from.key(), out.range.to.key()}).bind(offices.values);
    if (auto st = o.exec(); !st)
        return st;
    while (o.next())
        out.officePayers[static_cast<int>(o.intValue(0))] = o.intValue(1);
    return {};
}

Result<YearMonth> readLastObserved(const storage::Database &db)
{
    Query q(db.connection(), QStringLiteral("SELECT MAX(period) FROM summary_office_month WHERE active > 0"));
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->isNull() ? YearMonth() : YearMonth::fromKey(v->toInt());
}

// The incentive rule in force on each month's first day names the new participants it asks for.
Status readThresholds(const storage::Database &db, SignalData &out)
{
    Query q(db.connection(), QStringLiteral("SELECT valid_from, valid_to, value FROM program_rules WHERE rule = 'incentive'"));
    if (auto st = q.exec(); !st)
        return st;
    struct Rule {
        QDate from, to;
        int min = 0;
    };
    std::vector<Rule> rules;
    while (q.next()) {
        const int min = QJsonDocument::fromJson(q.text(2).toUtf8()).object().value(QStringLiteral("min_new_participants")).toInt();
        rules.push_back({storage::readDate(q.value(0)), storage::readDate(q.value(1)), min});
    }
    for (YearMonth m = out.range.from; m <= out.range.to; m = m.addMonths(1)) {
        const QDate day = m.firstDay();
        int min = 0;
        for (const Rule &r : rules) {
            if (r.from <= day && (!r.to.isValid() || r.to >= day))
                min = r.min;
        }
        out.thresholds[m.key()] = min;
    }
    return {};
}

Status readAgents(const storage::Database &db, const ResolvedScope &scope, SignalData &out)
{
    const SqlFilter f = officeFilter(scope, QStringLiteral("g.office_id"));
    Query q(db.connection(), QStringLiteral("SELECT g.id, g.code, g.name, COALESCE(g.phone, ''), COALESCE(g.wadah_id, 0), "
                                            "COALESCE(w.code, '') FROM agents g LEFT JOIN wadah w ON w.id = g.wadah_id WHERE ")
                                 + f.sql + QStringLiteral(" ORDER BY g.code"));
    q.bind(f.values);
    if (auto st = q.exec(); !st)
        return st;
    while (q.next())
        out.agents.push_back({q.intValue(0), q.text(1), q.text(2), q.text(3), q.intValue(4), q.text(5)});
    return {};
}

} // namespace

Result<SignalData> loadSignalData(const storage::Database &db, const ResolvedScope &scope, const PeriodRange &range)
{
    SignalData out;
    out.range = range;
    auto last = readLastObserved(db);
    if (!last)
        return last.error();
    out.lastObserved = *last;
    for (auto step : {readParticipants, readReRegistered, readPayers, readAgents}) {
        if (auto st = step(db, scope, out); !st)
            return st.error();
    }
    if (auto st = readThresholds(db, out); !st)
        return st.error();
    return out;
}

} // namespace perisai::figures
