// A damaged file is never half imported. Each file in tests/data/imports/damaged breaks the way real files
// break (see make.py there); each must be refused with the place and the reason, and leave the database
// exactly as it was. Empty cells never blank what is stored unless the user asked for it.
#include "importfixture.h"

#include "imports/batches.h"
#include "imports/importer.h"
#include "imports/xlsxreader.h"

#include <QFile>
#include <QSemaphore>
#include <atomic>
#include <thread>

using namespace perisai;
using namespace perisai::testing;
using imports::Kind;

namespace {

QString reasons(const imports::ImportResult &result)
{
    QString text;
    for (const auto &i : result.issues)
        text += QStringLiteral("%1:%2 [%3] %4\n").arg(i.file).arg(i.line).arg(i.column, i.reason);
    return text;
}

} // namespace

class DamagedTest : public ImportTest {
protected:
    static QString damaged(const QString &name) { return sample(QStringLiteral("damaged/") + name); }
    // Imports `file`, expects it refused and the database unchanged; returns the issues' text.
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
    bool isDamaged(Kind kind, const QString &file)
    {
        auto result = import(kind, {file});
        return result && !result->files.isEmpty() && result->files.front().damaged;
    }
    QString agent(const QString &code, const QString &column)
    {
        return text(QStringLiteral("SELECT COALESCE(CAST(%1 AS TEXT), '<NULL>') FROM agents WHERE code = '%2'").arg(column, code));
    }
};

