// libFuzzer target: a column mapping file (JSON, {"file header": "field"}) for every kind of import.
#include "imports/mapping.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace perisai::imports;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Kind kind : allKinds()) {
        auto mapping = parseMapping(json, kind);
        if (mapping)
            (void)mappingJson(*mapping);
    }
    return 0;
}
