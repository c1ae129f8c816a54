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
#include <atomic>
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

// A key figure in a box: a caption, the figure, and an optional line of context under it.
struct KeyFigure {
    QString caption; // "Acquisitions"
    QString value;   // "2.336"
    QString detail;  // "+23,7% on last year"
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
    // Key figures in boxes, four to a row: caption -> value.
    void addFigures(const QList<QPair<QString, QString>> &figures);
    void addKeyFigures(const QList<KeyFigure> &figures);
    // Label: value pairs in two columns (identity blocks: code, name, NIK, phone, ...).
    void addKeyValues(const QList<QPair<QString, QString>> &pairs);
    // A small grey line of explanation (definitions, sources, what was masked).
    void addNote(const QString &text);
    // A table; columns listed in rightAligned are numbers.
    void addTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned = {});
    // A chart drawn with QPainter at print time: vectors in the PDF. Size in millimetres.
    void addChart(ChartPainter painter, const QSizeF &sizeMm);
    void addPageBreak();

    const ReportMeta &meta() const { return m_meta; }
    // The text of the report as pdftotext would read it (for tests), header and footer excluded.
    QString plainText() const;

    // Writes the whole file or nothing: an existing file is replaced only once the new one is complete.
    // Safe on a worker thread (no widgets involved).
    Status writePdf(const QString &path) const;
    // Paints every page on a printer or PDF writer (used by print preview and printing).
    void paint(QPagedPaintDevice *device) const;
    // Pages of the last paint() or writePdf().
    int pageCount() const { return m_pageCount; }

private:
    QString buildHtml() const;

    ReportMeta m_meta;
    QStringList m_parts;
    std::vector<std::pair<QSizeF, ChartPainter>> m_charts;
    mutable std::atomic<int> m_pageCount{0}; // paint() may run for a preview and a PDF at once
};

} // namespace perisai::reports
