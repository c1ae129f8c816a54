// The acquisition charts: per month against last year and target, the cumulative year, wadah achievement.
#include "capnote.h"
#include "chartkit.h"
#include "dashboardcharts.h"

#include "core/format.h"
#include "ui/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QCursor>
#include <QToolTip>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <algorithm>

namespace perisai::performance {

namespace {

QBarCategoryAxis *categoryAxis(QChart *chart, const QStringList &labels, Qt::Alignment alignment)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    QFont font = axis->labelsFont();
    font.setPointSizeF(8.5);
    axis->setLabelsFont(font);
    axis->setLabelsColor(ui::colors::text);
    axis->setGridLineVisible(false);
    axis->setTruncateLabels(false);
    chart->addAxis(axis, alignment);
    return axis;
}

} // namespace

QChart *acquisitionsChart(const figures::DashboardData &data, const BucketClick &onClick)
{
    const figures::BucketedPeriod b = figures::bucketFigures(data);
    QChart *chart = newChart();
    auto *current = newBarSet(Charts::tr("Acquisitions"), ui::colors::primary);
    auto *lastYear = newBarSet(Charts::tr("Same months last year"), lighter(ui::colors::muted, 45));
    auto *target = newLine(Charts::tr("Target"), ui::colors::warning, 2.5, Qt::DashLine);
    QStringList labels;
    double top = 0;
    bool anyLastYear = false;
    bool anyTarget = false;
    for (size_t i = 0; i < b.buckets.size(); ++i) {
        const figures::MonthFigures &f = b.buckets[i].figures;
        const qint64 acq = f.acquisitions;
        const qint64 last = f.acquisitionsLastYear;
        const double tgt = f.target;
        *current << acq;
        *lastYear << last;
        target->append(static_cast<qreal>(i), tgt);
        anyLastYear |= last > 0;
        anyTarget |= tgt > 0;
        top = std::max({top, double(acq), double(last), tgt});
        labels << bucketLabel(b.buckets[i].bucket, b.spansYears);
    }
    auto *series = new QBarSeries;
    series->append(current);
    if (anyLastYear)
        series->append(lastYear);
    else
        delete lastYear;
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *x = categoryAxis(chart, labels, Qt::AlignBottom);
    auto *y = addValueAxis(chart, top, countAxisLabel(top), Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    if (anyTarget) {
        chart->addSeries(target);
        target->attachAxis(x);
        target->attachAxis(y);
    } else {
        delete target;
    }
    QObject::connect(series, &QBarSeries::clicked, chart, [b, onClick](int index, QBarSet *) {
        if (index >= 0 && static_cast<size_t>(index) < b.buckets.size())
            onClick(b.buckets[static_cast<size_t>(index)].bucket.range);
    });
    return chart;
}

QChart *cumulativeChart(const figures::DashboardData &data, const std::function<void(int month)> &onClick)
{
    QChart *chart = newChart();
    const int elapsed = data.monthsElapsed;
    auto *last = newLine(Charts::tr("%1 (last year)").arg(data.year - 1), lighter(ui::colors::muted, 20), 2.0);
    auto *actual = newLine(Charts::tr("%1 actual").arg(data.year), ui::colors::primary, 3.0);
    auto *runRate = newLine(Charts::tr("Outlook at the run-rate"), ui::colors::primary, 2.0, Qt::DashLine);
    auto *seasonal = newLine(Charts::tr("Outlook with last year's shape"), ui::colors::accent, 2.0, Qt::DotLine);
    actual->setPointsVisible(true);
    double top = 0;
    for (int m = 0; m < 12; ++m) {
        const qint64 lastCum = data.lastYearCumulative[static_cast<size_t>(m)];
        last->append(m, lastCum);
        if (m < elapsed)
            actual->append(m, data.outlookPath.runRate[static_cast<size_t>(m)]);
        if (m >= elapsed - 1 && elapsed < 12) {
            runRate->append(m, data.outlookPath.runRate[static_cast<size_t>(m)]);
            if (data.outlookPath.seasonal[11] > 0)
                seasonal->append(m, data.outlookPath.seasonal[static_cast<size_t>(m)]);
        }
        top = std::max({top, double(lastCum), double(data.outlookPath.runRate[static_cast<size_t>(m)]),
                        double(data.outlookPath.seasonal[static_cast<size_t>(m)])});
    }
    QStringList labels;
    for (int m = 1; m <= 12; ++m)
        labels << fmt::monthShort(m);
    auto *x = categoryAxis(chart, labels, Qt::AlignBottom);
    x->setGridLineVisible(true);
    x->setGridLineColor(ui::colors::border);
    auto *y = addValueAxis(chart, top, countAxisLabel(top), Qt::AlignLeft);
    for (QLineSeries *s : {last, actual, runRate, seasonal}) {
        if (s->count() == 0) {
            delete s;
            continue;
        }
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QObject::connect(actual, &QLineSeries::clicked, chart, [onClick](const QPointF &p) { onClick(qRound(p.x()) + 1); });
    return chart;
}

QChart *wadahChart(const figures::DashboardData &data, int maxRows, const std::function<void(const figures::UnitFigures &)> &onClick)
{
    QChart *chart = newChart();
    const bool targets = std::any_of(data.byWadah.begin(), data.byWadah.end(), [](const auto &w) { return w.target.value > 0; });
    std::vector<figures::UnitFigures> rows = data.byWadah;
    std::stable_sort(rows.begin(), rows.end(), [targets](const auto &a, const auto &b) {
        return targets ? a.achievement.ratio > b.achievement.ratio : a.acquisitions > b.acquisitions;
    });
    if (static_cast<int>(rows.size()) > maxRows)
        rows.resize(static_cast<size_t>(maxRows));
    std::reverse(rows.begin(), rows.end()); // horizontal bars are drawn bottom-up: best on top
    auto *within = newBarSet(targets ? Charts::tr("Achievement") : Charts::tr("Acquisitions"), ui::colors::primary);
    auto *above = newBarSet(Charts::tr("Above the cap (%1): to review").arg(fmt::percent(data.summary.cap, 0)), ui::colors::warning);
    QObject::connect(above, &QBarSet::hovered, chart, [cap = data.summary.cap](bool on, int) {
        on ? QToolTip::showText(QCursor::pos(), aboveCapExplanation(cap)) : QToolTip::hideText();
    });
    QStringList labels;
    double top = 0;
    for (const auto &w : rows) {
        const double value = targets ? w.achievement.ratio * 100.0 : static_cast<double>(w.acquisitions);
        *within << (w.achievement.aboveCap ? 0.0 : value);
        *above << (w.achievement.aboveCap ? value : 0.0);
        top = std::max(top, value);
        QString name = shortName(w.name);
        while (labels.contains(name))
            name += QLatin1Char(' ');
        labels << name;
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(within);
    if (std::any_of(rows.begin(), rows.end(), [](const auto &w) { return w.achievement.aboveCap; }))
        series->append(above);
    else
        delete above;
    // A few wadah get bars of the usual thickness, not bars filling the chart.
    series->setBarWidth(0.7 * std::min(1.0, static_cast<double>(rows.size()) / 8.0));
    chart->addSeries(series);
    auto *y = categoryAxis(chart, labels, Qt::AlignLeft);
    auto *x = addValueAxis(chart, targets ? std::max(top, 100.0) : top,
                           targets ? std::function<QString(double)>([](double v) { return fmt::percent(v / 100.0, 0); })
                                   : countAxisLabel(top),
                           Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(series->count() > 1);
    QObject::connect(series, &QHorizontalStackedBarSeries::clicked, chart, [rows, onClick](int index, QBarSet *) {
        if (index >= 0 && static_cast<size_t>(index) < rows.size())
            onClick(rows[static_cast<size_t>(index)]);
    });
    return chart;
}

} // namespace perisai::performance
