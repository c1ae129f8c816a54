#include "agreements/agreementrepository.h"

#include "roster/conflict.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace perisai::agreements {
namespace {

using storage::Query;

const QString kColumns = QStringLiteral(
    "a.id, a.wadah_id, a.number, a.signed_on, a.starts_on, a.ends_on, a.signatory_branch, a.signatory_wadah, "
    "a.target_participants, a.min_monthly_target, a.partner_bank, a.status, a.previous_id, a.terminated_on, "
    "a.termination_reason, a.term_override_reason, a.notes, a.version");
constexpr int kColumnCount = 18;

Agreement readAgreement(const Query &q, int c = 0)
{
    Agreement a;
    a.id = q.intValue(c + 0);
    a.wadahId = q.intValue(c + 1);
    a.number = q.text(c + 2);
    a.signedOn = q.value(c + 3).toDate();
    a.startsOn = q.value(c + 4).toDate();
    a.endsOn = q.value(c + 5).toDate();
    a.signatoryBranch = q.text(c + 6);
    a.signatoryWadah = q.text(c + 7);
    a.targetParticipants = q.value(c + 8).toInt();
    a.minMonthlyTarget = q.value(c + 9).toInt();
    a.partnerBank = q.text(c + 10);
    a.status = storedStatusFromKey(q.text(c + 11));
    a.previousId = q.intValue(c + 12);
    a.terminatedOn = q.value(c + 13).toDate();
    a.terminationReason = q.text(c + 14);
    a.termOverrideReason = q.text(c + 15);
    a.notes = q.text(c + 16);
    a.version = q.value(c + 17).toInt();
    return a;
}

Result<WadahInfo> readOneWadah(Query &q, const QString &what)
{
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("Agreements", "No wadah %1.").arg(what));
    return WadahInfo{q.intValue(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6) == QLatin1String("active")};
}

const QString kWadahColumns = QStringLiteral("id, code, name, kind, leader_name, partner_bank, status");

} // namespace

Result<std::vector<StoredRow>> AgreementRepository::all() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1, w.code, w.name, w.status, "
                                              "(SELECT COUNT(*) FROM agreement_documents d WHERE d.agreement_id = a.id) "
                                              "FROM agreements a JOIN wadah w ON w.id = a.wadah_id "
                                              "ORDER BY w.code, a.starts_on").arg(kColumns));
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<StoredRow> rows;
    while (q.next()) {
        rows.push_back({readAgreement(q), q.text(kColumnCount), q.text(kColumnCount + 1),
                        q.text(kColumnCount + 2) == QLatin1String("active"), static_cast<int>(q.intValue(kColumnCount + 3))});
    }
    return rows;
}

Result<std::vector<Agreement>> AgreementRepository::forWadah(qint64 wadahId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM agreements a WHERE a.wadah_id = ? ORDER BY a.starts_on").arg(kColumns));
    q.bind(wadahId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<Agreement> out;
    while (q.next())
        out.push_back(readAgreement(q));
    return out;
}

Result<Agreement> AgreementRepository::byId(qint64 id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM agreements a WHERE a.id = ?").arg(kColumns) + m_db.dialect().forUpdate());
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("Agreements", "The agreement no longer exists (it may have been removed on another desk)."));
    return readAgreement(q);
}

Result<Agreement> AgreementRepository::byNumber(const QString &number) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM agreements a WHERE a.number = ?").arg(kColumns));
    q.bind(number);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("Agreements", "No agreement numbered %1.").arg(number));
    return readAgreement(q);
}

Result<QSet<QString>> AgreementRepository::numbers() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT number FROM agreements"));
    if (auto st = q.exec(); !st)
        return st.error();
    QSet<QString> out;
    while (q.next())
        out.insert(q.text(0));
    return out;
}

