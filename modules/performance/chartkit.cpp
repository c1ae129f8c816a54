#include "chartkit.h"

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
#include <cmath>

namespace perisai::performance {

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(4, 4, 16, 4)); // room for the last axis label
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

std::function<QString(double)> countAxisLabel(double axisMax)
{
    const AxisScale scale = niceScale(axisMax * 1.05);
    auto scaled = [](double v, double unit, const QString &suffix) {
        const double x = v / unit;
        const bool whole = std::fabs(x - std::round(x)) < 1e-9;
        return fmt::decimal(x, whole ? 0 : 1) + suffix;
    };
    if (scale.max >= 1e6)
        return [scaled](double v) {
            return v == 0 ? QStringLiteral("0") : scaled(v, 1e6, QCoreApplication::translate("Format", " M", "count in millions"));
        };
    if (scale.max >= 1e4)
        return [scaled](double v) {
            return v == 0 ? QStringLiteral("0") : scaled(v, 1e3, QCoreApplication::translate("Format", " k", "count in thousands"));
        };
    return [](double v) { return fmt::number(static_cast<qint64>(std::llround(v))); };
}

QString shortName(const QString &name, int maxChars)
{
    if (name.size() <= maxChars)
        return name;
    // Names often share their start ("Kantor Perisai Cilacap Utara / Selatan"): keep the last word whole.
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString tail = words.size() > 1 ? words.last() : QString();
    QString head;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const QString next = head.isEmpty() ? words[i] : head + QLatin1Char(' ') + words[i];
        if (next.size() + tail.size() + 2 > maxChars)
            break;
        head = next;
    }
    if (head.isEmpty() || tail.isEmpty())
        return name.left(maxChars - 1) + QChar(0x2026);
    return head + QChar(0x2026) + QLatin1Char(' ') + tail;
}

QString bucketLabel(const figures::Bucket &bucket, bool spansYears)
{
    const YearMonth m = bucket.range.from;
    const QString yy = QString::number(m.year() % 100).rightJustified(2, QLatin1Char('0'));
    switch (bucket.kind) {
    case figures::Bucket::Kind::Month:
        return spansYears ? fmt::monthShort(m.month()) + QLatin1Char(' ') + yy : fmt::monthShort(m.month());
    case figures::Bucket::Kind::Quarter:
        return Charts::tr("Q%1 %2").arg((m.month() - 1) / 3 + 1).arg(yy);
    case figures::Bucket::Kind::Year:
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
