#include "performance/chartkit.h"

#include "core/format.h"
#include "ui/theme.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QLegend>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPen>
#include <QPieSeries>

namespace perisai::performance {

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->legend()->font();
    font.setPointSizeF(9.0);
    chart->legend()->setFont(font);
    chart->legend()->setLabelColor(ui::colors::text);
    return chart;
}

QCategoryAxis *addValueAxis(QChart *chart, double maxValue, const std::function<QString(double)> &label,
                            Qt::Alignment alignment, int maxTicks)
{
    const AxisScale scale = niceScale(maxValue * 1.05, maxTicks);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(0);
    axis->append(label(0), 0);
    for (int i = 1; i <= scale.ticks; ++i)
        axis->append(label(i * scale.step), i * scale.step);
    axis->setRange(0, scale.max);
    QFont font = axis->labelsFont();
    font.setPointSizeF(8.5);
    axis->setLabelsFont(font);
    axis->setLabelsColor(ui::colors::muted);
    axis->setGridLineColor(ui::colors::border);
    axis->setLineVisible(false);
    chart->addAxis(axis, alignment);
    return axis;
}

QString bucketLabel(const Bucket &bucket, bool spansYears)
{
    const YearMonth m = bucket.range.from;
    const QString yy = QString::number(m.year() % 100).rightJustified(2, QLatin1Char('0'));
    switch (bucket.kind) {
    case Bucket::Kind::Month:
        return spansYears ? fmt::monthShort(m.month()) + QLatin1Char(' ') + yy : fmt::monthShort(m.month());
    case Bucket::Kind::Quarter:
        return Charts::tr("Q%1 %2").arg((m.month() - 1) / 3 + 1).arg(yy);
    case Bucket::Kind::Year:
        return QString::number(m.year());
    }
    return {};
}

QBarSet *newBarSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

QLineSeries *newLine(const QString &label, const QColor &colour, qreal width, Qt::PenStyle style)
{
    auto *line = new QLineSeries;
    line->setName(label);
    QPen pen(colour, width, style);
    pen.setCapStyle(Qt::RoundCap);
    line->setPen(pen);
    return line;
}

int pointsDrawn(const QChart *chart)
{
    int points = 0;
    for (const QAbstractSeries *series : chart->series()) {
        if (const auto *xy = qobject_cast<const QXYSeries *>(series))
            points += static_cast<int>(xy->count());
        else if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets())
                points += static_cast<int>(set->count());
        } else if (const auto *pie = qobject_cast<const QPieSeries *>(series))
            points += static_cast<int>(pie->count());
    }
    return points;
}

QColor lighter(const QColor &colour, int percent)
{
    const double f = percent / 100.0;
    return QColor::fromRgbF(colour.redF() + (1 - colour.redF()) * f, colour.greenF() + (1 - colour.greenF()) * f,
                            colour.blueF() + (1 - colour.blueF()) * f);
}

} // namespace perisai::performance
