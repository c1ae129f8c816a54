#pragma once
// The PKS rules as pure functions over plain data, so that they are tested without a database or a window.
// The numbers (longest term, months below target before review) are program data from program_rules 'wadah'.

#include "agreements/agreement.h"

#include <QSet>
#include <QStringList>
#include <optional>

namespace perisai::agreements {

// program_rules 'wadah' in force on a date. Since 2022: a PKS lasts at most 12 months; a wadah below its
// minimum target for 3 consecutive months may have its PKS terminated.
struct WadahRules {
    int pksMaxMonths = 12;          // 0: no limit known for that date
    int belowTargetMonths = 3;
};

// Reminder thresholds in days before the end of an agreement.
inline constexpr int kExpiringDays = 90;
inline constexpr int kReminderThresholds[] = {30, 60, 90};

enum class Severity { Error, Warning };

struct RuleIssue {
    Severity severity = Severity::Error;
    QString code;     // number, wadah, dates, overlap, term, terminated_on, reason
    QString message;  // translated, names what is wrong and how to fix it
};

// The last day a term starting on `start` may run under the rule (start + N months − 1 day).
QDate longestEnd(const QDate &start, int maxMonths);
bool termTooLong(const QDate &start, const QDate &end, int maxMonths);

// The first agreement of the same wadah whose days in force share a day with the candidate's (drafts
// included: two PKS for one wadah at once is a mistake whatever their state). The candidate itself
// (same id) is skipped. Terminated agreements bind only until their termination date.
std::optional<Agreement> findOverlap(const Agreement &candidate, const std::vector<Agreement> &sameWadah);

// Everything wrong with an agreement about to be saved. Errors block; the long-term warning blocks
// until the candidate carries a termOverrideReason.
std::vector<RuleIssue> checkAgreement(const Agreement &candidate, const std::vector<Agreement> &sameWadah,
                                      const WadahRules &rules);
bool blocksSaving(const std::vector<RuleIssue> &issues, bool overrideGiven);
QStringList messages(const std::vector<RuleIssue> &issues);

// Every stored field equal except the version (undo checks that nothing changed since).
bool sameContent(const Agreement &a, const Agreement &b);

// The status a person reads. hasSuccessor: a later agreement renews this one.
AgreementStatus deriveStatus(const Agreement &agreement, bool hasSuccessor, const QDate &today);
// Days from today to the effective end (negative once ended).
qint64 daysLeft(const Agreement &agreement, const QDate &today);
// The reminder bucket for an agreement `days` from its end: 30, 60 or 90 (the smallest threshold it is
// within), -1 when already ended, 0 when further away.
int reminderBucket(qint64 days);

// The next agreement of a chain: terms carried over, starting the day after the previous one ends (or on
// the signing day when that is later) and running the longest term the rule allows (12 months when no
// rule is known). Number left empty.
Agreement proposeRenewal(const Agreement &previous, const WadahRules &rules, const QDate &signedOn);
// "PKS/KOP-001/2025", with "-2", "-3" ... when that is taken.
QString suggestNumber(const QString &wadahCode, const QDate &startsOn, const QSet<QString> &taken);

// A wadah's acquisitions in one month against the minimum its agreement in force set for that month.
struct MonthAgainstTarget {
    int period = 0;        // YYYYMM
    int acquisitions = 0;
    int minTarget = 0;     // 0: no agreement with a minimum in force that month
};
// True when each of the last `months` figures has a minimum and stays below it.
bool belowTargetForReview(const std::vector<MonthAgainstTarget> &lastMonths, int months);

} // namespace perisai::agreements
