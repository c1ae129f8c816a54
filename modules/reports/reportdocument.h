#pragma once
// One reporting mechanism for every PDF the application writes (branch summary, agent and wadah scorecards,
// Monev minutes, PKS status): an A4 document built from headings, paragraphs, tables and vector charts,
// with the same header, footer, page numbers, generation time and source database on every page.
//
//   ReportDocument doc({tr("Notulen Monev"), subtitle, office, period, db.location().display()});
//   doc.addHeading(tr("Kehadiran"));
//   doc.addTable({tr("Agen"), tr("Kehadiran")}, rows);
//   doc.addChart([&](QPainter &p, const QRectF &r) { drawBars(p, r, data); }, QSizeF(170, 70));
//   doc.writePdf(path);

#include "core/result.h"

#include <QDateTime>
#include <QSizeF>
#include <QStringList>
#include <functional>
#include <memory>

class QPainter;
class QPagedPaintDevice;
class QRectF;
class QTextDocument;

namespace perisai::reports {

struct ReportMeta {
    QString title;        // "Ringkasan Kinerja Cabang"
    QString subtitle;     // "Januari–Juni 2022"
    QString office;       // "KC Cilacap"
    QString source;       // the database, as the status bar shows it
    bool masked = true;   // personal data masked (stated in the footer)
    QDateTime generatedAt = QDateTime::currentDateTime();
};

class ReportDocument {
public:
    using ChartPainter = std::function<void(QPainter &painter, const QRectF &rect)>;
    enum class Align { Left, Right, Center };

    explicit ReportDocument(ReportMeta meta);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    void addHeading(const QString &text);
    void addParagraph(const QString &text);          // plain text, escaped
    void addHtml(const QString &html);               // trusted markup built by the caller (escape values!)
    // Key figures in a row of boxes: caption -> value.
    void addFigures(const QList<QPair<QString, QString>> &figures);
    // A table; columns listed in rightAligned are numbers.
    void addTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned = {});
    // A chart drawn with QPainter at print time: vectors in the PDF. Size in millimetres.
    void addChart(ChartPainter painter, const QSizeF &sizeMm);
    void addPageBreak();

    const ReportMeta &meta() const { return m_meta; }
    // The text of the report as pdftotext would read it (for tests), header and footer excluded.
    QString plainText() const;

    Status writePdf(const QString &path) const;
    // Paints every page on a printer or PDF writer (used by print preview and printing).
    void paint(QPagedPaintDevice *device) const;

private:
    QString buildHtml() const;

    ReportMeta m_meta;
    QStringList m_parts;
    std::vector<std::pair<QSizeF, ChartPainter>> m_charts;
};

} // namespace perisai::reports
