#include "csvreader.h"

#include "values.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <cstring>

namespace perisai::imports {
namespace {

bool validUtf8(const char *p, const char *end)
{
    while (p < end) {
        // ASCII runs (nearly all of an office file) eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const uchar c = uchar(*p);
        if (c < 0x80) {
            ++p;
            continue;
        }
        const int more = c >= 0xF5 ? -1 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;
        if (more < 0 || end - p <= more)
            return false;
        for (int i = 1; i <= more; ++i)
            if ((uchar(p[i]) & 0xC0) != 0x80)
                return false;
        p += more + 1;
    }
    return true;
}

// The separator is the most frequent of , ; tab | outside quotes on the first non-empty line.
char sniffDelimiter(const char *p, const char *end)
{
    while (p < end && (*p == '\n' || *p == '\r'))
        ++p;
    int counts[4] = {0, 0, 0, 0};
    const char candidates[4] = {';', ',', '\t', '|'};
    bool quoted = false;
    for (; p < end && (quoted || (*p != '\n' && *p != '\r')); ++p) {
        if (*p == '"')
            quoted = !quoted;
        else if (!quoted)
            for (int i = 0; i < 4; ++i)
                counts[i] += *p == candidates[i];
    }
    int best = 1; // comma when nothing else shows up
    for (int i = 0; i < 4; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_file.setFileName(path);
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("Imports", "cannot read %1: %2").arg(path, reader->m_file.errorString()));
    const qint64 size = reader->m_file.size();
    if (size == 0) {
        reader->setData(nullptr, nullptr);
        return reader;
    }
    const uchar *data = reader->m_file.map(0, size);
    if (!data) {
        reader->m_owned = reader->m_file.readAll();
        reader->setData(reader->m_owned.constData(), reader->m_owned.constData() + reader->m_owned.size());
    } else {
        reader->setData(reinterpret_cast<const char *>(data), reinterpret_cast<const char *>(data) + size);
    }
    return reader;
}

std::unique_ptr<CsvReader> CsvReader::fromData(QByteArray data)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_owned = std::move(data);
    reader->setData(reader->m_owned.constData(), reader->m_owned.constData() + reader->m_owned.size());
    return reader;
}

void CsvReader::setData(const char *begin, const char *end)
{
    m_encoding = QStringLiteral("UTF-8");
    const qint64 size = end - begin;
    QString converted;
    bool replaced = false;
    if (size >= 2 && uchar(begin[0]) == 0xFF && uchar(begin[1]) == 0xFE) {
        converted = QStringDecoder(QStringConverter::Utf16LE)(QByteArrayView(begin + 2, size - 2));
        m_encoding = QStringLiteral("UTF-16");
        replaced = true;
    } else if (size >= 2 && uchar(begin[0]) == 0xFE && uchar(begin[1]) == 0xFF) {
        converted = QStringDecoder(QStringConverter::Utf16BE)(QByteArrayView(begin + 2, size - 2));
        m_encoding = QStringLiteral("UTF-16");
        replaced = true;
    } else if (size >= 3 && uchar(begin[0]) == 0xEF && uchar(begin[1]) == 0xBB && uchar(begin[2]) == 0xBF) {
        begin += 3;
        m_encoding = QStringLiteral("UTF-8 BOM");
    }
    if (!replaced && !validUtf8(begin, end)) {
        // Excel on Windows saves "CSV" in the ANSI code page.
        QStringDecoder windows("windows-1252");
        converted = windows.isValid() ? windows(QByteArrayView(begin, end - begin))
                                      : QStringDecoder(QStringConverter::Latin1)(QByteArrayView(begin, end - begin));
        m_encoding = QStringLiteral("Windows-1252");
        replaced = true;
    }
    if (replaced) {
        m_owned = converted.toUtf8();
        begin = m_owned.constData();
        end = begin + m_owned.size();
    }
    // Line ends: CR alone (old Mac exports) becomes LF; CRLF is handled while splitting.
    if (begin != end && !std::memchr(begin, '\n', size_t(end - begin)) && std::memchr(begin, '\r', size_t(end - begin))) {
        if (!replaced)
            m_owned = QByteArray(begin, end - begin);
        m_owned.replace('\r', '\n');
        begin = m_owned.constData();
        end = begin + m_owned.size();
    }
    if (const char *nl = begin ? static_cast<const char *>(std::memchr(begin, '\n', size_t(end - begin))) : nullptr)
        m_crlf = nl > begin && nl[-1] == '\r';
    m_begin = m_pos = begin;
    m_end = end;
    m_delimiter = sniffDelimiter(begin, end);
}

QString CsvReader::describe() const
{
    const QString separator = m_delimiter == '\t' ? QCoreApplication::translate("Imports", "tab")
                                                  : QStringLiteral("'%1'").arg(QLatin1Char(m_delimiter));
    return QCoreApplication::translate("Imports", "CSV separated by %1, %2, %3 line ends")
        .arg(separator, m_encoding, m_crlf ? QStringLiteral("CRLF") : QStringLiteral("LF"));
}

bool CsvReader::next(Record &record)
{
    while (m_pos < m_end) {
        if (!readRecord(record))
            return false;
        for (const std::string_view f : record.fields)
            if (!values::trim(f).empty())
                return true;
    }
    return false;
}

bool CsvReader::readRecord(Record &record)
{
    record.fields.clear();
    record.numeric.clear();
    m_unescaped.clear();
    record.line = m_line;
    const char *p = m_pos;
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(m_end - p)));
    const char *lineEnd = nl ? nl : m_end;
    if (std::memchr(p, '"', size_t(lineEnd - p))) {
        m_pos = readQuotedLine(record, p);
        return true;
    }
    // No quotes on this line: split in place.
    const char *stop = (lineEnd > p && lineEnd[-1] == '\r') ? lineEnd - 1 : lineEnd;
    while (true) {
        const char *d = static_cast<const char *>(std::memchr(p, m_delimiter, size_t(stop - p)));
        if (!d) {
            record.fields.emplace_back(p, size_t(stop - p));
            break;
        }
        record.fields.emplace_back(p, size_t(d - p));
        p = d + 1;
    }
    m_pos = nl ? nl + 1 : m_end;
    ++m_line;
    return true;
}

