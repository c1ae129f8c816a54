#include "agreementfigures.h"

#include "kpirepository.h"

namespace perisai::figures {

Result<AgreementFigures> agreementFigures(const storage::Database &db, const ResolvedScope &scope, const QDate &day)
{
    auto terms = KpiRepository(db, scope).agreements();
    if (!terms)
        return terms.error();
    return AgreementFigures{day, indicators::agreementCounts(*terms, day), indicators::agreementsToRenew(*terms, day), {}};
}

namespace {

// The agreements of a scope; none (and no error) in a database without offices, a fresh one.
Result<std::vector<indicators::AgreementTerm>> termsOf(const storage::Database &db, const KpiScope &scope)
{
    if (scope.officeCode.isEmpty() && scope.wadahCode.isEmpty() && scope.agentCode.isEmpty()) {
        auto offices = loadOffices(db);
        if (!offices)
            return offices.error();
        if (offices->isEmpty())
            return std::vector<indicators::AgreementTerm>{};
    }
    auto resolved = resolveScope(db, scope);
    if (!resolved)
        return resolved.error();
    return KpiRepository(db, *resolved).agreements();
}

} // namespace

Result<AgreementFigures> agreementFigures(const storage::Database &db, const KpiScope &scope, const QDate &day,
                                          const std::optional<PeriodRange> &eventsIn)
{
    auto terms = termsOf(db, scope);
    if (!terms)
        return terms.error();
    AgreementFigures f{day, indicators::agreementCounts(*terms, day), indicators::agreementsToRenew(*terms, day), {}};
    if (eventsIn) {
        const QDate from = eventsIn->from.firstDay(), to = eventsIn->to.lastDay();
        f.events = {indicators::renewedBetween(*terms, from, to), indicators::terminatedBetween(*terms, from, to)};
    }
    return f;
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

Result<indicators::WadahAgreement> agreementOfWadah(const storage::Database &db, qint64 wadahId, const QDate &day)
{
    ResolvedScope wadah;
    wadah.wadahId = wadahId;
    auto terms = KpiRepository(db, wadah).agreements();
    if (!terms)
        return terms.error();
    const auto byWadah = indicators::agreementsByWadah(*terms, day); // this wadah's entry, or none
    return byWadah.empty() ? indicators::WadahAgreement{} : byWadah.begin()->second;
}

} // namespace perisai::figures
