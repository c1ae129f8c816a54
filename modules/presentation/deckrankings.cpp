// Target achievement by wadah or KCP, the agents' leaderboard and the session's awards.
#include "deckqueries.h"

#include "storage/database.h"

#include <QHash>
#include <algorithm>

namespace perisai::presentation::detail {

using storage::Query;

namespace {

struct Unit {
    qint64 id = 0;
    QString code;
    QString name;
};

Result<QList<Unit>> loadUnits(const storage::Database &db, const QString &sql, const QList<qint64> &ids)
{
    Query q(db.connection(), sql.arg(placeholders(ids.size())));
    bindIds(q, ids);
    if (auto st = q.exec(); !st)
        return st.error();
    QList<Unit> units;
    while (q.next())
        units.append({q.intValue(0), q.text(1), q.text(2)});
    return units;
}

Result<QHash<qint64, qint64>> loadSums(const storage::Database &db, const QString &sql, const PeriodRange &period,
                                       const QList<qint64> &ids)
{
    Query q(db.connection(), sql.arg(placeholders(ids.size())));
    q.bind({period.from.key(), period.to.key()});
    bindIds(q, ids);
    if (auto st = q.exec(); !st)
        return st.error();
    QHash<qint64, qint64> sums;
    while (q.next())
        sums.insert(q.intValue(0), q.intValue(1));
    return sums;
}

// Rows of one level: the units, their acquisitions in the period and their targets.
Status appendRows(const storage::Database &db, const QList<Unit> &units, const QString &level, const QString &sumSql,
                  const PeriodRange &period, double cap, AchievementTable &out)
{
    QList<qint64> ids;
    for (const Unit &u : units)
        ids.append(u.id);
    auto sums = loadSums(db, sumSql, period, ids);
    if (!sums)
        return sums.error();
    auto targets = TargetBook::load(db, level, period);
    if (!targets)
        return targets.error();
    for (const Unit &u : units) {
        AchievementRow row{u.name, sums->value(u.id), targets->targetFor(u.code), {}};
        row.achievement = indicators::targetAchievement(row.acquisitions, row.target, cap);
        if (row.target > 0 && row.acquisitions >= row.target)
            ++out.atOrAboveTarget;
        out.rows.push_back(row);
    }
    return {};
}

} // namespace

Status loadAchievement(const storage::Database &db, const Scope &scope, const PeriodRange &period, double cap,
                       AchievementTable &out)
{
    static const QString wadahSql = QStringLiteral("SELECT id, code, name FROM wadah WHERE status = 'active' AND office_id IN (%1)");
    static const QString wadahSums = QStringLiteral("SELECT a.wadah_id, SUM(s.acquisitions) FROM summary_agent_month s "
                                                    "JOIN agents a ON a.id = s.agent_id WHERE s.period BETWEEN ? AND ? "
                                                    "AND a.wadah_id IN (%1) GROUP BY a.wadah_id");
    auto wadah = loadUnits(db, wadahSql, scope.officeIds);
    if (!wadah)
        return wadah.error();
    // Many wadah over several KCP would not fit one slide: the KCP then stand for theirs, and the wadah the
    // branch keeps itself (under no KCP) are listed one by one beside them.
    out.level = scope.kcpIds.size() >= 2 && wadah->size() > 8 ? AchievementTable::Level::Kcp : AchievementTable::Level::Wadah;
    out.rows.clear();
    out.atOrAboveTarget = 0;
    if (out.level == AchievementTable::Level::Kcp) {
        auto kcp = loadUnits(db, QStringLiteral("SELECT id, code, name FROM offices WHERE id IN (%1)"), scope.kcpIds);
        if (!kcp)
            return kcp.error();
        if (auto st = appendRows(db, *kcp, QStringLiteral("kcp"),
                                 QStringLiteral("SELECT office_id, SUM(acquisitions) FROM summary_office_month "
                                                "WHERE channel = 'perisai' AND period BETWEEN ? AND ? AND office_id IN (%1) "
                                                "GROUP BY office_id"),
                                 period, cap, out);
            !st)
            return st;
        QList<qint64> branchOnly;
        for (qint64 id : scope.officeIds)
            if (!scope.kcpIds.contains(id))
                branchOnly.append(id);
        auto own = branchOnly.isEmpty() ? Result<QList<Unit>>(QList<Unit>()) : loadUnits(db, wadahSql, branchOnly);
        if (!own)
            return own.error();
        if (auto st = appendRows(db, *own, QStringLiteral("wadah"), wadahSums, period, cap, out); !st)
            return st;
    } else if (auto st = appendRows(db, *wadah, QStringLiteral("wadah"), wadahSums, period, cap, out); !st) {
        return st;
    }
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const AchievementRow &a, const AchievementRow &b) {
        if ((a.target > 0) != (b.target > 0))
            return a.target > 0;
        if (a.target > 0 && a.achievement.ratio != b.achievement.ratio)
            return a.achievement.ratio > b.achievement.ratio;
        return a.acquisitions > b.acquisitions;
    });
    return {};
}

