#include "reportchoices.h"

#include "lookuprepository.h"

namespace perisai::roster {

namespace {

Result<std::vector<reports::Choice>> choicesOf(const Result<QList<Option>> &options)
{
    if (!options)
        return options.error();
    std::vector<reports::Choice> choices;
    for (const Option &o : *options)
        choices.push_back({o.code, o.display()});
    return choices;
}

} // namespace

Result<std::vector<reports::Choice>> agentChoices(const storage::Database &db)
{
    return choicesOf(LookupRepository(db).agents());
}

Result<std::vector<reports::Choice>> wadahChoices(const storage::Database &db)
{
    return choicesOf(LookupRepository(db).wadah());
}

} // namespace perisai::roster