Result<std::vector<WadahInfo>> AgreementRepository::wadah() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM wadah ORDER BY code").arg(kWadahColumns));
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<WadahInfo> out;
    while (q.next())
        out.push_back({q.intValue(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6) == QLatin1String("active")});
    return out;
}

Result<WadahInfo> AgreementRepository::wadahById(qint64 id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM wadah WHERE id = ?").arg(kWadahColumns));
    q.bind(id);
    return readOneWadah(q, QString::number(id));
}

Result<WadahInfo> AgreementRepository::wadahByCode(const QString &code) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM wadah WHERE code = ?").arg(kWadahColumns));
    q.bind(code);
    return readOneWadah(q, code);
}

Result<WadahRules> AgreementRepository::rulesOn(const QDate &day) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT value FROM program_rules WHERE rule = 'wadah' AND valid_from <= ? "
                                              "AND (valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from DESC"));
    q.bind({day, day});
    auto value = q.scalar();
    if (!value)
        return value.error();
    WadahRules rules;
    if (value->isNull()) {
        rules.pksMaxMonths = 0; // before the 2022 rule no one-year limit applied
        return rules;
    }
    const QJsonObject json = QJsonDocument::fromJson(value->toString().toUtf8()).object();
    rules.pksMaxMonths = json.value(QStringLiteral("pks_max_months")).toInt(rules.pksMaxMonths);
    rules.belowTargetMonths = json.value(QStringLiteral("below_target_months_for_review")).toInt(rules.belowTargetMonths);
    return rules;
}

QJsonObject AgreementRepository::toJson(const Agreement &a)
{
    auto date = [](const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    return {{QStringLiteral("id"), a.id}, {QStringLiteral("wadah_id"), a.wadahId}, {QStringLiteral("number"), a.number},
            {QStringLiteral("signed_on"), date(a.signedOn)}, {QStringLiteral("starts_on"), date(a.startsOn)},
            {QStringLiteral("ends_on"), date(a.endsOn)}, {QStringLiteral("signatory_branch"), a.signatoryBranch},
            {QStringLiteral("signatory_wadah"), a.signatoryWadah}, {QStringLiteral("target_participants"), a.targetParticipants},
            {QStringLiteral("min_monthly_target"), a.minMonthlyTarget}, {QStringLiteral("partner_bank"), a.partnerBank},
            {QStringLiteral("status"), storedStatusKey(a.status)}, {QStringLiteral("previous_id"), a.previousId},
            {QStringLiteral("terminated_on"), date(a.terminatedOn)}, {QStringLiteral("termination_reason"), a.terminationReason},
            {QStringLiteral("term_override_reason"), a.termOverrideReason}, {QStringLiteral("notes"), a.notes},
            {QStringLiteral("version"), a.version}};
}

Result<qint64> AgreementRepository::insert(const Agreement &a, const QString &summary)
{
    const QString now = storage::nowIso();
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO agreements (wadah_id, number, signed_on, starts_on, ends_on, signatory_branch, signatory_wadah, "
        "target_participants, min_monthly_target, partner_bank, status, previous_id, terminated_on, termination_reason, "
        "term_override_reason, notes, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"));
    q.bind({a.wadahId, a.number.trimmed(), storage::dateOrNull(a.signedOn), a.startsOn, a.endsOn, storage::nullIfEmpty(a.signatoryBranch),
            storage::nullIfEmpty(a.signatoryWadah), storage::countOrNull(a.targetParticipants), storage::countOrNull(a.minMonthlyTarget),
            storage::nullIfEmpty(a.partnerBank), storedStatusKey(a.status), storage::idOrNull(a.previousId), storage::dateOrNull(a.terminatedOn),
            storage::nullIfEmpty(a.terminationReason), storage::nullIfEmpty(a.termOverrideReason), storage::nullIfEmpty(a.notes),
            now, now});
    auto id = q.scalar();
    if (!id)
        return id.error();
    Agreement stored = a;
    stored.id = id->toLongLong();
    stored.version = 1;
    if (auto st = storage::writeAudit(m_db.connection(), {m_db.currentUser(), QStringLiteral("insert"), QStringLiteral("agreements"),
                                                          stored.id, summary, {}, toJson(stored)}); !st)
        return st.error();
    return stored.id;
}

