#include "reports/reportdocument.h"
#include "core/outputfile.h"

#include "core/format.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QSaveFile>
#include <QTextBlock>
#include <cmath>
#include <QRegularExpression>
#include <QTextCursor>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

namespace perisai::reports {
namespace {

constexpr int kChartFormat = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;

// Draws a chart object of the document with the caller's painter, so it stays vector in the PDF.
class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const std::vector<std::pair<QSizeF, ReportDocument::ChartPainter>> &charts, double dotsPerMm)
        : m_charts(charts), m_dotsPerMm(dotsPerMm) {}

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const auto &chart = m_charts.at(format.property(kChartIndex).toInt());
        return chart.first * m_dotsPerMm;
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        painter->save();
        m_charts.at(format.property(kChartIndex).toInt()).second(*painter, rect);
        painter->restore();
    }

private:
    const std::vector<std::pair<QSizeF, ReportDocument::ChartPainter>> &m_charts;
    double m_dotsPerMm;
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A heading whose following block (a paragraph, the first row of a table, a chart) starts on a later page
// moves to that page with it.
void keepHeadingsWithContent(QTextDocument &doc, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2 || !block.next().isValid())
            continue;
        // A moved heading moves what follows: finish the layout again before measuring (measuring a
        // half-updated layout loses blocks).
        doc.pageCount();
        const QRectF heading = layout->blockBoundingRect(block);
        const QRectF next = layout->blockBoundingRect(block.next());
        const int page = static_cast<int>(std::floor(heading.top() / pageHeight));
        if (static_cast<int>(std::floor(next.bottom() / pageHeight)) > page && heading.top() - page * pageHeight > 1) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
    }
}

// A table whose last row would stand alone at the top of a page takes the row before it along (the
// header row repeats there), so that no page holds a single orphaned row. A note right under a table
// (what its figures mean) never starts a page by itself either.
void keepLastRowsTogether(QTextDocument &doc, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    // Where a paragraph's last line ends up: a line that would cross the page's end is pushed down inside
    // the block, which its bounding rectangle does not show.
    auto pageOfText = [&](const QTextBlock &block) {
        const QTextLine line = block.layout()->lineAt(block.layout()->lineCount() - 1);
        return static_cast<int>(std::floor((layout->blockBoundingRect(block).top() + line.y() + line.height() / 2) / pageHeight));
    };
    auto pageOf = [&](const QTextTableCell &cell) { return pageOfText(cell.firstCursorPosition().block()); };
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        const int headerRows = table ? table->format().headerRowCount() : 0;
        if (!table || table->rows() - headerRows < 3)
            continue;
        doc.pageCount(); // measure a finished layout (an earlier move shifts what follows)
        const int last = table->rows() - 1;
        // The paragraph under the table: Qt keeps an empty block between the two.
        QTextBlock after = doc.findBlock(table->lastPosition() + 1);
        while (after.isValid() && after.text().trimmed().isEmpty() && QTextCursor(after).currentFrame() == doc.rootFrame())
            after = after.next();
        const bool noteAlone = after.isValid() && QTextCursor(after).currentFrame() == doc.rootFrame()
                               && after.blockFormat().headingLevel() == 0 && after.layout()->lineCount() <= 2
                               && pageOfText(after) > pageOf(table->cellAt(last, 0));
        const bool lastAlone = pageOf(table->cellAt(last, 0)) > pageOf(table->cellAt(last - 1, 0));
        if (!noteAlone && !lastAlone)
            continue;
        auto breakBefore = [](QTextCursor cursor) {
            QTextBlockFormat format = cursor.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
        };
        if (table->rows() <= 16) {
            // A short table moves to the next page whole, with its heading: a break inside it (Qt repeats the
            // header row there) can leave a page holding the header alone.
            const QTextBlock before = doc.findBlock(table->firstPosition() - 1);
            if (before.isValid() && before.blockFormat().headingLevel() > 0) {
                breakBefore(QTextCursor(before));
            } else if (before.isValid()) {
                QTextBlockFormat format = before.blockFormat();
                format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysAfter);
                QTextCursor(before).setBlockFormat(format);
            }
        } else if (lastAlone) {
            // A long one keeps running over the pages: its last two rows go to the last page together.
            for (int c = 0; c < table->columns(); ++c)
                breakBefore(table->cellAt(last - 1, c).firstCursorPosition());
        }
    }
}

