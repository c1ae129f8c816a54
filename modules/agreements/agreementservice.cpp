#include "agreements/agreementservice.h"

#include "agreements/agreementrepository.h"
#include "core/format.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace perisai::agreements {

std::vector<AgreementRow> deriveRows(const std::vector<StoredRow> &stored, const QDate &today)
{
    QHash<qint64, std::vector<const Agreement *>> byWadah;
    for (const StoredRow &s : stored)
        byWadah[s.agreement.wadahId].push_back(&s.agreement);
    std::vector<AgreementRow> rows;
    rows.reserve(stored.size());
    for (const StoredRow &s : stored) {
        const Agreement &a = s.agreement;
        AgreementRow row;
        row.agreement = a;
        row.wadahCode = s.wadahCode;
        row.wadahName = s.wadahName;
        row.wadahActive = s.wadahActive;
        row.documentCount = s.documentCount;
        // A successor: the renewal linked to it, or any later agreement of the same wadah that is not a draft
        // (an agreement entered by hand after this one ended replaces it just the same).
        bool hasSuccessor = false;
        for (const Agreement *b : byWadah.value(a.wadahId)) {
            if (b->id == a.id || b->status == StoredStatus::Draft || a.status == StoredStatus::Draft)
                continue;
            if (b->previousId == a.id || b->startsOn > a.endsOn) {
                hasSuccessor = true;
                if (row.successorNumber.isEmpty() || b->previousId == a.id)
                    row.successorNumber = b->number;
            }
        }
        row.status = deriveStatus(a, hasSuccessor, today);
        row.daysLeft = daysLeft(a, today);
        rows.push_back(std::move(row));
    }
    return rows;
}

AgreementService::AgreementService(const storage::Database &db, QDate today) : m_db(db), m_today(today) {}

Result<std::vector<AgreementRow>> AgreementService::rows() const
{
    auto stored = AgreementRepository(m_db).all();
    if (!stored)
        return stored.error();
    return deriveRows(*stored, m_today);
}

Result<std::vector<AgreementRow>> AgreementService::chain(qint64 wadahId) const
{
    auto all = rows();
    if (!all)
        return all.error();
    std::vector<AgreementRow> out;
    for (auto &row : *all) {
        if (row.agreement.wadahId == wadahId)
            out.push_back(std::move(row));
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.agreement.startsOn < b.agreement.startsOn; });
    return out;
}

Result<std::vector<WadahInfo>> AgreementService::wadah() const
{
    return AgreementRepository(m_db).wadah();
}

Result<Agreement> AgreementService::agreement(qint64 id) const
{
    return AgreementRepository(m_db).byId(id);
}

Result<WadahRules> AgreementService::rulesOn(const QDate &day) const
{
    return AgreementRepository(m_db).rulesOn(day);
}

Result<std::vector<RuleIssue>> AgreementService::check(const Agreement &candidate) const
{
    AgreementRepository repo(m_db);
    auto others = repo.forWadah(candidate.wadahId);
    if (!others)
        return others.error();
    auto rules = repo.rulesOn(candidate.startsOn.isValid() ? candidate.startsOn : m_today);
    if (!rules)
        return rules.error();
    std::vector<RuleIssue> issues = checkAgreement(candidate, *others, *rules);
    auto existing = repo.byNumber(candidate.number.trimmed());
    if (existing && existing->id != candidate.id) {
        issues.insert(issues.begin(), {Severity::Error, QStringLiteral("number"),
                                       QCoreApplication::translate("Agreements", "The number %1 is already used by another PKS. Each PKS has its own number.")
                                           .arg(candidate.number.trimmed())});
    }
    return issues;
}

Status AgreementService::checkOrFail(const Agreement &candidate) const
{
    auto issues = check(candidate);
    if (!issues)
        return issues.error();
    if (blocksSaving(*issues, !candidate.termOverrideReason.trimmed().isEmpty()))
        return makeError(messages(*issues).join(QLatin1Char('\n')));
    return {};
}

Result<qint64> AgreementService::create(const Agreement &agreement)
{
    if (agreement.status != StoredStatus::Draft && agreement.status != StoredStatus::Active)
        return makeError(QCoreApplication::translate("Agreements", "A new agreement is a draft or active; renewals and terminations have their own actions."));
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    if (auto st = checkOrFail(agreement); !st)
        return st.error();
    auto id = AgreementRepository(m_db).insert(agreement, QCoreApplication::translate("Agreements", "New PKS %1").arg(agreement.number));
    if (!id)
        return id;
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Status AgreementService::update(const Agreement &agreement)
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    AgreementRepository repo(m_db);
    auto stored = repo.byId(agreement.id);
    if (!stored)
        return stored.error();
    if (stored->status != agreement.status
        && !(stored->status == StoredStatus::Draft && agreement.status == StoredStatus::Active))
        return makeError(QCoreApplication::translate("Agreements", "Only a draft can be made active here; renew or terminate with their own actions."));
    if (auto st = checkOrFail(agreement); !st)
        return st;
    if (auto st = repo.update(agreement, QCoreApplication::translate("Agreements", "Edited PKS %1").arg(agreement.number)); !st)
        return st;
    return tx.commit();
}

