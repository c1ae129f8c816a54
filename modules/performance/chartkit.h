#pragma once
// Shared look of the dashboard's charts, and axes labelled the Indonesian way (1.000, 100 rb, Rp1 miliar):
// QValueAxis only knows printf formats, so value axes are category axes with a label at each round step.

#include "chartscale.h"
#include "figures/periodbuckets.h"

#include <QChart>
#include <QColor>
#include <QCoreApplication>
#include <functional>

class QAbstractSeries;
class QBarSet;
class QCategoryAxis;
class QLineSeries;

namespace perisai::performance {

// The charts' translation context.
struct Charts {
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

// A chart without title (the card shows it), legend at the bottom, no animation, small margins.
QChart *newChart();
// 0..max of the values with labels from `label` at each step; attached to `chart` at `alignment`.
QCategoryAxis *addValueAxis(QChart *chart, double maxValue, const std::function<QString(double)> &label,
                            Qt::Alignment alignment, int maxTicks = 5);
// "Jan", or "Jan 22" when the period spans years; "TW1 22" for quarters; "2022" for years.
// A count on an axis whose largest label is `axisMax`: all labels in the same unit (5 rb, 10 rb, 15 rb).
std::function<QString(double)> countAxisLabel(double axisMax);
// A name short enough for an axis label, its last word kept: "Kantor Perisai… Selatan".
QString shortName(const QString &name, int maxChars = 26);
QString bucketLabel(const figures::Bucket &bucket, bool spansYears);
QBarSet *newBarSet(const QString &label, const QColor &colour);
QLineSeries *newLine(const QString &label, const QColor &colour, qreal width, Qt::PenStyle style = Qt::SolidLine);
// Points and bars the chart draws, counted for the "no more than two per pixel" rule.
int pointsDrawn(const QChart *chart);
QColor lighter(const QColor &colour, int percent);

} // namespace perisai::performance
