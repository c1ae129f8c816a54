#include "monevservice.h"

#include "figures/followup.h"
#include "monevrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace perisai::monev {

namespace {

Status validate(const Session &s)
{
    if (s.title.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("monev", "A session needs a title"));
    if (!s.heldOn.isValid())
        return makeError(QCoreApplication::translate("monev", "A session needs a date"));
    if (s.scopeLevel == scope::wadah ? s.wadahId <= 0 : s.officeId <= 0)
        return makeError(QCoreApplication::translate("monev", "Choose the office or wadah the session is for"));
    if (s.reviewFrom || s.reviewTo) {
        const YearMonth from = YearMonth::fromKey(s.reviewFrom), to = YearMonth::fromKey(s.reviewTo);
        if (!from.isValid() || !to.isValid() || to < from)
            return makeError(QCoreApplication::translate("monev", "The review period must run from an earlier month to a later one"));
    }
    return {};
}

} // namespace

MonevService::MonevService(const storage::Database &db) : m_db(db) {}

double SessionSummary::attendanceRate() const
{
    return figures::attendanceRate(present, invited);
}

double MonevService::AgentRecord::rate() const
{
    return figures::attendanceRate(present, invited);
}

Result<std::vector<SessionSummary>> MonevService::sessions() const
{
    auto list = MonevRepository(m_db).sessions();
    if (!list)
        return list;
    auto counted = figures::sessionFigures(m_db, QDate::currentDate());
    if (!counted)
        return counted.error();
    for (SessionSummary &sum : *list) {
        const figures::SessionFigures f = counted->value(sum.session.id);
        sum.invited = static_cast<int>(f.attendance.invited);
        sum.present = static_cast<int>(f.attendance.present);
        sum.excused = static_cast<int>(f.attendance.excused);
        sum.absent = static_cast<int>(f.attendance.absent);
        sum.obstacles = static_cast<int>(f.obstacles);
        sum.openActions = static_cast<int>(f.openActions);
    }
    return list;
}

Result<SessionDetail> MonevService::load(qint64 sessionId) const
{
    MonevRepository repo(m_db);
    SessionDetail d;
    auto s = repo.session(sessionId);
    if (!s)
        return s.error();
    d.session = *s;
    auto attendees = repo.attendees(sessionId);
    auto obstacles = repo.obstacles(sessionId);
    auto actions = repo.actions(sessionId);
    auto awards = repo.awards(sessionId);
    auto snapshot = repo.snapshot(sessionId);
    for (const Status &st : {attendees ? Status() : attendees.error(), obstacles ? Status() : obstacles.error(),
                             actions ? Status() : actions.error(), awards ? Status() : awards.error(),
                             snapshot ? Status() : snapshot.error()})
        if (!st)
            return st.error();
    d.attendees = *attendees;
    d.obstacles = *obstacles;
    d.actions = *actions;
    d.awards = *awards;
    d.snapshot = *snapshot;
    if (d.session.status == status::planned) {
        auto cov = repo.coverage(d.session.scopeLevel, d.session.officeId, d.session.wadahId);
        if (!cov)
            return cov.error();
        auto ids = repo.openActionsBefore(d.session.heldOn, d.session.id, *cov);
        if (!ids)
            return ids.error();
        for (qint64 id : *ids) {
            auto a = repo.action(id);
            if (!a)
                return a.error();
            d.followUp.push_back({*a, {}, {}});
        }
    } else {
        auto reviews = repo.reviews(sessionId);
        if (!reviews)
            return reviews.error();
        d.followUp = *reviews;
    }
    return d;
}

Result<qint64> MonevService::create(Session s, bool inviteScope)
{
    s.status = status::planned;
    if (s.reviewFrom == 0 && s.heldOn.isValid()) {
        // By default the three complete months before the session.
        const YearMonth last = YearMonth::fromDate(s.heldOn).addMonths(-1);
        s.reviewFrom = last.addMonths(-2).key();
        s.reviewTo = last.key();
    }
    if (auto st = validate(s); !st)
        return st.error();
    return storage::inTransaction(m_db.connection(), [&]() -> Result<qint64> {
        MonevRepository repo(m_db);
        auto id = repo.insertSession(s);
        if (!id || !inviteScope)
            return id;
        auto cov = repo.coverage(s.scopeLevel, s.officeId, s.wadahId);
        if (!cov)
            return cov.error();
        auto agents = repo.activeAgentsOf(*cov);
        if (!agents)
            return agents.error();
        if (auto st = repo.setInvitations(*id, *agents); !st)
            return st.error();
        return id;
    });
}

Result<Session> MonevService::editable(qint64 sessionId, const QStringList &allowed) const
{
    auto s = MonevRepository(m_db).session(sessionId);
    if (!s)
        return s;
    if (!allowed.contains(s->status))
        return makeError(QCoreApplication::translate("monev", "The session \"%1\" is %2; this cannot be changed now").arg(s->title, sessionStatusLabel(s->status)));
    return s;
}

Status MonevService::update(const Session &changed)
{
    if (auto st = validate(changed); !st)
        return st;
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        auto current = editable(changed.id, {status::planned, status::held});
        if (!current)
            return current.error();
        // Once held, the snapshot belongs to this scope and review period.
        if (current->status != status::planned
            && (changed.scopeLevel != current->scopeLevel || changed.officeId != current->officeId
                || changed.wadahId != current->wadahId || changed.reviewFrom != current->reviewFrom
                || changed.reviewTo != current->reviewTo))
            return makeError(QCoreApplication::translate("monev", "The scope and review period are fixed once the session was held"));
        return MonevRepository(m_db).updateSession(changed);
    });
}