Result<Agreement> AgreementService::proposeRenewal(qint64 previousId, const QDate &signedOn) const
{
    AgreementRepository repo(m_db);
    auto previous = repo.byId(previousId);
    if (!previous)
        return previous.error();
    auto rules = repo.rulesOn(previous->endsOn.addDays(1));
    auto wadah = repo.wadahById(previous->wadahId);
    auto taken = repo.numbers();
    if (!rules || !wadah || !taken)
        return makeError(!rules ? rules.errorText() : !wadah ? wadah.errorText() : taken.errorText());
    Agreement next = agreements::proposeRenewal(*previous, *rules, signedOn);
    next.number = suggestNumber(wadah->code, next.startsOn, *taken);
    return next;
}

Result<std::vector<AgreementRow>> AgreementService::renewable() const
{
    auto all = rows();
    if (!all)
        return all.error();
    std::vector<AgreementRow> out;
    for (auto &row : *all) {
        if (row.agreement.status == StoredStatus::Active && row.successorNumber.isEmpty())
            out.push_back(std::move(row));
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.agreement.endsOn < b.agreement.endsOn; });
    return out;
}

Status AgreementService::renewInTransaction(const Agreement &previous, Agreement next, qint64 *newId)
{
    AgreementRepository repo(m_db);
    auto stored = repo.byId(previous.id);
    if (!stored)
        return stored.error();
    if (stored->status != StoredStatus::Active)
        return makeError(stored->status == StoredStatus::Renewed
                             ? QCoreApplication::translate("Agreements", "PKS %1 has already been renewed; renew the latest PKS of the chain.").arg(stored->number)
                             : QCoreApplication::translate("Agreements", "PKS %1 is not active; only an active agreement can be renewed.").arg(stored->number));
    next.wadahId = stored->wadahId;
    next.previousId = stored->id;
    next.status = StoredStatus::Active;
    next.id = 0;
    if (auto st = checkOrFail(next); !st)
        return st;
    auto id = repo.insert(next, QCoreApplication::translate("Agreements", "Renewed PKS %1 as %2").arg(stored->number, next.number));
    if (!id)
        return id.error();
    Agreement old = *stored;
    old.status = StoredStatus::Renewed;
    old.version = previous.version; // the version the user saw: a change since then is a conflict
    if (auto st = repo.update(old, QCoreApplication::translate("Agreements", "PKS %1 renewed by %2").arg(stored->number, next.number)); !st)
        return st;
    *newId = *id;
    return {};
}

Result<qint64> AgreementService::renew(const Agreement &previous, const Agreement &next)
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    qint64 id = 0;
    if (auto st = renewInTransaction(previous, next, &id); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Result<std::vector<qint64>> AgreementService::renewBatch(const std::vector<std::pair<Agreement, Agreement>> &renewals)
{
    if (renewals.empty())
        return makeError(QCoreApplication::translate("Agreements", "Choose at least one wadah to renew."));
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    std::vector<qint64> ids;
    AgreementRepository repo(m_db);
    for (const auto &[previous, next] : renewals) {
        qint64 id = 0;
        if (auto st = renewInTransaction(previous, next, &id); !st) {
            auto wadah = repo.wadahById(previous.wadahId);
            const QString who = wadah ? QStringLiteral("%1 %2").arg(wadah->code, wadah->name) : previous.number;
            return makeError(QCoreApplication::translate("Agreements", "Nothing was renewed. %1: %2").arg(who, st.errorText()));
        }
        ids.push_back(id);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return ids;
}

Status AgreementService::terminate(const Agreement &agreement, const QDate &on, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Agreements", "Give the reason for terminating the PKS (e.g. below the minimum target for 3 months)."));
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    AgreementRepository repo(m_db);
    auto stored = repo.byId(agreement.id);
    if (!stored)
        return stored.error();
    if (stored->status != StoredStatus::Active)
        return makeError(QCoreApplication::translate("Agreements", "PKS %1 is not active; only an active agreement can be terminated.").arg(stored->number));
    if (!on.isValid() || on < stored->startsOn || on > stored->endsOn)
        return makeError(QCoreApplication::translate("Agreements", "The termination date must fall within the term of PKS %1 (%2 – %3).")
                             .arg(stored->number, fmt::date(stored->startsOn), fmt::date(stored->endsOn)));
    Agreement terminated = *stored;
    terminated.version = agreement.version;
    terminated.status = StoredStatus::Terminated;
    terminated.terminatedOn = on;
    terminated.terminationReason = reason.trimmed();
    if (auto st = repo.update(terminated, QCoreApplication::translate("Agreements", "Terminated PKS %1: %2").arg(stored->number, reason.trimmed())); !st)
        return st;
    return tx.commit();
}

} // namespace perisai::agreements
