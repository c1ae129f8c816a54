#pragma once
// What the projector shows, as plain data read once off the UI thread: the slides only format and draw it.
// Names of people only; no NIK, phone or account ever reaches this struct.

#include "core/indicators.h"
#include "core/period.h"

#include <QDate>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace perisai::presentation {

// What to build the deck for. sessionId 0: no Monev session, the office's year so far.
struct DeckRequest {
    qint64 sessionId = 0;
    QString officeCode; // empty: the session's office, else the demo office, else the top office
    QDate today = QDate::currentDate();
};

struct DeckHeader {
    QString officeName; // "KC Cilacap"
    QString officeCode;
    qint64 sessionId = 0;
    QString sessionTitle;
    QDate sessionDate;
    QString sessionPlace;
    QString facilitator;
    int agentsInvited = 0;
    int agentsPresent = 0;
    PeriodRange period;  // the months the figures cover (cut at the last month with data)
    QString periodNote;  // ", data up to November 2026" when the period asked for was cut
    QDate asOf; // "as of" figures (open actions, agreements) are counted on this day
};

// The figures layer's figures of the office and period (glossary terms in the comments).
struct Headline {
    qint64 acquisitions = 0;                   // Acquisitions
    qint64 acquisitionsSamePeriodLastYear = 0; // Same months last year
    qint64 target = 0;                         // Target
    QString targetSource;                      // "sum of the wadah targets"; empty: the office's own
    indicators::Achievement achievement;       // Target achievement
    double cap = 1.0;                          // Target cap
    qint64 activePerisai = 0;                  // Recruits paying
    qint64 collected = 0;                      // Contributions of recruits, rupiah
    qint64 agentsRegistered = 0;
    qint64 agentsProductive = 0; // with an acquisition or a collection in the last month
    std::optional<double> retention3;
};

struct MonthlyAcquisitions {
    int year = 0;
    int monthsElapsed = 0; // months of `year` up to the period's end
    std::array<qint64, 12> thisYear{};
    std::array<qint64, 12> lastYear{};
    qint64 yearToDate = 0;
    qint64 yearToDateLastYear = 0; // the same months a year earlier
    qint64 lastYearTotal = 0;      // Whole of last year
    qint64 againstLastYearTotal = 0; // yearToDate less lastYearTotal
    indicators::Outlook outlook;   // Year-end outlook
};

struct AchievementRow {
    QString name;
    qint64 acquisitions = 0;
    qint64 target = 0;
    indicators::Achievement achievement;
};

struct AchievementTable {
    enum class Level { Wadah, Kcp };
    Level level = Level::Wadah;
    std::vector<AchievementRow> rows; // best first; rows without a target last
    int withTarget = 0;
    int atOrAboveTarget = 0;
};

struct LeaderRow {
    int rank = 0;
    QString name;
    QString wadah;
    qint64 acquisitions = 0;
    qint64 activeRecruits = 0;
};

struct Award {
    QString category; // top_acquisition, best_retention, best_newcomer, most_improved, or a free word
    int rank = 1;
    QString agentName;
    std::optional<double> value;
};

// Share of a cohort paid up k months after registration, k = 0..12; empty where no cohort is old enough.
struct Retention {
    std::array<std::optional<double>, 13> perisai{};
    std::array<std::optional<double>, 13> other{};
    qint64 cohortSize = 0; // Perisai participants in the cohorts looked at
    YearMonth firstCohort;
    YearMonth lastCohort;
};

struct ObstacleCount {
    QString category;
    int count = 0;
};

struct ActionItem {
    QString description;
    QString owner;
    QDate due;
};

struct FollowUp {
    bool fromSession = false; // obstacles of the session itself, else of the sessions held in the period
    int sessionsHeld = 0;
    std::vector<ObstacleCount> obstacles; // most frequent first
    int obstaclesTotal = 0;
    int open = 0;    // not done and not dropped, as of the day
    int overdue = 0; // open and past due
    int done = 0;
    std::vector<ActionItem> overdueItems; // most overdue first
};

struct AgreementRow {
    QString wadahName;
    QDate endsOn;
    int daysLeft = 0; // negative: expired
};

struct AgreementStatus {
    int active = 0;
    int expiring30 = 0;
    int expiring90 = 0; // includes the 30-day ones
    int expired = 0;    // ended and not renewed
    int terminated = 0;
    std::vector<AgreementRow> soonest; // expired first, then the nearest end dates
};

struct DeckData {
    DeckHeader header;
    Headline headline;
    MonthlyAcquisitions monthly;
    AchievementTable achievement;
    std::vector<LeaderRow> leaders;
    std::vector<Award> awards;
    Retention retention;
    FollowUp followUp;
    AgreementStatus agreements;
};

// A Monev session to choose from on the projector page.
struct SessionChoice {
    qint64 id = 0;
    QString title;
    QDate heldOn;
    QString status;
};

} // namespace perisai::presentation
