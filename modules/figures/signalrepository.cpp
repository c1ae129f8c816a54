#include "signalrepository.h"

#include "storage/database.h"
#include "storage/nativestatement.h"
#include "storage/query.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

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

// Every participant of the office with its last month paid. The last month comes from one pass over the
// range's contribution rows (the months are the table's leading key: a sequential read) and over any later
// months (none when the range ends at the last month with data), not from one index lookup per participant,
// which cost four times the pass on a large branch. Before the range only "never" or "earlier" matters.
Status readParticipants(const storage::Database &db, const ResolvedScope &scope, SignalData &out)
{
    struct Person {
        qint64 id = 0;
        qint64 agentId = 0;
        int regPeriod = 0;
        int regDay = 1;
        int lastPaid = 0;
        QString phone;
    };
    std::vector<Person> people;
    // Slot of each participant id: a plain array when the ids are dense (they are, unless rows were copied
    // in from elsewhere), else a hash map. Two million contribution rows each look one up.
    std::vector<qint32> dense;
    std::unordered_map<qint64, size_t> sparse;
    const int from = out.range.from.key(), to = out.range.to.key();
    // One sequential pass over the table. Without statistics SQLite would take the office index and then
    // fetch each row by id, at twice the cost when the office holds most participants (a branch's own
    // file); the unary + keeps it off the index. PostgreSQL chooses from its statistics.
    const SqlFilter f = officeFilter(scope, db.dialect().isPostgres() ? QStringLiteral("p.office_id") : QStringLiteral("+p.office_id"));
    const std::string sql = QStringLiteral("SELECT p.id, COALESCE(p.agent_id, 0), p.reg_period, p.registered_on, p.phone "
                                           "FROM participants p WHERE ")
                                .append(f.sql)
                                .toStdString();
    auto st = NativeStatement::prepare(db, sql);
    if (!st)
        return st.error();
    bindAll(*st, f.values);
    while (st->next()) {
        const auto &row = st->row();
        Person p;
        p.id = row.integer(0);
        p.agentId = row.integer(1);
        p.regPeriod = static_cast<int>(row.integer(2));
        if (p.agentId && p.regPeriod >= from && p.regPeriod <= to) { // the range's recruits keep their details
            const std::string_view date = row.text(3); // YYYY-MM-DD on both backends
            p.regDay = date.size() >= 10 ? (date[8] - '0') * 10 + (date[9] - '0') : 1;
            p.phone = text(row.text(4));
        }
        people.push_back(std::move(p));
    }
    if (!st->status())
        return st->status();
    qint64 maxId = 0;
    for (const Person &p : people)
        maxId = std::max(maxId, p.id);
    const bool isDense = maxId <= 4 * qint64(people.size()) + 1024;
    if (isDense)
        dense.assign(size_t(maxId) + 1, -1);
    for (size_t i = 0; i < people.size(); ++i)
        isDense ? void(dense[size_t(people[i].id)] = qint32(i)) : void(sparse.emplace(people[i].id, i));
    auto paid = [&](const storage::NativeRow &row) {
        const qint64 id = row.integer(0);
        Person *p = nullptr;
        if (isDense) {
            if (id >= 0 && id < qint64(dense.size()) && dense[size_t(id)] >= 0)
                p = &people[size_t(dense[size_t(id)])];
        } else if (const auto it = sparse.find(id); it != sparse.end()) {
            p = &people[it->second];
        }
        if (p)
            p->lastPaid = std::max(p->lastPaid, static_cast<int>(row.integer(1)));
    };
    // Both by the primary key's leading month (a GROUP BY participant would read the whole participant index).
    if (auto s1 = storage::forEachRow(db, "SELECT participant_id, period FROM contributions WHERE period >= ?", {from}, paid); !s1)
        return s1;

    for (Person &p : people) {
        if (p.lastPaid >= from && p.lastPaid <= to) {
            ++out.officeLapsed[p.lastPaid];
            if (p.agentId)
                out.agentLapsed[{p.agentId, p.lastPaid}].push_back(p.id);
        }
        if (!p.agentId || p.regPeriod < from || p.regPeriod > to)
            continue;
        SignalParticipant r;
        r.id = p.id;
        r.agentId = p.agentId;
        r.regPeriod = p.regPeriod;
        r.regDay = p.regDay;
        r.lastPaid = p.lastPaid;
        r.phone = std::move(p.phone);
        out.recruits.push_back(std::move(r));
    }
    return {};
}

// A recruit is registered again when an earlier participant (any office) had its NIK. Only NIKs held more
// than once can say so: they come from one pass over the NIK index, not one lookup per recruit.
Status readReRegistered(const storage::Database &db, const ResolvedScope &scope, SignalData &out)
{
    (void)scope; // the range's recruits (already read) are the office's
    std::unordered_set<qint64> recruits;
    for (const SignalParticipant &p : out.recruits)
        recruits.insert(p.id);
    if (recruits.empty())
        return {};
    QString nik;
    bool first = true;
    return storage::forEachRow(db,
                               "SELECT nik, registered_on, id FROM participants WHERE nik IN "
                               "(SELECT nik FROM participants GROUP BY nik HAVING COUNT(*) > 1) ORDER BY nik, registered_on, id",
                               {}, [&](const storage::NativeRow &row) {
                                   const QString rowNik = text(row.text(0));
                                   first = rowNik != nik;
                                   nik = rowNik;
                                   if (!first && recruits.count(row.integer(2)))
                                       out.reRegistered.insert(row.integer(2));
                               });
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
