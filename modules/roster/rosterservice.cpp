#include "rosterservice.h"

#include "core/format.h"
#include "core/phone.h"
#include "roster/agentrepository.h"
#include "roster/conflict.h"
#include "roster/lookuprepository.h"
#include "roster/wadahrepository.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace perisai::roster {
namespace {

QString label(const Agent &a)
{
    return a.code + QLatin1Char(' ') + a.name;
}

template <typename T>
std::variant<T, SaveFailure> failure(Error error)
{
    return SaveFailure{{}, std::move(error)};
}

QString statusSummary(const QString &agent, AgentStatus from, AgentStatus to, const QDate &date, const QString &reason)
{
    QString s = QCoreApplication::translate("roster", "Agent %1: %2 → %3 from %4")
                    .arg(agent, statusLabel(from), statusLabel(to), fmt::date(date));
    if (!reason.trimmed().isEmpty())
        s += QStringLiteral(" (") + reason.trimmed() + QLatin1Char(')');
    return s;
}

} // namespace

RosterService::RosterService(const storage::Database &db, QDate today) : m_db(db), m_today(today) {}

QString RosterService::user() const
{
    return m_db.currentUser();
}

StatusRules RosterService::rules(const QDate &on) const
{
    auto json = LookupRepository(m_db).rule(QStringLiteral("agent_status"), on);
    return json ? StatusRules::fromJson(*json) : StatusRules{};
}

Result<QList<FieldIssue>> RosterService::validate(const Agent &input, bool activating) const
{
    const Agent a = normalizedAgent(input);
    AgentRepository agents(m_db);
    ValidationContext ctx;
    ctx.activating = activating;
    ctx.today = m_today;
    auto nikOwner = agents.nikOwner(a.nik, a.id);
    if (!nikOwner)
        return nikOwner.error();
    ctx.nikOwner = *nikOwner;
    auto codeOwner = agents.codeOwner(a.code, a.id);
    if (!codeOwner)
        return codeOwner.error();
    ctx.codeOwner = *codeOwner;
    if (a.wadahId > 0) {
        auto wadah = WadahRepository(m_db).load(a.wadahId);
        if (wadah)
            ctx.partnerBank = wadah->partnerBank;
    }
    return validateAgent(a, ctx);
}

std::variant<Agent, SaveFailure> RosterService::addAgent(Agent agent, bool keepId)
{
    Agent a = normalizedAgent(std::move(agent));
    if (!keepId)
        a.id = 0;
    const bool activating = a.status == AgentStatus::Active;
    if (!activating)
        a.status = AgentStatus::Candidate;
    if (!a.statusSince.isValid())
        a.statusSince = a.joinedOn.isValid() ? a.joinedOn : m_today;
    auto issues = validate(a, activating);
    if (!issues)
        return failure<Agent>(issues.error());
    if (!issues->isEmpty())
        return SaveFailure{*issues, {}};

    AgentRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return failure<Agent>(tx.beginError().error());
    auto id = repo.insert(a, user());
    if (!id)
        return failure<Agent>(id.error());
    StatusEntry first{0, a.status, a.statusSince, QCoreApplication::translate("roster", "Registered"), false, user(), {}};
    if (auto h = repo.addHistory(*id, first); !h)
        return failure<Agent>(h.error());
    if (auto st = tx.commit(); !st)
        return failure<Agent>(st.error());
    auto saved = repo.load(*id);
    if (!saved)
        return failure<Agent>(saved.error());
    return *saved;
}

std::variant<Agent, SaveFailure> RosterService::updateAgent(Agent agent, int expectedVersion, const QString &action)
{
    Agent a = normalizedAgent(std::move(agent));
    auto issues = validate(a, a.status == AgentStatus::Active);
    if (!issues)
        return failure<Agent>(issues.error());
    if (!issues->isEmpty())
        return SaveFailure{*issues, {}};
    AgentRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return failure<Agent>(tx.beginError().error());
    auto version = repo.update(a, expectedVersion, user(), action);
    if (!version)
        return failure<Agent>(version.error());
    if (auto st = tx.commit(); !st)
        return failure<Agent>(st.error());
    auto saved = repo.load(a.id);
    if (!saved)
        return failure<Agent>(saved.error());
    return *saved;
}

