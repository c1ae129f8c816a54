#include "reports/reportdocument.h"

#include <QFile>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace perisai::reports;

TEST(ReportDocument, WritesAnA4PdfWithHeaderFooterAndPageNumbers)
{
    ReportDocument doc({QStringLiteral("Notulen Monev"), QStringLiteral("19/11/2025"), QStringLiteral("KC Kudus"), QStringLiteral("SQLite · test.db")});
    doc.addHeading(QStringLiteral("Kehadiran"));
    QList<QStringList> rows;
    for (int i = 0; i < 120; ++i)
        rows << QStringList{QStringLiteral("Agen %1").arg(i), QStringLiteral("Hadir")};
    doc.addTable({QStringLiteral("Agen"), QStringLiteral("Kehadiran")}, rows);
    bool chartDrawn = false;
    doc.addChart([&](QPainter &p, const QRectF &r) { chartDrawn = true; p.drawRect(r); }, QSizeF(170, 60));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notulen.pdf"));
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    EXPECT_TRUE(chartDrawn);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished());
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("Notulen Monev")));
    EXPECT_TRUE(out.contains(QStringLiteral("Agen 119")));
    EXPECT_TRUE(out.contains(QStringLiteral("Page 1 of"))) << out.left(400).toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("[[chart")));
    EXPECT_TRUE(doc.plainText().contains(QStringLiteral("Agen 7")));
    if (!qEnvironmentVariableIsEmpty("PERISAI_KEEP_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("PERISAI_KEEP_PDF"));
}

TEST(ReportDocument, PrintsThroughAPrinterAsItWritesThePdf)
{
    ReportDocument doc({QStringLiteral("Rapor Agen"), QStringLiteral("AG-0001"), QStringLiteral("KC Cilacap"), QStringLiteral("SQLite · x.db")});
    doc.addHeading(QStringLiteral("Kehadiran"));
    QList<QStringList> rows;
    for (int i = 0; i < 90; ++i)
        rows << QStringList{QStringLiteral("Agen %1").arg(i), QStringLiteral("Hadir")};
    doc.addTable({QStringLiteral("Agen"), QStringLiteral("Kehadiran")}, rows);
    QTemporaryDir dir;
    ASSERT_TRUE(doc.writePdf(dir.filePath(QStringLiteral("a.pdf"))).ok());
    const int pdfPages = doc.pageCount();
    EXPECT_GE(pdfPages, 2);

    // What the Print button and the preview do: paint on a QPrinter.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    doc.paint(&printer);
    EXPECT_EQ(doc.pageCount(), pdfPages);
    EXPECT_EQ(printer.pageLayout().pageSize().id(), QPageSize::A4);
}

TEST(ReportDocument, WritesNothingWhenTheFileCannotBeWritten)
{
    ReportMeta meta;
    meta.title = QStringLiteral("Rapor Agen");
    ReportDocument doc(meta);
    doc.addParagraph(QStringLiteral("x"));
    auto st = doc.writePdf(QStringLiteral("/nonexistent-folder/report.pdf"));
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.errorText().contains(QStringLiteral("/nonexistent-folder/report.pdf")));
}
