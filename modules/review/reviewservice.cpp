#include "reviewservice.h"

#include "caserepository.h"
#include "core/format.h"
#include "roster/agentrepository.h"
#include "roster/conflict.h"
#include "roster/rosterservice.h"
#include "roster/statusrules.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include "review/reviewtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace perisai::review {
namespace {

QList<qint64> newParticipants(const ReviewCase &latest, const QList<qint64> &evidence)
{
    const QSet<qint64> known(latest.participants.begin(), latest.participants.end());
    QList<qint64> out;
    for (qint64 id : evidence) {
        if (!known.contains(id))
            out.push_back(id);
    }
    return out;
}

QJsonObject caseJson(const ReviewCase &c)
{
    return {{QStringLiteral("kind"), c.kind},
            {QStringLiteral("agent"), c.agentCode},
            {QStringLiteral("state"), stateKey(c.state)},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("count"), c.count},
            {QStringLiteral("participants"), qint64(c.participants.size())},
            {QStringLiteral("detail"), c.detail}};
}

QString caseLabel(const ReviewCase &c)
{
    return c.agentCode.isEmpty() ? caseKindTitle(c.kind) : caseKindTitle(c.kind) + QStringLiteral(" · ") + c.agentCode;
}

Status audit(const storage::Database &db, const QString &action, const ReviewCase &before, const ReviewCase &after,
             const QString &summary)
{
    return storage::writeAudit(db.connection(), {db.currentUser(), action, QStringLiteral("review_cases"), after.id, summary,
                                                 before.id ? caseJson(before) : QJsonObject(), caseJson(after)});
}

ReviewCase fromSignal(const figures::AgentSignal &s, const figures::SignalTable &table)
{
    ReviewCase c;
    c.kind = figures::signalKey(s.kind);
    c.source = CaseSource::Signal;
    c.agentId = s.agentId;
    c.agentCode = s.agentCode;
    c.periodFrom = table.period.range.from.key();
    c.periodTo = table.period.range.to.key();
    c.value = s.value;
    c.baseline = s.baseline;
    c.count = s.count;
    c.detail = s.detail;
    c.participants = s.participants;
    return c;
}

} // namespace

SyncAction decideSync(const ReviewCase &latest, const QList<qint64> &evidence)
{
    if (!latest.id)
        return SyncAction::Create;
    const bool fresh = !newParticipants(latest, evidence).isEmpty();
    switch (latest.state) {
    case CaseState::Open:
    case CaseState::UnderReview: return fresh ? SyncAction::Extend : SyncAction::Keep;
    case CaseState::Cleared: return fresh ? SyncAction::Reopen : SyncAction::Keep;
    case CaseState::Confirmed: return fresh ? SyncAction::Create : SyncAction::Keep;
    }
    return SyncAction::Keep;
}

CaseState reportedState(const ReviewCase &latest, const QList<qint64> &evidence)
{
    const SyncAction action = decideSync(latest, evidence);
    return action == SyncAction::Keep || action == SyncAction::Extend ? latest.state : CaseState::Open;
}

QString ReviewService::user() const
{
    return m_db.currentUser();
}

Result<SyncOutcome> ReviewService::sync(const figures::SignalTable &table)
{
    CaseRepository repo(m_db);
    return storage::inTransaction(m_db.connection(), [&]() -> Result<SyncOutcome> {
        SyncOutcome outcome;
        for (const figures::AgentSignal &s : table.raised) {
            auto latest = repo.latestSignalCase(s.agentId, figures::signalKey(s.kind));
            if (!latest)
                return latest.error();
            ReviewCase next = fromSignal(s, table);
            const SyncAction action = decideSync(*latest, s.participants);
            if (action == SyncAction::Create) {
                auto id = repo.insert(next);
                if (!id)
                    return id.error();
                next.id = *id;
                if (auto st = audit(m_db, QStringLiteral("insert"), {}, next, Review::tr("Review case opened: %1").arg(caseLabel(next))); !st)
                    return st.error();
                ++outcome.created;
                continue;
            }
            ReviewCase updated = *latest;
            updated.value = s.value;
            updated.baseline = s.baseline;
            updated.count = s.count;
            updated.detail = s.detail;
            updated.periodTo = std::max(latest->periodTo, next.periodTo);
            const QList<qint64> added = newParticipants(*latest, s.participants);
            if (action == SyncAction::Reopen) {
                updated.state = CaseState::Open;
                updated.reason.clear();
                updated.decidedBy.clear();
                updated.decidedAt = {};
            }
            if (action == SyncAction::Keep && updated.detail == latest->detail && updated.count == latest->count)
                continue;
            if (auto st = repo.update(updated); !st)
                return st.error();
            if (auto st = repo.addParticipants(updated.id, added); !st)
                return st.error();
            updated.participants += added;
            if (action == SyncAction::Reopen) {
                const QString note = Review::tr("Opened again: the signal names %n participant(s) the cleared case did not", nullptr, int(added.size()));
                if (auto st = repo.addNote(updated.id, user(), note); !st)
                    return st.error();
                if (auto st = audit(m_db, QStringLiteral("status"), *latest, updated, note); !st)
                    return st.error();
                ++outcome.reopened;
            } else if (action == SyncAction::Extend) {
                ++outcome.extended;
            }
        }
        auto flags = repo.pendingFlags();
        if (!flags)
            return flags.error();
        for (const PendingFlag &f : *flags) {
            ReviewCase c;
            c.kind = f.kind;
            c.source = CaseSource::Flag;
            c.agentId = f.agentId;
            c.flagId = f.flagId;
            c.periodFrom = c.periodTo = f.regPeriod;
            c.count = 1;
            c.detail = f.detail;
            c.participants = {f.participantId};
            // A flag a person already looked at keeps that decision.
            if (f.status == QLatin1String("dismissed")) {
                c.state = CaseState::Cleared;
                c.reason = f.reviewNote.isEmpty() ? Review::tr("Dismissed before review cases existed") : f.reviewNote;
                c.decidedBy = f.reviewedBy;
            } else if (f.status == QLatin1String("reviewed")) {
                c.state = CaseState::UnderReview;
            }
            auto id = repo.insert(c);
            if (!id)
                return id.error();
            c.id = *id;
            if (!f.reviewNote.isEmpty() && c.state == CaseState::UnderReview) {
                if (auto st = repo.addNote(c.id, f.reviewedBy.isEmpty() ? user() : f.reviewedBy, f.reviewNote); !st)
                    return st.error();
            }
            if (auto st = audit(m_db, QStringLiteral("insert"), {}, c, Review::tr("Review case opened: %1").arg(caseLabel(c))); !st)
                return st.error();
            ++outcome.created;
        }
        return outcome;
    });
}

