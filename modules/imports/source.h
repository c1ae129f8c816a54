#pragma once
// Where rows come from: a CSV or XLSX file read record by record. Fields are UTF-8 views that stay valid
// until the next call to next(), so the hot path (a million contribution rows) never builds a QString.

#include "core/result.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace perisai::imports {

struct Record {
    qint64 line = 0;                      // CSV: line the record starts on; XLSX: the sheet's row number
    qint64 lastLine = 0;                  // CSV: line it ends on (a quoted value can hold line breaks)
    std::vector<std::string_view> fields; // as written, not trimmed
    std::vector<char> numeric;            // XLSX: 1 where the cell holds a number; empty for CSV
    // CSV: the most separators on one line inside a quoted value. A quoted value whose inner lines hold
    // whole rows is a quote left open that swallowed them.
    int separatorsInsideQuotes = 0;
    // Something wrong with how the row is written (text after a closing quote), with the column concerned.
    QString defect;
    int defectColumn = -1;

    std::string_view field(int column) const
    {
        return column >= 0 && size_t(column) < fields.size() ? fields[size_t(column)] : std::string_view();
    }
    bool isNumeric(int column) const { return column >= 0 && size_t(column) < numeric.size() && numeric[size_t(column)]; }
};

// Why a file could not be read to its end: where, and what is wrong.
struct SourceProblem {
    qint64 line = 0; // CSV line or sheet row where the damage starts
    QString reason;  // translated, says what to do
};

class RecordSource {
public:
    virtual ~RecordSource() = default;
    // The next record that has at least one non-empty field; false at the end of the file, or when the file
    // is damaged (see problem()).
    virtual bool next(Record &record) = 0;
    // Set when reading stopped before the end because the file is damaged: a quote never closed, XML that
    // does not parse, bytes that are not text in the file's encoding, a zip that inflates too far. Nothing
    // read from such a file may be written.
    const std::optional<SourceProblem> &problem() const { return m_problem; }
    // CSV rows must carry every column of the header; a spreadsheet leaves empty cells out.
    virtual bool rowsHaveEveryColumn() const { return false; }
    // How far reading has come, for progress: position() of size().
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
    // For the notes shown after an import: "CSV separated by ';', UTF-8 with BOM".
    virtual QString describe() const = 0;

protected:
    void fail(qint64 line, const QString &reason)
    {
        if (!m_problem)
            m_problem = SourceProblem{line, reason};
    }

private:
    std::optional<SourceProblem> m_problem;
};

// The longest value a cell may hold. Names and addresses are far shorter; a longer value is a quote left open,
// a pasted document or a hostile file.
constexpr int kMaxCellCharacters = 4000;

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
