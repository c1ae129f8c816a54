#include "incentives/calculator.h"

#include <QCoreApplication>
#include <algorithm>

namespace perisai::incentives {

QString exclusionCode(Exclusion reason)
{
    switch (reason) {
    case Exclusion::Reregistered:
        return QStringLiteral("reregistered");
    case Exclusion::AgentDismissed:
        return QStringLiteral("agent_dismissed");
    case Exclusion::FraudCase:
        return QStringLiteral("fraud_case");
    case Exclusion::OutsideBands:
        return QStringLiteral("outside_bands");
    }
    return {};
}

QString exclusionText(Exclusion reason)
{
    switch (reason) {
    case Exclusion::Reregistered:
        return QCoreApplication::translate("Incentives", "NIK registered before (not new)");
    case Exclusion::AgentDismissed:
        return QCoreApplication::translate("Incentives", "agent dismissed");
    case Exclusion::FraudCase:
        return QCoreApplication::translate("Incentives", "confirmed fraud case");
    case Exclusion::OutsideBands:
        return QCoreApplication::translate("Incentives", "contribution month not paid by the rule");
    }
    return {};
}

const AgentIncentive *MonthIncentives::findAgent(qint64 agentId) const
{
    for (const auto &a : agents) {
        if (a.basis.agentId == agentId)
            return &a;
    }
    return nullptr;
}

namespace {

qint64 acquisitionOf(const RuleVersion &rule, const AgentIncentive &line)
{
    if (!line.thresholdMet)
        return 0;
    qint64 amount = rule.acquisitionFlat;
    for (auto it = line.basis.newByProgram.begin(); it != line.basis.newByProgram.end(); ++it)
        amount += rule.acquisitionPerProgram.value(it.key()) * it.value();
    return amount;
}

// One floor over the weighted sum of the bands, as the rule writes it (not one floor per band).
qint64 contributionOf(const RuleVersion &rule, const std::vector<qint64> &paidByBand)
{
    PpmSum weighted;
    for (std::size_t i = 0; i < paidByBand.size(); ++i)
        weighted.add(paidByBand[i], rule.bands[i].ratePpm);
    return weighted.floor();
}

AgentIncentive agentLine(const RuleVersion &rule, AgentBasis basis, qint64 adjustment)
{
    AgentIncentive line;
    for (int n : basis.newByProgram)
        line.newParticipants += n;
    for (int n : basis.notCounted)
        line.notCounted += n;
    line.thresholdMet = line.newParticipants > 0 && line.newParticipants >= rule.minNewParticipants;
    line.paidByBand.assign(rule.bands.size(), 0);
    qint64 outside = 0;
    for (auto it = basis.paidByContributionMonth.begin(); it != basis.paidByContributionMonth.end(); ++it) {
        const int band = rule.bandOf(it.key());
        if (band < 0)
            outside += it.value();
        else
            line.paidByBand[std::size_t(band)] += it.value();
    }
    if (outside)
        basis.paidNotCounted[Exclusion::OutsideBands] += outside;
    for (qint64 amount : basis.paidNotCounted)
        line.contributionsNotCounted += amount;
    for (qint64 amount : line.paidByBand)
        line.contributionsCounted += amount;
    line.basis = std::move(basis);
    line.acquisition = acquisitionOf(rule, line);
    line.contribution = contributionOf(rule, line.paidByBand);
    line.adjustment = adjustment;
    line.total = line.acquisition + line.contribution + line.adjustment;
    line.tax = line.total > 0 ? applyPpm(line.total, rule.withholdingTaxPpm) : 0;
    line.net = line.total - line.tax;
    return line;
}

} // namespace

MonthIncentives calculate(const RuleVersion &rule, YearMonth month, std::vector<AgentBasis> basis,
                          const QMap<qint64, qint64> &adjustments)
{
    MonthIncentives result;
    result.month = month;
    result.rule = rule;
    std::sort(basis.begin(), basis.end(), [](const AgentBasis &a, const AgentBasis &b) { return a.agentCode < b.agentCode; });
    QMap<QString, WadahIncentive> wadah; // by code: the order of the payout sheet
    for (auto &b : basis) {
        const qint64 adjustment = adjustments.value(b.agentId);
        if (b.isEmpty() && adjustment == 0)
            continue;
        AgentIncentive line = agentLine(rule, std::move(b), adjustment);
        WadahIncentive &w = wadah[line.basis.wadahCode];
        w.wadahId = line.basis.wadahId;
        w.wadahCode = line.basis.wadahCode;
        w.wadahName = line.basis.wadahName;
        w.agentsTotal += line.total;
        w.agentsNet += line.net;
        result.agentsTotal += line.total;
        result.tax += line.tax;
        result.agents.push_back(std::move(line));
    }
    for (WadahIncentive &w : wadah) {
        // No share on a negative total (corrections larger than the month's earnings) and none without a wadah.
        w.share = w.wadahId != 0 && w.agentsTotal > 0 ? applyPpm(w.agentsTotal, rule.wadahSharePpm) : 0;
        w.shareTax = applyPpm(w.share, rule.withholdingTaxPpm);
        w.receives = w.agentsNet + w.share - w.shareTax;
        result.sharesTotal += w.share;
        result.tax += w.shareTax;
        result.wadah.push_back(w);
    }
    result.total = result.agentsTotal + result.sharesTotal;
    result.payable = result.total - result.tax;
    return result;
}

} // namespace perisai::incentives