const char *const kStyle =
    "body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1F2D3D; }"
    "h1 { font-size: 17pt; color: #0B5EA8; margin: 0; }"
    "h2 { font-size: 12pt; color: #0B3A66; margin-top: 20px; margin-bottom: 5px; }"
    ".sub { color: #6B7A89; font-size: 10pt; }"
    "table.data { border-collapse: collapse; }"
    "table.data th { background: #E8EEF5; color: #1F2D3D; font-weight: bold; padding: 3px 5px; border-bottom: 1px solid #9FB0C3; }"
    "table.data td { padding: 2px 5px; border-bottom: 1px solid #E3E8EE; }"
    ".nw { white-space: nowrap; }"
    "td.fig { background: #F4F6F9; padding: 6px 10px; border: 1px solid #DDE3EA; }"
    ".figcap { color: #6B7A89; font-size: 8pt; }"
    ".figval { font-size: 12pt; font-weight: bold; color: #1F2D3D; }"
    ".figdet { color: #6B7A89; font-size: 7.5pt; }"
    ".note { color: #6B7A89; font-size: 7.5pt; }"
    "td.key { color: #6B7A89; padding: 1px 8px 1px 0; }"
    "td.val { padding: 1px 16px 1px 0; }";

} // namespace

ReportDocument::ReportDocument(ReportMeta meta) : m_meta(std::move(meta)) {}
ReportDocument::~ReportDocument() = default;

void ReportDocument::addHeading(const QString &text)
{
    m_parts << QStringLiteral("<h2>%1</h2>").arg(esc(text));
}

void ReportDocument::addParagraph(const QString &text)
{
    m_parts << QStringLiteral("<p>%1</p>").arg(esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

void ReportDocument::addHtml(const QString &html)
{
    m_parts << html;
}

void ReportDocument::addFigures(const QList<QPair<QString, QString>> &figures)
{
    QList<KeyFigure> boxes;
    for (const auto &[caption, value] : figures)
        boxes << KeyFigure{caption, value, {}};
    addKeyFigures(boxes);
}

void ReportDocument::addKeyFigures(const QList<KeyFigure> &figures)
{
    // Four to a row so that long lists of indicators wrap instead of running off the page.
    constexpr int perRow = 4;
    QString html = QStringLiteral("<table width='100%' cellspacing='5' cellpadding='0'>");
    for (qsizetype i = 0; i < figures.size(); ++i) {
        if (i % perRow == 0)
            html += QStringLiteral("<tr>");
        const KeyFigure &f = figures[i];
        html += QStringLiteral("<td class='fig' width='25%'><span class='figcap'>%1</span><br><span class='figval'>%2</span>")
                    .arg(esc(f.caption), esc(f.value));
        if (!f.detail.isEmpty())
            html += QStringLiteral("<br><span class='figdet'>%1</span>").arg(esc(f.detail));
        html += QStringLiteral("</td>");
        if (i % perRow == perRow - 1 || i == figures.size() - 1) {
            for (qsizetype pad = i % perRow; pad < perRow - 1; ++pad)
                html += QStringLiteral("<td width='25%'></td>");
            html += QStringLiteral("</tr>");
        }
    }
    m_parts << html + QStringLiteral("</table>");
}

void ReportDocument::addKeyValues(const QList<QPair<QString, QString>> &pairs)
{
    // Two pairs per row: label, value, label, value.
    QString html = QStringLiteral("<table width='100%' cellspacing='0'>");
    for (qsizetype i = 0; i < pairs.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + 2; ++j) {
            if (j < pairs.size())
                html += QStringLiteral("<td class='key' width='20%'>%1</td><td class='val' width='30%'>%2</td>")
                            .arg(esc(pairs[j].first), esc(pairs[j].second));
            // An odd count leaves the last row short: no empty cells, which would swallow the space below.
        }
        html += QStringLiteral("</tr>");
    }
    m_parts << html + QStringLiteral("</table>");
}

void ReportDocument::addNote(const QString &text)
{
    m_parts << QStringLiteral("<p class='note'>%1</p>").arg(esc(text));
}

void ReportDocument::addTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned,
                              const QList<int> &noWrap)
{
    // "No wrap" is a class, not a style attribute: Qt drops a cell's stylesheet border when the cell has
    // a style attribute of its own, and the rule under the row stopped at the first such column.
    auto cell = [&](const char *tag, int c, const QString &text) {
        return QStringLiteral("<%1 align='%2'%3>%4</%1>")
            .arg(QLatin1String(tag), rightAligned.contains(c) ? QStringLiteral("right") : QStringLiteral("left"),
                 rightAligned.contains(c) || noWrap.contains(c) ? QStringLiteral(" class='nw'") : QString(), esc(text));
    };
    QString html = QStringLiteral("<table class='data' width='100%' cellspacing='0'><thead><tr>");
    for (int c = 0; c < headers.size(); ++c)
        html += cell("th", c, headers[c]);
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            html += cell("td", c, row[c]);
        html += QStringLiteral("</tr>");
    }
    if (rows.isEmpty())
        html += QStringLiteral("<tr><td colspan='%1'><i>%2</i></td></tr>").arg(headers.size()).arg(esc(QCoreApplication::translate("Report", "None.")));
    m_parts << html + QStringLiteral("</table>");
}

