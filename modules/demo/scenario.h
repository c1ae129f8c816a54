#pragma once
// What a size or preset looks like before any dice are rolled: its offices, months, counts and the
// figures it must reproduce exactly.

#include "demo/generator.h"
#include "demo/vocabulary.h"

#include <vector>

namespace perisai::demo {

enum class OfficeKind { Kanwil, Branch, SubBranch };

struct OfficeSeed {
    const char *code;
    const char *name;
    OfficeKind kind;
    int parent;          // index in the scenario's office list, -1 for the kanwil
    const char *region;  // matches workforce.region
    int regency;         // NIK regency code (province * 100 + regency)
    const char *places;  // kecamatan / villages, '|' separated
    qint64 labourForce;  // reference figure for the last year (people)
    double informalShare;
    double weight;       // share of its branch's participants
};

struct Scenario {
    NameStyle names = NameStyle::Java;
    std::vector<OfficeSeed> offices; // the kanwil first
    YearMonth first;
    YearMonth last;
    int wadahPerBranch = 10;
    int agentsPerBranch = 50;
    int kantorPerisaiPerBranch = 2;
    qint64 perisaiRegistrations = 0;     // over all months and branches (when not exact per month)
    qint64 otherRegistrations = 0;
    std::vector<qint64> perisaiPerMonth; // exact counts per month (cilacap)
    qint64 activePerisaiAtEnd = -1;      // exact participants paid up for the last month (ntb)
    qint64 activeOtherAtEnd = -1;
    int perisaiClaims = -1;              // exact claims on Perisai participants over the range (ntb)
    qint64 perisaiClaimsTotal = -1;
    // Exact reference figures for the headline office's region in the last year (ntb).
    qint64 headlineInformal = 0;
    qint64 headlineWorking = 0;
    qint64 headlineLabour = 0;
    // Registrations grow over the years: the weight of each year relative to the first.
    double yearlyGrowth = 1.15;
    QString headline;   // office code kept in app_meta 'demo_office'
    QString presetName; // app_meta 'demo_preset'
    bool renewKantorPerisaiInLastYear = false; // cilacap: the 4 regional Perisai offices renewed in 2022
    YearMonth kantorPerisaiRenewal;            // month of that renewal

    int months() const { return first.monthsUntil(last) + 1; }
};

Scenario scenarioFor(const Options &options);

// The last complete month before today.
YearMonth lastCompleteMonth();

} // namespace perisai::demo
