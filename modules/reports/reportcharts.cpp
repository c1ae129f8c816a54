#include "reports/reportcharts.h"

#include "core/format.h"
#include "reports/reportlabels.h"
#include "ui/theme.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace perisai::reports::charts {
namespace {

const QColor kGrid(0xE3, 0xE8, 0xEE);
const QColor kAxisText(0x6B, 0x7A, 0x89);

// Device units per millimetre: the same chart code draws on a 300 dpi PDF, a printer and the preview.
double unitsPerMm(const QPainter &painter, const QRectF &rect)
{
    const QPaintDevice *device = painter.device();
    if (device && device->logicalDpiX() > 0)
        return device->logicalDpiX() / 25.4;
    return rect.width() / 170.0;
}

QColor seriesColor(const Series &s, size_t index)
{
    if (s.color.isValid())
        return s.color;
    const QList<QColor> palette = ui::colors::chartSeries();
    // A second series is last year: a muted grey-blue reads as "for comparison".
    if (index == 1)
        return QColor(0xA9, 0xB8, 0xC8);
    return palette.at(static_cast<int>(index % palette.size()));
}

// Whole numbers as written (16.000, 13.183) so that axis and bar labels read alike; short forms only
// from a million up, where full numbers would not fit.
Formatter defaultFormat(const std::vector<Series> &series)
{
    double top = 0;
    for (const Series &s : series)
        for (double v : s.values)
            if (std::isfinite(v))
                top = std::max(top, v);
    if (top >= 1e6)
        return [](double v) { return fmt::countShort(std::llround(v)); };
    return [](double v) { return fmt::number(std::llround(v)); };
}

double maxValue(const std::vector<Series> &series, double floor)
{
    double m = floor;
    for (const Series &s : series)
        for (double v : s.values)
            if (std::isfinite(v))
                m = std::max(m, v);
    return m;
}

// The frame every chart shares: title, legend on the right of the title line, y grid with labels,
// and the plot area left for the bars or lines.
struct Frame {
    QRectF plot;
    double top = 0;  // the value at the top of the axis
    double mm = 1;
    QFont small;
};

Frame drawFrame(QPainter &p, const QRectF &rect, const QString &title, const std::vector<Series> &series,
                double top, const Formatter &format, bool lineLegend)
{
    Frame f;
    f.mm = unitsPerMm(p, rect);
    f.top = niceCeiling(top);
    f.small = QFont(QStringLiteral("DejaVu Sans"));
    f.small.setPointSizeF(6.5);
    QFont bold = f.small;
    bold.setPointSizeF(7.5);
    bold.setBold(true);
    const QFontMetricsF fm(f.small, p.device());
    const double line = fm.height();

    double y = rect.top();
    p.setPen(QColor(0x1F, 0x2D, 0x3D));
    p.setFont(bold);
    if (!title.isEmpty())
        p.drawText(QRectF(rect.left(), y, rect.width() * 0.6, line * 1.4), Qt::AlignLeft | Qt::AlignVCenter, title);
    // Legend: right-aligned on the title line.
    p.setFont(f.small);
    double x = rect.right() - f.mm;
    for (size_t i = series.size(); i-- > 0;) {
        const Series &s = series[i];
        const double w = fm.horizontalAdvance(s.name);
        x -= w;
        p.setPen(kAxisText);
        p.drawText(QRectF(x, y, w, line * 1.4), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, s.name);
        x -= 1.2 * f.mm;
        const QRectF swatch(x - 3 * f.mm, y + line * 0.7 - 1.2 * f.mm, 3 * f.mm, 2.4 * f.mm);
        if (lineLegend) {
            QPen pen(seriesColor(s, i), 0.6 * f.mm);
            if (s.dashed)
                pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        } else {
            p.fillRect(swatch, seriesColor(s, i));
        }
        x = swatch.left() - 4 * f.mm;
    }
    y += line * 1.6;

    // Y axis labels: width of the widest one.
    const int steps = 4;
    double labelWidth = 0;
    for (int i = 0; i <= steps; ++i)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(format(f.top * i / steps)));
    f.plot = QRectF(rect.left() + labelWidth + 2 * f.mm, y + line * 0.5, 0, 0);
    f.plot.setRight(rect.right());
    f.plot.setBottom(rect.bottom() - line * 1.4);

    for (int i = 0; i <= steps; ++i) {
        const double gy = f.plot.bottom() - f.plot.height() * i / steps;
        p.setPen(QPen(i == 0 ? QColor(0x9F, 0xB0, 0xC3) : kGrid, 0.2 * f.mm));
        p.drawLine(QPointF(f.plot.left(), gy), QPointF(f.plot.right(), gy));
        p.setPen(kAxisText);
        p.drawText(QRectF(rect.left(), gy - line / 2, labelWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                   format(f.top * i / steps));
    }
    return f;
}

void drawCategoryLabels(QPainter &p, const Frame &f, const QStringList &labels, double slot)
{
    p.setFont(f.small);
    p.setPen(kAxisText);
    const QFontMetricsF fm(f.small, p.device());
    // Thin out labels that would collide (long periods): every n-th one.
    double widest = 0;
    for (const QString &l : labels)
        widest = std::max(widest, fm.horizontalAdvance(l));
    const int every = std::max(1, static_cast<int>(std::ceil((widest + 1.5 * f.mm) / std::max(slot, 1.0))));
    for (int i = 0; i < labels.size(); i += every)
        p.drawText(QRectF(f.plot.left() + slot * i - slot, f.plot.bottom() + 0.6 * f.mm, slot * 3, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, labels[i]);
}

} // namespace

double niceCeiling(double value)
{
    if (!(value > 0))
        return 4;
    // Small counts: a multiple of 4, so that the four grid steps are whole numbers.
    if (value <= 20)
        return 4 * std::ceil(value / 4 - 1e-9);
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.6, 2.0, 2.4, 3.2, 4.0, 4.8, 6.0, 8.0, 10.0}) {
        if (step * magnitude >= value - 1e-9)
            return step * magnitude;
    }
    return 10 * magnitude;
}

