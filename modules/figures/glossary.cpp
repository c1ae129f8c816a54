#include "glossary.h"

#include <QCoreApplication>
#include <algorithm>

namespace perisai::figures {

const std::vector<TermText> &glossary()
{
    static const std::vector<TermText> terms = {
        {Term::Acquisitions, "acquisitions", QT_TRANSLATE_NOOP("Glossary", "Acquisitions"),
         QT_TRANSLATE_NOOP("Glossary", "Participants registered by Perisai agents in the period, counted by registration date. Participants who "
             "came through other channels are not acquisitions.")},
        {Term::AcquisitionsSamePeriodLastYear, "acquisitions_same_period_last_year", QT_TRANSLATE_NOOP("Glossary", "Same months last year"),
         QT_TRANSLATE_NOOP("Glossary", "Acquisitions in the same months one year earlier.")},
        {Term::AcquisitionsLastFullYear, "acquisitions_last_full_year", QT_TRANSLATE_NOOP("Glossary", "Whole of last year"),
         QT_TRANSLATE_NOOP("Glossary", "Acquisitions in January–December of the year before the period's last month.")},
        {Term::AcquisitionGain, "acquisition_gain", QT_TRANSLATE_NOOP("Glossary", "Gain on the previous period"),
         QT_TRANSLATE_NOOP("Glossary", "Acquisitions in the period less those in the period of equal length just before it (the Monev "
             "award for the most improved agent).")},
        {Term::YearEndOutlook, "year_end_outlook", QT_TRANSLATE_NOOP("Glossary", "Year-end outlook"),
         QT_TRANSLATE_NOOP("Glossary", "Where the year's acquisitions land in December: along last year's monthly shape when last year is known "
             "(seasonal), else the year so far scaled to twelve months (run-rate).")},
        {Term::ActiveParticipants, "active_participants", QT_TRANSLATE_NOOP("Glossary", "Active participants"),
         QT_TRANSLATE_NOOP("Glossary", "Participants of the office through any channel whose contribution for the period's last month is paid, "
             "whenever it was paid.")},
        {Term::ActiveRecruits, "active_recruits", QT_TRANSLATE_NOOP("Glossary", "Recruits paying"),
         QT_TRANSLATE_NOOP("Glossary", "Participants recruited by agents (the agent's own, or those of the agents of a wadah or office) whose "
             "contribution for the period's last month is paid, whenever it was paid.")},
        {Term::RecruitContributions, "recruit_contributions", QT_TRANSLATE_NOOP("Glossary", "Contributions of recruits"),
         QT_TRANSLATE_NOOP("Glossary", "Contributions paid for the months of the period by participants recruited by agents, through any "
             "channel, in rupiah.")},
        {Term::CollectedByAgents, "collected", QT_TRANSLATE_NOOP("Glossary", "Collected by agents"),
         QT_TRANSLATE_NOOP("Glossary", "Contributions for the months of the period that the agents collected themselves (channel AGEN), in "
             "rupiah.")},
        {Term::Retention, "retention", QT_TRANSLATE_NOOP("Glossary", "Retention at 3, 6 and 12 months"),
         QT_TRANSLATE_NOOP("Glossary", "Of the participants recruited by agents in the months of the period, the share whose contribution for "
             "the 3rd (6th, 12th) month after registration is paid. Only months of registration already that old "
             "count; \"–\" when none is yet.")},
        {Term::RetentionDue, "retention_due", QT_TRANSLATE_NOOP("Glossary", "Retention due at 3 months"),
         QT_TRANSLATE_NOOP("Glossary", "Of the participants an agent recruited three months before each month of the period, the share paid "
             "up for that month: the 3-month retention that falls due within the period (Monev review and the best "
             "retention award).")},
        {Term::RetentionCurve, "retention_curve", QT_TRANSLATE_NOOP("Glossary", "Retention curve"),
         QT_TRANSLATE_NOOP("Glossary", "Retention at 0 to 12 months of the participants registered in the 24 months up to the period's last "
             "month, agents' recruits against other channels; each point counts only the months old enough.")},
        {Term::Target, "target", QT_TRANSLATE_NOOP("Glossary", "Target"),
         QT_TRANSLATE_NOOP("Glossary", "New participants to recruit in the period, from the targets table: a year's monthly targets within the "
             "period, or its whole-year target spread evenly over twelve months. An office without a target of its "
             "own shows the sum of the offices, wadah and agents below it, a wadah without one the sum of its "
             "agents', and says so.")},
        {Term::TargetAchievement, "target_achievement", QT_TRANSLATE_NOOP("Glossary", "Target achievement"),
         QT_TRANSLATE_NOOP("Glossary", "Acquisitions ÷ target of the same period. Above the target cap it is marked for review, not as a "
             "failure.")},
        {Term::TargetCap, "target_cap", QT_TRANSLATE_NOOP("Glossary", "Target cap"),
         QT_TRANSLATE_NOOP("Glossary", "The program rule in force at the period's end: agents' acquisitions count towards the target up to this "
             "share of it (100 % since 2022).")},
        {Term::PksTarget, "pks_target", QT_TRANSLATE_NOOP("Glossary", "PKS target"),
         QT_TRANSLATE_NOOP("Glossary", "New participants the wadah agreed to bring in over the whole term of its partnership agreement, as "
             "written in the PKS. It is not the target of the targets table.")},
        {Term::PksMonthlyMinimum, "pks_monthly_minimum", QT_TRANSLATE_NOOP("Glossary", "PKS monthly minimum"),
         QT_TRANSLATE_NOOP("Glossary", "Acquisitions a month written in the PKS; a wadah below it for several months in a row (3 since 2022) is "
             "flagged for a review of its PKS.")},
        {Term::AgentsRegistered, "agents_registered", QT_TRANSLATE_NOOP("Glossary", "Agents registered"),
         QT_TRANSLATE_NOOP("Glossary", "Agents who had joined by the period's last day and were past candidate and not dismissed on that day "
             "(active or inactive).")},
        {Term::AgentsActive, "agents_active", QT_TRANSLATE_NOOP("Glossary", "Active agents"),
         QT_TRANSLATE_NOOP("Glossary", "Of the agents registered on the period's last day, those active on that day: their status on record is "
             "active, or it became inactive or dismissed only after that day. Candidates are not counted, nor agents "
             "inactive or dismissed on or before that day. A wadah counts its own agents; a KCP or branch the agents of its "
             "office and of the offices below it.")},
        {Term::AgentsProductive, "agents_productive", QT_TRANSLATE_NOOP("Glossary", "Productive agents"),
         QT_TRANSLATE_NOOP("Glossary", "Agents with an acquisition or a contribution they collected in the period's last month.")},
        {Term::AgentsListed, "agents_listed", QT_TRANSLATE_NOOP("Glossary", "Agents on the list"),
         QT_TRANSLATE_NOOP("Glossary", "Every agent on record, whatever the status: candidates and dismissed agents included.")},
        {Term::RecruitsAllTime, "recruits_all_time", QT_TRANSLATE_NOOP("Glossary", "Recruits since joining"),
         QT_TRANSLATE_NOOP("Glossary", "Every participant the agent has registered, in all months with data.")},
        {Term::Coverage, "coverage", QT_TRANSLATE_NOOP("Glossary", "Informal workers covered"),
         QT_TRANSLATE_NOOP("Glossary", "Active participants ÷ informal workers of the office's region (reference figures of the period's year, "
             "or the latest year before it).")},
        {Term::PerisaiShare, "perisai_share", QT_TRANSLATE_NOOP("Glossary", "Perisai share"),
         QT_TRANSLATE_NOOP("Glossary", "Recruits paying ÷ active participants: the agents' part of the protected informal workers.")},
        {Term::UcjContribution, "ucj_contribution", QT_TRANSLATE_NOOP("Glossary", "UCJ contribution"),
         QT_TRANSLATE_NOOP("Glossary", "Recruits paying ÷ working population of the office's region (reference figures).")},
        {Term::Claims, "claims", QT_TRANSLATE_NOOP("Glossary", "Claims"),
         QT_TRANSLATE_NOOP("Glossary", "Claims dated in the period of participants recruited by agents: how many and the benefit paid, by "
             "program.")},
        {Term::MonevSessions, "monev_sessions", QT_TRANSLATE_NOOP("Glossary", "Monev sessions"),
         QT_TRANSLATE_NOOP("Glossary", "Monev sessions of the office and its wadah held (or closed) in the period.")},
        {Term::AttendanceRate, "attendance_rate", QT_TRANSLATE_NOOP("Glossary", "Monev attendance"),
         QT_TRANSLATE_NOOP("Glossary", "Agents present ÷ agents invited, over the Monev sessions held in the period.")},
        {Term::OpenActions, "open_actions", QT_TRANSLATE_NOOP("Glossary", "Open actions"),
         QT_TRANSLATE_NOOP("Glossary", "Monev action items agreed on or before the day and not done by then. The day is today when the "
             "period reaches the last month with data, else the period's last day.")},
        {Term::OverdueActions, "overdue_actions", QT_TRANSLATE_NOOP("Glossary", "Overdue actions"),
         QT_TRANSLATE_NOOP("Glossary", "Open actions whose due date had passed on the day.")},
        {Term::AgreementsActive, "agreements_active", QT_TRANSLATE_NOOP("Glossary", "PKS in force"),
         QT_TRANSLATE_NOOP("Glossary", "Partnership agreements signed, started and neither ended nor terminated on the day, renewals "
             "included.")},
        {Term::AgreementsExpiring, "agreements_expiring", QT_TRANSLATE_NOOP("Glossary", "PKS ending within 30, 60, 90 days"),
         QT_TRANSLATE_NOOP("Glossary", "PKS in force on the day and not yet renewed that end within 30, 60 or 90 days. Each count includes the "
             "shorter ones: \"within 60 days\" includes those within 30.")},
        {Term::AgreementsExpired, "agreements_expired", QT_TRANSLATE_NOOP("Glossary", "PKS expired"),
         QT_TRANSLATE_NOOP("Glossary", "PKS that ended before the day and were neither renewed nor terminated.")},
        {Term::AgreementsTerminated, "agreements_terminated", QT_TRANSLATE_NOOP("Glossary", "PKS terminated"),
         QT_TRANSLATE_NOOP("Glossary", "PKS terminated on or before the day.")},
        {Term::AgreementsRenewedInPeriod, "agreements_renewed_in_period", QT_TRANSLATE_NOOP("Glossary", "PKS renewed in the period"),
         QT_TRANSLATE_NOOP("Glossary", "Renewals signed on a day of the period (on their first day when the signing day is not "
             "recorded); a renewal still in draft is not counted.")},
        {Term::AgreementsTerminatedInPeriod, "agreements_terminated_in_period", QT_TRANSLATE_NOOP("Glossary", "PKS terminated in the period"),
         QT_TRANSLATE_NOOP("Glossary", "PKS terminated on a day of the period.")},
        {Term::Rank, "rank", QT_TRANSLATE_NOOP("Glossary", "Rank"),
         QT_TRANSLATE_NOOP("Glossary", "Agents ordered by acquisitions, then recruits paying, then collected by agents; equal figures share a "
             "rank (1, 2, 2, 4).")},
        {Term::SignalFirstPaymentOnly, "first_payment_only", QT_TRANSLATE_NOOP("Glossary", "Paid only the first month"),
         QT_TRANSLATE_NOOP("Glossary", "A fraud signal, for a person to review: of the agent's recruits registered in the period and observed "
             "at least 3 months (at least 10 of them), the share that paid for the registration month and no later month, "
             "when it is at least twice the office's share and at least 20 points above it.")},
        {Term::SignalReRegistration, "re_registration", QT_TRANSLATE_NOOP("Glossary", "Re-registered NIK"),
         QT_TRANSLATE_NOOP("Glossary", "A fraud signal, for a person to review: at least 3 of the agent's registrations in the period carry a "
             "NIK that an earlier participant had.")},
        {Term::SignalThresholdBunching, "threshold_bunching", QT_TRANSLATE_NOOP("Glossary", "Registrations bunched at the incentive threshold"),
         QT_TRANSLATE_NOOP("Glossary", "A fraud signal, for a person to review: in at least 2 months of the period the agent's new participants "
             "ended within the incentive threshold and 2 above it (25–27 under the 2022 rule), with at least half of them "
             "registered in the month's last 5 days.")},
        {Term::SignalCollectiveLapse, "collective_lapse", QT_TRANSLATE_NOOP("Glossary", "Recruits stopped paying together"),
         QT_TRANSLATE_NOOP("Glossary", "A fraud signal, for a person to review: of the agent's recruits who paid for some month of the period, "
             "at least 70 % (and at least 10 people) paid for no later month, while at most half of the office's other "
             "payers of that month stopped.")},
        {Term::SignalSharedPhone, "shared_phone", QT_TRANSLATE_NOOP("Glossary", "Recruits sharing a phone number"),
         QT_TRANSLATE_NOOP("Glossary", "A fraud signal, for a person to review: at least 5 people on one phone number among the agent's "
             "recruits registered in the period, the agent counted when the number is the agent's own.")},
    };
    return terms;
}

const TermText &termText(Term term)
{
    const auto &terms = glossary();
    return *std::find_if(terms.begin(), terms.end(), [term](const TermText &t) { return t.term == term; });
}

QString label(Term term)
{
    return QCoreApplication::translate("Glossary", termText(term).label);
}

QString definition(Term term)
{
    return QCoreApplication::translate("Glossary", termText(term).definition);
}

QString tooltip(Term term)
{
    return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(label(term).toHtmlEscaped(), definition(term).toHtmlEscaped());
}

QString tooltip(Term term, const QString &note)
{
    return tooltip(term) + QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
}

QString glossaryMarkdown()
{
    QString md = QCoreApplication::translate("Glossary", "# Indicators\n\n"
        "Every figure Perisai Desk shows, with the one definition it has in every view (dashboard, roster, agent "
        "detail, projector, PDF reports, `kpi`). The window shows the same text as the tooltip of each tile and "
        "column. A period that reaches past the last month with data is cut at that month, and every view says so "
        "(\"January–November 2026, data up to November 2026\"); a period wholly after it is refused.\n\n"
        "Definitions: shared/design/domain.md, \"Indicators\". This file is written from the glossary in "
        "modules/figures/glossary.cpp; a test keeps the two the same.\n");
    for (const TermText &t : glossary()) {
        md += QStringLiteral("\n## %1\n\n`%2`: %3\n")
                  .arg(QCoreApplication::translate("Glossary", t.label), QString::fromLatin1(t.key),
                       QCoreApplication::translate("Glossary", t.definition));
    }
    return md;
}

} // namespace perisai::figures
