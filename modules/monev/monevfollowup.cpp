// MonevService: obstacles, action items and their follow-up, awards, figures, labels.
#include "monevservice.h"

#include "core/format.h"
#include "figures/followup.h"
#include "monevrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace perisai::monev {

namespace {

bool isActionStatus(const QString &s)
{
    return s == action::open || s == action::done || s == action::dropped;
}

} // namespace

Result<qint64> MonevService::saveObstacle(const Obstacle &o)
{
    if (o.description.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("monev", "Describe the obstacle"));
    return storage::inTransaction(m_db.connection(), [&]() -> Result<qint64> {
        if (auto s = editable(o.sessionId, {status::planned, status::held}); !s)
            return s.error();
        return MonevRepository(m_db).saveObstacle(o);
    });
}

Result<qint64> MonevService::saveAction(const Action &a)
{
    if (a.description.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("monev", "Describe the action item"));
    if (!isActionStatus(a.status))
        return makeError(QCoreApplication::translate("monev", "Unknown action status: %1").arg(a.status));
    return storage::inTransaction(m_db.connection(), [&]() -> Result<qint64> {
        if (auto s = editable(a.sessionId, {status::planned, status::held}); !s)
            return s.error();
        return MonevRepository(m_db).saveAction(a);
    });
}

Result<Action> MonevService::action(qint64 actionId) const
{
    return MonevRepository(m_db).action(actionId);
}

Status MonevService::setActionStatus(const Action &seen, const QString &newStatus, const QDate &doneOn)
{
    if (!isActionStatus(newStatus))
        return makeError(QCoreApplication::translate("monev", "Unknown action status: %1").arg(newStatus));
    // Action items outlive their session: their status may change after it was closed.
    return storage::inTransaction(m_db.connection(), [&]() { return MonevRepository(m_db).setActionStatus(seen, newStatus, doneOn); });
}

Status MonevService::reviewAction(qint64 sessionId, qint64 actionId, const QString &reviewStatus, const QString &note,
                                  const ActionReview *seen)
{
    if (!isActionStatus(reviewStatus))
        return makeError(QCoreApplication::translate("monev", "Unknown action status: %1").arg(reviewStatus));
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        auto s = editable(sessionId, {status::held});
        if (!s)
            return s.error();
        MonevRepository repo(m_db);
        if (auto st = repo.setReview(sessionId, actionId, reviewStatus, note, seen); !st)
            return st;
        auto a = repo.action(actionId);
        if (!a)
            return a.error();
        if (a->status == reviewStatus)
            return Status();
        return repo.setActionStatus(*a, reviewStatus, s->heldOn);
    });
}

Result<std::vector<Action>> MonevService::followUpList(ActionFilter filter, const QDate &today) const
{
    return MonevRepository(m_db).allActions(filter, today);
}

Result<std::vector<awards::Candidate>> MonevService::suggestions(qint64 sessionId, const QString &category,
                                                                 const awards::Rules &rules) const
{
    MonevRepository repo(m_db);
    auto s = repo.session(sessionId);
    if (!s)
        return s.error();
    auto rows = repo.snapshot(sessionId);
    if (!rows)
        return rows.error();
    return awards::rank(category, *rows, s->heldOn, rules);
}

Status MonevService::confirmAward(qint64 sessionId, const QString &category, qint64 agentId, double value, const QString &note)
{
    if (!awards::categories().contains(category))
        return makeError(QCoreApplication::translate("monev", "Unknown award category: %1").arg(category));
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        if (auto s = editable(sessionId, {status::held}); !s)
            return s.error();
        Award a;
        a.category = category;
        a.agentId = agentId;
        a.rank = 1;
        a.value = value;
        a.confirmed = true;
        a.note = note;
        return MonevRepository(m_db).saveAward(sessionId, a);
    });
}

Status MonevService::removeAward(qint64 sessionId, const QString &category)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        if (auto s = editable(sessionId, {status::held}); !s)
            return s.error();
        return MonevRepository(m_db).removeAward(sessionId, category, 1);
    });
}

Result<qint64> MonevService::overdueActions(const QDate &today) const
{
    auto f = monevFigures(m_db, {YearMonth::fromDate(today), YearMonth::fromDate(today)}, 0, today);
    if (!f)
        return f.error();
    return f->overdueActions;
}

Result<MonevFigures> monevFigures(const storage::Database &db, const PeriodRange &range, qint64 officeId, const QDate &asOf)
{
    // The figures layer counts them, the same way as the dashboard and `kpi` do.
    QString code;
    if (officeId > 0) {
        auto offices = figures::loadOffices(db);
        if (!offices)
            return offices.error();
        for (const figures::OfficeNode &o : *offices) {
            if (o.id == officeId)
                code = o.code;
        }
    }
    auto scope = figures::resolveScope(db, {code, {}, {}});
    if (!scope)
        return scope.error();
    auto f = figures::followUpFigures(db, *scope, {range, asOf});
    if (!f)
        return f.error();
    return MonevFigures{f->sessions, f->attendanceRate(), f->openActions, f->overdueActions};
}

QString sessionStatusLabel(const QString &s)
{
    if (s == status::planned)
        return QCoreApplication::translate("monev", "planned");
    if (s == status::held)
        return QCoreApplication::translate("monev", "held");
    if (s == status::closed)
        return QCoreApplication::translate("monev", "closed");
    if (s == status::cancelled)
        return QCoreApplication::translate("monev", "cancelled");
    return s;
}

QString attendanceLabel(const QString &v)
{
    if (v == attendance::present)
        return QCoreApplication::translate("monev", "Present");
    if (v == attendance::excused)
        return QCoreApplication::translate("monev", "Excused");
    if (v == attendance::absent)
        return QCoreApplication::translate("monev", "Absent");
    return QCoreApplication::translate("monev", "Not marked");
}

QString actionStatusLabel(const QString &s)
{
    if (s == action::open)
        return QCoreApplication::translate("monev", "Open");
    if (s == action::done)
        return QCoreApplication::translate("monev", "Done");
    if (s == action::dropped)
        return QCoreApplication::translate("monev", "Dropped");
    return s;
}

QString scopeLabel(const Session &s)
{
    if (s.scopeLevel == scope::wadah)
        return QCoreApplication::translate("monev", "Wadah %1").arg(s.wadahName);
    if (s.scopeLevel == scope::kcp)
        return QCoreApplication::translate("monev", "KCP: %1").arg(s.officeName);
    return QCoreApplication::translate("monev", "Branch: %1").arg(s.officeName);
}

QString reviewPeriodLabel(const Session &s)
{
    const YearMonth from = YearMonth::fromKey(s.reviewFrom), to = YearMonth::fromKey(s.reviewTo);
    if (!from.isValid() || !to.isValid())
        return QCoreApplication::translate("monev", "not set");
    if (from == to)
        return fmt::yearMonth(from.year(), from.month());
    if (from.year() == to.year())
        return QStringLiteral("%1–%2").arg(fmt::monthName(from.month()), fmt::yearMonth(to.year(), to.month()));
    return QStringLiteral("%1–%2").arg(fmt::yearMonth(from.year(), from.month()), fmt::yearMonth(to.year(), to.month()));
}

} // namespace perisai::monev
