// XLSX as Excel writes it: shared or inline strings, numbers, date-formatted numbers, several sheets.
// The workbooks are written here with libxlsxwriter so that each test shows what its file holds.
#include "importfixture.h"

#include "imports/values.h"
#include "imports/xlsxreader.h"

#include <xlsxwriter.h>

using namespace perisai;
using namespace perisai::testing;
using imports::Kind;

namespace {

struct Cell {
    enum Type { Text, Number, Date } type;
    QByteArray text;
    double number = 0;
};
Cell txt(const char *t) { return {Cell::Text, t}; }
Cell num(double n) { return {Cell::Number, {}, n}; }
Cell date(double serial) { return {Cell::Date, {}, serial}; }

// A workbook with a first sheet "Catatan" (notes) and the rows on sheet `sheet`.
void writeWorkbook(const QString &path, const char *sheet, const QList<QList<Cell>> &rows, bool inlineStrings = false)
{
    lxw_workbook_options options{};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(path.toLocal8Bit().constData(), &options);
    lxw_worksheet *notes = workbook_add_worksheet(wb, "Catatan");
    worksheet_write_string(notes, 0, 0, "Diekspor dari aplikasi kantor", nullptr);
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheet);
    lxw_format *dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "dd/mm/yyyy");
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            const Cell &cell = rows[r][c];
            if (cell.type == Cell::Text && !cell.text.isEmpty())
                worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), cell.text.constData(), nullptr);
            else if (cell.type == Cell::Number)
                worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), cell.number, nullptr);
            else if (cell.type == Cell::Date)
                worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), cell.number, dateFormat);
        }
    }
    workbook_close(wb);
}

QList<QList<Cell>> participants(Cell nik)
{
    return {{txt("KPJ"), txt("NIK"), txt("Nama"), txt("Tanggal Lahir"), txt("Program"), txt("Penghasilan"), txt("Tanggal Daftar"), txt("Kode Agen")},
            // KPJ typed as a number, birth date as a bare serial number, registration as a formatted date.
            {num(22010000001), nik, txt("Sutrisno"), num(29221), txt("JKK+JKM"), num(1500000), date(44570), txt("AG-001")},
            {},
            {txt("22010000002"), txt("3319014506880012"), txt("Sri Lestari"), txt(""), txt("JKK+JKM+JHT"), num(2000000), date(44573), txt("")}};
}

} // namespace

TEST(Xlsx, ReadsTheNamedSheetWithStringsNumbersAndDates)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.xlsx"));
    writeWorkbook(path, "Peserta", participants(txt("3319010101800011")));
    auto sheets = imports::XlsxReader::sheetNames(path);
    ASSERT_TRUE(sheets.ok());
    EXPECT_EQ(*sheets, (QStringList{QStringLiteral("Catatan"), QStringLiteral("Peserta")}));
    auto reader = imports::XlsxReader::open(path, QStringLiteral("peserta"));
    ASSERT_TRUE(reader.ok()) << reader.errorText().toStdString();
    imports::Record r;
    ASSERT_TRUE((*reader)->next(r));
    EXPECT_EQ(r.line, 1);
    EXPECT_EQ(imports::values::toQString(r.fields[7]), QStringLiteral("Kode Agen"));
    ASSERT_TRUE((*reader)->next(r));
    EXPECT_EQ(r.line, 2);
    EXPECT_TRUE(r.isNumeric(0));
    EXPECT_EQ(imports::values::cellText(r.fields[0], true), QStringLiteral("22010000001"));
    EXPECT_FALSE(r.isNumeric(1));
    EXPECT_TRUE(r.isNumeric(3));
    EXPECT_EQ(imports::values::toQString(r.fields[6]), QStringLiteral("2022-01-09")); // date-formatted: a date
    ASSERT_TRUE((*reader)->next(r));
    EXPECT_EQ(r.line, 4); // the empty row 3 is skipped, the numbering is the sheet's
    EXPECT_FALSE((*reader)->next(r));

    auto missing = imports::XlsxReader::open(path, QStringLiteral("Iuran"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorText().contains(QLatin1String("Catatan, Peserta"))) << missing.errorText().toStdString();
}

TEST(Xlsx, InlineStringsOfStreamingWriters)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.xlsx"));
    writeWorkbook(path, "Peserta", participants(txt("3319010101800011")), true);
    auto reader = imports::XlsxReader::open(path, QStringLiteral("Peserta"));
    ASSERT_TRUE(reader.ok());
    imports::Record r;
    ASSERT_TRUE((*reader)->next(r));
    ASSERT_TRUE((*reader)->next(r));
    EXPECT_EQ(imports::values::toQString(r.fields[2]), QStringLiteral("Sutrisno"));
    EXPECT_EQ(imports::values::toQString(r.fields[1]), QStringLiteral("3319010101800011"));
}

class XlsxImportTest : public ImportTest {};

TEST_P(XlsxImportTest, ParticipantsFromASecondSheet)
{
    importRoster();
    const QString path = m_files.filePath(QStringLiteral("peserta.xlsx"));
    writeWorkbook(path, "Peserta", participants(txt("3319010101800011")));
    imports::ImportOptions options;
    options.kind = Kind::Participants;
    options.files = {path};
    options.sheet = QStringLiteral("Peserta");
    auto result = imports::runImport(*db, options);
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    ASSERT_TRUE(result->issues.isEmpty()) << result->issues.first().reason.toStdString();
    EXPECT_TRUE(result->committed);
    EXPECT_EQ(row(*db, QStringLiteral("SELECT nik, birth_date, declared_income, registered_on FROM participants WHERE kpj = '22010000001'")),
              QStringLiteral("3319010101800011|1980-01-01|1500000|2022-01-09"));
    EXPECT_EQ(row(*db, QStringLiteral("SELECT registered_on, agent_id FROM participants WHERE kpj = '22010000002'")),
              QStringLiteral("2022-01-12|NULL"));
}

TEST_P(XlsxImportTest, ANikStoredAsANumberIsRejected)
{
    importRoster();
    const QString path = m_files.filePath(QStringLiteral("peserta.xlsx"));
    writeWorkbook(path, "Peserta", participants(num(3319010101800011.0)));
    imports::ImportOptions options;
    options.kind = Kind::Participants;
    options.files = {path};
    options.sheet = QStringLiteral("Peserta");
    auto result = imports::runImport(*db, options);
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_FALSE(result->committed);
    ASSERT_EQ(result->issues.size(), 1);
    EXPECT_EQ(result->issues[0].line, 2);
    EXPECT_EQ(result->issues[0].column, QStringLiteral("NIK"));
    EXPECT_TRUE(result->issues[0].reason.contains(QLatin1String("stored as a number"))) << result->issues[0].reason.toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants")), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, XlsxImportTest, allBackends(), backendName);
