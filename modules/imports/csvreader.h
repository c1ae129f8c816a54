#pragma once
// CSV as offices save it: comma, semicolon or tab separated (sniffed from the header line), UTF-8 with or
// without BOM (UTF-16 from Excel's "Unicode text" and Windows-1252 are converted), CRLF or LF, quoted
// fields with "" escapes and line breaks inside. The file is memory-mapped and split in place.
//
// A damaged file is refused before any row counts (problem()): a quote never closed, bytes that are not text
// in the encoding the file declares or is detected as, NUL bytes, or a file that is really a spreadsheet,
// an old .xls workbook or a PDF.

#include "source.h"

#include <QByteArray>
#include <QFile>
#include <deque>
#include <string>

namespace perisai::imports {

class CsvReader final : public RecordSource {
public:
    static Result<std::unique_ptr<CsvReader>> open(const QString &path);
    // Reads from memory (tests, previews of pasted text).
    static std::unique_ptr<CsvReader> fromData(QByteArray data);

    bool next(Record &record) override;
    qint64 position() const override { return m_pos - m_begin; }
    qint64 size() const override { return m_end - m_begin; }
    QString describe() const override;
    bool rowsHaveEveryColumn() const override { return true; }
    char delimiter() const { return m_delimiter; }

private:
    CsvReader() = default;
    void setData(const char *begin, const char *end);
    // Checks what the bytes are; false (and problem() set) when they are not CSV text.
    bool checkBytes(const char *begin, const char *end);
    bool readRecord(Record &record);
    const char *readQuotedLine(Record &record, const char *p);

    QFile m_file;
    QByteArray m_owned;      // converted text when the file was not UTF-8
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    const char *m_pos = nullptr;
    qint64 m_line = 1;
    char m_delimiter = ',';
    QString m_encoding;
    bool m_crlf = false;
    std::deque<std::string> m_unescaped;  // fields that held "" escapes, valid until the next record
};

} // namespace perisai::imports