void drawBars(QPainter &p, const QRectF &rect, const BarChart &chart)
{
    const Formatter format = chart.format ? chart.format : defaultFormat(chart.series);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    const Frame f = drawFrame(p, rect, chart.title, chart.series, std::max(maxValue(chart.series, 0) * 1.04, 4.0), format, false);
    const qsizetype n = chart.labels.size();
    if (n == 0 || chart.series.empty()) {
        p.restore();
        return;
    }
    const double slot = f.plot.width() / n;
    const double groupWidth = slot * 0.72;
    const double barWidth = groupWidth / chart.series.size();
    const QFontMetricsF fm(f.small, p.device());
    const bool labelsFit = fm.horizontalAdvance(format(maxValue(chart.series, 1))) < barWidth * 1.9;
    for (qsizetype i = 0; i < n; ++i) {
        const double groupLeft = f.plot.left() + slot * i + (slot - groupWidth) / 2;
        for (size_t s = 0; s < chart.series.size(); ++s) {
            const double v = static_cast<size_t>(i) < chart.series[s].values.size() ? chart.series[s].values[i] : NAN;
            if (!std::isfinite(v) || v <= 0)
                continue;
            const double h = f.plot.height() * v / f.top;
            const QRectF bar(groupLeft + barWidth * s, f.plot.bottom() - h, barWidth * 0.92, h);
            p.fillRect(bar, seriesColor(chart.series[s], s));
            if (chart.valueLabels && s == 0 && labelsFit) {
                p.setPen(QColor(0x1F, 0x2D, 0x3D));
                p.drawText(QRectF(bar.center().x() - slot, bar.top() - fm.height(), slot * 2, fm.height()),
                           Qt::AlignHCenter | Qt::AlignBottom, format(v));
            }
        }
    }
    drawCategoryLabels(p, f, chart.labels, slot);
    p.restore();
}

void drawLines(QPainter &p, const QRectF &rect, const LineChart &chart)
{
    const Formatter format = chart.format ? chart.format : defaultFormat(chart.series);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const Frame f = drawFrame(p, rect, chart.title, chart.series,
                              std::max(std::max(maxValue(chart.series, 0), chart.reference) * 1.05, 4.0), format, true);
    const qsizetype n = chart.labels.size();
    if (n == 0) {
        p.restore();
        return;
    }
    const double slot = f.plot.width() / n;
    auto point = [&](qsizetype i, double v) {
        return QPointF(f.plot.left() + slot * i + slot / 2, f.plot.bottom() - f.plot.height() * v / f.top);
    };
    if (chart.reference >= 0) {
        const double y = point(0, chart.reference).y();
        p.setPen(QPen(ui::colors::danger, 0.3 * f.mm, Qt::DotLine));
        p.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        p.setFont(f.small);
        p.setPen(ui::colors::danger);
        const QFontMetricsF fm(f.small, p.device());
        p.drawText(QRectF(f.plot.left() + f.mm, y - fm.height() - 0.3 * f.mm, f.plot.width() / 2, fm.height()),
                   Qt::AlignLeft | Qt::AlignBottom, chart.referenceLabel);
    }
    for (size_t s = 0; s < chart.series.size(); ++s) {
        const Series &series = chart.series[s];
        QPainterPath path;
        bool open = false;
        for (qsizetype i = 0; i < n && static_cast<size_t>(i) < series.values.size(); ++i) {
            const double v = series.values[i];
            if (!std::isfinite(v)) {
                open = false;
                continue;
            }
            if (open)
                path.lineTo(point(i, v));
            else
                path.moveTo(point(i, v));
            open = true;
        }
        QPen pen(seriesColor(series, s), 0.6 * f.mm);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        if (series.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    drawCategoryLabels(p, f, chart.labels, slot);
    p.restore();
}

BarChart monthlyComparison(const QString &title, const PeriodRange &period, std::vector<double> current,
                           std::vector<double> previous)
{
    BarChart chart;
    chart.title = title;
    chart.labels = monthLabels(period);
    chart.series.push_back({shortPeriodLabel(period), std::move(current), {}, false});
    chart.series.push_back({shortPeriodLabel(period.previousYear()), std::move(previous), {}, false});
    return chart;
}

BarChart acquisitionsByMonth(const PeriodRange &period, const std::vector<figures::MonthFigures> &months)
{
    std::vector<double> current, previous;
    for (const figures::MonthFigures &m : months) {
        current.push_back(static_cast<double>(m.acquisitions));
        previous.push_back(static_cast<double>(m.acquisitionsLastYear));
    }
    return monthlyComparison(Report::tr("Acquisitions by month"), period, std::move(current), std::move(previous));
}

ReportDocument::ChartPainter bars(BarChart chart)
{
    return [chart = std::move(chart)](QPainter &p, const QRectF &r) { drawBars(p, r, chart); };
}

ReportDocument::ChartPainter lines(LineChart chart)
{
    return [chart = std::move(chart)](QPainter &p, const QRectF &r) { drawLines(p, r, chart); };
}

} // namespace perisai::reports::charts
