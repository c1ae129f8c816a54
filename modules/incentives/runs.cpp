#include "incentives/runs.h"

#include "incentives/linedetail.h"
#include "incentives/permissions.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace perisai::incentives {

namespace {

const QString kRunColumns = QStringLiteral(
    "id, office_id, period, rule_id, rule_version, status, agents_total, shares_total, tax_total, total, payable, "
    "prepared_by, prepared_at, approved_by, approved_at, paid_by, paid_on, payment_reference FROM incentive_runs ");

RunStatus statusOf(const QString &code)
{
    if (code == QLatin1String("approved"))
        return RunStatus::Approved;
    if (code == QLatin1String("paid"))
        return RunStatus::Paid;
    return RunStatus::Draft;
}

RunRecord readRun(const storage::Query &q)
{
    RunRecord r;
    r.id = q.intValue(0);
    r.officeId = q.intValue(1);
    r.month = YearMonth::fromKey(int(q.intValue(2)));
    r.ruleId = q.intValue(3);
    r.ruleVersion = q.text(4);
    r.status = statusOf(q.text(5));
    r.agentsTotal = q.intValue(6);
    r.sharesTotal = q.intValue(7);
    r.tax = q.intValue(8);
    r.total = q.intValue(9);
    r.payable = q.intValue(10);
    r.preparedBy = q.text(11);
    r.preparedAt = q.text(12);
    r.approvedBy = q.text(13);
    r.approvedAt = q.text(14);
    r.paidBy = q.text(15);
    r.paidOn = QDate::fromString(q.text(16).left(10), Qt::ISODate);
    r.paymentReference = q.text(17);
    return r;
}

Result<std::optional<RunRecord>> readOne(const storage::Database &db, qint64 officeId, YearMonth month, bool lock)
{
    storage::Query q(db.connection(),
                     QStringLiteral("SELECT ") + kRunColumns + QStringLiteral("WHERE office_id = ? AND period = ?")
                         + (lock ? db.dialect().forUpdate() : QString()));
    q.bind({officeId, month.key()});
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return std::optional<RunRecord>();
    return std::optional<RunRecord>(readRun(q));
}

Status audit(const storage::Database &db, const QString &user, qint64 runId, const QString &summary, RunStatus before,
             RunStatus after, const QJsonObject &extra = {})
{
    QJsonObject to = extra;
    to.insert(QStringLiteral("status"), statusCode(after));
    return storage::writeAudit(db.connection(),
                               {user, QStringLiteral("status"), QStringLiteral("incentive_runs"), runId, summary,
                                QJsonObject{{QStringLiteral("status"), statusCode(before)}}, to});
}

// Inserts the draft row or refreshes its totals and preparer; returns its id.
Result<qint64> writeDraft(const storage::Database &db, const QString &user, qint64 officeId, const MonthIncentives &m,
                          const std::optional<RunRecord> &existing)
{
    if (existing) {
        storage::Query q(
            db.connection(),
            QStringLiteral(
                "UPDATE incentive_runs SET rule_id = ?, rule_version = ?, agents_total = ?, shares_total = ?, tax_total = ?, "
                "total = ?, payable = ?, prepared_by = ?, prepared_at = ?, version = version + 1 WHERE id = ? AND status = "
                "'draft'"));
        q.bind({m.rule.id, m.rule.name, m.agentsTotal, m.sharesTotal, m.tax, m.total, m.payable, user, storage::nowIso(),
                existing->id});
        if (auto st = q.exec(); !st)
            return st.error();
        return existing->id;
    }
    storage::Query q(
        db.connection(),
        QStringLiteral(
            "INSERT INTO incentive_runs (office_id, period, rule_id, rule_version, status, agents_total, shares_total, "
            "tax_total, "
            "total, payable, prepared_by, prepared_at) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind({officeId, m.month.key(), m.rule.id, m.rule.name, m.agentsTotal, m.sharesTotal, m.tax, m.total, m.payable, user,
            storage::nowIso()});
    auto id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status writeLines(const storage::Database &db, qint64 runId, const MonthIncentives &m,
                  const std::vector<AdjustmentLine> &adjustments)
{
    const QString lineSql
        = QStringLiteral("INSERT INTO incentive_lines (run_id, agent_id, wadah_id, new_participants, not_counted, acquisition, "
                         "contributions_counted, contributions_not_counted, contribution, adjustment, total, tax, net, detail) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const AgentIncentive &a : m.agents) {
        storage::Query line(db.connection(), lineSql);
        line.bind({runId, a.basis.agentId, a.basis.wadahId ? QVariant(a.basis.wadahId) : QVariant(QMetaType::fromType<qint64>()),
                   a.newParticipants, a.notCounted, a.acquisition, a.contributionsCounted, a.contributionsNotCounted,
                   a.contribution, a.adjustment, a.total, a.tax, a.net, lineDetail(a)});
        if (auto st = line.exec(); !st)
            return st;
    }
    for (const WadahIncentive &w : m.wadah) {
        if (w.wadahId == 0)
            continue; // agents without a wadah are paid on their own lines
        storage::Query wadah(db.connection(),
                             QStringLiteral("INSERT INTO incentive_wadah_lines (run_id, wadah_id, agents_total, share, "
                                            "share_tax, receives) VALUES (?, ?, ?, ?, ?, ?)"));
        wadah.bind({runId, w.wadahId, w.agentsTotal, w.share, w.shareTax, w.receives});
        if (auto st = wadah.exec(); !st)
            return st;
    }
    for (const AdjustmentLine &adj : adjustments) {
        storage::Query q(db.connection(),
                         QStringLiteral("INSERT INTO incentive_adjustments (run_id, agent_id, for_period, amount, reason, "
                                        "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        q.bind({runId, adj.agentId, adj.forMonth.key(), adj.amount, adj.reason, storage::nowIso()});
        if (auto st = q.exec(); !st)
            return st;
    }
    return {};
}

} // namespace

IncentiveRuns::IncentiveRuns(const storage::Database &db, QString user)
    : m_db(db), m_user(user.isEmpty() ? db.currentUser() : std::move(user))
{
}

QString statusCode(RunStatus status)
{
    switch (status) {
    case RunStatus::Draft:
        return QStringLiteral("draft");
    case RunStatus::Approved:
        return QStringLiteral("approved");
    case RunStatus::Paid:
        return QStringLiteral("paid");
    }
    return {};
}

QString statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Draft:
        return QCoreApplication::translate("Incentives", "draft");
    case RunStatus::Approved:
        return QCoreApplication::translate("Incentives", "approved");
    case RunStatus::Paid:
        return QCoreApplication::translate("Incentives", "paid");
    }
    return {};
}

Result<std::vector<RunRecord>> IncentiveRuns::runs(qint64 officeId) const
{
    storage::Query q(m_db.connection(),
                     QStringLiteral("SELECT ") + kRunColumns + QStringLiteral("WHERE office_id = ? ORDER BY period DESC"));
    q.bind(officeId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<RunRecord> runs;
    while (q.next())
        runs.push_back(readRun(q));
    return runs;
}

Result<std::optional<RunRecord>> IncentiveRuns::run(qint64 officeId, YearMonth month) const
{
    return readOne(m_db, officeId, month, false);
}

Result<YearMonth> IncentiveRuns::lastApproved(qint64 officeId) const
{
    storage::Query q(m_db.connection(),
                     QStringLiteral("SELECT MAX(period) FROM incentive_runs WHERE office_id = ? AND status <> 'draft'"));
    q.bind(officeId);
    auto max = q.scalar();
    if (!max)
        return max.error();
    return max->isNull() ? YearMonth() : YearMonth::fromKey(max->toInt());
}

Result<YearMonth> IncentiveRuns::lastApprovedAnywhere() const
{
    storage::Query q(m_db.connection(), QStringLiteral("SELECT MAX(period) FROM incentive_runs WHERE status <> 'draft'"));
    auto max = q.scalar();
    if (!max)
        return max.error();
    return max->isNull() ? YearMonth() : YearMonth::fromKey(max->toInt());
}

Result<RunRecord> IncentiveRuns::prepare(qint64 officeId, const MonthIncentives &month) const
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    auto existing = readOne(m_db, officeId, month.month, true);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->frozen())
        return makeError(QCoreApplication::translate("Incentives", "%1 is already %2")
                             .arg(month.month.toString(), statusText((*existing)->status)));
    if (auto id = writeDraft(m_db, m_user, officeId, month, *existing); !id)
        return id.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    auto stored = readOne(m_db, officeId, month.month, false);
    if (!stored)
        return stored.error();
    return **stored;
}

