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

Result<std::map<QString, indicators::WadahAgreement>> agreementsByWadah(const storage::Database &db, const QDate &day)
{
    auto offices = loadOffices(db);
    if (!offices)
        return offices.error();
    ResolvedScope everywhere;
    for (const OfficeNode &o : *offices)
        everywhere.officeIds << o.id;
    if (everywhere.officeIds.isEmpty())
        return std::map<QString, indicators::WadahAgreement>{};
    auto terms = KpiRepository(db, everywhere).agreements();
    if (!terms)
        return terms.error();
    return indicators::agreementsByWadah(*terms, day);
}

} // namespace perisai::figures
