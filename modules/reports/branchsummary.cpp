#include "reports/branchsummary.h"

#include "core/format.h"
#include "core/indicators.h"
#include "reports/reportcharts.h"
#include "reports/reportlabels.h"
#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace perisai::reports {
namespace {

std::vector<double> toDoubles(const std::vector<qint64> &values)
{
    return {values.begin(), values.end()};
}

void addIndicators(ReportDocument &doc, const BranchSummaryData &d)
{
    doc.addHeading(Report::tr("Indicators"));
    const auto none = QStringLiteral("–");
    doc.addKeyFigures({
        {Report::tr("Acquisitions"), fmt::number(d.acquisitions), periodLabel(d.period) + d.periodNote},
        {Report::tr("Same period last year"), fmt::number(d.acquisitionsSamePeriodLastYear),
         Report::tr("change %1").arg(changeLabel(d.acquisitions, d.acquisitionsSamePeriodLastYear))},
        targetAchievementFigure({d.achievement, d.aboveCap}, d.target, d.targetSource),
        {Report::tr("Active participants"), fmt::number(d.activeParticipants), Report::tr("paid up for the last month")},
        {Report::tr("Retention at 3 months"), fmt::percent(d.retention3),
         Report::tr("6 months %1 · 12 months %2").arg(fmt::percent(d.retention6), fmt::percent(d.retention12))},
        {Report::tr("Productive agents"), fmt::number(d.agentsProductive), Report::tr("of %1 registered").arg(fmt::number(d.agentsRegistered))},
        {Report::tr("Coverage of informal workers"), d.informalWorkers > 0 ? fmt::percent(d.coverage) : none,
         Report::tr("Perisai share %1").arg(fmt::percent(d.perisaiShare))},
        {Report::tr("Claims of Perisai recruits"), fmt::number(d.claimsCount), fmt::rupiahShort(d.claimsAmount)},
        {Report::tr("Monev attendance"), d.monevSessions ? fmt::percent(d.attendanceRate) : none,
         Report::tr("%n session(s)", nullptr, static_cast<int>(d.monevSessions))},
        {Report::tr("Open follow-ups"), fmt::number(d.openActions), Report::tr("%1 overdue").arg(fmt::number(d.overdueActions))},
        {Report::tr("PKS in force"), fmt::number(d.agreementsActive),
         Report::tr("%1 ending within 90 days · %2 expired").arg(fmt::number(d.agreementsExpiring90), fmt::number(d.agreementsExpired))},
    });
    QString note;
    if (d.aboveCap)
        note += Report::tr("Achievement is above the target cap. ");
    if (d.informalWorkers > 0)
        note += Report::tr("Coverage: %1 protected of %2 informal workers (%3).")
                    .arg(fmt::number(d.protectedWorkers), fmt::number(d.informalWorkers), d.coverageSource);
    else
        note += Report::tr("Coverage: no informal workforce figure is recorded for the office's region.");
    doc.addNote(note);
}

void addYearOverYear(ReportDocument &doc, const BranchSummaryData &d)
{
    doc.addHeading(Report::tr("Year over year"));
    const PeriodRange &p = d.period;
    doc.addChart(charts::bars(charts::monthlyComparison(Report::tr("Acquisitions by month"), p, toDoubles(d.monthAcquisitions),
                                                        toDoubles(d.monthAcquisitionsLastYear))),
                 QSizeF(174, 62));
    const int lastYear = p.to.year() - 1;
    // The comparisons belong to this year's row: how it stands against each of last year's figures. Last
    // year's rows are what it is compared with: their cells stay empty ("–" would say a figure is missing).
    const QString notCompared(QChar::Nbsp);
    const QString sameMonths = d.acquisitionsSamePeriodLastYear
                                   ? Report::tr("%1 on %2").arg(changeLabel(d.acquisitions, d.acquisitionsSamePeriodLastYear),
                                                                shortPeriodLabel(p.previousYear()))
                                   : QStringLiteral("–");
    const QString wholeYear = d.acquisitionsLastFullYear
                                  ? Report::tr("%1 of %2").arg(fmt::percent(d.againstLastFullYear))
                                        .arg(lastYear)
                                  : QStringLiteral("–");
    doc.addTable({Report::tr("Period"), Report::tr("Acquisitions"), Report::tr("Against the same months"), Report::tr("Against the whole year")},
                 {{periodLabel(p), fmt::number(d.acquisitions), sameMonths, wholeYear},
                  {periodLabel(p.previousYear()), fmt::number(d.acquisitionsSamePeriodLastYear), notCompared, notCompared},
                  {Report::tr("The whole of %1").arg(lastYear), fmt::number(d.acquisitionsLastFullYear), notCompared, notCompared}},
                 {1, 2, 3});
}

void addOutlook(ReportDocument &doc, const BranchSummaryData &d)
{
    const int elapsed = std::clamp(d.monthsElapsed, 0, 12);
    const bool complete = elapsed == 12; // nothing left to project
    const bool seasonalKnown = d.outlookSeasonal > 0;
    doc.addHeading(complete ? Report::tr("The year %1").arg(d.year) : Report::tr("Outlook for %1").arg(d.year));
    charts::LineChart chart;
    chart.title = complete ? Report::tr("Acquisitions through the year") : Report::tr("Acquisitions so far in the year, and where the year lands");
    chart.labels = monthLabels({{d.year, 1}, {d.year, 12}});
    charts::Series actual{QString::number(d.year), {}, ui::colors::primary, false};
    charts::Series runRate{Report::tr("at the current pace"), {}, ui::colors::primary, true};
    charts::Series seasonal{Report::tr("with last year's shape"), {}, ui::colors::accent, true};
    charts::Series previous{QString::number(d.year - 1), {}, QColor(0xA9, 0xB8, 0xC8), false};
    for (int m = 0; m < 12; ++m) {
        actual.values.push_back(m < elapsed ? static_cast<double>(d.thisYearCumulative[m]) : NAN);
        runRate.values.push_back(m >= elapsed - 1 && elapsed > 0 ? static_cast<double>(d.runRatePath[m]) : NAN);
        seasonal.values.push_back(m >= elapsed - 1 && elapsed > 0 ? static_cast<double>(d.seasonalPath[m]) : NAN);
        previous.values.push_back(static_cast<double>(d.lastYearCumulative[m]));
    }
    chart.series = {previous};
    if (!complete)
        chart.series.push_back(runRate);
    if (!complete && seasonalKnown)
        chart.series.push_back(seasonal);
    chart.series.push_back(actual);
    doc.addChart(charts::lines(chart), QSizeF(174, 66));

    QString text;
    if (complete) {
        const qint64 total = d.thisYearCumulative[11];
        text = Report::tr("%1 closed with %2 acquisitions, against %3 in %4: %5.")
                   .arg(d.year).arg(fmt::number(total), fmt::number(d.acquisitionsLastFullYear)).arg(d.year - 1)
                   .arg(changeLabel(total, d.acquisitionsLastFullYear));
    } else {
        text = Report::tr("At the current pace %1 ends with %2 acquisitions").arg(d.year).arg(fmt::number(d.outlookRunRate));
        if (seasonalKnown)
            text += Report::tr("; following last year's monthly shape, with %1").arg(fmt::number(d.outlookSeasonal));
        text += Report::tr(", against %1 in %2. ").arg(fmt::number(d.acquisitionsLastFullYear)).arg(d.year - 1);
        text += d.beatsLastYear ? Report::tr("Last year's result is within reach.") : Report::tr("Last year's result is not yet within reach.");
    }
    doc.addParagraph(text);
}

QList<QStringList> rankedRows(const std::vector<RankedRow> &rows, size_t from, size_t to, bool agents)
{
    QList<QStringList> out;
    for (size_t i = from; i < to && i < rows.size(); ++i) {
        const RankedRow &r = rows[i];
        QStringList row{QString::number(r.rank ? r.rank : static_cast<int>(i + 1)), r.code, r.name};
        if (agents)
            row << r.wadahName;
        row << fmt::number(r.acquisitions) << (r.target ? fmt::percent(r.achievement) : QStringLiteral("–"))
            << fmt::number(r.activeRecruits);
        out << row;
    }
    return out;
}

void addRanking(ReportDocument &doc, const std::vector<RankedRow> &rows, bool agents)
{
    QStringList headers{QStringLiteral("#"), Report::tr("Code"), Report::tr("Name")};
    if (agents)
        headers << Report::tr("Wadah");
    headers << Report::tr("Acquisitions") << Report::tr("Achievement") << Report::tr("Paying");
    const int first = agents ? 4 : 3;
    const QList<int> numbers{0, first, first + 1, first + 2};
    constexpr size_t shown = 5;
    if (rows.size() <= 2 * shown) {
        doc.addHeading(agents ? Report::tr("Agents") : Report::tr("Wadah"));
        doc.addTable(headers, rankedRows(rows, 0, rows.size(), agents), numbers, {1});
        return;
    }
    doc.addHeading(agents ? Report::tr("Top %1 agents").arg(shown) : Report::tr("Top %1 wadah").arg(shown));
    doc.addTable(headers, rankedRows(rows, 0, shown, agents), numbers, {1});
    doc.addHeading(agents ? Report::tr("Bottom %1 agents").arg(shown) : Report::tr("Bottom %1 wadah").arg(shown));
    doc.addTable(headers, rankedRows(rows, rows.size() - shown, rows.size(), agents), numbers, {1});
}

// A regional summary: every branch under the kanwil, with its own target, in one table.
void addBranches(ReportDocument &doc, const std::vector<RankedRow> &rows)
{
    if (rows.empty())
        return;
    doc.addHeading(Report::tr("Branches"));
    QList<QStringList> table;
    for (const RankedRow &r : rows)
        table << QStringList{r.name, fmt::number(r.acquisitions), r.target ? fmt::number(r.target) : QStringLiteral("–"),
                             r.target ? fmt::percent(r.achievement) : QStringLiteral("–"), fmt::number(r.activeRecruits),
                             fmt::rupiahShort(r.collected)};
    doc.addTable({Report::tr("Branch"), Report::tr("Acquisitions"), Report::tr("Target"), Report::tr("Achievement"),
                  Report::tr("Paying"), Report::tr("Collected")},
                 table, {1, 2, 3, 4, 5}, {0});
}

void addClaims(ReportDocument &doc, const BranchSummaryData &d)
{
    doc.addHeading(Report::tr("Claims of Perisai recruits"));
    QList<QStringList> rows;
    for (const auto &[program, figures] : d.claimsByProgram)
        rows << QStringList{program, fmt::number(figures.first), fmt::rupiah(figures.second)};
    if (!rows.isEmpty())
        rows << QStringList{Report::tr("Total"), fmt::number(d.claimsCount), fmt::rupiah(d.claimsAmount)};
    doc.addTable({Report::tr("Program"), Report::tr("Claims"), Report::tr("Benefit paid")}, rows, {1, 2});
}

} // namespace

std::unique_ptr<ReportDocument> branchSummaryDocument(const BranchSummaryData &data, ReportMeta meta)
{
    auto doc = std::make_unique<ReportDocument>(std::move(meta));
    addIndicators(*doc, data);
    addYearOverYear(*doc, data);
    addOutlook(*doc, data);
    addBranches(*doc, data.branches);
    addRanking(*doc, data.agents, true);
    addRanking(*doc, data.wadah, false);
    addClaims(*doc, data);
    return doc;
}

} // namespace perisai::reports