Status IncentiveRuns::approve(qint64 officeId, const MonthIncentives &month, const std::vector<AdjustmentLine> &adjustments) const
{
    if (auto allowed = mayApprove(m_db, m_user); !allowed)
        return allowed;
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    auto existing = readOne(m_db, officeId, month.month, true);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->frozen())
        return makeError(QCoreApplication::translate("Incentives", "%1 is already %2")
                             .arg(month.month.toString(), statusText((*existing)->status)));
    // On a server two people sign: whoever prepared the month does not approve it.
    if (m_db.dialect().isPostgres() && (!*existing || (*existing)->preparedBy == m_user))
        return makeError(QCoreApplication::translate("Incentives", "%1 prepared %2: another head or admin approves it")
                             .arg(*existing ? (*existing)->preparedBy : m_user, month.month.toString()));
    auto id = writeDraft(m_db, m_user, officeId, month, *existing);
    if (!id)
        return id.error();
    if (auto st = writeLines(m_db, *id, month, adjustments); !st)
        return st;
    storage::Query q(m_db.connection(),
                     QStringLiteral("UPDATE incentive_runs SET status = 'approved', approved_by = ?, approved_at = ?, version = "
                                    "version + 1 WHERE id = ?"));
    q.bind({m_user, storage::nowIso(), *id});
    if (auto st = q.exec(); !st)
        return st;
    const QJsonObject after{{QStringLiteral("total"), month.total},
                            {QStringLiteral("payable"), month.payable},
                            {QStringLiteral("rule"), month.rule.name},
                            {QStringLiteral("agents"), qint64(month.agents.size())}};
    if (auto st = audit(m_db, m_user, *id,
                        QCoreApplication::translate("Incentives", "incentives %1 approved").arg(month.month.toString()),
                        RunStatus::Draft, RunStatus::Approved, after);
        !st)
        return st;
    return tx.commit();
}

