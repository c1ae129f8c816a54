// Undo and redo of agreement edits: each step first checks that the agreement is still as the step left it.
#include "agreements/agreementrepository.h"
#include "agreements/agreementservice.h"
#include "roster/conflict.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace perisai::agreements {

namespace {

// The stored row, provided it is still as `expected` (version aside).
Result<Agreement> unchangedSince(const storage::Database &db, AgreementRepository &repo, const Agreement &expected)
{
    auto stored = repo.byId(expected.id);
    if (!stored)
        return stored.error();
    if (!sameContent(*stored, expected))
        return roster::conflictNamed(db, QStringLiteral("agreements"), expected.id,
                                     QCoreApplication::translate("Agreements", "PKS %1 was changed since (perhaps on another desk); "
                                                                               "it is kept as it is now.").arg(stored->number));
    return stored;
}

} // namespace

Status AgreementService::restore(const Agreement &expectedNow, const Agreement &target)
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    AgreementRepository repo(m_db);
    auto stored = unchangedSince(m_db, repo, expectedNow);
    if (!stored)
        return stored.error();
    Agreement back = target;
    back.version = stored->version;
    if (auto st = repo.update(back, QCoreApplication::translate("Agreements", "Undo/redo on PKS %1").arg(target.number)); !st)
        return st;
    return tx.commit();
}

Status AgreementService::removeCreated(const Agreement &expectedNow)
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    AgreementRepository repo(m_db);
    auto stored = unchangedSince(m_db, repo, expectedNow);
    if (!stored)
        return stored.error();
    if (auto st = repo.remove(*stored, QCoreApplication::translate("Agreements", "Undid the creation of PKS %1").arg(stored->number)); !st)
        return st;
    return tx.commit();
}

Status AgreementService::undoRenewals(const std::vector<std::pair<Agreement, Agreement>> &renewals)
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    AgreementRepository repo(m_db);
    for (const auto &[previousBefore, next] : renewals) {
        auto created = unchangedSince(m_db, repo, next);
        if (!created)
            return created.error();
        if (auto st = repo.remove(*created, QCoreApplication::translate("Agreements", "Undid the renewal %1").arg(next.number)); !st)
            return st;
        Agreement renewedBefore = previousBefore;
        renewedBefore.status = StoredStatus::Renewed;
        auto previous = unchangedSince(m_db, repo, renewedBefore);
        if (!previous)
            return previous.error();
        Agreement back = previousBefore;
        back.version = previous->version;
        if (auto st = repo.update(back, QCoreApplication::translate("Agreements", "PKS %1 active again (renewal undone)")
                                            .arg(previousBefore.number)); !st)
            return st;
    }
    return tx.commit();
}

} // namespace perisai::agreements
