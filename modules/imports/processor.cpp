#include "processor.h"

#include "contributions.h"
#include "entity.h"
#include "officekind.h"

namespace perisai::imports {

std::unique_ptr<Processor> makeProcessor(ImportContext &context)
{
    switch (context.kind) {
    case Kind::Offices: return makeOfficesProcessor(context);
    case Kind::Contributions: return std::make_unique<ContributionsProcessor>(context);
    case Kind::Agents: return makeEntityProcessor(context, agentsSpec());
    case Kind::Wadah: return makeEntityProcessor(context, wadahSpec());
    case Kind::Participants: return makeEntityProcessor(context, participantsSpec());
    case Kind::Claims: return makeEntityProcessor(context, claimsSpec());
    case Kind::Targets: return makeEntityProcessor(context, targetsSpec());
    case Kind::Workforce: return makeEntityProcessor(context, workforceSpec());
    }
    return nullptr;
}

void extend(std::optional<PeriodRange> &range, int fromKey, int toKey)
{
    const YearMonth from = YearMonth::fromKey(fromKey);
    const YearMonth to = YearMonth::fromKey(toKey);
    if (!from.isValid() || !to.isValid())
        return;
    if (!range) {
        range = PeriodRange{from, to};
        return;
    }
    range->from = std::min(range->from, from);
    range->to = std::max(range->to, to);
}

} // namespace perisai::imports