Status IncentiveRuns::markPaid(qint64 officeId, YearMonth month, const QString &reference, const QDate &paidOn) const
{
    if (auto allowed = mayApprove(m_db, m_user); !allowed)
        return allowed;
    if (reference.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Incentives", "the bank's payment reference is required"));
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    auto existing = readOne(m_db, officeId, month, true);
    if (!existing)
        return existing.error();
    if (!*existing || (*existing)->status != RunStatus::Approved)
        return makeError(QCoreApplication::translate("Incentives", "%1 is not approved: only an approved month is paid")
                             .arg(month.toString()));
    storage::Query q(
        m_db.connection(),
        QStringLiteral("UPDATE incentive_runs SET status = 'paid', paid_by = ?, paid_at = ?, paid_on = ?, payment_reference = ?, "
                       "version = version + 1 WHERE id = ?"));
    q.bind({m_user, storage::nowIso(), paidOn.toString(Qt::ISODate), reference.trimmed(), (*existing)->id});
    if (auto st = q.exec(); !st)
        return st;
    const QJsonObject after{{QStringLiteral("payment_reference"), reference.trimmed()},
                            {QStringLiteral("paid_on"), paidOn.toString(Qt::ISODate)}};
    if (auto st = audit(m_db, m_user, (*existing)->id,
                        QCoreApplication::translate("Incentives", "incentives %1 paid, reference %2")
                            .arg(month.toString(), reference.trimmed()),
                        RunStatus::Approved, RunStatus::Paid, after);
        !st)
        return st;
    return tx.commit();
}

Result<MonthIncentives> IncentiveRuns::frozenLines(const RunRecord &run, const RuleVersion &rule) const
{
    MonthIncentives m;
    m.month = run.month;
    m.rule = rule;
    storage::Query q(
        m_db.connection(),
        QStringLiteral(
            "SELECT l.agent_id, a.code, a.name, COALESCE(l.wadah_id, 0), w.code, w.name, l.new_participants, l.not_counted, "
            "l.acquisition, l.contributions_counted, l.contributions_not_counted, l.contribution, l.adjustment, l.total, "
            "l.tax, l.net, l.detail FROM incentive_lines l JOIN agents a ON a.id = l.agent_id "
            "LEFT JOIN wadah w ON w.id = l.wadah_id WHERE l.run_id = ? ORDER BY a.code"));
    q.bind(run.id);
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next()) {
        AgentIncentive a;
        a.basis.agentId = q.intValue(0);
        a.basis.agentCode = q.text(1);
        a.basis.agentName = q.text(2);
        a.basis.wadahId = q.intValue(3);
        a.basis.wadahCode = q.text(4);
        a.basis.wadahName = q.text(5);
        a.newParticipants = int(q.intValue(6));
        a.notCounted = int(q.intValue(7));
        a.acquisition = q.intValue(8);
        a.contributionsCounted = q.intValue(9);
        a.contributionsNotCounted = q.intValue(10);
        a.contribution = q.intValue(11);
        a.adjustment = q.intValue(12);
        a.total = q.intValue(13);
        a.tax = q.intValue(14);
        a.net = q.intValue(15);
        readLineDetail(q.text(16), a);
        a.thresholdMet = a.acquisition > 0;
        m.agentsTotal += a.total;
        m.tax += a.tax;
        m.agents.push_back(std::move(a));
    }
    storage::Query w(
        m_db.connection(),
        QStringLiteral(
            "SELECT l.wadah_id, w.code, w.name, l.agents_total, l.share, l.share_tax, l.receives FROM incentive_wadah_lines l "
            "JOIN wadah w ON w.id = l.wadah_id WHERE l.run_id = ? ORDER BY w.code"));
    w.bind(run.id);
    if (auto st = w.exec(); !st)
        return st.error();
    while (w.next()) {
        WadahIncentive line{w.intValue(0), w.text(1), w.text(2), w.intValue(3), w.intValue(4), w.intValue(5), 0, w.intValue(6)};
        line.agentsNet = line.receives - line.share + line.shareTax;
        m.sharesTotal += line.share;
        m.tax += line.shareTax;
        m.wadah.push_back(line);
    }
    // Agents without a wadah have no wadah line stored; they are shown under an empty wadah as when computed.
    WadahIncentive none;
    for (const AgentIncentive &a : m.agents) {
        if (a.basis.wadahId == 0) {
            none.agentsTotal += a.total;
            none.agentsNet += a.net;
            none.receives += a.net;
        }
    }
    if (none.agentsTotal != 0 || none.receives != 0)
        m.wadah.insert(m.wadah.begin(), none);
    m.total = m.agentsTotal + m.sharesTotal;
    m.payable = m.total - m.tax;
    return m;
}

