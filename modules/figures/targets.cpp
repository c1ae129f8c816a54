#include "targets.h"

#include "storage/database.h"
#include "storage/query.h"
#include "storage/values.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <numeric>

namespace perisai::figures {

using storage::Query;

namespace {

struct Targets {
    Q_DECLARE_TR_FUNCTIONS(Targets)
};

TargetSource combine(TargetSource a, TargetSource b)
{
    if (a == TargetSource::None)
        return b;
    if (b == TargetSource::None || a == b)
        return a;
    return TargetSource::Mixed;
}

// Adds `part` to `sum`; `as` is what the part counts as in the sum's source.
void add(TargetFigure &sum, const TargetFigure &part, TargetSource as)
{
    if (!part.recorded())
        return;
    for (size_t i = 0; i < sum.byMonth.size() && i < part.byMonth.size(); ++i)
        sum.byMonth[i] += part.byMonth[i];
    sum.source = combine(sum.source, as);
}

void finish(TargetFigure &f)
{
    f.value = std::llround(std::accumulate(f.byMonth.begin(), f.byMonth.end(), 0.0));
}

} // namespace

QString targetLevel(const QString &officeKind)
{
    if (officeKind == QLatin1String("kc"))
        return QStringLiteral("cabang");
    if (officeKind == QLatin1String("kcp"))
        return QStringLiteral("kcp");
    return {};
}

QString targetSourceText(TargetSource source)
{
    switch (source) {
    case TargetSource::Offices:
        return Targets::tr("sum of the targets of the offices below");
    case TargetSource::Wadah:
        return Targets::tr("sum of the wadah targets");
    case TargetSource::Agents:
        return Targets::tr("sum of the agents' targets");
    case TargetSource::Mixed:
        return Targets::tr("sum of the targets set below (offices, wadah, agents)");
    case TargetSource::None:
    case TargetSource::Own:
        break;
    }
    return {};
}

Result<TargetBook> TargetBook::load(const storage::Database &db, const Org &org, const PeriodRange &range)
{
    TargetBook book;
    book.m_org = &org;
    book.m_range = range;
    for (const AgentUnit &a : org.agents)
        book.m_agentCodes.insert(a.id, a.code);
    if (org.offices.isEmpty())
        return book;
    // Only the org's own units are ever looked up: the targets of other offices' units are not read (a province
    // holds thousands of agents' targets, one branch's figures need a tenth of them).
    QString units;
    QVariantList values;
    if (org.officesHeldByServer) {
        // The server keeps each target's office, its unit's (0081), and holds the login to these offices.
        units = QStringLiteral("level IN ('agen', 'wadah', 'cabang', 'kcp')");
    } else {
        const SqlFilter offices = org.officeFilter(QStringLiteral("office_id"));
        const SqlFilter ids = org.officeFilter(QStringLiteral("id"));
        units = QStringLiteral("(level = 'agen' AND code IN (SELECT code FROM agents WHERE %1))"
                               " OR (level = 'wadah' AND code IN (SELECT code FROM wadah WHERE %1))"
                               " OR (level IN ('cabang', 'kcp') AND code IN (SELECT code FROM offices WHERE %2))")
                    .arg(offices.sql, ids.sql);
        values = offices.values + offices.values + ids.values;
    }
    Query q(db.connection(), QStringLiteral("SELECT level, code, year, month, target FROM targets WHERE year BETWEEN ? AND ? AND (")
                                 + units + QLatin1Char(')'));
    q.bind({range.from.year(), range.to.year()}).bind(values);
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next()) {
        const QString level = q.text(0), code = q.text(1);
        indicators::TargetTable &t = book.m_tables[{level, code}];
        const int year = static_cast<int>(q.intValue(2));
        const int month = static_cast<int>(q.intValue(3));
        if (month == 0)
            t.annual[year] = q.intValue(4);
        else
            t.monthly[year * 100 + month] = q.intValue(4);
    }
    return book;
}

TargetFigure TargetBook::own(const QString &level, const QString &code) const
{
    TargetFigure f;
    f.byMonth.assign(static_cast<size_t>(std::max(m_range.months(), 0)), 0.0);
    auto it = m_tables.find({level, code});
    if (it == m_tables.end() || it->second.empty())
        return f;
    f.byMonth = indicators::targetByMonth(it->second, m_range);
    f.source = TargetSource::Own;
    finish(f);
    return f;
}

TargetFigure TargetBook::agent(qint64 agentId) const
{
    auto it = m_agentCodes.constFind(agentId);
    return own(QStringLiteral("agen"), it == m_agentCodes.cend() ? QString() : *it);
}

TargetFigure TargetBook::wadah(qint64 wadahId) const
{
    const WadahUnit *w = m_org->findWadah(wadahId);
    TargetFigure f = own(QStringLiteral("wadah"), w ? w->code : QString());
    if (f.recorded() || !w)
        return f;
    for (const AgentUnit &a : m_org->agents) {
        if (a.wadahId == wadahId)
            add(f, agent(a.id), TargetSource::Agents);
    }
    finish(f);
    return f;
}

TargetFigure TargetBook::office(qint64 officeId) const
{
    const OfficeNode *o = m_org->findOffice(officeId);
    TargetFigure f = o ? own(targetLevel(o->kind), o->code) : own({}, {});
    if (f.recorded() || !o)
        return f;
    for (const OfficeNode &child : m_org->offices) {
        if (child.parentId == officeId && child.id != officeId)
            add(f, office(child.id), TargetSource::Offices);
    }
    for (const WadahUnit &w : m_org->wadah) {
        if (w.officeId == officeId)
            add(f, wadah(w.id), TargetSource::Wadah);
    }
    for (const AgentUnit &a : m_org->agents) {
        if (a.officeId == officeId && (a.wadahId == 0 || !m_org->findWadah(a.wadahId)))
            add(f, agent(a.id), TargetSource::Agents);
    }
    finish(f);
    return f;
}

Result<double> targetCap(const storage::Database &db, const QDate &day)
{
    Query q(db.connection(), QStringLiteral("SELECT value FROM program_rules WHERE rule = 'target' AND valid_from <= ?"
                                            " AND (valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from DESC"));
    q.bind({storage::iso(day), storage::iso(day)});
    auto v = q.scalar();
    if (!v)
        return v.error();
    if (v->isNull())
        return 1.0;
    const double cap = QJsonDocument::fromJson(v->toString().toUtf8()).object().value(QStringLiteral("agent_cap")).toDouble(1.0);
    return cap > 0 ? cap : 1.0;
}

} // namespace perisai::figures
