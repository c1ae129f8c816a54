// libFuzzer target: the CSV reader over any bytes (encodings, quotes, separators, NUL bytes, damage).
#include "imports/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace perisai::imports;
    auto reader = CsvReader::fromData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    Record record;
    size_t fields = 0;
    while (reader->next(record)) {
        for (const std::string_view f : record.fields)
            fields += f.size();
    }
    (void)reader->problem();
    (void)reader->describe();
    return fields > 0 ? 0 : 0;
}
