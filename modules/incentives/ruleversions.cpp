#include "incentives/ruleversions.h"

#include "incentives/permissions.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/transaction.h"
#include "storage/values.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace perisai::incentives {

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, valid_from, valid_to, value, source FROM program_rules WHERE rule = 'incentive' ");

Result<RuleVersion> readRow(storage::Query &q)
{
    const QDate from = QDate::fromString(q.text(1).left(10), Qt::ISODate);
    auto rule = parseRule(q.text(3), from);
    if (!rule)
        return makeError(rule.error().message, QStringLiteral("program_rules %1").arg(q.intValue(0)));
    rule->id = q.intValue(0);
    rule->validTo = QDate::fromString(q.text(2).left(10), Qt::ISODate);
    rule->source = q.text(4);
    return rule;
}

} // namespace

Result<std::vector<RuleVersion>> RuleVersions::all() const
{
    storage::Query q(m_db.connection(), kSelect + QStringLiteral("ORDER BY valid_from"));
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<RuleVersion> versions;
    while (q.next()) {
        auto rule = readRow(q);
        if (!rule)
            return rule.error();
        versions.push_back(std::move(*rule));
    }
    return versions;
}

Result<RuleVersion> RuleVersions::forMonth(YearMonth month) const
{
    auto versions = all();
    if (!versions)
        return versions.error();
    const QDate day = month.firstDay();
    // The latest start wins: a version added later replaces an open-ended one without editing it.
    for (auto it = versions->rbegin(); it != versions->rend(); ++it) {
        if (it->inForce(day))
            return *it;
    }
    return makeError(
        QCoreApplication::translate("Incentives", "no incentive rule is in force on %1").arg(day.toString(Qt::ISODate)));
}

Result<RuleVersion> RuleVersions::byId(qint64 id) const
{
    storage::Query q(m_db.connection(), kSelect + QStringLiteral("AND id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("Incentives", "incentive rule %1 not found").arg(id));
    return readRow(q);
}

Result<qint64> RuleVersions::add(const RuleVersion &rule, YearMonth lastApproved) const
{
    if (auto allowed = mayApprove(m_db, m_db.currentUser()); !allowed)
        return allowed.error();
    if (!rule.validFrom.isValid() || rule.validFrom.day() != 1)
        return makeError(QCoreApplication::translate("Incentives", "a rule version starts on the first day of a month"));
    if (lastApproved.isValid() && rule.validFrom <= lastApproved.lastDay())
        return makeError(QCoreApplication::translate("Incentives", "%1 is already approved: a new rule version starts after it")
                             .arg(lastApproved.toString()));
    if (auto check = parseRule(ruleJson(rule), rule.validFrom); !check)
        return check.error();

    // The latest version is read inside the transaction that adds the next one, and two desks adding at once
    // take turns (SQLite: one writer; a server: a lock held until commit), so the second sees the first's.
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    if (m_db.dialect().isPostgres()) {
        storage::Query lock(m_db.connection(), QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('perisai.program_rules'))"));
        if (auto st = lock.exec(); !st)
            return st.error();
    }
    auto versions = all();
    if (!versions)
        return versions.error();
    if (!versions->empty() && rule.validFrom <= versions->back().validFrom)
        return makeError(
            QCoreApplication::translate("Incentives", "a new rule version starts after %1, the start of the latest one")
                .arg(versions->back().validFrom.toString(Qt::ISODate)));
    storage::Query insert(m_db.connection(),
                          QStringLiteral("INSERT INTO program_rules (rule, valid_from, valid_to, value, source) VALUES "
                                         "('incentive', ?, NULL, ?, ?) RETURNING id"));
    insert.bind({rule.validFrom.toString(Qt::ISODate), ruleJson(rule), storage::nullIfEmpty(rule.source)});
    auto id = insert.scalar();
    insert.raw().finish(); // SQLite commits only once the RETURNING statement is done
    if (!id)
        return id.error();
    storage::AuditEntry audit{m_db.currentUser(),
                              QStringLiteral("insert"),
                              QStringLiteral("program_rules"),
                              id->toLongLong(),
                              QCoreApplication::translate("Incentives", "incentive rule %1 from %2")
                                  .arg(rule.name, rule.validFrom.toString(Qt::ISODate)),
                              {},
                              QJsonDocument::fromJson(ruleJson(rule).toUtf8()).object()};
    if (auto st = storage::writeAudit(m_db.connection(), audit); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id->toLongLong();
}

} // namespace perisai::incentives