TEST_P(DamagedTest, AQuoteNeverClosedRefusesTheWholeFile)
{
    importRoster(true);
    importOk(Kind::Contributions, {damaged(QStringLiteral("contributions.csv"))});
    // The same file with a stray quote on line 101: before, the rest of the file became one channel value.
    const QString why = refused(Kind::Contributions, damaged(QStringLiteral("contributions_open_quote.csv")));
    EXPECT_TRUE(why.contains(QLatin1String("contributions_open_quote.csv:101"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QLatin1String("opened on line 101 is never closed"))) << why.toStdString();
    EXPECT_TRUE(isDamaged(Kind::Contributions, damaged(QStringLiteral("contributions_open_quote.csv"))));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MAX(LENGTH(channel)) FROM contributions")), 4);

    const QString agents = refused(Kind::Agents, damaged(QStringLiteral("agents_open_quote.csv")));
    EXPECT_TRUE(agents.contains(QLatin1String(":3 "))) << agents.toStdString();
    EXPECT_EQ(agent(QStringLiteral("AG-003"), QStringLiteral("phone")), QStringLiteral("+6285712345678"));
}

TEST_P(DamagedTest, AQuoteThatSwallowsRowsIsNamedWithItsLines)
{
    importRoster();
    const QString why = refused(Kind::Agents, damaged(QStringLiteral("agents_swallowed_rows.csv")));
    EXPECT_TRUE(why.contains(QLatin1String("runs from line 3 to line 5 and holds whole rows"))) << why.toStdString();
    const QString after = refused(Kind::Agents, damaged(QStringLiteral("agents_text_after_quote.csv")));
    EXPECT_TRUE(after.contains(QLatin1String(":3 [Nama] text follows the closing quote"))) << after.toStdString();
}

TEST_P(DamagedTest, ARowCutShortIsRejectedAndBlanksNothing)
{
    importRoster();
    const QString why = refused(Kind::Agents, damaged(QStringLiteral("agents_short_row.csv")));
    EXPECT_TRUE(why.contains(QLatin1String(":4 [] this row has 3 values but the header has 10 columns"))) << why.toStdString();
    EXPECT_EQ(agent(QStringLiteral("AG-003"), QStringLiteral("phone")), QStringLiteral("+6285712345678"));
    EXPECT_EQ(agent(QStringLiteral("AG-003"), QStringLiteral("account_no")), QStringLiteral("1112223334"));
}

TEST_P(DamagedTest, EmptyCellsKeepStoredValuesUnlessAskedToClear)
{
    importRoster();
    const QByteArray header = "Kode Agen;NIK;Nama;No. HP;Kode Wadah;KCP;Tanggal Bergabung;Bank;No. Rekening;Status\n";
    const QString file = write(QStringLiteral("blanks.csv"), header + "AG-003;3319012001950003;Joko S.;;;;;;;\n");
    const auto kept = importOk(Kind::Agents, {file});
    EXPECT_EQ(kept.total.updated, 1); // the name changed
    EXPECT_EQ(agent(QStringLiteral("AG-003"), QStringLiteral("name")), QStringLiteral("Joko S."));
    EXPECT_EQ(agent(QStringLiteral("AG-003"), QStringLiteral("phone")), QStringLiteral("+6285712345678"));
    EXPECT_EQ(agent(QStringLiteral("AG-003"), QStringLiteral("bank")), QStringLiteral("BNI"));
    EXPECT_EQ(agent(QStringLiteral("AG-003"), QStringLiteral("joined_on")), QStringLiteral("2022-03-01"));
    EXPECT_NE(agent(QStringLiteral("AG-003"), QStringLiteral("wadah_id")), QStringLiteral("<NULL>"));

    imports::ImportOptions clear;
    clear.kind = Kind::Agents;
    clear.files = {file};
    clear.clearEmpty = true;
    auto cleared = imports::runImport(*db, clear);
    ASSERT_TRUE(cleared.ok() && cleared->committed) << cleared.errorText().toStdString();
    EXPECT_EQ(agent(QStringLiteral("AG-003"), QStringLiteral("phone")), QStringLiteral("<NULL>"));
    EXPECT_EQ(agent(QStringLiteral("AG-003"), QStringLiteral("bank")), QStringLiteral("<NULL>"));
    EXPECT_EQ(agent(QStringLiteral("AG-003"), QStringLiteral("account_no")), QStringLiteral("<NULL>"));
}

TEST_P(DamagedTest, AnEmptyPaymentDateOrChannelKeepsTheStoredOne)
{
    importRoster(true);
    const QByteArray header = "kpj,periode,jumlah,tanggal_bayar,kanal\n";
    importOk(Kind::Contributions, {write(QStringLiteral("c1.csv"), header + "22010000001,2022-01,16800,05/02/2022,agen\n")});
    const auto again = importOk(Kind::Contributions, {write(QStringLiteral("c2.csv"), header + "22010000001,2022-01,16800,,\n")});
    EXPECT_EQ(again.total.unchanged, 1);
    EXPECT_EQ(text(QStringLiteral("SELECT paid_on || ' ' || channel FROM contributions")), QStringLiteral("2022-02-05 agen"));
}

TEST_P(DamagedTest, TextThatIsNotInItsEncodingIsRefusedNotReadWrongly)
{
    importRoster();
    const QString bom = refused(Kind::Agents, damaged(QStringLiteral("utf8_bom_invalid_byte.csv")));
    EXPECT_TRUE(bom.contains(QLatin1String("line 3"))) << bom.toStdString();
    EXPECT_TRUE(bom.contains(QLatin1String("declares UTF-8"))) << bom.toStdString();
    EXPECT_TRUE(bom.contains(QLatin1String("0xFF"))) << bom.toStdString();
    const QString plain = refused(Kind::Agents, damaged(QStringLiteral("utf8_invalid_byte.csv")));
    EXPECT_TRUE(plain.contains(QLatin1String("is UTF-8 text, but line 3"))) << plain.toStdString();
    const QString undefined = refused(Kind::Agents, damaged(QStringLiteral("cp1252_undefined_byte.csv")));
    EXPECT_TRUE(undefined.contains(QLatin1String("0x81"))) << undefined.toStdString();
    EXPECT_EQ(agent(QStringLiteral("AG-001"), QStringLiteral("name")), QStringLiteral("Ahmad Fauzi"));
}

TEST_P(DamagedTest, NulBytesLongCellsAndFilesThatAreNotText)
{
    importRoster();
    const QString nul = refused(Kind::Agents, damaged(QStringLiteral("nul_byte.csv")));
    EXPECT_TRUE(nul.contains(QLatin1String("line 3 holds a NUL byte"))) << nul.toStdString();
    const QString utf16 = refused(Kind::Agents, damaged(QStringLiteral("utf16_without_bom.csv")));
    EXPECT_TRUE(utf16.contains(QLatin1String("NUL"))) << utf16.toStdString();
    const QString longCell = refused(Kind::Agents, damaged(QStringLiteral("agents_long_cell.csv")));
    EXPECT_TRUE(longCell.contains(QLatin1String(":3 [Nama] this value is 5"))) << longCell.toStdString();
    EXPECT_TRUE(longCell.contains(QLatin1String("4"))) << longCell.toStdString();
    const QString zip = refused(Kind::Workforce, damaged(QStringLiteral("spreadsheet_named.csv")));
    EXPECT_TRUE(zip.contains(QLatin1String("give it the .xlsx extension"))) << zip.toStdString();
    const QString textXlsx = refused(Kind::Workforce, damaged(QStringLiteral("text_named.xlsx")));
    EXPECT_TRUE(textXlsx.contains(QLatin1String("looks like text"))) << textXlsx.toStdString();
    const QString headerOnly = refused(Kind::Agents, damaged(QStringLiteral("header_only.csv")));
    EXPECT_TRUE(headerOnly.contains(QLatin1String("no rows to import"))) << headerOnly.toStdString();
    const QString empty = refused(Kind::Agents, damaged(QStringLiteral("empty.csv")));
    EXPECT_TRUE(empty.contains(QLatin1String("empty"))) << empty.toStdString();
}

TEST_P(DamagedTest, AnXlsxWhoseXmlBreaksPartWayImportsNothing)
{
    const auto whole = importOk(Kind::Workforce, {damaged(QStringLiteral("workforce_ok.xlsx"))});
    EXPECT_EQ(whole.total.inserted, 1600);
    ASSERT_TRUE(imports::undoBatch(*db, whole.files[0].batchId).ok());

    const QString entity = refused(Kind::Workforce, damaged(QStringLiteral("xlsx_undefined_entity.xlsx")));
    EXPECT_TRUE(entity.contains(QLatin1String("xlsx_undefined_entity.xlsx:1501"))) << entity.toStdString();
    EXPECT_TRUE(entity.contains(QLatin1String("past row 1500"))) << entity.toStdString();
    const QString truncated = refused(Kind::Workforce, damaged(QStringLiteral("xlsx_truncated_sheet.xlsx")));
    EXPECT_TRUE(truncated.contains(QLatin1String("cannot be read past row"))) << truncated.toStdString();
    const QString checksum = refused(Kind::Workforce, damaged(QStringLiteral("xlsx_bad_checksum.xlsx")));
    EXPECT_TRUE(checksum.contains(QLatin1String("checksum"))) << checksum.toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM workforce")), 0);
}

TEST_P(DamagedTest, XlsxBombsAreRefusedWithinTheirLimits)
{
    const QString entities = refused(Kind::Workforce, damaged(QStringLiteral("xlsx_entity_expansion.xlsx")));
    EXPECT_TRUE(entities.contains(QLatin1String("DTD"))) << entities.toStdString();
    const QString bomb = refused(Kind::Workforce, damaged(QStringLiteral("xlsx_zip_bomb.xlsx")));
    EXPECT_TRUE(bomb.contains(QLatin1String("zip bomb"))) << bomb.toStdString();
    const QString cell = refused(Kind::Workforce, damaged(QStringLiteral("xlsx_huge_cell.xlsx")));
    EXPECT_TRUE(cell.contains(QLatin1String("one value or tag of more than 16 MB"))) << cell.toStdString();
}

TEST_P(DamagedTest, TheListOfRejectedRowsNeverReplacesTheDatabaseOrAnExistingFile)
{
    if (GetParam() == Backend::SQLite) {
        const QString path = m_test->location;
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const auto st = imports::writeIssuesCsv({}, path, true);
        ASSERT_FALSE(st.ok());
        EXPECT_TRUE(st.errorText().contains(QLatin1String("never overwritten"))) << st.errorText().toStdString();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), before);
        EXPECT_FALSE(imports::writeIssuesCsv({}, path + QStringLiteral("-wal"), true).ok());
    }
    const QString existing = write(QStringLiteral("errors.csv"), "mine\n");
    EXPECT_FALSE(imports::writeIssuesCsv({}, existing, false).ok());
    EXPECT_TRUE(imports::writeIssuesCsv({}, existing, true).ok());
    // A value that a spreadsheet would run as a formula is written as text.
    const QByteArray csv = imports::issuesCsv({{QStringLiteral("a.csv"), 2, QStringLiteral("nama"), QStringLiteral("=HYPERLINK(\"x\")"),
                                                QStringLiteral("bad")}});
    EXPECT_TRUE(csv.contains("\"'=HYPERLINK(\"\"x\"\")\"")) << csv.constData();
}

