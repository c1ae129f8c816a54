#include "xlsxreader.h"
#include "tr.h"

#include "values.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <minizip/unzip.h>

namespace perisai::imports {
namespace {


class Zip {
public:
    explicit Zip(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData())) {}
    ~Zip()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    bool ok() const { return m_zip != nullptr; }
    // The member's bytes, or a null array when it is not there.
    QByteArray read(const char *member)
    {
        if (unzLocateFile(m_zip, member, 2) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK)
            return {};
        QByteArray data;
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        unzCloseCurrentFile(m_zip);
        if (n < 0)
            return {};
        return data.isNull() ? QByteArray("") : data;
    }

private:
    unzFile m_zip;
};

QStringView attribute(const QXmlStreamReader &xml, QLatin1StringView name)
{
    for (const auto &a : xml.attributes())
        if (a.name() == name)
            return a.value();
    return {};
}

struct SheetRef {
    QString name;
    QString target; // path inside the zip
};

QList<SheetRef> readSheets(Zip &zip)
{
    QHash<QString, QString> targets;
    QXmlStreamReader rels(zip.read("xl/_rels/workbook.xml.rels"));
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == QLatin1String("Relationship")) {
            QString target = attribute(rels, QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(attribute(rels, QLatin1String("Id")).toString(), target);
        }
    }
    QList<SheetRef> sheets;
    QXmlStreamReader wb(zip.read("xl/workbook.xml"));
    while (!wb.atEnd()) {
        wb.readNext();
        if (wb.isStartElement() && wb.name() == QLatin1String("sheet"))
            sheets.append({attribute(wb, QLatin1String("name")).toString(), targets.value(attribute(wb, QLatin1String("id")).toString())});
    }
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

std::vector<std::string> readSharedStrings(Zip &zip)
{
    std::vector<std::string> strings;
    QXmlStreamReader xml(zip.read("xl/sharedStrings.xml"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.push_back(readText(xml));
    }
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

std::vector<bool> readDateStyles(Zip &zip)
{
    QHash<int, QString> custom;
    std::vector<bool> styles;
    QXmlStreamReader xml(zip.read("xl/styles.xml"));
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
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
    }
    return column - 1;
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    Zip zip(path);
    if (!zip.ok())
        return makeError(Tr::tr("%1 is not a readable XLSX file").arg(path));
    QStringList names;
    for (const auto &s : readSheets(zip))
        names.append(s.name);
    return names;
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const QString &sheet)
{
    Zip zip(path);
    if (!zip.ok())
        return makeError(Tr::tr("%1 is not a readable XLSX file").arg(path));
    const QList<SheetRef> sheets = readSheets(zip);
    if (sheets.isEmpty())
        return makeError(Tr::tr("%1 holds no sheet").arg(path));
    const SheetRef *chosen = &sheets.first();
    if (!sheet.isEmpty()) {
        chosen = nullptr;
        QStringList names;
        for (const auto &s : sheets) {
            names.append(s.name);
            if (s.name.compare(sheet.trimmed(), Qt::CaseInsensitive) == 0)
                chosen = &s;
        }
        if (!chosen)
            return makeError(Tr::tr("%1 has no sheet named \"%2\"; its sheets are: %3").arg(path, sheet, names.join(QStringLiteral(", "))));
    }
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_sheetName = chosen->name;
    reader->m_sheetXml = zip.read(chosen->target.toUtf8().constData());
    if (reader->m_sheetXml.isNull())
        return makeError(Tr::tr("%1: the sheet \"%2\" cannot be read").arg(path, chosen->name));
    reader->m_sharedStrings = readSharedStrings(zip);
    reader->m_dateStyles = readDateStyles(zip);
    reader->m_xml.addData(reader->m_sheetXml);
    return reader;
}

QString XlsxReader::describe() const
{
    return Tr::tr("XLSX, sheet \"%1\"").arg(m_sheetName);
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
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement() || m_xml.name() != QLatin1String("row"))
            continue;
        record.fields.clear();
        record.numeric.clear();
        m_cells.clear();
        record.line = attribute(m_xml, QLatin1String("r")).toLongLong();
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == QLatin1String("row"))
                return true;
            if (m_xml.isStartElement() && m_xml.name() == QLatin1String("c"))
                readCell(record);
        }
        return true;
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
    while (!m_xml.atEnd()) {
        m_xml.readNext();
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