Status MonevService::inviteScope(qint64 sessionId)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        auto s = editable(sessionId, {status::planned, status::held});
        if (!s)
            return s.error();
        MonevRepository repo(m_db);
        auto cov = repo.coverage(s->scopeLevel, s->officeId, s->wadahId);
        if (!cov)
            return cov.error();
        auto agents = repo.activeAgentsOf(*cov);
        if (!agents)
            return agents.error();
        auto current = repo.attendees(sessionId);
        if (!current)
            return current.error();
        QList<qint64> all = *agents;
        for (const Attendee &a : *current)
            if (!all.contains(a.agentId))
                all << a.agentId;
        return repo.setInvitations(sessionId, all);
    });
}

Status MonevService::setInvitations(qint64 sessionId, const QList<qint64> &agentIds)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        if (auto s = editable(sessionId, {status::planned, status::held}); !s)
            return s.error();
        return MonevRepository(m_db).setInvitations(sessionId, agentIds);
    });
}

Result<std::vector<ScopeChoice>> MonevService::offices() const
{
    return MonevRepository(m_db).offices();
}

Result<std::vector<ScopeChoice>> MonevService::wadahList() const
{
    return MonevRepository(m_db).wadahList();
}

Status MonevService::transition(qint64 sessionId, const QString &from, const QString &to)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        auto s = editable(sessionId, {from});
        if (!s)
            return s.error();
        return MonevRepository(m_db).setSessionStatus(*s, to);
    });
}

Status MonevService::markHeld(qint64 sessionId)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        auto s = editable(sessionId, {status::planned});
        if (!s)
            return s.error();
        MonevRepository repo(m_db);
        QString takenAt;
        auto existing = repo.snapshot(sessionId);
        if (!existing)
            return existing.error();
        if (existing->empty()) {
            auto rows = repo.computeSnapshot(*s);
            if (!rows)
                return rows.error();
            if (auto st = repo.writeSnapshot(sessionId, *rows); !st)
                return st;
            takenAt = storage::nowIso();
        }
        auto cov = repo.coverage(s->scopeLevel, s->officeId, s->wadahId);
        if (!cov)
            return cov.error();
        auto open = repo.openActionsBefore(s->heldOn, sessionId, *cov);
        if (!open)
            return open.error();
        if (auto st = repo.addReviews(sessionId, *open); !st)
            return st;
        return repo.setSessionStatus(*s, status::held, takenAt);
    });
}

Status MonevService::close(qint64 sessionId)
{
    return transition(sessionId, status::held, status::closed);
}

Status MonevService::cancel(qint64 sessionId)
{
    return transition(sessionId, status::planned, status::cancelled);
}

Status MonevService::reopen(qint64 sessionId)
{
    return transition(sessionId, status::closed, status::held);
}

Status MonevService::setAttendance(qint64 sessionId, qint64 agentId, const QString &value, const QString &note)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        if (auto s = editable(sessionId, {status::planned, status::held}); !s)
            return s.error();
        return MonevRepository(m_db).setAttendance(sessionId, agentId, value, note);
    });
}

Status MonevService::setAttendance(qint64 sessionId, const QList<QPair<qint64, QString>> &changes)
{
    QList<AttendanceMark> marks;
    for (const auto &[agentId, value] : changes)
        marks.append({agentId, {}, value});
    return setAttendance(sessionId, marks);
}

Status MonevService::setAttendance(qint64 sessionId, const QList<AttendanceMark> &marks)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        if (auto s = editable(sessionId, {status::planned, status::held}); !s)
            return s.error();
        MonevRepository repo(m_db);
        auto current = repo.attendees(sessionId);
        if (!current)
            return current.error();
        for (const AttendanceMark &m : marks) {
            QString note;
            for (const Attendee &a : *current)
                if (a.agentId == m.agentId)
                    note = a.note;
            if (auto st = repo.setAttendance(sessionId, m.agentId, m.value, note, m.seen); !st)
                return st;
        }
        return Status();
    });
}

Result<MonevService::AgentRecord> MonevService::agentAttendance(qint64 agentId) const
{
    auto rows = figures::agentAttendance(m_db, agentId);
    if (!rows)
        return rows.error();
    AgentRecord r;
    figures::AttendanceCounts counts;
    for (const figures::AttendanceMark &row : *rows) {
        counts.add(row.mark);
        r.sessions.emplace_back(row.heldOn, row.mark);
    }
    r.invited = static_cast<int>(counts.invited);
    r.present = static_cast<int>(counts.present);
    return r;
}

Result<std::vector<Category>> MonevService::categories(bool includeInactive) const
{
    return MonevRepository(m_db).categories(includeInactive);
}

Result<qint64> MonevService::saveCategory(const Category &c)
{
    if (c.nameId.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("monev", "A category needs a name"));
    Category copy = c;
    if (copy.code.isEmpty())
        copy.code = QStringLiteral("c%1").arg(QDateTime::currentMSecsSinceEpoch());
    return storage::inTransaction(m_db.connection(), [&]() { return MonevRepository(m_db).saveCategory(copy); });
}

} // namespace perisai::monev