Status RosterService::removeAgent(qint64 id, int expectedVersion)
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    if (auto st = AgentRepository(m_db).remove(id, expectedVersion, user()); !st)
        return st;
    return tx.commit();
}

Result<StatusChange> RosterService::changeStatus(qint64 agentId, int expectedVersion, AgentStatus to, const QDate &date,
                                                 const QString &reason)
{
    AgentRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    auto agent = repo.load(agentId);
    if (!agent || agent->version != expectedVersion)
        return conflictFor(m_db, QStringLiteral("agents"), agentId).error();
    if (auto st = checkTransition(*agent, to, date, reason, rules(date), m_today); !st)
        return st.error();
    StatusChange change{agentId, label(*agent), agent->status, agent->statusSince, to, date, reason.trimmed(), false, 0, 0};
    auto applied = applyStatus(change, expectedVersion);
    if (!applied)
        return applied.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return *applied;
}

Result<StatusChange> RosterService::applyStatus(const StatusChange &change, int expectedVersion)
{
    AgentRepository repo(m_db);
    StatusChange c = change;
    auto version = repo.setStatus(c.agentId, expectedVersion, c.to, c.date, user(),
                                  statusSummary(c.agentLabel, c.from, c.to, c.date, c.reason));
    if (!version)
        return version.error();
    auto history = repo.addHistory(c.agentId, {0, c.to, c.date, c.reason, c.automatic, user(), {}});
    if (!history)
        return history.error();
    c.historyId = *history;
    c.version = *version;
    return c;
}

Result<StatusChange> RosterService::reapplyStatus(const StatusChange &change, int expectedVersion)
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    auto applied = applyStatus(change, expectedVersion);
    if (!applied)
        return applied.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return *applied;
}

