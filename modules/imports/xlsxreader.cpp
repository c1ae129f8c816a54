#include "xlsxreader.h"
#include "tr.h"

#include "values.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace perisai::imports {
namespace {

QStringView attribute(const QXmlStreamReader &xml, QLatin1StringView name)
{
    for (const auto &a : xml.attributes())
        if (a.name() == name)
            return a.value();
    return {};
}

// Why an XML part could not be read to its end, or an empty string.
QString partProblem(const ZipMemberDevice &device, const QXmlStreamReader &xml, const QString &member)
{
    if (!device.openError().isEmpty())
        return device.openError();
    if (!device.problem().isEmpty())
        return device.problem();
    if (xml.tokenType() == QXmlStreamReader::DTD)
        return Tr::tr("the part %1 declares a DTD, which Excel never writes (entity declarations are how XML bombs work): refused").arg(member);
    if (xml.hasError())
        return Tr::tr("the XML of the part %1 breaks at its line %2, column %3 (%4): the file is truncated or damaged")
            .arg(member).arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
    return {};
}

// One XML part of the workbook, read token by token from the zip.
class XmlPart {
public:
    XmlPart(ZipArchive &zip, const QString &member) : m_member(member), m_device(zip, member)
    {
        if (m_device.openError().isEmpty())
            m_xml.setDevice(&m_device);
    }
    bool missing() const { return !m_device.openError().isEmpty(); }
    // The next token; false at the end of the part or when it is damaged (problem() says).
    bool next()
    {
        if (missing() || m_xml.atEnd())
            return false;
        m_xml.readNext();
        m_device.tokenDone();
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            return false;
        return !m_xml.hasError();
    }
    QString problem() const { return partProblem(m_device, m_xml, m_member); }
    QXmlStreamReader &xml() { return m_xml; }

private:
    QString m_member;
    ZipMemberDevice m_device;
    QXmlStreamReader m_xml;
};

struct SheetRef {
    QString name;
    QString target; // path inside the zip
};

Result<QList<SheetRef>> readSheets(ZipArchive &zip)
{
    QHash<QString, QString> targets;
    {
        XmlPart rels(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
        while (rels.next()) {
            if (rels.xml().isStartElement() && rels.xml().name() == QLatin1String("Relationship")) {
                QString target = attribute(rels.xml(), QLatin1String("Target")).toString();
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                if (escapesArchive(target))
                    return makeError(Tr::tr("xl/_rels/workbook.xml.rels points to \"%1\", outside the workbook: refused").arg(target.left(200)));
                target = QDir::cleanPath(target);
                targets.insert(attribute(rels.xml(), QLatin1String("Id")).toString(), target);
            }
        }
        if (const QString problem = rels.problem(); !problem.isEmpty())
            return makeError(problem);
    }
    QList<SheetRef> sheets;
    XmlPart wb(zip, QStringLiteral("xl/workbook.xml"));
    while (wb.next())
        if (wb.xml().isStartElement() && wb.xml().name() == QLatin1String("sheet"))
            sheets.append({attribute(wb.xml(), QLatin1String("name")).toString(), targets.value(attribute(wb.xml(), QLatin1String("id")).toString())});
    if (const QString problem = wb.problem(); !problem.isEmpty())
        return makeError(problem);
    return sheets;
}

// Concatenates the <t> texts under the current element (rich text runs), skipping phonetic hints.
std::string readText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    bool phonetic = false;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1String("rPh"))
                phonetic = true;
            else if (xml.name() == QLatin1String("t") && !phonetic) {
                text += xml.readElementText();
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == QLatin1String("rPh"))
                phonetic = false;
        }
    }
    return text.toStdString();
}

Result<std::vector<std::string>> readSharedStrings(ZipArchive &zip)
{
    std::vector<std::string> strings;
    const QString member = QStringLiteral("xl/sharedStrings.xml");
    if (!zip.contains("xl/sharedStrings.xml"))
        return strings; // a workbook of numbers only
    XmlPart part(zip, member);
    qint64 bytes = 0;
    while (part.next()) {
        if (part.xml().isStartElement() && part.xml().name() == QLatin1String("si")) {
            strings.push_back(readText(part.xml()));
            bytes += qint64(strings.back().size()) + 32;
            if (bytes > XlsxReader::kMaxSharedStringBytes)
                return makeError(Tr::tr("the workbook's shared texts exceed %1 MB: split the file into smaller ones")
                                     .arg(XlsxReader::kMaxSharedStringBytes >> 20));
        }
    }
    if (const QString problem = part.problem(); !problem.isEmpty())
        return makeError(problem);
    return strings;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
        return true;
    if (code.isEmpty())
        return false;
    // Custom formats: a date has d, m or y outside quoted text and [colour] brackets.
    QString plain;
    bool quoted = false, bracket = false;
    for (const QChar c : code) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char('['))
            bracket = true;
        else if (c == QLatin1Char(']'))
            bracket = false;
        else if (!quoted && !bracket)
            plain += c.toLower();
    }
    return plain.contains(QLatin1Char('d')) || plain.contains(QLatin1Char('y'))
           || (plain.contains(QLatin1Char('m')) && !plain.contains(QLatin1Char('h')) && !plain.contains(QLatin1Char('s')));
}