// A record with quotes, possibly spanning lines: "Jl. Merdeka No. 1, Kudus" or "kata ""kutip""".
const char *CsvReader::readQuotedLine(Record &record, const char *p)
{
    while (true) {
        if (p < m_end && *p == '"') {
            const char *start = ++p;
            bool escaped = false;
            while (p < m_end) {
                if (*p == '"') {
                    if (p + 1 < m_end && p[1] == '"') {
                        escaped = true;
                        p += 2;
                        continue;
                    }
                    break;
                }
                if (*p == '\n')
                    ++m_line;
                ++p;
            }
            const char *stop = p;
            if (p < m_end)
                ++p; // the closing quote
            if (escaped) {
                std::string &text = m_unescaped.emplace_back();
                for (const char *q = start; q < stop; ++q) {
                    text += *q;
                    if (*q == '"')
                        ++q;
                }
                record.fields.emplace_back(text);
            } else {
                record.fields.emplace_back(start, size_t(stop - start));
            }
            // Anything between the closing quote and the separator (stray spaces) is dropped.
            while (p < m_end && *p != m_delimiter && *p != '\n' && *p != '\r')
                ++p;
        } else {
            const char *start = p;
            while (p < m_end && *p != m_delimiter && *p != '\n' && *p != '\r')
                ++p;
            record.fields.emplace_back(start, size_t(p - start));
        }
        if (p < m_end && *p == m_delimiter) {
            ++p;
            continue;
        }
        if (p < m_end && *p == '\r')
            ++p;
        if (p < m_end && *p == '\n')
            ++p;
        ++m_line;
        return p;
    }
}

} // namespace perisai::imports
