// RosterService for wadah (validation, add, edit, undo of an addition) and agent notes.
#include "rosterservice.h"

#include "core/phone.h"
#include "roster/agentrepository.h"
#include "roster/wadahrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace perisai::roster {
namespace {

std::variant<Wadah, SaveFailure> failure(Error error)
{
    return SaveFailure{{}, std::move(error)};
}

} // namespace

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
        return failure(makeError(m.join(QLatin1Char('\n'))));
    WadahRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return failure(tx.beginError().error());
    auto id = repo.insert(w, user());
    if (!id)
        return failure(id.error());
    if (auto st = tx.commit(); !st)
        return failure(st.error());
    auto saved = repo.load(*id);
    if (!saved)
        return failure(saved.error());
    return *saved;
}

std::variant<Wadah, SaveFailure> RosterService::updateWadah(Wadah wadah, int expectedVersion, const QString &action)
{
    Wadah w = normalizedWadah(std::move(wadah));
    if (const QStringList m = validateWadah(w); !m.isEmpty())
        return failure(makeError(m.join(QLatin1Char('\n'))));
    WadahRepository repo(m_db);
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return failure(tx.beginError().error());
    if (auto v = repo.update(w, expectedVersion, user(), action); !v)
        return failure(v.error());
    if (auto st = tx.commit(); !st)
        return failure(st.error());
    auto saved = repo.load(w.id);
    if (!saved)
        return failure(saved.error());
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

Status RosterService::recordReveal(const Agent &agent, const QStringList &fields)
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    if (auto st = AgentRepository(m_db).logReveal(agent, fields, user()); !st)
        return st;
    return tx.commit();
}

} // namespace perisai::roster
