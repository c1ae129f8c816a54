// Hostile and mangled files, made by the test rather than committed: a zip bomb (one part, and many parts
// together), XML entity expansion and external entities, files that are not what their extension says, text
// that is not UTF-8, NUL bytes, a cell of a megabyte, a header without rows, an empty file. Each must be
// answered with a message naming what is wrong, and leave the database exactly as it was, on both backends.
#include "importfixture.h"

#include "imports/xlsxreader.h"
#include "imports/zipmember.h"

#include <QFile>
#include <QRandomGenerator>
#include <minizip/zip.h>

using namespace perisai;
using namespace perisai::testing;
using imports::Kind;

namespace {

struct Member {
    QByteArray name;
    QByteArray data;
    // >= 0: `data` are written as the member's compressed bytes as they are, and the zip's directory says the
    // member inflates to this many bytes (what a hostile file may claim).
    qint64 declared = -1;
};

bool writeZip(const QString &path, const std::vector<Member> &members)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const Member &m : members) {
        zip_fileinfo info{};
        const bool raw = m.declared >= 0;
        ok = ok && zipOpenNewFileInZip2_64(zip, m.name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, raw ? 1 : 0, 0) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, m.data.constData(), unsigned(m.data.size())) == ZIP_OK;
        ok = ok && (raw ? zipCloseFileInZipRaw64(zip, ZPOS64_T(m.declared), 0) : zipCloseFileInZip(zip)) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

QByteArray inlineCell(const QByteArray &ref, const QByteArray &text)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

const QByteArray kSheetHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                              "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
const QByteArray kSheetTail = "</sheetData></worksheet>";

// The workforce header and `rows` rows, as sheet XML rows.
QByteArray workforceRows(int rows, const QByteArray &firstRegion = {})
{
    QByteArray xml = "<row r=\"1\">" + inlineCell("A1", "Wilayah") + inlineCell("B1", "Tahun") + inlineCell("C1", "Angkatan Kerja")
                     + inlineCell("D1", "Pekerja Informal") + inlineCell("E1", "Penduduk Bekerja") + "</row>";
    for (int r = 2; r < rows + 2; ++r) {
        const QByteArray n = QByteArray::number(r);
        const QByteArray region = r == 2 && !firstRegion.isNull() ? firstRegion : "Wilayah " + n;
        xml += "<row r=\"" + n + "\">" + inlineCell("A" + n, region) + "<c r=\"B" + n + "\"><v>2022</v></c><c r=\"C" + n + "\"><v>"
               + QByteArray::number(1000 + r) + "</v></c><c r=\"D" + n + "\"><v>" + QByteArray::number(500 + r) + "</v></c><c r=\"E" + n
               + "\"><v>" + QByteArray::number(900 + r) + "</v></c></row>";
    }
    return xml;
}

// The parts of a one-sheet workbook around `sheet` (and `shared` as its shared strings, when given).
std::vector<Member> workbook(const QByteArray &sheet, const QByteArray &shared = {}, const QByteArray &workbookXml = {})
{
    std::vector<Member> parts{
        {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"xl/workbook.xml", !workbookXml.isNull() ? workbookXml
                                                  : "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                                    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                                                    "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
         "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", sheet}};
    if (!shared.isNull())
        parts.push_back({"xl/sharedStrings.xml", shared});
    return parts;
}

const QByteArray kAgentsHeader = "Kode Agen;NIK;Nama;No. HP;Kode Wadah;KCP;Tanggal Bergabung;Bank;No. Rekening;Status\n";
const QByteArray kAgentRow = "AG-009;3319011205850009;Bambang Irawan;0812-3456-7899;W-001;;05/01/2022;BNI;0123456789;Aktif\n";

// Entity declarations that expand ten to the power of nine times: the "billion laughs".
const QByteArray kLaughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                           "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                           "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                           "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                           "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                           "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                           "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                           "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                           "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                           "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

QString reasons(const imports::ImportResult &result)
{
    QString text;
    for (const auto &i : result.issues)
        text += QStringLiteral("%1:%2 [%3] %4\n").arg(i.file).arg(i.line).arg(i.column, i.reason);
    return text;
}

} // namespace

