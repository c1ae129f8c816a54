// The participant charts: active by channel, coverage of the informal workforce, claims, agents.
#include "chartkit.h"
#include "dashboardcharts.h"

#include "core/format.h"
#include "ui/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <algorithm>

namespace perisai::performance {

namespace {

// More labels than fit side by side (`flat`) are drawn at a slant.
QBarCategoryAxis *categoryAxis(QChart *chart, const QStringList &labels, int flat = 18)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    if (labels.size() > flat)
        axis->setLabelsAngle(-45);
    QFont font = axis->labelsFont();
    font.setPointSizeF(8.5);
    axis->setLabelsFont(font);
    axis->setGridLineVisible(false);
    axis->setTruncateLabels(false);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

} // namespace

QChart *activeChart(const figures::DashboardData &data, const std::function<void(YearMonth, bool)> &onClick)
{
    const figures::BucketedPeriod b = figures::bucketFigures(data);
    QChart *chart = newChart();
    auto *perisai = newBarSet(Charts::tr("Through Perisai"), ui::colors::primary);
    auto *other = newBarSet(Charts::tr("Other channels"), lighter(ui::colors::primary, 65));
    QStringList labels;
    double top = 0;
    for (const auto &[bucket, f] : b.buckets) {
        labels << bucketLabel(bucket, b.spansYears);
        *perisai << f.activePerisai;
        *other << f.activeOtherChannels();
        top = std::max(top, double(f.activeAll));
    }
    auto *series = new QStackedBarSeries;
    series->append(perisai);
    series->append(other);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *x = categoryAxis(chart, labels);
    auto *y = addValueAxis(chart, top, countAxisLabel(top), Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QObject::connect(series, &QStackedBarSeries::clicked, chart, [b, perisai, onClick](int index, QBarSet *set) {
        if (index >= 0 && static_cast<size_t>(index) < b.buckets.size())
            onClick(b.buckets[static_cast<size_t>(index)].bucket.range.to, set == perisai);
    });
    return chart;
}

QChart *coverageChart(const figures::KpiSummary &s, const std::function<void(bool)> &onClick)
{
    QChart *chart = newChart();
    const auto &c = s.coverage;
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.55);
    pie->setPieSize(0.9);
    auto add = [pie](const QString &label, qint64 value, const QColor &colour) {
        QPieSlice *slice = pie->append(label, static_cast<qreal>(value));
        slice->setColor(colour);
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(1.5);
        return slice;
    };
    // Narrowed to a wadah or an agent, the rest of the office's protected workers are "others".
    const QString mine = s.narrowed ? Charts::tr("This selection %1") : Charts::tr("Perisai %1");
    const QString rest = s.narrowed ? Charts::tr("Rest of the office %1") : Charts::tr("Other channels %1");
    QPieSlice *perisai = add(mine.arg(fmt::countShort(c.perisaiActive)), c.perisaiActive, ui::colors::primary);
    QPieSlice *other = add(rest.arg(fmt::countShort(c.otherChannels)), c.otherChannels,
                           lighter(ui::colors::primary, 55));
    if (c.notCovered > 0)
        add(Charts::tr("Not covered %1").arg(fmt::countShort(c.notCovered)), c.notCovered, QColor(0xE3, 0xE8, 0xEE));
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    QObject::connect(pie, &QPieSeries::clicked, chart, [perisai, other, onClick](QPieSlice *slice) {
        if (slice == perisai || slice == other)
            onClick(slice == perisai);
    });
    return chart;
}

QChart *claimsChart(const figures::KpiSummary &s, const std::function<void(const QString &)> &onClick)
{
    QChart *chart = newChart();
    const QStringList programs{QStringLiteral("JKK"), QStringLiteral("JKM"), QStringLiteral("JHT")};
    auto *amount = newBarSet(Charts::tr("Benefit paid"), ui::colors::accent);
    QStringList labels;
    double top = 0;
    for (const QString &program : programs) {
        const auto it = s.claimsByProgram.find(program);
        const figures::ProgramClaims c = it == s.claimsByProgram.end() ? figures::ProgramClaims{} : it->second;
        *amount << static_cast<qreal>(c.amount);
        top = std::max(top, static_cast<double>(c.amount));
        labels << Charts::tr("%1 (%Ln)", "program and its number of claims", static_cast<int>(c.count)).arg(program);
    }
    auto *series = new QBarSeries;
    series->append(amount);
    series->setBarWidth(0.55);
    chart->addSeries(series);
    auto *x = categoryAxis(chart, labels);
    auto *y = addValueAxis(chart, top, [](double v) { return fmt::rupiahShort(static_cast<qint64>(v)); }, Qt::AlignLeft, 4);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    QObject::connect(series, &QBarSeries::clicked, chart, [programs, onClick](int index, QBarSet *) {
        if (index >= 0 && index < programs.size())
            onClick(programs[index]);
    });
    return chart;
}

QChart *agentsChart(const figures::DashboardData &data, const std::function<void(YearMonth, bool)> &onClick)
{
    const figures::BucketedPeriod b = figures::bucketFigures(data);
    QChart *chart = newChart();
    auto *registered = newBarSet(Charts::tr("Registered"), lighter(ui::colors::accent, 55));
    auto *productive = newBarSet(Charts::tr("Productive"), ui::colors::accent);
    QStringList labels;
    double top = 0;
    for (const auto &[bucket, f] : b.buckets) {
        labels << bucketLabel(bucket, b.spansYears);
        *registered << f.agentsRegistered;
        *productive << f.agentsProductive;
        top = std::max({top, double(f.agentsRegistered), double(f.agentsProductive)});
    }
    auto *series = new QBarSeries;
    series->append(registered);
    series->append(productive);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *x = categoryAxis(chart, labels, 8);
    auto *y = addValueAxis(chart, top, countAxisLabel(top), Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QObject::connect(series, &QBarSeries::clicked, chart, [b, productive, onClick](int index, QBarSet *set) {
        if (index >= 0 && static_cast<size_t>(index) < b.buckets.size())
            onClick(b.buckets[static_cast<size_t>(index)].bucket.range.to, set == productive);
    });
    return chart;
}

} // namespace perisai::performance