Result<std::vector<bool>> readDateStyles(ZipArchive &zip)
{
    std::vector<bool> styles;
    if (!zip.contains("xl/styles.xml"))
        return styles;
    QHash<int, QString> custom;
    XmlPart part(zip, QStringLiteral("xl/styles.xml"));
    QXmlStreamReader &xml = part.xml();
    bool inCellXfs = false;
    while (part.next()) {
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
            custom.insert(attribute(xml, QLatin1String("numFmtId")).toInt(), attribute(xml, QLatin1String("formatCode")).toString());
        else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            const int id = attribute(xml, QLatin1String("numFmtId")).toInt();
            styles.push_back(isDateFormat(id, custom.value(id)));
        }
    }
    if (const QString problem = part.problem(); !problem.isEmpty())
        return makeError(problem);
    return styles;
}

// "AB12" -> 27
int columnIndex(QStringView ref)
{
    int column = 0;
    for (const QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
        if (column > 16384)
            return -1;
    }
    return column - 1;
}

// Why a file that should be a workbook is not a zip, in words that say what to do.
QString notAWorkbook(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("cannot read %1: %2").arg(path, file.errorString());
    const QByteArray head = file.read(8);
    if (head.isEmpty())
        return Tr::tr("%1 is empty (0 bytes): nothing to import").arg(path);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Tr::tr("%1 is an old Excel workbook (.xls) or one protected with a password: save it as .xlsx without a password").arg(path);
    if (head.startsWith("PK"))
        return Tr::tr("%1 is a damaged or truncated XLSX file (its zip directory cannot be read)").arg(path);
    if (head.startsWith("%PDF"))
        return Tr::tr("%1 is a PDF document, not an XLSX workbook").arg(path);
    if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8"))
        return Tr::tr("%1 is a picture, not an XLSX workbook").arg(path);
    if (!head.isEmpty() && !head.contains('\0'))
        return Tr::tr("%1 is not an XLSX workbook: it looks like text (CSV?); give it the .csv extension").arg(path);
    return Tr::tr("%1 is not a readable XLSX file").arg(path);
}

// Why a zip archive is not one to read as a workbook (refused as a bomb, or another kind of document), or
// an empty string.
QString notAWorkbook(const QString &path, const ZipArchive &zip)
{
    if (!zip.problem().isEmpty())
        return Tr::tr("%1: %2").arg(path, zip.problem());
    if (zip.contains("xl/workbook.xml"))
        return {};
    if (zip.contains("content.xml") && zip.contains("mimetype"))
        return Tr::tr("%1 is an OpenDocument file (LibreOffice .ods), not an XLSX workbook: save it as .xlsx").arg(path);
    if (zip.contains("word/document.xml"))
        return Tr::tr("%1 is a Word document, not an XLSX workbook").arg(path);
    if (zip.contains("ppt/presentation.xml"))
        return Tr::tr("%1 is a PowerPoint presentation, not an XLSX workbook").arg(path);
    return Tr::tr("%1 is a zip archive but not an XLSX workbook (it holds no xl/workbook.xml): unpack it, or save the sheet as .xlsx")
        .arg(path);
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    ZipArchive zip(path);
    if (!zip.ok())
        return makeError(notAWorkbook(path));
    if (const QString why = notAWorkbook(path, zip); !why.isEmpty())
        return makeError(why);
    auto sheets = readSheets(zip);
    if (!sheets)
        return makeError(Tr::tr("%1: %2").arg(path, sheets.error().message));
    QStringList names;
    for (const auto &s : *sheets)
        names.append(s.name);
    return names;
}

XlsxReader::~XlsxReader()
{
    m_xml.setDevice(nullptr);
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const QString &sheet)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_zip = std::make_unique<ZipArchive>(path);
    ZipArchive &zip = *reader->m_zip;
    if (!zip.ok())
        return makeError(notAWorkbook(path));
    if (const QString why = notAWorkbook(path, zip); !why.isEmpty())
        return makeError(why);
    const auto sheets = readSheets(zip);
    if (!sheets)
        return makeError(Tr::tr("%1: %2").arg(path, sheets.error().message));
    if (sheets->isEmpty())
        return makeError(Tr::tr("%1 holds no sheet").arg(path));
    const SheetRef *chosen = &sheets->first();
    if (!sheet.isEmpty()) {
        chosen = nullptr;
        QStringList names;
        for (const auto &s : *sheets) {
            names.append(s.name);
            if (s.name.compare(sheet.trimmed(), Qt::CaseInsensitive) == 0)
                chosen = &s;
        }
        if (!chosen)
            return makeError(Tr::tr("%1 has no sheet named \"%2\"; its sheets are: %3").arg(path, sheet, names.join(QStringLiteral(", "))));
    }
    reader->m_sheetName = chosen->name;
    auto strings = readSharedStrings(zip);
    if (!strings)
        return makeError(Tr::tr("%1: %2").arg(path, strings.error().message));
    reader->m_sharedStrings = std::move(*strings);
    auto styles = readDateStyles(zip);
    if (!styles)
        return makeError(Tr::tr("%1: %2").arg(path, styles.error().message));
    reader->m_dateStyles = std::move(*styles);
    // Last: only one member of the archive can be open at a time, and the sheet stays open while rows are read.
    reader->m_device = std::make_unique<ZipMemberDevice>(zip, chosen->target);
    if (!reader->m_device->openError().isEmpty())
        return makeError(Tr::tr("%1: the sheet \"%2\" cannot be read: %3").arg(path, chosen->name, reader->m_device->openError()));
    reader->m_xml.setDevice(reader->m_device.get());
    return reader;
}