Result<std::vector<AdjustmentLine>> IncentiveRuns::adjustmentsPaidIn(qint64 runId) const
{
    storage::Query q(m_db.connection(),
                     QStringLiteral("SELECT j.agent_id, a.code, j.for_period, j.amount, j.reason FROM incentive_adjustments j "
                                    "JOIN agents a ON a.id = j.agent_id WHERE j.run_id = ? ORDER BY a.code, j.for_period"));
    q.bind(runId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<AdjustmentLine> lines;
    while (q.next())
        lines.push_back({q.intValue(0), q.text(1), YearMonth::fromKey(int(q.intValue(2))), q.intValue(3), q.text(4)});
    return lines;
}

Result<QMap<QPair<qint64, int>, qint64>> IncentiveRuns::correctionsPaid(qint64 officeId) const
{
    storage::Query q(m_db.connection(),
                     QStringLiteral("SELECT j.agent_id, j.for_period, SUM(j.amount) FROM incentive_adjustments j JOIN "
                                    "incentive_runs r ON r.id = j.run_id "
                                    "WHERE r.office_id = ? AND r.status <> 'draft' GROUP BY j.agent_id, j.for_period"));
    q.bind(officeId);
    if (auto st = q.exec(); !st)
        return st.error();
    QMap<QPair<qint64, int>, qint64> paid;
    while (q.next())
        paid.insert({q.intValue(0), int(q.intValue(1))}, q.intValue(2));
    return paid;
}

} // namespace perisai::incentives
