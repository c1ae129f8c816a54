#pragma once
// Award (apresiasi) suggestions: pure rankings over a session's snapshot rows, tested without a database.
// The user confirms a suggestion or picks someone else; nothing here writes.
//
//   top_acquisition  most acquisitions in the review period
//   best_retention   highest share of recruits still paying 3 months after registering, among agents with at
//                    least `minRecruits` recruits over the review period and the one before it (the cohorts
//                    retention is measured on)
//   best_newcomer    joined within `newcomerMonths` before the session, most acquisitions
//   most_improved    largest increase in acquisitions over the previous period of equal length
// Ties go to the lower agent code, so the same snapshot always suggests the same people.

#include "figures/glossary.h"
#include "monevtypes.h"

#include <QStringList>

namespace perisai::monev::awards {

inline const QString topAcquisition = QStringLiteral("top_acquisition");
inline const QString bestRetention = QStringLiteral("best_retention");
inline const QString bestNewcomer = QStringLiteral("best_newcomer");
inline const QString mostImproved = QStringLiteral("most_improved");

QStringList categories();
QString title(const QString &category);                    // translated: "Akuisisi terbanyak"
QString formatValue(const QString &category, double value); // "42 peserta", "87,5%", "+12"

struct Rules {
    int minRecruits = 10;
    int newcomerMonths = 6;
    int places = 3;  // how many candidates to suggest per category
};

struct Candidate {
    qint64 agentId = 0;
    QString code;
    QString name;
    QString wadahName;
    double value = 0;
};

// The figure the category ranks an agent by, and the one an award of the category records: acquisitions, the
// share retained at 3 months (0 when not yet observable), or the gain over the previous period.
double valueOf(const QString &category, const SnapshotRow &row);

// The glossary's figure behind valueOf(): its label and definition are the tooltip of the category.
figures::Term figureOf(const QString &category);

// The best `rules.places` agents of the category, best first; empty when nobody qualifies.
std::vector<Candidate> rank(const QString &category, const std::vector<SnapshotRow> &rows, const QDate &sessionDate,
                            const Rules &rules = {});

} // namespace perisai::monev::awards