QString XlsxReader::describe() const
{
    return Tr::tr("XLSX, sheet \"%1\"").arg(m_sheetName);
}

bool XlsxReader::advance()
{
    if (problem())
        return false;
    if (m_xml.atEnd() && !m_xml.hasError())
        return false;
    m_xml.readNext();
    m_device->tokenDone();
    if (m_xml.atEnd() && !m_xml.hasError()) {
        // The XML is complete; the rest of the member is read too, so that its checksum is checked.
        char buffer[4096];
        while (m_device->read(buffer, sizeof buffer) > 0) {
        }
    }
    const QString damage = partProblem(*m_device, m_xml, m_sheetName);
    if (damage.isEmpty())
        return !m_xml.atEnd();
    const qint64 row = m_lastRow + 1;
    fail(row, m_lastRow > 0 ? Tr::tr("the sheet \"%1\" cannot be read past row %2: %3").arg(m_sheetName).arg(m_lastRow).arg(damage)
                            : Tr::tr("the sheet \"%1\" cannot be read: %2").arg(m_sheetName, damage));
    return false;
}

bool XlsxReader::next(Record &record)
{
    while (readRow(record)) {
        for (const std::string_view f : record.fields)
            if (!values::trim(f).empty())
                return true;
    }
    return false;
}

bool XlsxReader::readRow(Record &record)
{
    while (advance()) {
        if (!m_xml.isStartElement() || m_xml.name() != QLatin1String("row"))
            continue;
        record.fields.clear();
        record.numeric.clear();
        record.defect.clear();
        record.defectColumn = -1;
        m_cells.clear();
        const qint64 number = attribute(m_xml, QLatin1String("r")).toLongLong();
        record.line = record.lastLine = number > 0 ? number : m_lastRow + 1;
        while (advance()) {
            if (m_xml.isEndElement() && m_xml.name() == QLatin1String("row")) {
                m_lastRow = record.line;
                return true;
            }
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("c"))
                readCell(record);
        }
        return false; // the sheet ended inside a row: damaged (problem() says)
    }
    return false;
}

void XlsxReader::readCell(Record &record)
{
    const QString type = attribute(m_xml, QLatin1String("t")).toString();
    const int style = attribute(m_xml, QLatin1String("s")).toInt();
    const QStringView ref = attribute(m_xml, QLatin1String("r"));
    const int column = ref.isEmpty() ? int(record.fields.size()) : columnIndex(ref);
    std::string text;
    bool numeric = false;
    while (advance()) {
        if (m_xml.isEndElement() && m_xml.name() == QLatin1String("c"))
            break;
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() == QLatin1String("is")) {
            text = readText(m_xml);
        } else if (m_xml.name() == QLatin1String("v")) {
            const QString v = m_xml.readElementText();
            if (type == QLatin1String("s")) {
                const qsizetype i = v.toLongLong();
                text = i >= 0 && size_t(i) < m_sharedStrings.size() ? m_sharedStrings[size_t(i)] : std::string();
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                const bool dateStyle = style >= 0 && size_t(style) < m_dateStyles.size() && m_dateStyles[size_t(style)];
                const auto date = dateStyle ? values::excelSerialDate(v.toDouble()) : std::nullopt;
                text = date ? date->toString(Qt::ISODate).toStdString() : v.toStdString();
                numeric = !date;
            } else {
                text = v.toStdString(); // str (formula result), b (0/1), e (#N/A), d (ISO date)
            }
        }
    }
    if (column < 0 || column > 16383)
        return;
    while (record.fields.size() < size_t(column)) {
        record.fields.emplace_back();
        record.numeric.push_back(0);
    }
    const std::string &stored = m_cells.emplace_back(std::move(text));
    if (record.fields.size() == size_t(column)) {
        record.fields.emplace_back(stored);
        record.numeric.push_back(numeric ? 1 : 0);
    } else {
        record.fields[size_t(column)] = stored;
        record.numeric[size_t(column)] = numeric ? 1 : 0;
    }
}

} // namespace perisai::imports
