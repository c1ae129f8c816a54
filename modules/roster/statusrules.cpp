#include "statusrules.h"

#include "core/format.h"

#include <QCoreApplication>

namespace perisai::roster {
StatusRules StatusRules::fromJson(const QJsonObject &json)
{
    StatusRules rules;
    rules.inactiveAfterMonths = json.value(QStringLiteral("inactive_after_months")).toInt(rules.inactiveAfterMonths);
    rules.rejoinAfterMonths = json.value(QStringLiteral("rejoin_after_months")).toInt(rules.rejoinAfterMonths);
    return rules;
}

QStringList Eligibility::missing() const
{
    QStringList list;
    if (!bpuParticipant)
        list << QCoreApplication::translate("roster", "registered as a BPU participant");
    if (!account)
        list << QCoreApplication::translate("roster", "an account at the partner bank");
    if (!device)
        list << QCoreApplication::translate("roster", "a phone with internet");
    if (!notEmployee)
        list << QCoreApplication::translate("roster", "not an agency employee");
    if (!briefed)
        list << QCoreApplication::translate("roster", "briefing date");
    return list;
}

Eligibility eligibilityOf(const Agent &a, const QDate &onDate)
{
    Eligibility e;
    e.bpuParticipant = a.isBpuParticipant;
    e.account = a.hasAccount && !a.accountNo.trimmed().isEmpty();
    e.device = a.hasDevice;
    e.notEmployee = !a.isAgencyEmployee;
    e.briefed = a.briefedOn.isValid() && (!onDate.isValid() || a.briefedOn <= onDate);
    return e;
}

QDate rejoinAllowedFrom(const QDate &deactivatedOn, const StatusRules &rules)
{
    return deactivatedOn.addMonths(rules.rejoinAfterMonths);
}

Status checkTransition(const Agent &agent, AgentStatus to, const QDate &date, const QString &reason,
                       const StatusRules &rules, const QDate &today)
{
    const AgentStatus from = agent.status;
    if (from == to)
        return makeError(QCoreApplication::translate("roster", "The agent is already %1.").arg(statusLabel(to).toLower()));
    if (from == AgentStatus::Dismissed)
        return makeError(QCoreApplication::translate("roster", "A dismissed agent cannot return (dismissed on %1).")
                             .arg(fmt::date(agent.statusSince)));
    if (to == AgentStatus::Candidate)
        return makeError(QCoreApplication::translate("roster", "An agent cannot go back to candidate."));
    if (!date.isValid())
        return makeError(QCoreApplication::translate("roster", "Choose the date of the change."));
    if (date > today)
        return makeError(QCoreApplication::translate("roster", "The date of the change cannot be in the future."));
    if (agent.statusSince.isValid() && date < agent.statusSince)
        return makeError(QCoreApplication::translate("roster", "The date cannot be before %1, when the agent became %2.")
                             .arg(fmt::date(agent.statusSince), statusLabel(from).toLower()));

    switch (to) {
    case AgentStatus::Dismissed:
        if (reason.trimmed().isEmpty())
            return makeError(QCoreApplication::translate("roster", "Give the reason for the dismissal."));
        return {};
    case AgentStatus::Inactive:
        if (from != AgentStatus::Active)
            return makeError(QCoreApplication::translate("roster", "Only an active agent can be set inactive."));
        if (reason.trimmed().isEmpty())
            return makeError(QCoreApplication::translate("roster", "Give the reason for setting the agent inactive."));
        return {};
    case AgentStatus::Active: {
        if (from == AgentStatus::Inactive) {
            const QDate allowed = rejoinAllowedFrom(agent.statusSince, rules);
            if (date < allowed)
                return makeError(QCoreApplication::translate("roster",
                                     "Rejoining is allowed from %1: %n month(s) after the deactivation on %2.",
                                     nullptr, rules.rejoinAfterMonths)
                                     .arg(fmt::date(allowed), fmt::date(agent.statusSince)));
        }
        const Eligibility e = eligibilityOf(agent, date);
        if (!e.complete())
            return makeError(QCoreApplication::translate("roster", "Not eligible to be active yet; missing: %1.")
                                 .arg(e.missing().join(QStringLiteral(", "))));
        return {};
    }
    case AgentStatus::Candidate:
        break;
    }
    return {};
}

std::optional<QDate> automaticDeactivationDate(const QDate &activeSince, YearMonth lastMonth,
                                               const QMap<int, MonthActivity> &activity, const StatusRules &rules)
{
    if (!activeSince.isValid() || !lastMonth.isValid() || rules.inactiveAfterMonths <= 0)
        return std::nullopt;
    // A month counts only when the agent was active for all of it.
    YearMonth month = YearMonth::fromDate(activeSince);
    if (activeSince.day() != 1)
        month = month.addMonths(1);
    int run = 0;
    for (; month <= lastMonth; month = month.addMonths(1)) {
        if (activity.value(month.key()).empty()) {
            if (++run == rules.inactiveAfterMonths)
                return month.addMonths(1).firstDay();
        } else {
            run = 0;
        }
    }
    return std::nullopt;
}

} // namespace perisai::roster
