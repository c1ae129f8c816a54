#include "agreementfigures.h"

#include "kpirepository.h"

namespace perisai::figures {

Result<AgreementFigures> agreementFigures(const storage::Database &db, const ResolvedScope &scope, const QDate &day)
{
    auto terms = KpiRepository(db, scope).agreements();
    if (!terms)
        return terms.error();
    return AgreementFigures{day, indicators::agreementCounts(*terms, day), indicators::agreementsToRenew(*terms, day)};
}

Result<AgreementFigures> agreementFigures(const storage::Database &db, const KpiScope &scope, const QDate &day)
{
    // A database without offices (a fresh one) has no wadah and so no agreements: nothing to count, no error.
    if (scope.officeCode.isEmpty() && scope.wadahCode.isEmpty() && scope.agentCode.isEmpty()) {
        auto offices = loadOffices(db);
        if (!offices)
            return offices.error();
        if (offices->isEmpty())
            return AgreementFigures{day, {}, {}};
    }
    auto resolved = resolveScope(db, scope);
    if (!resolved)
        return resolved.error();
    return agreementFigures(db, *resolved, day);
}

} // namespace perisai::figures
