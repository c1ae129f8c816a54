#pragma once
// Finding the header row. Office exports often start with a title ("Laporan Iuran Maret 2024") or a blank
// line, so the header is the row among the first few that names the most fields of the kind.

#include "fields.h"
#include "source.h"

#include <string>
#include <vector>

namespace perisai::imports {

// A record copied out of its source, to be read again after the header was found.
struct OwnedRecord {
    qint64 line = 0;
    qint64 lastLine = 0;
    std::vector<std::string> fields;
    std::vector<char> numeric;
    int separatorsInsideQuotes = 0;
    QString defect;
    int defectColumn = -1;

    static OwnedRecord copy(const Record &record);
    void fill(Record &record) const;
};

struct FoundHeader {
    qint64 line = 0;
    QStringList headers;
    ColumnMap map;
    std::vector<OwnedRecord> following; // records read past the header while looking for it
};

constexpr int kHeaderSearchRows = 20;

// Which of `rows` (a file's first rows as text) is its header: the first naming the most fields; -1 if none.
int headerRowIndex(const QList<QStringList> &rows, Kind kind, const Mapping &mapping);

// An error when no row names a field, or when required fields have no column.
Result<FoundHeader> findHeader(RecordSource &source, Kind kind, const Mapping &mapping, const QString &file);

} // namespace perisai::imports