void ReportDocument::addChart(ChartPainter painter, const QSizeF &sizeMm)
{
    // A marker the painter replaces by the chart object (QTextDocument drops HTML comments).
    m_parts << QStringLiteral("<p>[[chart%1]]</p>").arg(m_charts.size());
    m_charts.emplace_back(sizeMm, std::move(painter));
}

void ReportDocument::addPageBreak()
{
    m_parts << QStringLiteral("<p style='page-break-after: always;'></p>");
}

QString ReportDocument::buildHtml() const
{
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QString::fromLatin1(kStyle));
    html += QStringLiteral("<h1>%1</h1><p class='sub'>%2</p>").arg(esc(m_meta.title), esc(m_meta.subtitle));
    html += m_parts.join(QString());
    return html + QStringLiteral("</body></html>");
}

QString ReportDocument::plainText() const
{
    QTextDocument doc;
    doc.setHtml(buildHtml());
    static const QRegularExpression marker(QStringLiteral("\\[\\[chart\\d+\\]\\]\n?"));
    return doc.toPlainText().remove(marker);
}

void ReportDocument::paint(QPagedPaintDevice *device) const
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPainter painter(device);
    const double dpmm = device->logicalDpiX() / 25.4;
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF body = page.adjusted(18 * dpmm, 24 * dpmm, -18 * dpmm, -20 * dpmm);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    ChartObject charts(m_charts, dpmm);
    doc.documentLayout()->registerHandler(kChartFormat, &charts);
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.setUseDesignMetrics(true); // the same line breaks and pages on a 300 dpi PDF and a 1200 dpi printer
    // Lines break between words only: a narrow column grows to its longest word ("Diberhentikan"), never
    // splits it.
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(wrap);
    doc.setHtml(buildHtml());
    // Replace chart markers by chart objects.
    QTextCursor cursor(&doc);
    for (size_t i = 0; i < m_charts.size(); ++i) {
        cursor = doc.find(QStringLiteral("[[chart%1]]").arg(i));
        if (cursor.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(kChartFormat);
        format.setProperty(kChartIndex, static_cast<int>(i));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
    doc.setPageSize(body.size());
    keepHeadingsWithContent(doc, body.height());
    keepLastRowsTogether(doc, body.height());

    const int pages = doc.pageCount();
    m_pageCount = pages;
    const QString privacy = m_meta.masked ? QCoreApplication::translate("Report", "Personal data masked")
                                          : QCoreApplication::translate("Report", "CONTAINS PERSONAL DATA (UU 27/2022)");
    QFont small(QStringLiteral("DejaVu Sans"), 7);
    // A long database path is shortened in its middle so that the footer never runs into the page number.
    const QFontMetricsF metrics(small, device);
    auto footerText = [&](const QString &source) {
        return QCoreApplication::translate("Report", "Generated %1 %2 · %3")
                   .arg(fmt::date(m_meta.generatedAt.date()), m_meta.generatedAt.toString(QStringLiteral("HH:mm")), source)
               + QStringLiteral(" · ") + privacy;
    };
    const double room = body.width() - metrics.horizontalAdvance(QCoreApplication::translate("Report", "Page %1 of %2").arg(pages).arg(pages)) - 6 * dpmm;
    const double overflow = metrics.horizontalAdvance(footerText(m_meta.source)) - room;
    const QString footerLeft = overflow <= 0 ? footerText(m_meta.source)
        : footerText(metrics.elidedText(m_meta.source, Qt::ElideMiddle, metrics.horizontalAdvance(m_meta.source) - overflow));
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x6B, 0x7A, 0x89));
        const QRectF header(body.left(), 10 * dpmm, body.width(), 8 * dpmm);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("BPJS Ketenagakerjaan · Perisai · %1").arg(m_meta.office));
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_meta.title);
        painter.setPen(QPen(QColor(0x0B, 0x5E, 0xA8), 0.4 * dpmm));
        painter.drawLine(QPointF(body.left(), header.bottom() + 1 * dpmm), QPointF(body.right(), header.bottom() + 1 * dpmm));
        const QRectF footer(body.left(), page.height() - 14 * dpmm, body.width(), 8 * dpmm);
        painter.setPen(QColor(0x6B, 0x7A, 0x89));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         QCoreApplication::translate("Report", "Page %1 of %2").arg(p + 1).arg(pages));

        painter.save();
        painter.translate(body.left(), body.top() - p * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

Status ReportDocument::writePdf(const QString &path) const
{
    if (auto st = outputs::checkWritable(path, true); !st)
        return st;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QCoreApplication::translate("Report", "cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200); // as QPrinter::HighResolution: the PDF pages as the print preview shows them
        writer.setTitle(m_meta.title);
        writer.setCreator(QStringLiteral("Perisai Desk"));
        paint(&writer);
    }
    if (file.size() == 0 || !file.commit())
        return makeError(QCoreApplication::translate("Report", "cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace perisai::reports

#include "reportdocument.moc"
