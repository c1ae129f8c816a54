#pragma once
// Partnership agreements (PKS) of a scope on a day: the counts (indicators::agreementCounts) and the
// agreements behind "expired" and "ending within 90 days". The dashboard, `kpi`, the PKS page's tiles and
// notices, the PKS status report and the projector read them here.

#include "core/indicators.h"
#include "core/period.h"
#include "core/result.h"
#include "kpiscope.h"

#include <QDate>
#include <optional>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

// What happened between two days (both included), in date order: the renewals signed and the agreements
// terminated (the PKS status report's "renewed / terminated in the period").
struct AgreementEvents {
    std::vector<indicators::AgreementTerm> renewed;
    std::vector<indicators::AgreementTerm> terminated;
};

struct AgreementFigures {
    QDate day;
    indicators::AgreementCounts counts;
    std::vector<indicators::AgreementTerm> toRenew; // expired first (longest ago first), then ending soonest
    AgreementEvents events;                         // in the period asked for, if any
};

Result<AgreementFigures> agreementFigures(const storage::Database &db, const ResolvedScope &scope, const QDate &day);
// `eventsIn`: also what happened in those months, from the same read of the agreements.
Result<AgreementFigures> agreementFigures(const storage::Database &db, const KpiScope &scope, const QDate &day,
                                          const std::optional<PeriodRange> &eventsIn = std::nullopt);

// Every wadah's PKS on the day, by wadah code, whatever its office (the roster's wadah list).
Result<std::map<QString, indicators::WadahAgreement>> agreementsByWadah(const storage::Database &db, const QDate &day);
// The same for one wadah (its scorecard), read from its own agreements only.
Result<indicators::WadahAgreement> agreementOfWadah(const storage::Database &db, qint64 wadahId, const QDate &day);

} // namespace perisai::figures
