// libFuzzer target: the value parsers of the import (dates, periods, amounts, whole numbers, cell text, the
// closed vocabularies) and of the core (NIK, phone numbers, months). The first byte chooses whether the cell
// counts as a spreadsheet number; the rest is the cell's text.
#include "core/nik.h"
#include "core/period.h"
#include "core/phone.h"
#include "imports/values.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace perisai;
    using namespace perisai::imports;
    if (size == 0)
        return 0;
    const bool numeric = data[0] & 1;
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    const std::string_view trimmed = values::trim(text);
    QString reason;
    (void)values::parseDate(trimmed, numeric, &reason);
    (void)values::parsePeriod(trimmed, numeric, &reason);
    (void)values::parseAmount(trimmed, numeric, &reason);
    (void)values::parseNumber(trimmed, numeric, &reason);
    const QString cell = values::cellText(trimmed, numeric);
    (void)values::normalizeSex(cell);
    (void)values::normalizeProgram(cell);
    (void)values::normalizeClaimProgram(cell);
    (void)values::normalizeAgentStatus(cell);
    (void)values::normalizeTargetLevel(cell);
    (void)values::normalizeWadahKind(cell);
    (void)values::normalizeChannel(cell);
    (void)Nik::check(cell);
    (void)Phone::normalize(cell);
    (void)YearMonth::parse(cell);
    return 0;
}
