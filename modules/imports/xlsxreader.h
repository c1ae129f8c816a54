#pragma once
// XLSX (Office Open XML) through libminizip and QXmlStreamReader: the workbook's sheet list, shared
// strings, inline strings, numbers, and date-formatted numbers (Excel serial dates), read row by row.
// A date-formatted cell is given as "yyyy-mm-dd" text; any other number is flagged numeric so that the
// value parsers know "36.8" is a number and a NIK stored as a number is refused.
//
// The sheet is streamed from the zip (see zipmember.h for the limits that refuse a zip bomb); the shared
// strings are held in memory, at most kMaxSharedStringBytes of them. XML with a DTD is refused (Excel never
// writes one; entity expansion is how XML bombs work), and XML that stops parsing part-way is a damaged file,
// not the end of the rows.

#include "source.h"
#include "zipmember.h"

#include <QXmlStreamReader>
#include <deque>
#include <memory>
#include <string>

namespace perisai::imports {

class XlsxReader final : public RecordSource {
public:
    // Opens `sheet` (compared without regard to case), or the first sheet when it is empty.
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path, const QString &sheet = {});
    static Result<QStringList> sheetNames(const QString &path);

    static constexpr qint64 kMaxSharedStringBytes = qint64(256) << 20;

    ~XlsxReader() override;
    bool next(Record &record) override;
    qint64 position() const override { return m_device ? m_device->inflated() : 0; }
    qint64 size() const override { return m_device ? std::max(m_device->declaredSize(), m_device->inflated()) : 0; }
    QString describe() const override;
    QString sheet() const { return m_sheetName; }

private:
    XlsxReader() = default;
    bool readRow(Record &record);
    void readCell(Record &record);
    bool advance(); // the next XML token; false at the end or on damage (problem() set)

    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipMemberDevice> m_device;
    QXmlStreamReader m_xml;
    qint64 m_lastRow = 0;
    QString m_sheetName;
    std::vector<std::string> m_sharedStrings;
    std::vector<bool> m_dateStyles;    // by cell style index
    std::deque<std::string> m_cells;   // the current row's texts
};

} // namespace perisai::imports
