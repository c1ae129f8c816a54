#pragma once
// The shape of a row, checked before any of its values: how many values it has against the header (a CSV
// row cut short would otherwise read its missing values as empty), a quoted value that swallowed whole rows,
// text after a closing quote, NUL bytes, and values longer than any real cell (kMaxCellCharacters).

#include "issues.h"
#include "source.h"

namespace perisai::imports {

struct RowShape {
    int columns = 0;            // columns of the header
    int namedColumns = 0;       // up to the last header that is not empty
    bool everyColumn = false;   // rows must carry every named column (CSV)
};

RowShape rowShapeOf(const QStringList &headers, const RecordSource &source);

// False, with the reason added to `issues`, when the row cannot be read as written.
bool checkRowShape(const Record &record, const RowShape &shape, IssueSink &issues);

} // namespace perisai::imports