class HostileFileTest : public ImportTest {
protected:
    void SetUp() override
    {
        ImportTest::SetUp();
        if (!db)
            return;
        importRoster(true);
        importOk(Kind::Workforce, {workbookFile(QStringLiteral("workforce.xlsx"), workbook(kSheetHead + workforceRows(3) + kSheetTail))});
    }
    QString workbookFile(const QString &name, const std::vector<Member> &members)
    {
        const QString path = m_files.filePath(name);
        EXPECT_TRUE(writeZip(path, members)) << name.toStdString();
        return path;
    }
    // Imports `file`, expects it refused with a message naming the file's problem, and the database unchanged.
    QString refused(Kind kind, const QString &file)
    {
        const QString before = snapshot();
        auto result = import(kind, {file});
        EXPECT_EQ(snapshot(), before) << file.toStdString();
        if (!result)
            return result.errorText();
        EXPECT_FALSE(result->committed) << file.toStdString();
        EXPECT_FALSE(result->issues.isEmpty()) << file.toStdString();
        return reasons(*result);
    }
};

TEST_P(HostileFileTest, ZipBombsAreRefusedBeforeTheyInflate)
{
    // One part: 48 MB of empty rows deflate to some 50 KB, a thousand to one.
    QByteArray rows;
    rows.reserve(48 << 20);
    while (rows.size() < (48 << 20))
        rows += "<row/><row/><row/><row/><row/><row/><row/><row/>";
    const QString one = workbookFile(QStringLiteral("bomb.xlsx"), workbook(kSheetHead + workforceRows(1) + rows + kSheetTail));
    const QString whyOne = refused(Kind::Workforce, one);
    EXPECT_TRUE(whyOne.contains(QLatin1String("refused as a zip bomb"))) << whyOne.toStdString();
    EXPECT_TRUE(whyOne.contains(QLatin1String("sheet1.xml"))) << whyOne.toStdString();

    // Many parts, each within the limits of one part, that together would inflate past the limit of the whole
    // workbook: what the directory says is added up before anything is read.
    std::vector<Member> parts = workbook(kSheetHead + workforceRows(3) + kSheetTail);
    QByteArray noise(10 << 20, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    const qint64 each = imports::ZipArchive::kMaxTotalInflatedBytes / 3 + 1;
    ASSERT_LE(each, imports::ZipMemberDevice::kMaxInflatedBytes);
    ASSERT_LE(each, imports::ZipMemberDevice::kMaxRatio * noise.size());
    for (int i = 1; i <= 3; ++i)
        parts.push_back({"xl/media/image" + QByteArray::number(i) + ".png", noise, each});
    const QString many = workbookFile(QStringLiteral("parts.xlsx"), parts);
    const QString whyMany = refused(Kind::Workforce, many);
    EXPECT_TRUE(whyMany.contains(QLatin1String("parts would inflate to more than 2,048 MB together"))
                || whyMany.contains(QLatin1String("parts would inflate to more than 2.048 MB together"))) << whyMany.toStdString();
}

TEST_P(HostileFileTest, EntityDeclarationsAreRefusedWhereverTheyAre)
{
    const QByteArray xmlDecl = "<?xml version=\"1.0\"?>";
    const QString sheet = workbookFile(QStringLiteral("laughs_sheet.xlsx"),
                                       workbook(xmlDecl + kLaughs + kSheetHead.mid(kSheetHead.indexOf("<worksheet")) + workforceRows(1, "&lol9;") + kSheetTail));
    const QString whySheet = refused(Kind::Workforce, sheet);
    EXPECT_TRUE(whySheet.contains(QLatin1String("declares a DTD"))) << whySheet.toStdString();

    const QByteArray shared = xmlDecl + kLaughs + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&lol9;</t></si></sst>";
    const QString strings = workbookFile(QStringLiteral("laughs_strings.xlsx"), workbook(kSheetHead + workforceRows(2) + kSheetTail, shared));
    const QString whyStrings = refused(Kind::Workforce, strings);
    EXPECT_TRUE(whyStrings.contains(QLatin1String("xl/sharedStrings.xml declares a DTD"))) << whyStrings.toStdString();

    // An external entity (XXE) would read a file of the desk into a cell.
    const QByteArray book = xmlDecl + "<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                            "<sheet name=\"&xxe;\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QString external = workbookFile(QStringLiteral("xxe.xlsx"), workbook(kSheetHead + workforceRows(2) + kSheetTail, {}, book));
    const QString whyExternal = refused(Kind::Workforce, external);
    EXPECT_TRUE(whyExternal.contains(QLatin1String("xl/workbook.xml declares a DTD"))) << whyExternal.toStdString();
    EXPECT_FALSE(whyExternal.contains(QLatin1String("root:"))) << whyExternal.toStdString();
}

TEST_P(HostileFileTest, AFileThatIsNotWhatItsNameSays)
{
    const QByteArray pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
    const QString pdfXlsx = refused(Kind::Workforce, write(QStringLiteral("laporan.xlsx"), pdf));
    EXPECT_TRUE(pdfXlsx.contains(QLatin1String("laporan.xlsx is a PDF document, not an XLSX workbook"))) << pdfXlsx.toStdString();
    const QString pdfCsv = refused(Kind::Agents, write(QStringLiteral("agen.csv"), pdf));
    EXPECT_TRUE(pdfCsv.contains(QLatin1String("PDF document, not a CSV file"))) << pdfCsv.toStdString();

    const QString zipCsv = refused(Kind::Agents, workbookFile(QStringLiteral("agen2.csv"), {{"agen.csv", kAgentsHeader + kAgentRow}}));
    EXPECT_TRUE(zipCsv.contains(QLatin1String("a zip archive"))) << zipCsv.toStdString();
    const QString zipXlsx = refused(Kind::Workforce, workbookFile(QStringLiteral("arsip.xlsx"), {{"data.csv", "Wilayah;Tahun\n"}}));
    EXPECT_TRUE(zipXlsx.contains(QLatin1String("arsip.xlsx is a zip archive but not an XLSX workbook"))) << zipXlsx.toStdString();
    const QString ods = refused(Kind::Workforce, workbookFile(QStringLiteral("angkatan.xlsx"),
                                                              {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                                                               {"content.xml", "<?xml version=\"1.0\"?><office:document-content/>"}}));
    EXPECT_TRUE(ods.contains(QLatin1String("OpenDocument"))) << ods.toStdString();

    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const QString pngCsv = refused(Kind::Agents, write(QStringLiteral("foto.csv"), png));
    EXPECT_TRUE(pngCsv.contains(QLatin1String("picture, not a CSV file"))) << pngCsv.toStdString();
    const QString pngXlsx = refused(Kind::Workforce, write(QStringLiteral("foto.xlsx"), png));
    EXPECT_TRUE(pngXlsx.contains(QLatin1String("foto.xlsx is a picture"))) << pngXlsx.toStdString();
}

TEST_P(HostileFileTest, TextThatIsNotUtf8AndNulBytes)
{
    const QByteArray valid = kAgentsHeader + QByteArray(kAgentRow).replace("Bambang", "B\xC3\xA9mbang");
    const QString invalid = refused(Kind::Agents, write(QStringLiteral("utf8.csv"), valid + QByteArray(kAgentRow).replace("AG-009", "AG-010").replace("Irawan", "Ira\xC3\x28wan")));
    EXPECT_TRUE(invalid.contains(QLatin1String("is UTF-8 text, but line 3"))) << invalid.toStdString();
    const QString nul = refused(Kind::Agents, write(QStringLiteral("nul.csv"), kAgentsHeader + QByteArray(kAgentRow).replace("Bambang", QByteArray("Bam\0bang", 8))));
    EXPECT_TRUE(nul.contains(QLatin1String("line 2 holds a NUL byte"))) << nul.toStdString();

    const QString xmlInvalid = refused(Kind::Workforce, workbookFile(QStringLiteral("utf8.xlsx"),
                                                                     workbook(kSheetHead + workforceRows(2, "Ira\xC3\x28wan") + kSheetTail)));
    EXPECT_TRUE(xmlInvalid.contains(QLatin1String("cannot be read"))) << xmlInvalid.toStdString();
    const QString xmlNul = refused(Kind::Workforce, workbookFile(QStringLiteral("nul.xlsx"),
                                                                 workbook(kSheetHead + workforceRows(2, QByteArray("Bam\0bang", 8)) + kSheetTail)));
    EXPECT_TRUE(xmlNul.contains(QLatin1String("cannot be read"))) << xmlNul.toStdString();
}

TEST_P(HostileFileTest, ACellOfAMegabyte)
{
    const QByteArray megabyte(1 << 20, 'A');
    const QString csv = refused(Kind::Agents, write(QStringLiteral("panjang.csv"), kAgentsHeader + QByteArray(kAgentRow).replace("Bambang Irawan", megabyte)));
    EXPECT_TRUE(csv.contains(QLatin1String("panjang.csv:2 [Nama] this value is 1"))) << csv.left(300).toStdString();
    EXPECT_LT(csv.size(), 2000) << "the message quotes the whole cell";
    const QString xlsx = refused(Kind::Workforce, workbookFile(QStringLiteral("panjang.xlsx"), workbook(kSheetHead + workforceRows(2, megabyte) + kSheetTail)));
    EXPECT_TRUE(xlsx.contains(QLatin1String("panjang.xlsx:2 [Wilayah] this value is 1"))) << xlsx.left(300).toStdString();
    EXPECT_LT(xlsx.size(), 2000) << "the message quotes the whole cell";
}

TEST_P(HostileFileTest, AHeaderWithoutRowsAndAnEmptyFile)
{
    const QString csv = refused(Kind::Agents, write(QStringLiteral("kepala.csv"), kAgentsHeader));
    EXPECT_TRUE(csv.contains(QLatin1String("no rows to import"))) << csv.toStdString();
    const QString xlsx = refused(Kind::Workforce, workbookFile(QStringLiteral("kepala.xlsx"), workbook(kSheetHead + workforceRows(0) + kSheetTail)));
    EXPECT_TRUE(xlsx.contains(QLatin1String("no rows to import"))) << xlsx.toStdString();
    const QString emptySheet = refused(Kind::Workforce, workbookFile(QStringLiteral("kosong.xlsx"), workbook(kSheetHead + kSheetTail)));
    EXPECT_TRUE(emptySheet.contains(QLatin1String("empty"))) << emptySheet.toStdString();
    const QString emptyCsv = refused(Kind::Agents, write(QStringLiteral("kosong.csv"), {}));
    EXPECT_TRUE(emptyCsv.contains(QLatin1String("empty"))) << emptyCsv.toStdString();
    const QString emptyXlsx = refused(Kind::Workforce, write(QStringLiteral("nol.xlsx"), {}));
    EXPECT_TRUE(emptyXlsx.contains(QLatin1String("nol.xlsx is empty (0 bytes)"))) << emptyXlsx.toStdString();
}

TEST_P(HostileFileTest, PartsThatPointOutsideTheWorkbook)
{
    // A member named to climb out of the folder it would be unpacked in ("zip slip"): nothing is unpacked, but
    // no spreadsheet program writes such a name.
    std::vector<Member> slip = workbook(kSheetHead + workforceRows(2) + kSheetTail);
    slip.push_back({"../../../../tmp/perisai-slip.csv", "Wilayah;Tahun\n"});
    const QString whySlip = refused(Kind::Workforce, workbookFile(QStringLiteral("slip.xlsx"), slip));
    EXPECT_TRUE(whySlip.contains(QLatin1String("slip.xlsx: the workbook holds a part named \"../../../../tmp/perisai-slip.csv\"")))
        << whySlip.toStdString();
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/perisai-slip.csv")));

    // The workbook's list of sheets pointing out of it.
    std::vector<Member> outside = workbook(kSheetHead + workforceRows(2) + kSheetTail);
    for (Member &m : outside)
        if (m.name == "xl/_rels/workbook.xml.rels")
            m.data.replace("worksheets/sheet1.xml", "../../../etc/passwd");
    const QString whyOutside = refused(Kind::Workforce, workbookFile(QStringLiteral("luar.xlsx"), outside));
    EXPECT_TRUE(whyOutside.contains(QLatin1String("luar.xlsx: xl/_rels/workbook.xml.rels points to \"xl/../../../etc/passwd\", outside the workbook")))
        << whyOutside.toStdString();
    EXPECT_FALSE(whyOutside.contains(QLatin1String("root:"))) << whyOutside.toStdString();

    EXPECT_TRUE(imports::escapesArchive(QStringLiteral("..\\..\\Windows\\evil.dll")));
    EXPECT_TRUE(imports::escapesArchive(QStringLiteral("C:/evil")));
    EXPECT_TRUE(imports::escapesArchive(QStringLiteral("xl/../../evil")));
    EXPECT_FALSE(imports::escapesArchive(QStringLiteral("xl/worksheets/../worksheets/sheet1.xml")));
}

TEST_P(HostileFileTest, ARowOfAHundredThousandFields)
{
    // An over-long row: the first data row goes on with field after field, well past its header's columns.
    QByteArray row = QByteArray(kAgentRow).trimmed();
    row += QByteArray(100'000, ';') + "x\n";
    const QString why = refused(Kind::Agents, write(QStringLiteral("lebar.csv"), kAgentsHeader + row));
    EXPECT_TRUE(why.contains(QLatin1String("lebar.csv:2"))) << why.left(500).toStdString();
    EXPECT_LT(why.size(), 5000) << "the message lists every field";
}

INSTANTIATE_TEST_SUITE_P(Backends, HostileFileTest, allBackends(), backendName);
