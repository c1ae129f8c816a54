#include "figures/incentivebasis.h"

#include "storage/database.h"
#include "storage/nativestatement.h"
#include "storage/values.h"

#include <QHash>

namespace perisai::figures {

namespace {

std::string utf8(const QString &text) { return text.toStdString(); }
QString qtext(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }
QDate qdate(std::string_view text) { return QDate::fromString(qtext(text).left(10), Qt::ISODate); }

// The months since registration (1 = the registration month) of a contribution row (alias c, p).
QString contributionMonthSql(const storage::Database &db)
{
    return db.dialect().monthIndex(QStringLiteral("c.period")) + QStringLiteral(" - ")
        + db.dialect().monthIndex(QStringLiteral("p.reg_period")) + QStringLiteral(" + 1");
}

// 1 when the agent (alias a) was dismissed on or before `dateColumn`.
QString dismissedSql(const QString &dateColumn)
{
    return QStringLiteral("CASE WHEN a.status = 'dismissed' AND a.status_since IS NOT NULL AND %1 >= a.status_since "
                          "THEN 1 ELSE 0 END")
        .arg(dateColumn);
}

// Whether a participant with the same NIK was registered before p.
const QString kSeenBefore
    = QStringLiteral("CASE WHEN EXISTS (SELECT 1 FROM participants e WHERE e.nik = p.nik AND (e.registered_on < p.registered_on "
                     "OR (e.registered_on = p.registered_on AND e.id < p.id))) THEN 1 ELSE 0 END");

std::optional<Exclusion> registrationReason(bool fraud, bool dismissed, bool seenBefore)
{
    if (fraud)
        return Exclusion::FraudCase;
    if (dismissed)
        return Exclusion::AgentDismissed;
    if (seenBefore)
        return Exclusion::Reregistered;
    return std::nullopt;
}

void bindMonth(storage::NativeStatement &st, YearMonth month)
{
    st.bindText(utf8(storage::iso(month.firstDay())));
    st.bindText(utf8(storage::iso(month.lastDay())));
}

Status readAgents(const storage::Database &db, const QString &officeIn, const QList<qint64> &officeIds,
                  std::vector<AgentBasis> &agents, QHash<qint64, std::size_t> &index)
{
    const QString sql = QStringLiteral("SELECT a.id, a.code, a.name, COALESCE(a.wadah_id, 0), w.code, w.name FROM agents a "
                                       "LEFT JOIN wadah w ON w.id = a.wadah_id WHERE a.office_id IN (%1) ORDER BY a.code")
                            .arg(officeIn);
    auto st = storage::NativeStatement::prepare(db, utf8(sql));
    if (!st)
        return st.error();
    for (qint64 id : officeIds)
        st->bind(id);
    while (st->next()) {
        const auto &row = st->row();
        AgentBasis b;
        b.agentId = row.integer(0);
        b.agentCode = qtext(row.text(1));
        b.agentName = qtext(row.text(2));
        b.wadahId = row.integer(3);
        b.wadahCode = qtext(row.text(4));
        b.wadahName = qtext(row.text(5));
        index.insert(b.agentId, agents.size());
        agents.push_back(std::move(b));
    }
    return st->status();
}

Status readRegistrations(const storage::Database &db, const QString &officeIn, const QList<qint64> &officeIds, YearMonth month,
                         const QSet<qint64> &fraudCases, std::vector<AgentBasis> &agents, const QHash<qint64, std::size_t> &index)
{
    const QString sql
        = QStringLiteral("SELECT p.id, p.agent_id, p.program, %1, %2 FROM participants p JOIN agents a ON a.id = p.agent_id "
                         "WHERE p.reg_period = ? AND a.office_id IN (%3)")
              .arg(kSeenBefore, dismissedSql(QStringLiteral("p.registered_on")), officeIn);
    auto st = storage::NativeStatement::prepare(db, utf8(sql));
    if (!st)
        return st.error();
    st->bind(month.key());
    for (qint64 id : officeIds)
        st->bind(id);
    while (st->next()) {
        const auto &row = st->row();
        AgentBasis &b = agents[index.value(row.integer(1))];
        if (auto reason = registrationReason(fraudCases.contains(row.integer(0)), row.integer(4) != 0, row.integer(3) != 0))
            ++b.notCounted[*reason];
        else
            ++b.newByProgram[qtext(row.text(2))];
    }
    return st->status();
}

Status readPayments(const storage::Database &db, const QString &officeIn, const QList<qint64> &officeIds, YearMonth month,
                    const QSet<qint64> &fraudCases, std::vector<AgentBasis> &agents, const QHash<qint64, std::size_t> &index)
{
    // Summed by agent, contribution month and dismissal in the database; the few fraud-case participants
    // are read apart and moved to "not counted".
    const QList<qint64> fraud(fraudCases.begin(), fraudCases.end());
    const QString fraudIn
        = fraud.isEmpty() ? QString() : QStringLiteral(" AND c.participant_id IN (%1)").arg(storage::placeholders(fraud.size()));
    for (const bool fraudOnly : {false, true}) {
        if (fraudOnly && fraud.isEmpty())
            break;
        const QString sql
            = QStringLiteral(
                  // CROSS JOIN keeps SQLite on the month's payments (index contributions_paid) instead of
                  // walking every contribution of every recruit of the office: 13x faster on size m.
                  "SELECT p.agent_id, %1 AS n, %2 AS dismissed, SUM(c.amount) FROM contributions c "
                  "CROSS JOIN participants p CROSS JOIN agents a "
                  "WHERE p.id = c.participant_id AND a.id = p.agent_id "
                  "AND c.paid_on >= ? AND c.paid_on <= ? AND a.office_id IN (%3)%4 GROUP BY p.agent_id, n, dismissed")
                  .arg(contributionMonthSql(db), dismissedSql(QStringLiteral("c.paid_on")), officeIn,
                       fraudOnly ? fraudIn : QString());
        auto st = storage::NativeStatement::prepare(db, utf8(sql));
        if (!st)
            return st.error();
        bindMonth(*st, month);
        for (qint64 id : officeIds)
            st->bind(id);
        if (fraudOnly) {
            for (qint64 id : fraud)
                st->bind(id);
        }
        while (st->next()) {
            const auto &row = st->row();
            AgentBasis &b = agents[index.value(row.integer(0))];
            const int n = int(row.integer(1));
            const qint64 amount = row.integer(3);
            if (fraudOnly) {
                // Already summed in its group above: move it.
                if (row.integer(2) != 0)
                    b.paidNotCounted[Exclusion::AgentDismissed] -= amount;
                else if ((b.paidByContributionMonth[n] -= amount) == 0)
                    b.paidByContributionMonth.remove(n);
                b.paidNotCounted[Exclusion::FraudCase] += amount;
                if (b.paidNotCounted.value(Exclusion::AgentDismissed) == 0)
                    b.paidNotCounted.remove(Exclusion::AgentDismissed);
            } else if (row.integer(2) != 0) {
                b.paidNotCounted[Exclusion::AgentDismissed] += amount;
            } else {
                b.paidByContributionMonth[n] += amount;
            }
        }
        if (auto status = st->status(); !status)
            return status;
    }
    return {};
}

} // namespace

Result<std::vector<AgentBasis>> incentiveBasis(const storage::Database &db, const QList<qint64> &officeIds, YearMonth month,
                                               const QSet<qint64> &fraudCases)
{
    const QString officeIn = storage::placeholders(officeIds.size());
    std::vector<AgentBasis> agents;
    QHash<qint64, std::size_t> index;
    if (auto st = readAgents(db, officeIn, officeIds, agents, index); !st)
        return st.error();
    if (auto st = readRegistrations(db, officeIn, officeIds, month, fraudCases, agents, index); !st)
        return st.error();
    if (auto st = readPayments(db, officeIn, officeIds, month, fraudCases, agents, index); !st)
        return st.error();
    return agents;
}

Result<std::vector<BasisParticipant>> incentiveParticipants(const storage::Database &db, qint64 agentId, YearMonth month,
                                                            const QSet<qint64> &fraudCases)
{
    const QString sql
        = QStringLiteral(
              "SELECT p.id, p.kpj, p.nik, p.name, p.program, p.registered_on, %1, %2 FROM participants p "
              "JOIN agents a ON a.id = p.agent_id WHERE p.agent_id = ? AND p.reg_period = ? ORDER BY p.registered_on, p.id")
              .arg(kSeenBefore, dismissedSql(QStringLiteral("p.registered_on")));
    std::vector<BasisParticipant> rows;
    auto status = storage::forEachRow(db, utf8(sql), {agentId, qint64(month.key())}, [&](const storage::NativeRow &row) {
        BasisParticipant p{row.integer(0),     qtext(row.text(1)), qtext(row.text(2)), qtext(row.text(3)),
                           qtext(row.text(4)), qdate(row.text(5)), std::nullopt};
        p.reason = registrationReason(fraudCases.contains(p.id), row.integer(7) != 0, row.integer(6) != 0);
        rows.push_back(std::move(p));
    });
    if (!status)
        return status.error();
    return rows;
}

Result<std::vector<BasisPayment>> incentivePayments(const storage::Database &db, qint64 agentId, YearMonth month,
                                                    const QSet<qint64> &fraudCases)
{
    const QString sql
        = QStringLiteral("SELECT p.id, p.kpj, p.name, c.period, %1, c.amount, c.paid_on, c.channel, %2 FROM contributions c "
                         "JOIN participants p ON p.id = c.participant_id JOIN agents a ON a.id = p.agent_id "
                         "WHERE p.agent_id = ? AND c.paid_on >= ? AND c.paid_on <= ? ORDER BY c.paid_on, p.kpj, c.period")
              .arg(contributionMonthSql(db), dismissedSql(QStringLiteral("c.paid_on")));
    auto st = storage::NativeStatement::prepare(db, utf8(sql));
    if (!st)
        return st.error();
    st->bind(agentId);
    bindMonth(*st, month);
    std::vector<BasisPayment> rows;
    while (st->next()) {
        const auto &row = st->row();
        BasisPayment p{row.integer(0),      qtext(row.text(1)), qtext(row.text(2)), YearMonth::fromKey(int(row.integer(3))),
                       int(row.integer(4)), row.integer(5),     qdate(row.text(6)), qtext(row.text(7)),
                       std::nullopt};
        if (fraudCases.contains(p.participantId))
            p.reason = Exclusion::FraudCase;
        else if (row.integer(8) != 0)
            p.reason = Exclusion::AgentDismissed;
        rows.push_back(std::move(p));
    }
    if (auto status = st->status(); !status)
        return status.error();
    return rows;
}

} // namespace perisai::figures
