#pragma once
// Small vector charts for reports, drawn with QPainter so that they stay sharp in the PDF and in print:
// grouped bars (this year vs last year), lines (the cumulative year and its outlook), with a legend,
// value labels and numbers written the way the user's language writes them (core/format.h).
//
//   charts::BarChart chart;
//   chart.labels = {"Jan", "Feb", ...};
//   chart.series = {{tr("2022"), {410, 388, ...}}, {tr("2021"), {...}}};
//   doc.addChart(charts::bars(chart), QSizeF(174, 62));

#include "core/period.h"
#include "figures/kpidata.h"
#include "reports/reportdocument.h"

#include <QColor>
#include <QStringList>
#include <functional>
#include <vector>

namespace perisai::reports::charts {

struct Series {
    QString name;
    std::vector<double> values; // one per label; NaN: no value (not drawn)
    QColor color;               // invalid: the theme's series colour for its position
    bool dashed = false;        // lines only: a projection rather than a measurement
};

using Formatter = std::function<QString(double)>;

struct BarChart {
    QString title;               // small caption above the plot; empty for none
    QStringList labels;          // categories along the bottom
    std::vector<Series> series;  // drawn side by side within each category
    Formatter format;            // value labels and axis; default: short counts (1,2 rb)
    bool valueLabels = true;     // the value above each bar of the first series
};

struct LineChart {
    QString title;
    QStringList labels;
    std::vector<Series> series;
    Formatter format;
    double reference = -1;       // a horizontal reference line (e.g. last year's total); < 0: none
    QString referenceLabel;
};

void drawBars(QPainter &painter, const QRectF &rect, const BarChart &chart);
void drawLines(QPainter &painter, const QRectF &rect, const LineChart &chart);

// Month by month over a period, against the same months a year earlier (values: one per month of
// the period, January first). Series names say which year: "2022" / "2021" or "Jan–Jun 2022" / ...
BarChart monthlyComparison(const QString &title, const PeriodRange &period, std::vector<double> current,
                           std::vector<double> previous);
// "Acquisitions by month": the figures layer's months of a period against the year before (the scorecards).
BarChart acquisitionsByMonth(const PeriodRange &period, const std::vector<figures::MonthFigures> &months);

// Painters for ReportDocument::addChart; they keep their own copy of the data.
ReportDocument::ChartPainter bars(BarChart chart);
ReportDocument::ChartPainter lines(LineChart chart);

// The smallest round number (1, 1.2, 1.6, 2, 2.4, 3.2, 4, 4.8, 6, 8 × 10^n) at or above value, for the top of an
// axis: a quarter of each is a round grid step. Up to 20, a multiple of 4 (whole-number steps).
double niceCeiling(double value);

} // namespace perisai::reports::charts
