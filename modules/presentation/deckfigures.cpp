// The headline figures, the monthly acquisitions of this year and last, and retention: all from the
// summary tables, so a deck for a whole province reads as fast as one for a branch.
#include "deckqueries.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <map>

namespace perisai::presentation::detail {

using storage::Query;

QString placeholders(qsizetype n)
{
    if (n <= 0)
        return QStringLiteral("NULL");
    QString s = QStringLiteral("?");
    for (qsizetype i = 1; i < n; ++i)
        s += QStringLiteral(", ?");
    return s;
}

void bindIds(Query &q, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        q.bind(id);
}

Result<TargetBook> TargetBook::load(const storage::Database &db, const QString &level, const PeriodRange &period)
{
    Query q(db.connection(), QStringLiteral("SELECT code, year, month, target FROM targets "
                                            "WHERE level = ? AND year BETWEEN ? AND ?"));
    q.bind({level, period.from.year(), period.to.year()});
    if (auto st = q.exec(); !st)
        return st.error();
    TargetBook book;
    book.m_period = period;
    while (q.next())
        book.m_rows[q.text(0)].append({static_cast<int>(q.intValue(1)), static_cast<int>(q.intValue(2)), q.intValue(3)});
    return book;
}

qint64 TargetBook::targetFor(const QString &code) const
{
    const QList<Row> rows = m_rows.value(code);
    qint64 total = 0;
    for (int year = m_period.from.year(); year <= m_period.to.year(); ++year) {
        qint64 monthly = 0;
        bool hasMonthly = false;
        qint64 yearly = 0;
        for (const Row &r : rows) {
            if (r.year != year)
                continue;
            if (r.month == 0)
                yearly = r.target;
            else {
                hasMonthly = true;
                if (m_period.contains({year, r.month}))
                    monthly += r.target;
            }
        }
        if (hasMonthly) {
            total += monthly;
        } else {
            int months = 0;
            for (int m = 1; m <= 12; ++m)
                months += m_period.contains({year, m}) ? 1 : 0;
            total += (yearly * months + 6) / 12;
        }
    }
    return total;
}

double achievementCap(const storage::Database &db, const QDate &day)
{
    Query q(db.connection(), QStringLiteral("SELECT value FROM program_rules WHERE rule = 'target' AND valid_from <= ? "
                                            "ORDER BY valid_from DESC LIMIT 1"));
    q.bind(day.toString(Qt::ISODate));
    auto v = q.scalar();
    if (!v || v->isNull())
        return 1.0;
    const double cap = QJsonDocument::fromJson(v->toString().toUtf8()).object().value(QStringLiteral("agent_cap")).toDouble(1.0);
    return cap > 0 ? cap : 1.0;
}

namespace {

// Perisai acquisitions and contributions of the offices in scope over a range of months.
Status perisaiTotals(const storage::Database &db, const Scope &scope, int from, int to, qint64 &acquisitions, qint64 &collected)
{
    Query q(db.connection(), QStringLiteral("SELECT COALESCE(SUM(acquisitions), 0), COALESCE(SUM(collected), 0) "
                                            "FROM summary_office_month WHERE channel = 'perisai' AND period BETWEEN ? AND ? "
                                            "AND office_id IN (%1)").arg(placeholders(scope.officeIds.size())));
    q.bind({from, to});
    bindIds(q, scope.officeIds);
    if (auto st = q.exec(); !st)
        return st;
    if (q.next()) {
        acquisitions = q.intValue(0);
        collected = q.intValue(1);
    }
    return {};
}

Result<qint64> count(const storage::Database &db, const QString &sql, const QVariantList &values, const QList<qint64> &ids)
{
    Query q(db.connection(), sql);
    for (const QVariant &v : values)
        q.bind(v);
    bindIds(q, ids);
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace

Status loadHeadline(const storage::Database &db, const Scope &scope, const DeckHeader &header, Headline &out)
{
    const PeriodRange &period = header.period;
    const PeriodRange previous = period.previousYear();
    qint64 ignored = 0;
    if (auto st = perisaiTotals(db, scope, period.from.key(), period.to.key(), out.acquisitions, out.collected); !st)
        return st;
    if (auto st = perisaiTotals(db, scope, previous.from.key(), previous.to.key(), out.acquisitionsSamePeriodLastYear, ignored); !st)
        return st;
    auto active = count(db, QStringLiteral("SELECT COALESCE(SUM(active), 0) FROM summary_office_month WHERE channel = 'perisai' "
                                           "AND period = ? AND office_id IN (%1)").arg(placeholders(scope.officeIds.size())),
                        {period.to.key()}, scope.officeIds);
    if (!active)
        return active.error();
    out.activePerisai = *active;

    auto targets = TargetBook::load(db, scope.targetLevel, period);
    if (!targets)
        return targets.error();
    for (const QString &code : scope.targetCodes)
        out.target += targets->targetFor(code);
    out.cap = achievementCap(db, header.asOf);
    out.achievement = indicators::targetAchievement(out.acquisitions, out.target, out.cap);

    auto registered = count(db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE status IN ('active', 'inactive') "
                                               "AND (joined_on IS NULL OR joined_on <= ?) AND office_id IN (%1)")
                                    .arg(placeholders(scope.officeIds.size())),
                            {period.to.lastDay().toString(Qt::ISODate)}, scope.officeIds);
    if (!registered)
        return registered.error();
    out.agentsRegistered = *registered;
    auto productive = count(db, QStringLiteral("SELECT COUNT(DISTINCT s.agent_id) FROM summary_agent_month s "
                                               "JOIN agents a ON a.id = s.agent_id WHERE s.period = ? "
                                               "AND (s.acquisitions > 0 OR s.collected > 0) AND a.office_id IN (%1)")
                                    .arg(placeholders(scope.officeIds.size())),
                            {period.to.key()}, scope.officeIds);
    if (!productive)
        return productive.error();
    out.agentsProductive = *productive;
    return {};
}

Status loadMonthly(const storage::Database &db, const Scope &scope, const PeriodRange &period, MonthlyAcquisitions &out)
{
    out.year = period.to.year();
    out.monthsElapsed = period.to.month();
    Query q(db.connection(), QStringLiteral("SELECT period, SUM(acquisitions) FROM summary_office_month "
                                            "WHERE channel = 'perisai' AND period BETWEEN ? AND ? AND office_id IN (%1) "
                                            "GROUP BY period").arg(placeholders(scope.officeIds.size())));
    q.bind({(out.year - 1) * 100 + 1, out.year * 100 + 12});
    bindIds(q, scope.officeIds);
    if (auto st = q.exec(); !st)
        return st;
    while (q.next()) {
        const YearMonth m = YearMonth::fromKey(static_cast<int>(q.intValue(0)));
        if (m.year() == out.year && m.month() <= out.monthsElapsed)
            out.thisYear[m.month() - 1] = q.intValue(1);
        else if (m.year() == out.year - 1)
            out.lastYear[m.month() - 1] = q.intValue(1);
    }
    return {};
}

Status loadRetention(const storage::Database &db, const Scope &scope, const PeriodRange &period, Retention &out)
{
    // Cohorts of the two years before the period's end, each looked at only where it is old enough.
    const YearMonth last = period.to;
    out.firstCohort = last.addMonths(-23);
    out.lastCohort = last;
    const QString ids = placeholders(scope.officeIds.size());
    std::map<std::pair<int, bool>, qint64> size; // (cohort, perisai) -> participants registered
    Query s(db.connection(), QStringLiteral("SELECT period, channel, SUM(acquisitions) FROM summary_office_month "
                                            "WHERE period BETWEEN ? AND ? AND office_id IN (%1) GROUP BY period, channel").arg(ids));
    s.bind({out.firstCohort.key(), last.key()});
    bindIds(s, scope.officeIds);
    if (auto st = s.exec(); !st)
        return st;
    while (s.next())
        size[{static_cast<int>(s.intValue(0)), s.text(1) == QLatin1String("perisai")}] += s.intValue(2);

    std::map<std::tuple<int, int, bool>, qint64> paid; // (cohort, k, perisai) -> paid
    Query p(db.connection(), QStringLiteral("SELECT cohort, k, CASE WHEN agent_id = 0 THEN 0 ELSE 1 END, SUM(paid) "
                                            "FROM summary_cohort WHERE cohort BETWEEN ? AND ? AND k <= 12 AND office_id IN (%1) "
                                            "GROUP BY cohort, k, CASE WHEN agent_id = 0 THEN 0 ELSE 1 END").arg(ids));
    p.bind({out.firstCohort.key(), last.key()});
    bindIds(p, scope.officeIds);
    if (auto st = p.exec(); !st)
        return st;
    while (p.next())
        paid[{static_cast<int>(p.intValue(0)), static_cast<int>(p.intValue(1)), p.intValue(2) == 1}] += p.intValue(3);

    // The subtitle names the cohorts that hold participants, not the empty months before the data starts.
    YearMonth firstWithData;
    for (const auto &[key, n] : size) {
        if (key.second && n > 0) {
            out.cohortSize += n;
            const YearMonth cohort = YearMonth::fromKey(key.first);
            if (!firstWithData.isValid() || cohort < firstWithData)
                firstWithData = cohort;
        }
    }
    for (int k = 0; k <= 12; ++k) {
        for (bool perisai : {true, false}) {
            qint64 cohortTotal = 0;
            qint64 paidTotal = 0;
            for (YearMonth c = out.firstCohort; c.addMonths(k) <= last; c = c.addMonths(1)) {
                const auto it = size.find({c.key(), perisai});
                cohortTotal += it == size.end() ? 0 : it->second;
                const auto pt = paid.find({c.key(), k, perisai});
                paidTotal += pt == paid.end() ? 0 : pt->second;
            }
            if (cohortTotal > 0)
                (perisai ? out.perisai : out.other)[k] = indicators::ratio(static_cast<double>(paidTotal), static_cast<double>(cohortTotal));
        }
    }
    if (firstWithData.isValid())
        out.firstCohort = firstWithData;
    return {};
}

} // namespace perisai::presentation::detail
