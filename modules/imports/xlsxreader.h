#pragma once
// XLSX (Office Open XML) through libminizip and QXmlStreamReader: the workbook's sheet list, shared
// strings, inline strings, numbers, and date-formatted numbers (Excel serial dates), read row by row.
// A date-formatted cell is given as "yyyy-mm-dd" text; any other number is flagged numeric so that the
// value parsers know "36.8" is a number and a NIK stored as a number is refused.

#include "source.h"

#include <QByteArray>
#include <QXmlStreamReader>
#include <deque>
#include <string>

namespace perisai::imports {

class XlsxReader final : public RecordSource {
public:
    // Opens `sheet` (compared without regard to case), or the first sheet when it is empty.
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path, const QString &sheet = {});
    static Result<QStringList> sheetNames(const QString &path);

    bool next(Record &record) override;
    qint64 position() const override { return m_xml.characterOffset(); }
    qint64 size() const override { return m_sheetXml.size(); }
    QString describe() const override;
    QString sheet() const { return m_sheetName; }

private:
    XlsxReader() = default;
    bool readRow(Record &record);
    void readCell(Record &record);

    QByteArray m_sheetXml;
    QXmlStreamReader m_xml;
    QString m_sheetName;
    std::vector<std::string> m_sharedStrings;
    std::vector<bool> m_dateStyles;    // by cell style index
    std::deque<std::string> m_cells;   // the current row's texts
};

} // namespace perisai::imports
