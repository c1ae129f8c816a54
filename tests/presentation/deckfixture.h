#pragma once
// A small branch with figures worked out by hand (see deckfixture.cpp): one KC, two KCP, four wadah,
// eight agents with NIK and phone numbers, 2021 and January–June 2022, two Monev sessions, PKS in every state.

#include "core/result.h"

#include <QDate>
#include <QStringList>

namespace perisai::storage {
class Database;
}

namespace perisai::testing {

struct DeckFixture {
    qint64 session = 0;        // "Monev Agen Triwulan II", held 10/07/2022, reviews April–June 2022
    qint64 earlierSession = 0; // held 05/04/2022
    QStringList agentNiks;
    QStringList agentPhones;
    QStringList agentNames;
};

Result<DeckFixture> seedDeckFixture(const storage::Database &db);

} // namespace perisai::testing