Status loadLeaders(const storage::Database &db, const Scope &scope, const PeriodRange &period, int limit,
                   std::vector<LeaderRow> &out)
{
    // Names only: the leaderboard is shown to a room.
    Query q(db.connection(), QStringLiteral(
        "SELECT a.name, COALESCE(w.name, ''), SUM(s.acquisitions) AS acq,"
        " SUM(CASE WHEN s.period = ? THEN s.active_recruits ELSE 0 END) "
        "FROM summary_agent_month s JOIN agents a ON a.id = s.agent_id LEFT JOIN wadah w ON w.id = a.wadah_id "
        "WHERE s.period BETWEEN ? AND ? AND a.office_id IN (%1) "
        "GROUP BY a.id, a.name, w.name HAVING SUM(s.acquisitions) > 0 "
        "ORDER BY acq DESC, a.name LIMIT ?").arg(placeholders(scope.officeIds.size())));
    q.bind({period.to.key(), period.from.key(), period.to.key()});
    bindIds(q, scope.officeIds);
    q.bind(limit);
    if (auto st = q.exec(); !st)
        return st;
    out.clear();
    while (q.next()) {
        LeaderRow row{0, q.text(0), q.text(1), q.intValue(2), q.intValue(3)};
        // Equal figures share a rank (1, 2, 2, 4).
        row.rank = !out.empty() && out.back().acquisitions == row.acquisitions ? out.back().rank : static_cast<int>(out.size()) + 1;
        out.push_back(row);
    }
    return {};
}

Status loadAwards(const storage::Database &db, qint64 sessionId, std::vector<Award> &out)
{
    // Only the awards the meeting confirmed; suggestions stay on the Monev page.
    out.clear();
    if (sessionId == 0)
        return {};
    Query q(db.connection(), QStringLiteral(
        "SELECT aw.category, aw.rank, a.name, aw.value FROM monev_awards aw JOIN agents a ON a.id = aw.agent_id "
        "WHERE aw.session_id = ? AND aw.confirmed = 1 ORDER BY aw.category, aw.rank"));
    q.bind(sessionId);
    if (auto st = q.exec(); !st)
        return st;
    while (q.next()) {
        Award award{q.text(0), static_cast<int>(q.intValue(1)), q.text(2), std::nullopt};
        if (!q.value(3).isNull())
            award.value = q.value(3).toDouble();
        out.push_back(award);
    }
    // The categories in the order the meeting hands them out.
    static const QStringList order = {QStringLiteral("top_acquisition"), QStringLiteral("best_retention"),
                                      QStringLiteral("best_newcomer"), QStringLiteral("most_improved")};
    auto position = [](const QString &c) {
        const auto i = order.indexOf(c);
        return i < 0 ? order.size() : i;
    };
    std::stable_sort(out.begin(), out.end(), [&](const Award &a, const Award &b) {
        return position(a.category) != position(b.category) ? position(a.category) < position(b.category) : a.rank < b.rank;
    });
    return {};
}

} // namespace perisai::presentation::detail