Result<ReviewCase> ReviewService::move(qint64 caseId, int expectedVersion, CaseState to, const QString &reason)
{
    CaseRepository repo(m_db);
    return storage::inTransaction(m_db.connection(), [&]() -> Result<ReviewCase> {
        auto before = repo.load(caseId);
        if (!before)
            return before.error();
        if (before->version != expectedVersion)
            return roster::conflictNamed(m_db, QStringLiteral("review_cases"), caseId,
                                         Review::tr("Someone else changed this case meanwhile; it was read again"));
        const bool allowed = (to == CaseState::UnderReview && before->state == CaseState::Open)
                             || (decided(to) && !decided(before->state));
        if (!allowed)
            return makeError(Review::tr("A case that is %1 cannot become %2").arg(stateTitle(before->state), stateTitle(to)));
        if (to == CaseState::Cleared && reason.trimmed().isEmpty())
            return makeError(Review::tr("Say why the case is cleared"));
        ReviewCase after = *before;
        after.state = to;
        if (decided(to)) {
            after.reason = reason.trimmed();
            after.decidedBy = user();
            after.decidedAt = QDateTime::currentDateTimeUtc();
        }
        if (auto st = repo.update(after); !st)
            return st.error();
        ++after.version;
        if (after.flagId) {
            const QString status = to == CaseState::Cleared ? QStringLiteral("dismissed") : QStringLiteral("reviewed");
            if (auto st = repo.setFlagStatus(after.flagId, status, user(), after.reason); !st)
                return st.error();
        }
        const QString summary = Review::tr("Review case %1: %2").arg(caseLabel(after), stateTitle(to))
                                + (after.reason.isEmpty() ? QString() : QStringLiteral(" — ") + after.reason);
        if (auto st = audit(m_db, QStringLiteral("status"), *before, after, summary); !st)
            return st.error();
        return after;
    });
}

Result<ReviewCase> ReviewService::startReview(qint64 caseId, int expectedVersion)
{
    return move(caseId, expectedVersion, CaseState::UnderReview, {});
}

Result<ReviewCase> ReviewService::clear(qint64 caseId, int expectedVersion, const QString &reason)
{
    return move(caseId, expectedVersion, CaseState::Cleared, reason);
}

Result<ReviewCase> ReviewService::confirm(qint64 caseId, int expectedVersion, const QString &reason)
{
    return move(caseId, expectedVersion, CaseState::Confirmed, reason);
}

Status ReviewService::addNote(qint64 caseId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return makeError(Review::tr("A note needs some text"));
    CaseRepository repo(m_db);
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        auto c = repo.load(caseId);
        if (!c)
            return c.error();
        if (auto st = repo.addNote(caseId, user(), text.trimmed()); !st)
            return st;
        return storage::writeAudit(m_db.connection(), {user(), QStringLiteral("update"), QStringLiteral("review_cases"), caseId,
                                                        Review::tr("Note on review case %1: %2").arg(caseLabel(*c), text.trimmed()),
                                                        {}, {{QStringLiteral("note"), text.trimmed()}}});
    });
}

Status ReviewService::logEvidenceReveal(qint64 caseId)
{
    return addNote(caseId, Review::tr("NIK and phone numbers of the evidence shown in full"));
}

Result<DismissalSuggestion> ReviewService::dismissalSuggestion(qint64 caseId) const
{
    auto c = CaseRepository(m_db).load(caseId);
    if (!c)
        return c.error();
    if (c->state != CaseState::Confirmed || !c->agentId)
        return makeError(Review::tr("Only a confirmed case with an agent suggests a dismissal"));
    auto agent = roster::AgentRepository(m_db).load(c->agentId);
    if (!agent)
        return agent.error();
    DismissalSuggestion s;
    s.agentId = agent->id;
    s.agentCode = agent->code;
    s.agentVersion = agent->version;
    s.reason = Review::tr("Review case %1 confirmed: %2").arg(c->id).arg(c->reason.isEmpty() ? caseKindTitle(c->kind) : c->reason);
    const roster::RosterService roster(m_db, m_today);
    const auto check = roster::checkTransition(*agent, roster::AgentStatus::Dismissed, m_today, s.reason, roster.rules(m_today), m_today);
    s.allowed = check.ok();
    s.refusal = check.errorText();
    return s;
}

Status ReviewService::dismissAgent(const DismissalSuggestion &suggestion)
{
    roster::RosterService roster(m_db, m_today);
    auto change = roster.changeStatus(suggestion.agentId, suggestion.agentVersion, roster::AgentStatus::Dismissed, m_today, suggestion.reason);
    if (!change)
        return change.error();
    return {};
}

} // namespace perisai::review