// Two desks importing at once: the second waits for the first, says so, and both complete.
TEST_P(DamagedTest, AnImportThatMeetsAnotherWaitsItsTurn)
{
    importRoster(true);
    const QByteArray header = "kpj,periode,jumlah,tanggal_bayar,kanal\n";
    const QString first = write(QStringLiteral("c1.csv"), header + "22010000001,2022-01,16800,05/02/2022,agen\n");
    const QString second = write(QStringLiteral("c2.csv"), header + "22010000001,2022-01,16800,05/02/2022,agen\n"
                                                                    "22010000002,2022-01,36800,04/02/2022,bank\n");
    QSemaphore firstInside, secondWaiting;
    std::atomic<bool> secondSaidWaiting = false;
    Result<imports::ImportResult> a = makeError(QStringLiteral("not run")), b = makeError(QStringLiteral("not run"));
    std::thread one([&] {
        imports::ImportOptions o;
        o.kind = Kind::Contributions;
        o.files = {first};
        imports::ImportControl control;
        bool once = true;
        control.progress = [&](const QString &stage, qint64, qint64) {
            if (once && stage.startsWith(QLatin1String("Checking"))) {
                once = false;
                firstInside.release();
                secondWaiting.tryAcquire(1, 30000); // hold the lock until the other import waits for it
            }
        };
        a = imports::runImport(*db, o, control);
        db->releaseThreadConnection();
    });
    ASSERT_TRUE(firstInside.tryAcquire(1, 30000));
    std::thread two([&] {
        imports::ImportOptions o;
        o.kind = Kind::Contributions;
        o.files = {second};
        imports::ImportControl control;
        control.progress = [&](const QString &stage, qint64, qint64) {
            if (stage.contains(QLatin1String("Waiting for another import")) && !secondSaidWaiting.exchange(true))
                secondWaiting.release();
        };
        b = imports::runImport(*db, o, control);
        db->releaseThreadConnection();
    });
    one.join();
    two.join();
    EXPECT_TRUE(secondSaidWaiting);
    ASSERT_TRUE(a.ok()) << a.errorText().toStdString();
    ASSERT_TRUE(b.ok()) << b.errorText().toStdString();
    EXPECT_TRUE(a->committed);
    EXPECT_TRUE(b->committed);
    EXPECT_EQ(b->total.inserted, 1);
    EXPECT_EQ(b->total.unchanged, 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions")), 2);
}

// On a server the audit log names the database role that imported, not the desk's operating-system user
// (a SQLite file has no login role: there it is the operating-system user).
TEST_P(DamagedTest, TheAuditNamesWhoImported)
{
    importRoster();
    const QString expected = GetParam() == Backend::PostgreSQL ? text(QStringLiteral("SELECT session_user"))
                                                               : qEnvironmentVariable("USER", QStringLiteral("desk"));
    EXPECT_EQ(text(QStringLiteral("SELECT DISTINCT user_name FROM audit_log WHERE action = 'import'")), expected);
}

INSTANTIATE_TEST_SUITE_P(Backends, DamagedTest, allBackends(), backendName);
