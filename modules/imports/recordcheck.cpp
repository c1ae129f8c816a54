#include "recordcheck.h"
#include "tr.h"

#include <QLocale>
#include <algorithm>
#include <cstring>

namespace perisai::imports {
namespace {

qint64 characters(std::string_view utf8)
{
    return std::count_if(utf8.begin(), utf8.end(), [](char c) { return (uchar(c) & 0xC0) != 0x80; });
}

// The start of a long value, enough to recognise it in the list of problems.
std::string_view opening(std::string_view value)
{
    size_t n = std::min<size_t>(value.size(), 80);
    while (n > 0 && n < value.size() && (uchar(value[n]) & 0xC0) == 0x80)
        --n; // not inside a character
    return value.substr(0, n);
}

QString lines(const Record &r)
{
    return r.lastLine > r.line ? Tr::tr(" (this row runs from line %1 to line %2: a quote left open?)").arg(r.line).arg(r.lastLine) : QString();
}

} // namespace

RowShape rowShapeOf(const QStringList &headers, const RecordSource &source)
{
    RowShape shape;
    shape.columns = int(headers.size());
    for (int c = 0; c < headers.size(); ++c)
        if (!headers[c].trimmed().isEmpty())
            shape.namedColumns = c + 1;
    shape.everyColumn = source.rowsHaveEveryColumn();
    return shape;
}

bool checkRowShape(const Record &r, const RowShape &shape, IssueSink &issues)
{
    if (r.separatorsInsideQuotes > 0 && r.separatorsInsideQuotes >= std::max(2, shape.columns - 2)) {
        issues.add(r.line, -1, QString(), Tr::tr("a quoted value runs from line %1 to line %2 and holds whole rows: a quote (\") left open on "
                                                 "line %1 swallowed them")
                                              .arg(r.line).arg(r.lastLine));
        return false;
    }
    // More values than headers: a value with an unquoted separator ("36,800" in a comma file).
    for (size_t c = size_t(shape.columns); c < r.fields.size(); ++c) {
        if (!r.fields[c].empty()) {
            issues.add(r.line, -1, QString(), Tr::tr("this row has %1 values but the header has %2 columns (a value with an unquoted separator?)%3")
                                                  .arg(r.fields.size()).arg(shape.columns).arg(lines(r)));
            return false;
        }
    }
    if (shape.everyColumn && r.fields.size() < size_t(shape.namedColumns)) {
        issues.add(r.line, -1, QString(), Tr::tr("this row has %1 values but the header has %2 columns: the row is cut short or broken "
                                                 "over two lines (a missing value must still have its separator)%3")
                                              .arg(r.fields.size()).arg(shape.namedColumns).arg(lines(r)));
        return false;
    }
    if (!r.defect.isEmpty()) {
        issues.add(r.line, r.defectColumn, opening(r.field(r.defectColumn)), r.defect);
        return false;
    }
    bool ok = true;
    for (size_t c = 0; c < r.fields.size(); ++c) {
        const std::string_view f = r.fields[c];
        if (std::memchr(f.data(), '\0', f.size())) {
            issues.add(r.line, int(c), opening(f), Tr::tr("this value holds a NUL byte, which text never does"));
            ok = false;
        } else if (f.size() > size_t(kMaxCellCharacters) && characters(f) > kMaxCellCharacters) {
            issues.add(r.line, int(c), opening(f), Tr::tr("this value is %1 characters long; no value may be longer than %2%3")
                                                       .arg(QLocale().toString(characters(f)), QLocale().toString(kMaxCellCharacters), lines(r)));
            ok = false;
        }
    }
    return ok;
}

} // namespace perisai::imports
