#include "csvreader.h"
#include "tr.h"

#include "values.h"

#include <QStringDecoder>
#include <algorithm>
#include <cstring>

namespace perisai::imports {
namespace {

// What a scan of the bytes as UTF-8 found: the first byte that is not UTF-8, and how many characters
// beyond ASCII were well formed. A file with both is UTF-8 with damage; one with only the first is in
// another encoding (Windows-1252 from Excel).
struct Utf8Scan {
    const char *firstInvalid = nullptr;
    qint64 multibyte = 0;
};

// The length of the UTF-8 sequence at p, or 0 when it is not one (overlong forms and surrogates included).
int sequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    int more = 0;
    uchar low = 0x80, high = 0xBF; // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF)
        more = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        more = 2;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        more = 3;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (end - p <= more || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i <= more; ++i)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return more + 1;
}

Utf8Scan scanUtf8(const char *begin, const char *end)
{
    Utf8Scan scan;
    const uchar *p = reinterpret_cast<const uchar *>(begin);
    const uchar *e = reinterpret_cast<const uchar *>(end);
    while (p < e) {
        // ASCII runs (nearly all of an office file) eight bytes at a time.
        while (e - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= e)
            break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        if (const int n = sequenceLength(p, e)) {
            ++scan.multibyte;
            p += n;
            continue;
        }
        if (!scan.firstInvalid)
            scan.firstInvalid = reinterpret_cast<const char *>(p);
        if (scan.multibyte > 0)
            break; // damaged UTF-8: nothing more to learn
        ++p;
    }
    return scan;
}

qint64 lineOf(const char *begin, const char *at)
{
    return 1 + std::count(begin, at, '\n');
}

QString hexByte(char c)
{
    return QStringLiteral("0x") + QString::number(uint(uchar(c)), 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

// Bytes that Windows-1252 leaves undefined: a file holding them is neither UTF-8 nor Windows-1252.
const char *undefinedIn1252(const char *p, const char *end)
{
    for (; p < end; ++p) {
        const uchar c = uchar(*p);
        if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)
            return p;
    }
    return nullptr;
}

bool startsWith(const char *begin, const char *end, std::string_view magic)
{
    return size_t(end - begin) >= magic.size() && std::memcmp(begin, magic.data(), magic.size()) == 0;
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

bool onlySpaces(const char *p, const char *end)
{
    for (; p < end; ++p)
        if (*p != ' ' && *p != '\t')
            return false;
    return true;
}

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_file.setFileName(path);
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("cannot read %1: %2").arg(path, reader->m_file.errorString()));
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

bool CsvReader::checkBytes(const char *begin, const char *end)
{
    if (startsWith(begin, end, "PK\x03\x04")) {
        fail(1, Tr::tr("this file is a spreadsheet (XLSX, a zip archive), not CSV text: give it the .xlsx extension"));
        return false;
    }
    if (startsWith(begin, end, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        fail(1, Tr::tr("this file is an old Excel workbook (.xls): open it in Excel or LibreOffice and save it as .xlsx or CSV"));
        return false;
    }
    if (startsWith(begin, end, "%PDF")) {
        fail(1, Tr::tr("this file is a PDF document, not a CSV file"));
        return false;
    }
    if (startsWith(begin, end, "\x89PNG") || startsWith(begin, end, "\xFF\xD8\xFF") || startsWith(begin, end, "GIF8")) {
        fail(1, Tr::tr("this file is a picture, not a CSV file"));
        return false;
    }
    if (const char *nul = begin ? static_cast<const char *>(std::memchr(begin, '\0', size_t(end - begin))) : nullptr) {
        fail(lineOf(begin, nul), Tr::tr("line %1 holds a NUL byte, which text never does: this is not a CSV text file "
                                        "(a spreadsheet, or UTF-16 text without its byte-order mark?)").arg(lineOf(begin, nul)));
        return false;
    }
    return true;
}

void CsvReader::setData(const char *begin, const char *end)
{
    m_encoding = QStringLiteral("UTF-8");
    m_begin = m_pos = m_end = nullptr;
    const qint64 size = end - begin;
    QString converted;
    bool replaced = false;
    const bool utf16le = size >= 2 && uchar(begin[0]) == 0xFF && uchar(begin[1]) == 0xFE;
    const bool utf16be = size >= 2 && uchar(begin[0]) == 0xFE && uchar(begin[1]) == 0xFF;
    if (utf16le || utf16be) {
        QStringDecoder decoder(utf16le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        converted = decoder(QByteArrayView(begin + 2, size - 2));
        if (decoder.hasError()) {
            const qsizetype bad = converted.indexOf(QChar::ReplacementCharacter);
            const qint64 line = 1 + (bad < 0 ? 0 : QStringView(converted).left(bad).count(QLatin1Char('\n')));
            fail(line, Tr::tr("the file declares UTF-16 text, but line %1 holds bytes that are not UTF-16 (a damaged file?)").arg(line));
            return;
        }
        m_encoding = QStringLiteral("UTF-16");
        replaced = true;
    } else {
        const bool bom = size >= 3 && uchar(begin[0]) == 0xEF && uchar(begin[1]) == 0xBB && uchar(begin[2]) == 0xBF;
        if (bom) {
            begin += 3;
            m_encoding = QStringLiteral("UTF-8 BOM");
        }
        if (!checkBytes(begin, end))
            return;
        const Utf8Scan scan = scanUtf8(begin, end);
        if (scan.firstInvalid && (bom || scan.multibyte > 0)) {
            // One bad byte in a UTF-8 file is damage, not a reason to read every other character wrongly.
            const qint64 line = lineOf(begin, scan.firstInvalid);
            fail(line, bom ? Tr::tr("the file declares UTF-8 (it starts with a byte-order mark), but line %1 holds the byte %2, "
                                    "which is not UTF-8: the file is damaged; save it again as \"CSV UTF-8\"")
                                 .arg(line).arg(hexByte(*scan.firstInvalid))
                           : Tr::tr("the file is UTF-8 text, but line %1 holds the byte %2, which is not UTF-8: the file is damaged; "
                                    "save it again as \"CSV UTF-8\"")
                                 .arg(line).arg(hexByte(*scan.firstInvalid)));
            return;
        }
        if (scan.firstInvalid) {
            // Excel on Windows saves "CSV" in the ANSI code page.
            if (const char *undefined = undefinedIn1252(begin, end)) {
                const qint64 line = lineOf(begin, undefined);
                fail(line, Tr::tr("line %1 holds the byte %2, which is a character neither in UTF-8 nor in Windows-1252: "
                                  "the file is damaged or in another encoding; save it again as \"CSV UTF-8\"")
                               .arg(line).arg(hexByte(*undefined)));
                return;
            }
            QStringDecoder windows("windows-1252");
            converted = windows.isValid() ? windows(QByteArrayView(begin, end - begin))
                                          : QStringDecoder(QStringConverter::Latin1)(QByteArrayView(begin, end - begin));
            m_encoding = QStringLiteral("Windows-1252");
            replaced = true;
        }
    }
    if (replaced) {
        m_owned = converted.toUtf8();
        begin = m_owned.constData();
        end = begin + m_owned.size();
        if (utf16le || utf16be) {
            if (!checkBytes(begin, end))
                return;
        }
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
    const QString separator = m_delimiter == '\t' ? Tr::tr("tab") : QStringLiteral("'%1'").arg(QLatin1Char(m_delimiter));
    return Tr::tr("CSV separated by %1, %2, %3 line ends")
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
    record.defect.clear();
    record.defectColumn = -1;
    record.separatorsInsideQuotes = 0;
    m_unescaped.clear();
    record.line = m_line;
    const char *p = m_pos;
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(m_end - p)));
    const char *lineEnd = nl ? nl : m_end;
    if (std::memchr(p, '"', size_t(lineEnd - p))) {
        const char *after = readQuotedLine(record, p);
        if (!after) {
            m_pos = m_end;
            return false;
        }
        m_pos = after;
        record.lastLine = m_line - 1;
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
    record.lastLine = m_line;
    ++m_line;
    return true;
}

// A record with quotes, possibly spanning lines: "Jl. Merdeka No. 1, Kudus" or "kata ""kutip""".
// Returns where the next record starts, or nullptr when a quote is never closed.
const char *CsvReader::readQuotedLine(Record &record, const char *p)
{
    while (true) {
        if (p < m_end && *p == '"') {
            const qint64 openedOn = m_line;
            const char *start = ++p;
            bool escaped = false;
            bool closed = false;
            bool innerLine = false;
            int separators = 0;
            while (p < m_end) {
                if (*p == '"') {
                    if (p + 1 < m_end && p[1] == '"') {
                        escaped = true;
                        p += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (*p == '\n') {
                    ++m_line;
                    innerLine = true;
                    separators = 0;
                } else if (innerLine && *p == m_delimiter) {
                    record.separatorsInsideQuotes = std::max(record.separatorsInsideQuotes, ++separators);
                }
                ++p;
            }
            if (!closed) {
                fail(openedOn, Tr::tr("a quote (\") opened on line %1 is never closed, so everything after it would be read as "
                                      "one value: close the quote, or remove it if it belongs to the text").arg(openedOn));
                return nullptr;
            }
            const char *stop = p++;
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
            // Spaces may follow the closing quote; text there means the quote was part of the value.
            const char *rest = p;
            while (p < m_end && *p != m_delimiter && *p != '\n' && *p != '\r')
                ++p;
            if (!onlySpaces(rest, p) && record.defect.isEmpty()) {
                record.defectColumn = int(record.fields.size()) - 1;
                record.defect = Tr::tr("text follows the closing quote of this value; a quote inside a quoted value "
                                       "must be doubled (\"\")");
            }
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
