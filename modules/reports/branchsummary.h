#pragma once
// Ringkasan kinerja cabang: the branch's indicators for a period, monthly acquisitions against last year,
// the year so far with its outlook, top and bottom agents and wadah, Monev follow-up and PKS.
//
// The figures come from the indicator service (figures::KpiService); this file only lays them out,
// so it depends on plain data, not on that module (which itself uses ReportDocument).

#include "core/period.h"
#include "reports/reportdocument.h"

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace perisai::reports {

struct RankedRow {
    QString code;
    QString name;
    QString wadahName; // agents only
    qint64 acquisitions = 0;
    qint64 activeRecruits = 0;
    qint64 collected = 0;
    qint64 target = 0;
    double achievement = 0.0;
    int rank = 0;
};

struct BranchSummaryData {
    QString officeName;
    PeriodRange period;  // the months covered (cut at the last month with data)
    QString periodNote;  // ", data up to November 2026" when the period asked for was cut

    qint64 acquisitions = 0;
    qint64 acquisitionsSamePeriodLastYear = 0;
    qint64 acquisitionsLastFullYear = 0;
    double againstLastFullYear = 0.0; // the period's acquisitions as a share of the whole of last year
    qint64 target = 0;
    QString targetSource; // "sum of the wadah targets" when the office has none of its own; empty otherwise
    double achievement = 0.0;
    bool aboveCap = false;
    qint64 activeParticipants = 0;
    // Empty when no cohort of the period can be observed that far yet (shown as "–", not 0 %).
    std::optional<double> retention3, retention6, retention12;
    qint64 agentsRegistered = 0;
    qint64 agentsProductive = 0;
    qint64 informalWorkers = 0;
    qint64 protectedWorkers = 0;
    double coverage = 0.0;
    double perisaiShare = 0.0;
    QString coverageSource; // "Kabupaten Cilacap 2021"
    qint64 claimsCount = 0;
    qint64 claimsAmount = 0;
    std::map<QString, std::pair<qint64, qint64>> claimsByProgram; // JKK -> (count, amount)
    qint64 monevSessions = 0;
    double attendanceRate = 0.0;
    qint64 openActions = 0;
    qint64 overdueActions = 0;
    int agreementsActive = 0;
    int agreementsExpiring90 = 0;
    int agreementsExpired = 0;

    // One entry per month of the period.
    std::vector<qint64> monthAcquisitions;
    std::vector<qint64> monthAcquisitionsLastYear;
    std::vector<qint64> monthActiveAll;
    std::vector<qint64> monthActivePerisai;

    // The calendar year of the period's last month, month by month (January first).
    int year = 0;
    int monthsElapsed = 0;
    std::array<qint64, 12> thisYearCumulative{};
    std::array<qint64, 12> lastYearCumulative{};
    std::array<qint64, 12> runRatePath{};  // cumulative, projected at the run rate
    std::array<qint64, 12> seasonalPath{}; // cumulative, projected along last year's shape; zero if unknown
    qint64 outlookRunRate = 0;
    qint64 outlookSeasonal = 0;
    bool beatsLastYear = false;

    std::vector<RankedRow> agents; // ranked, best first
    std::vector<RankedRow> wadah;  // by achievement or acquisitions, best first
    std::vector<RankedRow> branches; // a kanwil's branches (KC), by code; empty for a branch
};

// Lays the summary out; meta carries the title line, source database and generation time.
std::unique_ptr<ReportDocument> branchSummaryDocument(const BranchSummaryData &data, ReportMeta meta);

} // namespace perisai::reports