Status AgreementRepository::update(const Agreement &a, const QString &summary)
{
    auto before = byId(a.id);
    if (!before)
        return before.error();
    const QString changed = QCoreApplication::translate("Agreements", "PKS %1 was changed on another desk since it was opened here. Reload the list and try again.")
                                .arg(before->number);
    if (before->version != a.version)
        return roster::conflictNamed(m_db, QStringLiteral("agreements"), a.id, changed);
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE agreements SET wadah_id = ?, number = ?, signed_on = ?, starts_on = ?, ends_on = ?, signatory_branch = ?, "
        "signatory_wadah = ?, target_participants = ?, min_monthly_target = ?, partner_bank = ?, status = ?, previous_id = ?, "
        "terminated_on = ?, termination_reason = ?, term_override_reason = ?, notes = ?, version = version + 1, updated_at = ? "
        "WHERE id = ? AND version = ?"));
    q.bind({a.wadahId, a.number.trimmed(), storage::dateOrNull(a.signedOn), a.startsOn, a.endsOn, storage::nullIfEmpty(a.signatoryBranch),
            storage::nullIfEmpty(a.signatoryWadah), storage::countOrNull(a.targetParticipants), storage::countOrNull(a.minMonthlyTarget),
            storage::nullIfEmpty(a.partnerBank), storedStatusKey(a.status), storage::idOrNull(a.previousId), storage::dateOrNull(a.terminatedOn),
            storage::nullIfEmpty(a.terminationReason), storage::nullIfEmpty(a.termOverrideReason), storage::nullIfEmpty(a.notes),
            storage::nowIso(), a.id, a.version});
    if (auto st = q.exec(); !st)
        return st;
    if (q.numRowsAffected() != 1) // another desk saved between the read above and this statement
        return roster::conflictNamed(m_db, QStringLiteral("agreements"), a.id, changed);
    Agreement after = a;
    after.version = a.version + 1;
    return storage::writeAudit(m_db.connection(), {m_db.currentUser(), QStringLiteral("update"), QStringLiteral("agreements"),
                                                   a.id, summary, toJson(*before), toJson(after)});
}

Status AgreementRepository::remove(const Agreement &a, const QString &summary)
{
    auto before = byId(a.id);
    if (!before)
        return before.error();
    const QString changed = QCoreApplication::translate("Agreements", "PKS %1 was changed since; it is kept as it is.").arg(before->number);
    if (before->version != a.version)
        return roster::conflictNamed(m_db, QStringLiteral("agreements"), a.id, changed);
    Query follows(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM agreements WHERE previous_id = ?"));
    follows.bind(a.id);
    auto n = follows.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() > 0)
        return makeError(QCoreApplication::translate("Agreements", "PKS %1 has been renewed since; remove its renewal first.").arg(before->number));
    Query docs(m_db.connection(), QStringLiteral("DELETE FROM agreement_documents WHERE agreement_id = ?"));
    if (auto st = docs.bind(a.id).exec(); !st)
        return st;
    Query q(m_db.connection(), QStringLiteral("DELETE FROM agreements WHERE id = ? AND version = ?"));
    if (auto st = q.bind({a.id, a.version}).exec(); !st)
        return st;
    if (q.numRowsAffected() != 1) // changed on another desk meanwhile: the caller's transaction keeps its documents
        return roster::conflictNamed(m_db, QStringLiteral("agreements"), a.id, changed);
    return storage::writeAudit(m_db.connection(), {m_db.currentUser(), QStringLiteral("delete"), QStringLiteral("agreements"),
                                                   a.id, summary, toJson(*before), {}});
}

} // namespace perisai::agreements
