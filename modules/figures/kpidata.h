#pragma once
// The indicators of a period and scope as plain data: what `kpi` prints and the dashboard draws.
// Definitions: shared/design/domain.md, "Indicators".

#include "core/indicators.h"
#include "core/period.h"
#include "period.h"
#include "targets.h"
#include "unitfigures.h"

#include <QString>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

namespace perisai::figures {

struct ProgramClaims {
    qint64 count = 0;
    qint64 amount = 0; // rupiah
};

// Everything in interfaces.md's kpi JSON, plus a few figures it may grow into.
struct KpiSummary {
    PeriodRange period;           // the months the figures cover (figuresPeriod.range)
    FiguresPeriod figuresPeriod;  // as asked, and where the data end
    QDate asOf;                   // the day "as of" figures (open actions, agreements) are counted on
    QString officeCode;
    QString scopeLabel;
    bool narrowed = false; // to a wadah or an agent: coverage compares them with their whole office

    qint64 acquisitions = 0;
    qint64 acquisitionsSamePeriodLastYear = 0;
    qint64 acquisitionsLastFullYear = 0;
    // The period's acquisitions as a share of the whole of last year ("80 % of 2025").
    double againstLastFullYear() const { return indicators::ratio(double(acquisitions), double(acquisitionsLastFullYear)); }
    indicators::Outlook outlook;

    qint64 activeParticipants = 0; // at the last month of the period
    qint64 activeRecruits = 0;     // of them recruited by agents
    qint64 recruitContributions = 0; // paid for the period's months by agents' recruits, rupiah
    // Empty where no cohort of the period is old enough yet ("–").
    std::optional<double> retention3;
    std::optional<double> retention6;
    std::optional<double> retention12;

    qint64 target = 0;
    TargetSource targetSource = TargetSource::None;
    indicators::Achievement achievement;
    double cap = 1.0;

    qint64 agentsRegistered = 0;
    qint64 agentsProductive = 0;
    // Of the agents registered, the share productive (0 when none is registered).
    double productiveShare() const { return indicators::ratio(double(agentsProductive), double(agentsRegistered)); }

    indicators::Coverage coverage;
    QString coverageRegion; // the reference figures' region(s) and year
    int coverageYear = 0;

    qint64 claimsCount = 0;
    qint64 claimsAmount = 0;
    std::map<QString, ProgramClaims> claimsByProgram; // JKK, JKM, JHT

    qint64 monevSessions = 0;
    double attendanceRate = 0.0;
    qint64 openActions = 0;
    qint64 overdueActions = 0;

    indicators::AgreementCounts agreements;
};

// One month of the period, for the monthly charts.
struct MonthFigures {
    YearMonth month;
    qint64 acquisitions = 0;
    qint64 acquisitionsLastYear = 0; // the same month a year earlier
    double target = 0.0;
    qint64 activeAll = 0;
    qint64 activePerisai = 0;
    qint64 agentsRegistered = 0;
    qint64 agentsProductive = 0;

    qint64 activeOtherChannels() const { return activeAll - activePerisai; }
    // The month's target in whole participants (a yearly target spread over months has fractions).
    qint64 wholeTarget() const { return std::llround(target); }
    indicators::Achievement achievement(double cap) const { return indicators::targetAchievement(acquisitions, wholeTarget(), cap); }
};

struct DashboardData {
    KpiSummary summary;
    std::vector<MonthFigures> months;

    // The cumulative year of the period's last month, with its outlook paths.
    int year = 0;
    int monthsElapsed = 0;
    std::array<qint64, 12> thisYear{};
    std::array<qint64, 12> lastYear{};
    std::array<qint64, 12> thisYearCumulative{}; // January up to each month (0 after the period's last)
    std::array<qint64, 12> lastYearCumulative{};
    qint64 yearToDate = 0;         // January up to the period's last month
    qint64 yearToDateLastYear = 0; // the same months a year earlier
    qint64 yearToDateAgainstLastFullYear = 0; // yearToDate less the whole of last year (a completed year's gain)
    indicators::OutlookPath outlookPath;

    YearMonth lastObserved; // the last month with contributions in the database
    std::vector<indicators::CohortRow> cohorts;
    int cohortMaxK = 12;

    std::vector<UnitFigures> byBranch; // a kanwil's KCs
    std::vector<UnitFigures> byKcp;
    std::vector<UnitFigures> byWadah;  // best achievement first
    std::vector<UnitFigures> byAgent;  // by rank: the leaderboard
};

} // namespace perisai::figures
