#include "incentives/corrections.h"

#include "core/format.h"

#include <QCoreApplication>
#include <QSet>

namespace perisai::incentives {

namespace {

struct Earned {
    qint64 amount = 0; // acquisition + contribution, without adjustments
    int newParticipants = 0;
    qint64 counted = 0;
    QString code;
};

QMap<qint64, Earned> earnedByAgent(const MonthIncentives &m)
{
    QMap<qint64, Earned> earned;
    for (const AgentIncentive &a : m.agents)
        earned.insert(a.basis.agentId,
                      {a.acquisition + a.contribution, a.newParticipants, a.contributionsCounted, a.basis.agentCode});
    return earned;
}

QString reasonText(YearMonth month, const Earned &before, const Earned &now)
{
    QStringList changes;
    if (before.newParticipants != now.newParticipants)
        changes << QCoreApplication::translate("Incentives", "new participants %1 → %2")
                       .arg(before.newParticipants)
                       .arg(now.newParticipants);
    if (before.counted != now.counted)
        changes << QCoreApplication::translate("Incentives", "contributions counted %1 → %2")
                       .arg(fmt::rupiah(before.counted), fmt::rupiah(now.counted));
    if (changes.isEmpty())
        changes << QCoreApplication::translate("Incentives", "recalculated with later data");
    return QCoreApplication::translate("Incentives", "correction of %1 (approved): %2")
        .arg(fmt::yearMonth(month.year(), month.month()), changes.join(QStringLiteral(", ")));
}

} // namespace

std::vector<AdjustmentLine> corrections(const MonthIncentives &frozen, const MonthIncentives &live,
                                        const QMap<QPair<qint64, int>, qint64> &alreadyPaid)
{
    const QMap<qint64, Earned> before = earnedByAgent(frozen);
    const QMap<qint64, Earned> now = earnedByAgent(live);
    QSet<qint64> agents;
    for (auto it = before.begin(); it != before.end(); ++it)
        agents.insert(it.key());
    for (auto it = now.begin(); it != now.end(); ++it)
        agents.insert(it.key());
    QList<qint64> ordered(agents.begin(), agents.end());
    std::sort(ordered.begin(), ordered.end());
    std::vector<AdjustmentLine> lines;
    for (qint64 agent : ordered) {
        const Earned b = before.value(agent);
        const Earned n = now.value(agent);
        const qint64 difference = n.amount - b.amount - alreadyPaid.value({agent, frozen.month.key()});
        if (difference == 0)
            continue;
        lines.push_back({agent, n.code.isEmpty() ? b.code : n.code, frozen.month, difference, reasonText(frozen.month, b, n)});
    }
    return lines;
}

QMap<qint64, qint64> adjustmentsByAgent(const std::vector<AdjustmentLine> &lines)
{
    QMap<qint64, qint64> byAgent;
    for (const AdjustmentLine &line : lines)
        byAgent[line.agentId] += line.amount;
    return byAgent;
}

} // namespace perisai::incentives
