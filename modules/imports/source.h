#pragma once
// Where rows come from: a CSV or XLSX file read record by record. Fields are UTF-8 views that stay valid
// until the next call to next(), so the hot path (a million contribution rows) never builds a QString.

#include "core/result.h"

#include <QStringList>
#include <memory>
#include <string_view>
#include <vector>

namespace perisai::imports {

struct Record {
    qint64 line = 0;                      // CSV: line the record starts on; XLSX: the sheet's row number
    std::vector<std::string_view> fields; // as written, not trimmed
    std::vector<char> numeric;            // XLSX: 1 where the cell holds a number; empty for CSV

    std::string_view field(int column) const
    {
        return column >= 0 && size_t(column) < fields.size() ? fields[size_t(column)] : std::string_view();
    }
    bool isNumeric(int column) const { return column >= 0 && size_t(column) < numeric.size() && numeric[size_t(column)]; }
};

class RecordSource {
public:
    virtual ~RecordSource() = default;
    // The next record that has at least one non-empty field; false at the end of the file.
    virtual bool next(Record &record) = 0;
    // How far reading has come, for progress: position() of size().
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
    // For the notes shown after an import: "CSV separated by ';', UTF-8 with BOM".
    virtual QString describe() const = 0;
};

// A .xlsx file is read as a spreadsheet (the sheet named `sheet`, or the first); anything else as CSV.
Result<std::unique_ptr<RecordSource>> openSource(const QString &path, const QString &sheet = {});
bool isSpreadsheet(const QString &path);

// The first rows of a file as text, for the window's mapping step.
struct FilePreview {
    QStringList sheets;               // XLSX: every sheet's name
    QList<QStringList> rows;          // the first rows as written (header candidates included)
    QList<qint64> lines;              // the line (or sheet row) of each row
    QString description;
};
Result<FilePreview> previewFile(const QString &path, const QString &sheet, int maxRows);

} // namespace perisai::imports