Result<int> RosterService::revertStatus(const StatusChange &change, int expectedVersion)
{
    AgentRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    const QString summary = QCoreApplication::translate("roster", "Undone: %1")
                                .arg(statusSummary(change.agentLabel, change.from, change.to, change.date, change.reason));
    auto version = repo.setStatus(change.agentId, expectedVersion, change.from, change.fromSince, user(), summary, QStringLiteral("undo"));
    if (!version)
        return version.error();
    if (auto st = repo.removeHistory(change.historyId); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return *version;
}

Result<QList<StatusChange>> RosterService::applyAutomaticDeactivation()
{
    storage::Query newest(m_db.connection(), QStringLiteral("SELECT MAX(period) FROM summary_agent_month"));
    auto maxPeriod = newest.scalar();
    if (!maxPeriod)
        return maxPeriod.error();
    if (maxPeriod->isNull())
        return QList<StatusChange>{};
    // Only complete months whose data has arrived are judged.
    const YearMonth lastMonth = std::min(YearMonth::fromDate(m_today).addMonths(-1), YearMonth::fromKey(maxPeriod->toInt()));
    const StatusRules rules = this->rules(m_today);

    AgentRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    auto active = repo.activeAgents();
    if (!active)
        return active.error();
    QList<StatusChange> changes;
    for (const Agent &a : *active) {
        const QDate since = a.statusSince.isValid() ? a.statusSince : a.joinedOn;
        if (!since.isValid())
            continue;
        auto activity = repo.activity(a.id, YearMonth::fromDate(since), lastMonth);
        if (!activity)
            return activity.error();
        const auto date = automaticDeactivationDate(since, lastMonth, *activity, rules);
        if (!date || *date > m_today)
            continue;
        const YearMonth last = YearMonth::fromDate(*date).addMonths(-1);
        const YearMonth first = last.addMonths(1 - rules.inactiveAfterMonths);
        const QString reason = QCoreApplication::translate("roster", "No acquisition and no contribution collected for %n month(s) (%1 – %2)",
                                                           nullptr, rules.inactiveAfterMonths)
                                   .arg(fmt::yearMonth(first.year(), first.month()), fmt::yearMonth(last.year(), last.month()));
        StatusChange c{a.id, label(a), a.status, a.statusSince, AgentStatus::Inactive, *date, reason, true, 0, 0};
        auto applied = applyStatus(c, a.version);
        if (!applied && isConflict(applied.error()))
            continue; // another desk changed this agent a moment ago (perhaps the same rule): leave it to them
        if (!applied)
            return applied.error();
        changes.append(*applied);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return changes;
}

QStringList RosterService::validateWadah(const Wadah &w) const
{
    QStringList messages;
    if (w.code.trimmed().isEmpty())
        messages << QCoreApplication::translate("roster", "Enter the wadah code.");
    else if (auto owner = WadahRepository(m_db).codeOwner(w.code, w.id); owner && !owner->isEmpty())
        messages << QCoreApplication::translate("roster", "The code %1 is already used by wadah %2.").arg(w.code.trimmed(), *owner);
    if (w.name.trimmed().size() < 2)
        messages << QCoreApplication::translate("roster", "Enter the wadah's name.");
    if (w.officeId == 0)
        messages << QCoreApplication::translate("roster", "Choose the KCP that supervises the wadah.");
    if (!wadahKinds().contains(w.kind))
        messages << QCoreApplication::translate("roster", "Choose the kind of wadah.");
    if (!w.phone.trimmed().isEmpty())
        if (auto phone = Phone::normalize(w.phone); !phone)
            messages << phone.error().message;
    return messages;
}

static Wadah normalizedWadah(Wadah w)
{
    w.code = w.code.trimmed().toUpper();
    w.name = w.name.simplified();
    w.partnerBank = w.partnerBank.trimmed();
    w.supervisor = w.supervisor.simplified();
    w.leaderName = w.leaderName.simplified();
    if (auto phone = Phone::normalize(w.phone); phone)
        w.phone = *phone;
    return w;
}

std::variant<Wadah, SaveFailure> RosterService::addWadah(Wadah wadah, bool keepId)
{
    Wadah w = normalizedWadah(std::move(wadah));
    if (!keepId)
        w.id = 0;
    if (const QStringList m = validateWadah(w); !m.isEmpty())
        return failure<Wadah>(makeError(m.join(QLatin1Char('\n'))));
    WadahRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return failure<Wadah>(tx.beginError().error());
    auto id = repo.insert(w, user());
    if (!id)
        return failure<Wadah>(id.error());
    if (auto st = tx.commit(); !st)
        return failure<Wadah>(st.error());
    auto saved = repo.load(*id);
    if (!saved)
        return failure<Wadah>(saved.error());
    return *saved;
}

std::variant<Wadah, SaveFailure> RosterService::updateWadah(Wadah wadah, int expectedVersion, const QString &action)
{
    Wadah w = normalizedWadah(std::move(wadah));
    if (const QStringList m = validateWadah(w); !m.isEmpty())
        return failure<Wadah>(makeError(m.join(QLatin1Char('\n'))));
    WadahRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return failure<Wadah>(tx.beginError().error());
    if (auto v = repo.update(w, expectedVersion, user(), action); !v)
        return failure<Wadah>(v.error());
    if (auto st = tx.commit(); !st)
        return failure<Wadah>(st.error());
    auto saved = repo.load(w.id);
    if (!saved)
        return failure<Wadah>(saved.error());
    return *saved;
}

Status RosterService::removeWadah(qint64 id, int expectedVersion)
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    if (auto st = WadahRepository(m_db).remove(id, expectedVersion, user()); !st)
        return st;
    return tx.commit();
}

Result<qint64> RosterService::addNote(qint64 agentId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("roster", "The note is empty."));
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    auto id = AgentRepository(m_db).addNote(agentId, {0, m_today, user(), text.trimmed()});
    if (!id)
        return id.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return *id;
}

Status RosterService::removeNote(qint64 agentId, qint64 noteId)
{
    Q_UNUSED(agentId)
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    if (auto st = AgentRepository(m_db).removeNote(noteId, user()); !st)
        return st;
    return tx.commit();
}

} // namespace perisai::roster
