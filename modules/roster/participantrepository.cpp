#include "participantrepository.h"

#include "core/period.h"
#include "storage/values.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QHash>
#include <algorithm>

namespace perisai::roster {
using storage::Query;

namespace {

struct Clause {
    QStringList conditions;
    QVariantList params;

    QString where() const { return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")); }
};

// The first string after every string that starts with `prefix` ("129" -> "13"); empty when there is none.
QString prefixEnd(QString prefix)
{
    while (!prefix.isEmpty()) {
        const QChar last = prefix.back();
        prefix.chop(1);
        if (last != QLatin1Char('9'))
            return prefix + QChar(last.unicode() + 1);
    }
    return {};
}

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Clause filterClause(const ParticipantFilter &f, int activePeriod, const storage::Dialect &dialect)
{
    Clause c;
    const QString search = f.search.simplified();
    if (allDigits(search)) {
        // Numbers are looked up by their start, through the kpj and nik indexes.
        const QString end = prefixEnd(search);
        if (end.isEmpty()) {
            c.conditions << QStringLiteral("(p.kpj >= ? OR p.nik >= ?)");
            c.params << search << search;
        } else {
            c.conditions << QStringLiteral("((p.kpj >= ? AND p.kpj < ?) OR (p.nik >= ? AND p.nik < ?))");
            c.params << search << end << search << end;
        }
    } else if (!search.isEmpty()) {
        c.conditions << (dialect.isPostgres() ? QStringLiteral("p.name ILIKE ? ESCAPE '\\'") : QStringLiteral("p.name LIKE ? ESCAPE '\\'"));
        c.params << likePattern(search);
    }
    if (f.agentId > 0) {
        c.conditions << QStringLiteral("p.agent_id = ?");
        c.params << f.agentId;
    } else if (f.channel == ParticipantFilter::Channel::Agents) {
        c.conditions << QStringLiteral("p.agent_id IS NOT NULL");
    } else if (f.channel == ParticipantFilter::Channel::Other) {
        c.conditions << QStringLiteral("p.agent_id IS NULL");
    }
    if (f.officeId > 0) {
        c.conditions << QStringLiteral("p.office_id = ?");
        c.params << f.officeId;
    }
    if (!f.occupation.isEmpty()) {
        c.conditions << QStringLiteral("p.occupation = ?");
        c.params << f.occupation;
    }
    if (!f.program.isEmpty()) {
        c.conditions << QStringLiteral("p.program = ?");
        c.params << f.program;
    }
    if (f.activity != ParticipantFilter::Activity::Any) {
        const QString exists = QStringLiteral("EXISTS (SELECT 1 FROM contributions c WHERE c.period = ? AND c.participant_id = p.id)");
        c.conditions << (f.activity == ParticipantFilter::Activity::Active ? exists : QStringLiteral("NOT ") + exists);
        c.params << activePeriod;
    }
    return c;
}

QString sortColumn(ParticipantSort sort)
{
    switch (sort) {
    case ParticipantSort::Kpj: return QStringLiteral("p.kpj");
    case ParticipantSort::Registered: return QStringLiteral("p.registered_on");
    case ParticipantSort::Name: break;
    }
    return QStringLiteral("p.name");
}

const char *const kSelect =
    "SELECT p.id, p.kpj, p.name, p.nik, p.sex, p.phone, p.occupation, p.program, p.registered_on, a.code, a.name,"
    "       o.code, p.declared_income,"
    "       CASE WHEN EXISTS (SELECT 1 FROM contributions c WHERE c.period = ? AND c.participant_id = p.id) THEN 1 ELSE 0 END "
    "FROM participants p LEFT JOIN agents a ON a.id = p.agent_id LEFT JOIN offices o ON o.id = p.office_id";

ParticipantRow readRow(const Query &q)
{
    ParticipantRow r;
    r.id = q.value(0).toLongLong();
    r.kpj = q.text(1);
    r.name = q.text(2);
    r.nik = q.text(3);
    r.sex = q.text(4);
    r.phone = q.text(5);
    r.occupation = q.text(6);
    r.program = q.text(7);
    r.registeredOn = storage::readDate(q.value(8));
    r.agentCode = q.text(9);
    r.agentName = q.text(10);
    r.officeCode = q.text(11);
    r.declaredIncome = q.value(12).toLongLong();
    r.active = q.value(13).toInt() != 0;
    return r;
}

} // namespace

PageKey PageKey::after(const ParticipantRow &row, ParticipantSort sort)
{
    switch (sort) {
    case ParticipantSort::Kpj: return {row.kpj, row.id};
    case ParticipantSort::Registered: return {row.registeredOn.toString(Qt::ISODate), row.id};
    case ParticipantSort::Name: break;
    }
    return {row.name, row.id};
}

Result<std::vector<ParticipantRow>> ParticipantRepository::page(const ParticipantFilter &filter, ParticipantSort sort,
                                                                bool descending, const PageKey &after, int limit,
                                                                int activePeriod) const
{
    Clause c = filterClause(filter, activePeriod, m_db.dialect());
    const QString column = sortColumn(sort);
    const QString cmp = descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    if (!after.isStart()) {
        // The KPJ is unique on its own; the others are made unique by the id.
        if (sort == ParticipantSort::Kpj) {
            c.conditions << QStringLiteral("p.kpj %1 ?").arg(cmp);
            c.params << after.value;
        } else {
            c.conditions << QStringLiteral("(%1, p.id) %2 (?, ?)").arg(column, cmp);
            c.params << after.value << after.id;
        }
    }
    const QString order = sort == ParticipantSort::Kpj ? column + dir : column + dir + QStringLiteral(", p.id") + dir;
    // LEFT JOINs keep participants the outer loop, so the ORDER BY walks its index and stops after `limit` rows.
    Query q(m_db.connection(), QString::fromLatin1(kSelect) + QStringLiteral("%1 ORDER BY %2 LIMIT ?").arg(c.where(), order));
    q.bind(activePeriod);
    for (const QVariant &v : std::as_const(c.params))
        q.bind(v);
    q.bind(limit);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<ParticipantRow> rows;
    rows.reserve(static_cast<size_t>(limit));
    while (q.next())
        rows.push_back(readRow(q));
    return rows;
}

Result<std::vector<ParticipantRow>> ParticipantRepository::byIds(const std::vector<qint64> &ids, int activePeriod) const
{
    std::vector<ParticipantRow> rows;
    if (ids.empty())
        return rows;
    QStringList marks;
    marks.reserve(qsizetype(ids.size()));
    for (size_t i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    Query q(m_db.connection(), QString::fromLatin1(kSelect) + QStringLiteral(" WHERE p.id IN (%1)").arg(marks.join(QLatin1Char(','))));
    q.bind(activePeriod);
    for (qint64 id : ids)
        q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    QHash<qint64, ParticipantRow> found;
    found.reserve(qsizetype(ids.size()));
    while (q.next()) {
        ParticipantRow r = readRow(q);
        found.insert(r.id, std::move(r));
    }
    rows.reserve(ids.size());
    for (qint64 id : ids)
        if (auto it = found.find(id); it != found.end())
            rows.push_back(std::move(*it));
    return rows;
}

Result<qint64> ParticipantRepository::count(const ParticipantFilter &filter, int activePeriod) const
{
    const Clause c = filterClause(filter, activePeriod, m_db.dialect());
    Query q(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM participants p") + c.where());
    for (const QVariant &v : c.params)
        q.bind(v);
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status ParticipantRepository::forEach(const ParticipantFilter &filter, ParticipantSort sort, bool descending, int activePeriod,
                                      const std::function<bool(const ParticipantRow &)> &visit) const
{
    PageKey key;
    for (;;) {
        auto rows = page(filter, sort, descending, key, 5000, activePeriod);
        if (!rows)
            return rows.error();
        for (const ParticipantRow &r : *rows)
            if (!visit(r))
                return {};
        if (rows->size() < 5000)
            return {};
        key = PageKey::after(rows->back(), sort);
    }
}

} // namespace perisai::roster
