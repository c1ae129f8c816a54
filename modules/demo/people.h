#pragma once
// Details of a person in the demo data: addresses, NIKs that are valid and unique, birth dates,
// bank accounts and member numbers.

#include "demo/plan.h"

namespace perisai::demo {

std::string streetAddress(Stream &s, const std::string &place);
// The regency a person's NIK comes from: mostly the office's own, now and then another in the province.
int nikRegency(const Plan &plan, Stream &s, int office);
QDate birthDate(Stream &s, qint64 atJd, int minAge, int maxAge);
// A valid NIK (Nik::compose) that no one in the plan holds yet.
std::string uniqueNik(Plan &plan, Stream &s, int regency, const QDate &birth, bool female);
std::string accountNumber(Stream &s, int digits);
// Member number (KPJ): two digits of the registration year and the row number.
std::string kpjFor(const Plan &plan, int member);

} // namespace perisai::demo
