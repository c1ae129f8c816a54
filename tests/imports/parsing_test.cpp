// Reading what offices write: values, CSV dialects, header names. No database needed.
#include "qstringprinter.h"
#include "imports/csvreader.h"
#include "imports/fields.h"
#include "imports/values.h"

#include <gtest/gtest.h>

using namespace perisai::imports;

namespace {

std::optional<qint64> amount(const char *text, bool numeric = false)
{
    QString reason;
    return values::parseAmount(text, numeric, &reason);
}

QString date(const char *text, bool numeric = false)
{
    QString reason;
    const auto d = values::parseDate(text, numeric, &reason);
    return d ? d->toString(Qt::ISODate) : QStringLiteral("! ") + reason;
}

int period(const char *text, bool numeric = false)
{
    QString reason;
    return values::parsePeriod(text, numeric, &reason).value_or(0);
}

// Every record of a CSV text as "a|b|c" lines, with the line each starts on.
QStringList records(const QByteArray &data)
{
    auto reader = CsvReader::fromData(data);
    QStringList out;
    Record r;
    while (reader->next(r)) {
        QStringList fields;
        for (auto f : r.fields)
            fields << values::toQString(f);
        out << QString::number(r.line) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

// A spreadsheet number too large for a whole number was converted anyway, which is undefined behaviour
// (found by tests/fuzz/fuzz_values; the input is kept in tests/fuzz/crashes/values).
TEST(Values, SpreadsheetNumbersTooLargeForAWholeNumber)
{
    QString reason;
    EXPECT_FALSE(values::parseNumber("9999999999999999999", true, &reason).has_value());
    EXPECT_EQ(reason, QStringLiteral("the number is too large"));
    reason.clear();
    EXPECT_FALSE(values::parseAmount("1e19", true, &reason).has_value());
    EXPECT_EQ(reason, QStringLiteral("the number is too large"));
    EXPECT_EQ(values::parseNumber("999999999999999", true, &reason), 999'999'999'999'999LL);
    EXPECT_EQ(amount("999999999999999", true), 999'999'999'999'999LL);
    EXPECT_FALSE(amount("1000000000000000", true).has_value());
    EXPECT_FALSE(amount("1000000000000000").has_value()); // the same limit as typed text
}

TEST(Values, AmountsAsOfficesWriteThem)
{
    EXPECT_EQ(amount("36800"), 36800);
    EXPECT_EQ(amount("36.800"), 36800);
    EXPECT_EQ(amount("Rp36.800"), 36800);
    EXPECT_EQ(amount("Rp. 36.800"), 36800);
    EXPECT_EQ(amount("Rp 36.800,-"), 36800);
    EXPECT_EQ(amount("36.800,00"), 36800);
    EXPECT_EQ(amount("1.104.000"), 1104000);
    EXPECT_EQ(amount("36,800.00"), 36800);
    EXPECT_EQ(amount("36800,00"), 36800);
    EXPECT_EQ(amount("36 800"), 36800);
    EXPECT_EQ(amount("IDR 64.100.000.000"), 64100000000);
    EXPECT_EQ(amount("36800", true), 36800);
    EXPECT_FALSE(amount("36.8", true)); // a spreadsheet number with a fraction
    EXPECT_FALSE(amount("36.800,50"));
    EXPECT_FALSE(amount("-36800"));
    EXPECT_FALSE(amount("36.80"));
    EXPECT_FALSE(amount("3.68.00"));
    EXPECT_FALSE(amount("tiga puluh ribu"));
}

TEST(Values, DatesInIndonesianOrderOnly)
{
    EXPECT_EQ(date("05/01/2022"), QStringLiteral("2022-01-05"));
    EXPECT_EQ(date("5-1-2022"), QStringLiteral("2022-01-05"));
    EXPECT_EQ(date("05.01.2022"), QStringLiteral("2022-01-05"));
    EXPECT_EQ(date("2022-01-05"), QStringLiteral("2022-01-05"));
    EXPECT_EQ(date("2022-01-05 00:00:00"), QStringLiteral("2022-01-05"));
    EXPECT_EQ(date("5 Januari 2022"), QStringLiteral("2022-01-05"));
    EXPECT_EQ(date("05-Agu-2022"), QStringLiteral("2022-08-05"));
    EXPECT_EQ(date("17 August 2022"), QStringLiteral("2022-08-17"));
    EXPECT_EQ(date("44566", true), QStringLiteral("2022-01-05")); // Excel serial
    EXPECT_EQ(date("44566.75", true), QStringLiteral("2022-01-05"));
    EXPECT_TRUE(date("01/13/2022").contains(QLatin1String("day/month/year")));
    EXPECT_TRUE(date("05/01/22").contains(QLatin1String("four digits")));
    EXPECT_TRUE(date("31/02/2022").startsWith(QLatin1Char('!')));
    EXPECT_TRUE(date("kemarin").startsWith(QLatin1Char('!')));
}

TEST(Values, ExcelSerialDatesKeepTheir1900Quirk)
{
    EXPECT_EQ(values::excelSerialDate(1)->toString(Qt::ISODate), QStringLiteral("1900-01-01"));
    EXPECT_EQ(values::excelSerialDate(59)->toString(Qt::ISODate), QStringLiteral("1900-02-28"));
    EXPECT_FALSE(values::excelSerialDate(60)); // 29 February 1900 never was
    EXPECT_EQ(values::excelSerialDate(61)->toString(Qt::ISODate), QStringLiteral("1900-03-01"));
    EXPECT_EQ(values::excelSerialDate(45658)->toString(Qt::ISODate), QStringLiteral("2025-01-01"));
}

TEST(Values, MonthsOfContributions)
{
    EXPECT_EQ(period("2024-03"), 202403);
    EXPECT_EQ(period("2024/3"), 202403);
    EXPECT_EQ(period("03/2024"), 202403);
    EXPECT_EQ(period("3-2024"), 202403);
    EXPECT_EQ(period("202403"), 202403);
    EXPECT_EQ(period("Maret 2024"), 202403);
    EXPECT_EQ(period("Mar-2024"), 202403);
    EXPECT_EQ(period("15/03/2024"), 202403);
    EXPECT_EQ(period("202403", true), 202403);
    EXPECT_EQ(period("45352", true), 202403); // a date cell: 1 March 2024
    EXPECT_EQ(period("2024-13"), 0);
    EXPECT_EQ(period("Mar-24"), 0);
}

TEST(Values, ClosedVocabularies)
{
    EXPECT_EQ(values::normalizeProgram(QStringLiteral("jkk + jkm")), QStringLiteral("JKK+JKM"));
    EXPECT_EQ(values::normalizeProgram(QStringLiteral("JKK, JKM dan JHT")), QStringLiteral("JKK+JKM+JHT"));
    EXPECT_EQ(values::normalizeProgram(QStringLiteral("JKN")), QString());
    EXPECT_EQ(values::normalizeSex(QStringLiteral("Perempuan")), QStringLiteral("P"));
    EXPECT_EQ(values::normalizeSex(QStringLiteral("laki-laki")), QStringLiteral("L"));
    EXPECT_EQ(values::normalizeAgentStatus(QStringLiteral("Tidak Aktif")), QStringLiteral("inactive"));
    EXPECT_EQ(values::normalizeClaimProgram(QStringLiteral("Jaminan Hari Tua")), QStringLiteral("JHT"));
    EXPECT_EQ(values::normalizeTargetLevel(QStringLiteral("Agen")), QStringLiteral("agen"));
}

TEST(Csv, SemicolonBomAndCrlf)
{
    EXPECT_EQ(records("\xEF\xBB\xBFkpj;jumlah\r\n001;Rp36.800,00\r\n002;16.800\r\n"),
              (QStringList{QStringLiteral("1:kpj|jumlah"), QStringLiteral("2:001|Rp36.800,00"), QStringLiteral("3:002|16.800")}));
}

TEST(Csv, QuotedFieldsWithSeparatorsQuotesAndLineBreaks)
{
    EXPECT_EQ(records("nama,alamat,catatan\n\"Sri \"\"Yuni\"\"\",\"Jl. Merdeka 1, Kudus\",\"baris satu\nbaris dua\"\nBudi,Jepara,\n"),
              (QStringList{QStringLiteral("1:nama|alamat|catatan"), QStringLiteral("2:Sri \"Yuni\"|Jl. Merdeka 1, Kudus|baris satu\nbaris dua"),
                           QStringLiteral("4:Budi|Jepara|")}));
}

TEST(Csv, BlankAndSeparatorOnlyLinesAreSkippedButCounted)
{
    EXPECT_EQ(records("a;b\n\n;;\nx;y"), (QStringList{QStringLiteral("1:a|b"), QStringLiteral("4:x|y")}));
}

TEST(Csv, DelimiterIsSniffedFromTheHeader)
{
    EXPECT_EQ(CsvReader::fromData("a,b,c\n")->delimiter(), ',');
    EXPECT_EQ(CsvReader::fromData("a;b;c\n1,5;2;3")->delimiter(), ';');
    EXPECT_EQ(CsvReader::fromData("a\tb\tc\n")->delimiter(), '\t');
    EXPECT_EQ(CsvReader::fromData("\"a,x\";b;c\n")->delimiter(), ';');
}

TEST(Csv, Utf16AndWindows1252AreConverted)
{
    QByteArray utf16("\xFF\xFE", 2);
    const QString text = QStringLiteral("nama\tkota\nAndré\tKudus\n");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    EXPECT_EQ(records(utf16), (QStringList{QStringLiteral("1:nama|kota"), QStringLiteral("2:Andr\u00e9|Kudus")}));
    EXPECT_EQ(records("nama;kota\nAndr\xE9;Kudus\n"), (QStringList{QStringLiteral("1:nama|kota"), QStringLiteral("2:Andr\u00e9|Kudus")}));
}

TEST(Csv, OldMacLineEnds)
{
    EXPECT_EQ(records("a,b\r1,2\r"), (QStringList{QStringLiteral("1:a|b"), QStringLiteral("2:1|2")}));
}

TEST(Headers, MatchedWithoutRegardToCaseSpacesDotsAndUnderscores)
{
    const ColumnMap map = matchHeaders(Kind::Participants,
                                       {QStringLiteral("No. KPJ"), QStringLiteral("N I K"), QStringLiteral("NAMA_LENGKAP"),
                                        QStringLiteral("Tgl. Daftar"), QStringLiteral("program"), QStringLiteral("Keterangan"),
                                        QStringLiteral("Registered On")},
                                       {});
    EXPECT_EQ(map.columnOfField[fieldIndex(Kind::Participants, QStringLiteral("kpj"))], 0);
    EXPECT_EQ(map.columnOfField[fieldIndex(Kind::Participants, QStringLiteral("nik"))], 1);
    EXPECT_EQ(map.columnOfField[fieldIndex(Kind::Participants, QStringLiteral("name"))], 2);
    EXPECT_EQ(map.columnOfField[fieldIndex(Kind::Participants, QStringLiteral("tanggal_daftar"))], 3);
    EXPECT_TRUE(map.missing.isEmpty()) << map.missing.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(map.unused, (QStringList{QStringLiteral("Keterangan"), QStringLiteral("Registered On")}));
}

TEST(Headers, MappingWinsAndCanSwitchAColumnOff)
{
    const ColumnMap map = matchHeaders(Kind::Contributions, {QStringLiteral("Nomor"), QStringLiteral("Bulan"), QStringLiteral("Jumlah")},
                                       {{QStringLiteral("nomor"), QStringLiteral("kpj")}, {QStringLiteral("JUMLAH"), QString()}});
    EXPECT_EQ(map.columnOfField[0], 0);
    EXPECT_EQ(map.columnOfField[1], 1);
    EXPECT_EQ(map.columnOfField[2], -1);
    EXPECT_EQ(map.missing.size(), 1);
}

TEST(Headers, NoAliasIsClaimedByTwoFieldsOfAKind)
{
    for (Kind kind : allKinds()) {
        QHash<QString, QString> owner;
        for (const FieldDef &f : fieldsOf(kind)) {
            for (const QString &name : QStringList{f.id, f.indonesian} + f.aliases) {
                const QString key = normalizeHeader(name);
                EXPECT_TRUE(!owner.contains(key) || owner[key] == f.id)
                    << kindName(kind).toStdString() << ": " << name.toStdString() << " is " << owner[key].toStdString() << " and " << f.id.toStdString();
                owner[key] = f.id;
            }
        }
    }
}
