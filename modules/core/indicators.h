#pragma once
// Indicator arithmetic as pure functions over plain numbers, so it is tested without a database.
// Definitions: shared/design/domain.md, "Indicators".

#include "core/period.h"

#include <QDate>
#include <QPointF>
#include <QtGlobal>
#include <array>
#include <map>
#include <optional>
#include <vector>

namespace perisai::indicators {

// a / b, or 0 when b is 0 (an empty branch has no rate, not an error).
double ratio(double numerator, double denominator);

struct Outlook {
    qint64 runRate = 0;  // year-to-date scaled to twelve months
    qint64 seasonal = 0; // year-to-date divided by last year's share of the same months (0 if unknown)
    bool beatsLastYear = false;
};

// monthsElapsed: months of this year covered by yearToDate (1..12).
// lastYearByMonth: last year's figure for each month, January first; all zero if unknown.
Outlook yearEndOutlook(qint64 yearToDate, int monthsElapsed, const std::array<qint64, 12> &lastYearByMonth);

// Target achievement; `capped` tells whether it passed the cap (Jambi: agents' additions capped at 100 %).
struct Achievement {
    double ratio = 0.0;
    bool aboveCap = false;
};
Achievement targetAchievement(qint64 acquisitions, qint64 target, double cap = 1.0);

// Running totals: {3, 1, 2} -> {3, 4, 6}.
std::vector<qint64> cumulative(const std::vector<qint64> &values);

// Growth against a base as a fraction (0.1 = 10 % more); 0 when the base is 0.
double growth(qint64 current, qint64 base);
// The gain on the previous period of equal length, in participants (negative when fewer).
qint64 gainOnPrevious(qint64 current, qint64 previous);

// The cumulative year drawn to December: actual months as they are, later months projected
// at the run-rate and along last year's shape (both equal the actuals up to monthsElapsed).
struct OutlookPath {
    std::array<qint64, 12> runRate{};
    std::array<qint64, 12> seasonal{}; // all zero when last year is unknown
};
OutlookPath outlookPath(const std::array<qint64, 12> &thisYearByMonth, int monthsElapsed,
                        const std::array<qint64, 12> &lastYearByMonth);

// Targets as stored: whole-year figures (month 0) and monthly figures, keyed by year and YYYYMM.
struct TargetTable {
    std::map<int, qint64> annual;  // year -> target
    std::map<int, qint64> monthly; // YYYYMM -> target
    bool empty() const { return annual.empty() && monthly.empty(); }
};
// The target for a range of months: a year with monthly figures sums those in range; otherwise its
// whole-year target is spread evenly over twelve months. Rounded to whole participants.
qint64 targetForPeriod(const TargetTable &targets, const PeriodRange &range);
// The same from figures already added up per year (as a GROUP BY gives them): a year's annual target,
// whether it has monthly ones, and the sum of its monthly ones within the range.
struct YearTarget {
    int year = 0;
    std::optional<qint64> annual;
    bool hasMonthly = false;
    qint64 monthlyInRange = 0;
};
qint64 targetForPeriod(const std::vector<YearTarget> &years, const PeriodRange &range);
// The same, month by month and unrounded (for charts and for adding offices up).
std::vector<double> targetByMonth(const TargetTable &targets, const PeriodRange &range);

// Retention cohorts: sizes by cohort month (YYYYMM) and paid-up counts by (cohort, k).
struct CohortData {
    std::map<int, qint64> sizes;
    std::map<std::pair<int, int>, qint64> paid;
};
// Of the participants registered in the cohorts of `cohorts`, the share paid up k months later.
// Only cohorts already observed at k (cohort + k <= lastObserved) count.
double retentionAt(const CohortData &data, int k, const PeriodRange &cohorts, YearMonth lastObserved);

// The same, empty when no cohort of the range is old enough yet (or none holds anyone): shown as "–".
std::optional<double> retentionShare(const CohortData &data, int k, const PeriodRange &cohorts, YearMonth lastObserved);
// The cohorts of `cohorts` observed k months on: from its first month to lastObserved - k at the latest
// (an empty range, to < from, when none is).
PeriodRange observedCohorts(const PeriodRange &cohorts, int k, YearMonth lastObserved);
// Retention added up over units (agents into a wadah): recruits of the observed cohorts, and those paid up.
struct RetentionCount {
    qint64 base = 0;
    qint64 paid = 0;
    std::optional<double> share() const;
    RetentionCount &operator+=(const RetentionCount &other);
};

struct CohortRow {
    YearMonth cohort;
    qint64 size = 0;
    std::vector<std::optional<double>> shares; // k = 0..maxK; empty where not yet observed
};
std::vector<CohortRow> cohortTable(const CohortData &data, const PeriodRange &cohorts, int maxK,
                                   YearMonth lastObserved);

// Coverage of the informal workforce and the Perisai channel's part in it.
struct Coverage {
    qint64 informalWorkers = 0;
    qint64 workingPopulation = 0;
    qint64 protectedWorkers = 0; // active participants, any channel
    qint64 perisaiActive = 0;    // of which recruited by an agent
    qint64 otherChannels = 0;    // protected, not through an agent
    qint64 notCovered = 0;       // informal workers not protected (0 when the reference figure is lower)
    double ratio = 0.0;          // protected / informal workers
    double perisaiShare = 0.0;   // perisai / protected
    double ucjContribution = 0.0; // perisai / working population
};
Coverage coverage(qint64 protectedWorkers, qint64 perisaiActive, qint64 informalWorkers, qint64 workingPopulation);

// An agent's row on the leaderboard.
struct AgentScore {
    qint64 agentId = 0;
    qint64 acquisitions = 0;
    qint64 activeRecruits = 0;
    qint64 collected = 0;
    int rank = 0; // 1 = best; equal figures share a rank (1, 2, 2, 4)
};
// Orders by acquisitions, then active recruits, then collected (all descending) and assigns ranks.
void rankAgents(std::vector<AgentScore> &scores);

// Whether an agent counted as registered on a day: joined by then, past candidate, not yet dismissed.
struct AgentTenure {
    QDate joinedOn;   // unknown: counted from the start
    QString status;   // candidate, active, inactive, dismissed
    QDate statusSince;
};
bool registeredOn(const AgentTenure &agent, const QDate &day);
// Whether a registered agent counted as active on a day: the status on record is active, or it became
// inactive or dismissed only after that day.
bool activeOn(const AgentTenure &agent, const QDate &day);

// Partnership agreements (PKS) on a day. A renewal names the agreement it renews (previousId).
struct AgreementTerm {
    qint64 id = 0;
    qint64 previousId = 0;
    QDate startsOn;
    QDate endsOn;
    bool draft = false;
    bool terminated = false; // status 'terminated'
    QDate terminatedOn;      // unknown: terminated from the start
    QString number;          // for the lists beside the counts
    QString wadahCode;
    QString wadahName;
    QDate signedOn;          // unknown: taken as its start
};
// The last day it binds: its end, or the day before an earlier termination.
QDate effectiveEnd(const AgreementTerm &a);
struct AgreementCounts {
    int active = 0;      // in force on the day
    int expiring30 = 0;  // in force, ending within 30 days, not yet renewed
    int expiring60 = 0;
    int expiring90 = 0;
    int expired = 0;     // ended before the day and never renewed
    int renewed = 0;     // in force and itself a renewal
    int terminated = 0;  // terminated on or before the day
};
AgreementCounts agreementCounts(const std::vector<AgreementTerm> &agreements, const QDate &day);
// A wadah's PKS on a day as the wadah list shows it: its newest agreement (latest start) that is not a draft
// and was signed by the day decides (a renewal signed ahead of its start already does; one signed later did not
// exist yet); a wadah with drafts only is Draft, one with neither is absent. Expiring: in force and ending
// within 90 days.
enum class AgreementState { None, Draft, Active, Expiring, Expired, Terminated };
struct WadahAgreement {
    AgreementState state = AgreementState::None;
    QDate endsOn;   // the deciding agreement's last day
    QString number; // and its number
};
// By wadah code.
std::map<QString, WadahAgreement> agreementsByWadah(const std::vector<AgreementTerm> &agreements, const QDate &day);
// The agreements behind expired and expiring90 of agreementCounts(): those expired first (longest ago
// first), then those ending soonest.
std::vector<AgreementTerm> agreementsToRenew(const std::vector<AgreementTerm> &agreements, const QDate &day);
// What happened between two days (both included), in date order: the renewals signed then (a draft is not
// signed yet), and the agreements terminated then.
std::vector<AgreementTerm> renewedBetween(const std::vector<AgreementTerm> &agreements, const QDate &from, const QDate &to);
std::vector<AgreementTerm> terminatedBetween(const std::vector<AgreementTerm> &agreements, const QDate &from, const QDate &to);

// At most maxPoints points that keep each bucket's first, lowest, highest and last point, so that a
// line drawn from them looks the same as from all points (never more than about 2 per pixel).
std::vector<QPointF> downsample(const std::vector<QPointF> &points, int maxPoints);

} // namespace perisai::indicators
