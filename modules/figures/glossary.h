#pragma once
// One definition per label: every figure a user sees is one of these terms. Tiles and column headers take
// their tooltip from here, docs/indicators.md is written from here (a test keeps the two the same), and two
// figures that mean different things have different terms and different labels.
//
// To add a figure: add its term here (label and definition), compute it in the figures layer, and show
// it under term(Term::X).label with tooltip(Term::X).

#include <QString>
#include <vector>

namespace perisai::figures {

enum class Term {
    Acquisitions,
    AcquisitionsSamePeriodLastYear,
    AcquisitionsLastFullYear,
    AcquisitionGain,
    YearEndOutlook,
    ActiveParticipants,
    ActiveRecruits,
    RecruitContributions,
    CollectedByAgents,
    Retention,
    RetentionDue,
    RetentionCurve,
    Target,
    TargetAchievement,
    TargetCap,
    PksTarget,
    PksMonthlyMinimum,
    AgentsRegistered,
    AgentsActive,
    AgentsProductive,
    AgentsListed,
    RecruitsAllTime,
    Coverage,
    PerisaiShare,
    UcjContribution,
    Claims,
    MonevSessions,
    AttendanceRate,
    OpenActions,
    OverdueActions,
    AgreementsActive,
    AgreementsExpiring,
    AgreementsExpired,
    AgreementsTerminated,
    AgreementsRenewedInPeriod,
    AgreementsTerminatedInPeriod,
    Rank,
    // Fraud signals (signalfigures.h): indicators for a person to review, never verdicts.
    SignalFirstPaymentOnly,
    SignalReRegistration,
    SignalThresholdBunching,
    SignalCollectiveLapse,
    SignalSharedPhone,
};

struct TermText {
    Term term;
    const char *key;        // stable, for exports and docs: "target_achievement"
    const char *label;      // English source text in the "Glossary" context
    const char *definition; // the same
};

// Every term, in the order docs/indicators.md lists them.
const std::vector<TermText> &glossary();
const TermText &termText(Term term);

QString label(Term term);      // translated
QString definition(Term term); // translated
// "<b>Label</b><br>definition" for a tile or a column header.
QString tooltip(Term term);
// The same with a line on what the figure covers here ("From January to the reference month.").
QString tooltip(Term term, const QString &note);

// docs/indicators.md in the current language (English when no translator is installed).
QString glossaryMarkdown();

} // namespace perisai::figures
