// Obstacles raised at Monev and their follow-up, and the state of the wadah's partnership agreements (PKS),
// counted as they stood on the deck's "as of" day.
#include "deckqueries.h"

#include "core/format.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace perisai::presentation::detail {

using storage::Query;

namespace {

struct Deck {
    Q_DECLARE_TR_FUNCTIONS(Deck)
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Sessions of the offices in scope (or of no office: branch-wide), held on or before the day.
QString sessionsInScope(qsizetype officeCount)
{
    return QStringLiteral("SELECT s.id FROM monev_sessions s LEFT JOIN wadah w ON w.id = s.wadah_id "
                          "WHERE s.status IN ('held', 'closed', 'planned') AND s.held_on <= ? "
                          "AND (COALESCE(s.office_id, w.office_id) IS NULL OR COALESCE(s.office_id, w.office_id) IN (%1))")
        .arg(placeholders(officeCount));
}

} // namespace

Status loadFollowUp(const storage::Database &db, const Scope &scope, const DeckHeader &header, FollowUp &out)
{
    const QString inScope = sessionsInScope(scope.officeIds.size());
    const QString asOf = iso(header.asOf);
    const QString periodStart = iso(header.period.from.firstDay());
    const QString name = fmt::indonesian() ? QStringLiteral("c.name_id") : QStringLiteral("c.name_en");

    Query held(db.connection(), QStringLiteral("SELECT COUNT(*) FROM monev_sessions WHERE held_on >= ? AND status IN ('held', 'closed') "
                                               "AND id IN (%1)").arg(inScope));
    held.bind({periodStart, asOf});
    bindIds(held, scope.officeIds);
    auto heldCount = held.scalar();
    if (!heldCount)
        return heldCount.error();
    out.sessionsHeld = static_cast<int>(heldCount->toLongLong());

    // The session's own obstacles; without a session, those raised at the sessions of the period.
    out.fromSession = header.sessionId != 0;
    Query obstacles(db.connection(), QStringLiteral(
        "SELECT COALESCE(%1, ''), COUNT(*) AS n FROM monev_obstacles o LEFT JOIN obstacle_categories c ON c.id = o.category_id "
        "WHERE %2 GROUP BY COALESCE(%1, '') ORDER BY n DESC, 1")
        .arg(name, out.fromSession ? QStringLiteral("o.session_id = ?")
                                   : QStringLiteral("o.session_id IN (SELECT id FROM monev_sessions WHERE held_on >= ? AND id IN (%1))").arg(inScope)));
    if (out.fromSession) {
        obstacles.bind(header.sessionId);
    } else {
        obstacles.bind({periodStart, asOf});
        bindIds(obstacles, scope.officeIds);
    }
    if (auto st = obstacles.exec(); !st)
        return st;
    out.obstacles.clear();
    out.obstaclesTotal = 0;
    while (obstacles.next()) {
        const QString category = obstacles.text(0).isEmpty() ? Deck::tr("Other") : obstacles.text(0);
        out.obstacles.push_back({category, static_cast<int>(obstacles.intValue(1))});
        out.obstaclesTotal += static_cast<int>(obstacles.intValue(1));
    }

    // Actions agreed at any session up to the day: open then if not done by then.
    const QString openThen = QStringLiteral("(a.status = 'open' OR (a.status = 'done' AND a.done_on > ?))");
    Query counts(db.connection(), QStringLiteral(
        "SELECT SUM(CASE WHEN %1 THEN 1 ELSE 0 END), SUM(CASE WHEN %1 AND a.due_on < ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN a.status = 'done' AND a.done_on BETWEEN ? AND ? THEN 1 ELSE 0 END) "
        "FROM monev_actions a WHERE a.session_id IN (%2)").arg(openThen, inScope));
    counts.bind({asOf, asOf, asOf, periodStart, asOf, asOf});
    bindIds(counts, scope.officeIds);
    if (auto st = counts.exec(); !st)
        return st;
    if (counts.next()) {
        out.open = static_cast<int>(counts.intValue(0));
        out.overdue = static_cast<int>(counts.intValue(1));
        out.done = static_cast<int>(counts.intValue(2));
    }
    Query overdue(db.connection(), QStringLiteral(
        "SELECT a.description, COALESCE(a.owner, ''), a.due_on FROM monev_actions a "
        "WHERE %1 AND a.due_on < ? AND a.session_id IN (%2) ORDER BY a.due_on, a.id LIMIT 8").arg(openThen, inScope));
    overdue.bind({asOf, asOf, asOf});
    bindIds(overdue, scope.officeIds);
    if (auto st = overdue.exec(); !st)
        return st;
    out.overdueItems.clear();
    while (overdue.next())
        out.overdueItems.push_back({overdue.text(0), overdue.text(1), overdue.value(2).toDate()});
    return {};
}

Status loadAgreements(const storage::Database &db, const Scope &scope, const QDate &asOf, AgreementStatus &out)
{
    const QString ids = placeholders(scope.officeIds.size());
    const QString day = iso(asOf);
    // "Current": signed, started and not yet ended on the day. "Expired": the last agreement of a wadah ended
    // before the day and nothing took its place.
    const QString current = QStringLiteral("a.status = 'active' AND a.starts_on <= ? AND a.ends_on >= ?");
    const QString expired = QStringLiteral(
        "a.status = 'active' AND a.ends_on < ? AND NOT EXISTS (SELECT 1 FROM agreements n WHERE n.wadah_id = a.wadah_id "
        "AND n.status IN ('active', 'renewed') AND n.starts_on <= ? AND n.ends_on >= ?)");
    Query q(db.connection(), QStringLiteral(
        "SELECT SUM(CASE WHEN %1 THEN 1 ELSE 0 END), SUM(CASE WHEN %1 AND a.ends_on <= ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN %1 AND a.ends_on <= ? THEN 1 ELSE 0 END), SUM(CASE WHEN %2 THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN a.status = 'terminated' AND a.terminated_on BETWEEN ? AND ? THEN 1 ELSE 0 END) "
        "FROM agreements a JOIN wadah w ON w.id = a.wadah_id WHERE w.office_id IN (%3)").arg(current, expired, ids));
    q.bind({day, day, day, day, iso(asOf.addDays(30)), day, day, iso(asOf.addDays(90)), day, day, day,
            iso(QDate(asOf.year(), 1, 1)), day});
    bindIds(q, scope.officeIds);
    if (auto st = q.exec(); !st)
        return st;
    if (q.next()) {
        out.active = static_cast<int>(q.intValue(0));
        out.expiring30 = static_cast<int>(q.intValue(1));
        out.expiring90 = static_cast<int>(q.intValue(2));
        out.expired = static_cast<int>(q.intValue(3));
        out.terminated = static_cast<int>(q.intValue(4));
    }

    Query soon(db.connection(), QStringLiteral(
        "SELECT w.name, a.ends_on FROM agreements a JOIN wadah w ON w.id = a.wadah_id WHERE w.office_id IN (%1) "
        "AND ((%2) OR (%3 AND a.ends_on <= ?)) ORDER BY a.ends_on, w.name LIMIT 8").arg(ids, expired, current));
    bindIds(soon, scope.officeIds);
    soon.bind({day, day, day, day, day, iso(asOf.addDays(90))});
    if (auto st = soon.exec(); !st)
        return st;
    out.soonest.clear();
    while (soon.next()) {
        const QDate ends = soon.value(1).toDate();
        out.soonest.push_back({soon.text(0), ends, static_cast<int>(asOf.daysTo(ends))});
    }
    return {};
}

} // namespace perisai::presentation::detail
