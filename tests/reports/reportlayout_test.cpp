// How a report's tables land on the page: rules under whole rows, words kept whole, no row or note left
// alone at the top of a page.
#include "golden.h"
#include "reports/reportdocument.h"

#include <QImage>
#include <algorithm>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace perisai::reports;

namespace {

ReportMeta meta()
{
    return {QStringLiteral("Rapor Wadah"), QStringLiteral("WDH-KUDUS-001"), QStringLiteral("KC Kudus"), QStringLiteral("SQLite · x.db")};
}

// The text of each page.
QStringList pages(const ReportDocument &doc, const QTemporaryDir &dir)
{
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    if (!doc.writePdf(pdf).ok())
        return {};
    QStringList text = perisai::testing::pdfText(pdf).split(QLatin1Char('\f'));
    if (!text.isEmpty() && text.last().trimmed().isEmpty())
        text.removeLast(); // pdftotext ends every page with a form feed
    return text;
}

// Pages with nothing of the body on them: only the page's header and footer, or a table's repeated header row.
int emptyPages(const QStringList &pages)
{
    return static_cast<int>(std::count_if(pages.begin(), pages.end(), [](const QString &p) {
        return !p.contains(QStringLiteral("Baris ")) && !p.contains(QStringLiteral("Catatan"));
    }));
}

// `filler` one-line paragraphs ("Baris pengisi N"), then a table of `rows` rows ("Baris tabel N").
void addFillerAndTable(ReportDocument &doc, int filler, int rows)
{
    for (int i = 0; i < filler; ++i)
        doc.addParagraph(QStringLiteral("Baris pengisi %1").arg(i));
    QList<QStringList> table;
    for (int r = 1; r <= rows; ++r)
        table << QStringList{QStringLiteral("Baris tabel %1").arg(r), QString::number(r)};
    doc.addTable({QStringLiteral("Nama"), QStringLiteral("Nilai")}, table, {1});
}

int pageWith(const QStringList &pages, const QString &text)
{
    for (int i = 0; i < pages.size(); ++i)
        if (pages[i].contains(text))
            return i;
    return -1;
}

} // namespace

TEST(ReportLayout, TheRuleUnderARowRunsUnderEveryColumn)
{
    // Codes that never wrap and right-aligned numbers: the columns whose rule once went missing.
    ReportDocument doc(meta());
    doc.addTable({QStringLiteral("Periode"), QStringLiteral("Kode"), QStringLiteral("Akuisisi"), QStringLiteral("Perbandingan")},
                 {{QStringLiteral("Januari–Juni 2022"), QStringLiteral("WDH-001"), QStringLiteral("2.336"), QStringLiteral("+13,8%")},
                  {QStringLiteral("Januari–Juni 2021"), QStringLiteral("WDH-002"), QStringLiteral("2.052"), QStringLiteral("–")}},
                 {2, 3}, {1});
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("rules.pdf"));
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-f"),
                                              QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
                                              pdf, dir.filePath(QStringLiteral("page"))});
    ASSERT_TRUE(render.waitForFinished(60000) && render.exitCode() == 0);
    const QImage page(dir.filePath(QStringLiteral("page.png")));
    ASSERT_FALSE(page.isNull());
    // The body is the page less 18 mm each side; the table takes its whole width. Its header's shading and the
    // rule under each row are the only long runs of ink on a line of pixels: each must run the table's width.
    const int bodyWidth = page.width() * (210 - 36) / 210;
    int rules = 0;
    for (int y = 0; y < page.height(); ++y) {
        int run = 0, longest = 0;
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            run = std::min({c.red(), c.green(), c.blue()}) < 252 ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        if (longest <= bodyWidth / 8)
            continue;
        ++rules;
        EXPECT_GT(longest, bodyWidth * 9 / 10) << "a line at y " << y << " stops after " << longest << " of " << bodyWidth << " px";
    }
    EXPECT_GE(rules, 3) << "the header's shading and a rule under each row";
}

TEST(ReportLayout, NarrowColumnsBreakBetweenWordsNeverInsideOne)
{
    ReportDocument doc(meta());
    // Six one-word columns beside a long text that would take all the room it could get.
    const QStringList words{QStringLiteral("Diberhentikan"), QStringLiteral("Peringkat"), QStringLiteral("Kedaluwarsa"),
                            QStringLiteral("Diperpanjang"), QStringLiteral("Ditandatangani"), QStringLiteral("Pembekalan")};
    const QString text = QStringLiteral("Koperasi Produsen Undaan Mandiri dan Paguyuban Pengrajin Trangkil bersama Forum UMKM Gebog");
    doc.addTable(QStringList{QStringLiteral("Wadah")} + words, {QStringList{text} + words});
    QTemporaryDir dir;
    const QString page = pages(doc, dir).join(QLatin1Char('\n'));
    for (const QString &w : words)
        EXPECT_EQ(page.count(w), 2) << w.toStdString() << " in the header and the row, whole:\n" << page.toStdString();
}

TEST(ReportLayout, ATablesLastRowNeverStandsAloneAtTheTopOfAPage)
{
    // Filler before the table moves the page's end through every row of it.
    bool split = false;
    for (int filler = 22; filler <= 36; ++filler) {
        ReportDocument doc(meta());
        addFillerAndTable(doc, filler, 6);
        QTemporaryDir dir;
        const QStringList text = pages(doc, dir);
        const int first = pageWith(text, QStringLiteral("Baris tabel 1"));
        const int last = pageWith(text, QStringLiteral("Baris tabel 6"));
        ASSERT_GE(first, 0);
        split = split || first != last;
        EXPECT_EQ(pageWith(text, QStringLiteral("Baris tabel 5")), last) << "the last row alone after " << filler << " lines";
        EXPECT_EQ(emptyPages(text), 0) << "after " << filler << " lines";
    }
    EXPECT_TRUE(split) << "some filler splits the table over two pages";
}

TEST(ReportLayout, ANoteUnderATableNeverStartsAPageByItself)
{
    bool split = false;
    for (int filler = 22; filler <= 36; ++filler) {
        ReportDocument doc(meta());
        addFillerAndTable(doc, filler, 5);
        doc.addNote(QStringLiteral("Catatan di bawah tabel"));
        QTemporaryDir dir;
        const QStringList text = pages(doc, dir);
        const int note = pageWith(text, QStringLiteral("Catatan di bawah tabel"));
        ASSERT_GE(note, 0);
        split = split || pageWith(text, QStringLiteral("Baris tabel 1")) != note;
        EXPECT_EQ(pageWith(text, QStringLiteral("Baris tabel 5")), note) << "the note alone after " << filler << " lines";
        EXPECT_EQ(emptyPages(text), 0) << "after " << filler << " lines";
    }
    EXPECT_TRUE(split) << "some filler puts the note on a later page than the table's start";
}
