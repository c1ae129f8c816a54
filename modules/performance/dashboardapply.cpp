// Puts computed figures on the dashboard and wires each chart's clicks to the list behind it.
#include "chartcard.h"
#include "dashboardcharts.h"
#include "dashboardpage.h"
#include "dashboardtables.h"
#include "dashboardtiles.h"
#include "drilldowndialog.h"
#include "scopepicker.h"
#include "tablemodel.h"

#include "core/format.h"
#include "ui/appcontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>

namespace perisai::performance {

using Kind = figures::DrillDown::Kind;

void DashboardPage::drill(Kind kind, const PeriodRange &range, const QString &title, const figures::KpiScope &scope,
                          std::function<void(figures::DrillDown &)> adjust)
{
    figures::DrillDown request;
    request.kind = kind;
    request.scope = scope;
    request.range = range;
    request.title = title + QStringLiteral(" · ") + m_scope->description();
    if (adjust)
        adjust(request);
    m_lastDrillDown = request;
    emit drillDownRequested(request);
    auto *dialog = new DrillDownDialog(m_context, request, this);
    dialog->show();
}

void DashboardPage::drill(Kind kind, const PeriodRange &range, const QString &title, std::function<void(figures::DrillDown &)> adjust)
{
    drill(kind, range, title, m_scope->scope(), std::move(adjust));
}

void DashboardPage::apply(const figures::DashboardData &d)
{
    m_data = d;
    const figures::KpiSummary &s = d.summary;
    const PeriodRange R = s.period;
    const PeriodRange lastMonth{R.to, R.to};
    updateSubtitle();
    m_tiles->setData(d);

    // Tiles open their lists (Monev and agreements open their own pages).
    disconnect(m_tiles, &DashboardTiles::tileClicked, this, nullptr);
    connect(m_tiles, &DashboardTiles::tileClicked, this, [this, R, lastMonth](DashboardTiles::Tile tile) {
        const QString period = periodText(R);
        switch (tile) {
        case DashboardTiles::Acquisitions:
            return drill(Kind::Acquisitions, R, tr("Acquisitions %1").arg(period));
        case DashboardTiles::Outlook:
            return drill(Kind::Acquisitions, {YearMonth(R.to.year(), 1), R.to}, tr("Acquisitions in %1 so far").arg(R.to.year()));
        case DashboardTiles::Achievement:
            return drill(Kind::Agents, R, tr("Agents' achievement %1").arg(period));
        case DashboardTiles::Active:
        case DashboardTiles::Coverage:
            return drill(Kind::Active, lastMonth, tr("Active participants %1").arg(periodText(lastMonth)));
        case DashboardTiles::Ucj:
            return drill(Kind::Active, lastMonth, tr("Active Perisai participants %1").arg(periodText(lastMonth)),
                         [](figures::DrillDown &r) { r.perisaiOnly = true; });
        case DashboardTiles::Claims:
            return drill(Kind::Claims, R, tr("Claims %1").arg(period));
        case DashboardTiles::Agents:
            return drill(Kind::Agents, lastMonth, tr("Productive agents %1").arg(periodText(lastMonth)),
                         [](figures::DrillDown &r) { r.productiveOnly = true; });
        case DashboardTiles::Monev:
            return m_context.navigate(QStringLiteral("monev"), {{QStringLiteral("filter"), QStringLiteral("open_actions")}});
        case DashboardTiles::Agreements:
            return m_context.navigate(QStringLiteral("agreements"), {{QStringLiteral("filter"), QStringLiteral("expiring")}});
        case DashboardTiles::TileCount:
            break;
        }
    });

    m_acquisitions->setChart(acquisitionsChart(d, [this](const PeriodRange &range) {
        drill(Kind::Acquisitions, range, tr("Acquisitions %1").arg(periodText(range)));
    }));
    m_acquisitions->setSubtitle(tr("Against the same months of %1 and the target").arg(R.to.year() - 1));

    m_cumulative->setChart(cumulativeChart(d, [this, d](int month) {
        const YearMonth m(d.year, month);
        drill(Kind::Acquisitions, {m, m}, tr("Acquisitions %1").arg(fmt::yearMonth(m.year(), m.month())));
    }));
    m_cumulative->setSubtitle(s.acquisitionsLastFullYear > 0
                                  ? (s.outlook.beatsLastYear ? tr("On course to beat %1 (%2)") : tr("Not yet on course to beat %1 (%2)"))
                                        .arg(d.year - 1)
                                        .arg(fmt::number(s.acquisitionsLastFullYear))
                                  : QString());

    m_wadah->setChart(wadahChart(d, 12, [this, R](const figures::UnitFigures &w) {
        figures::KpiScope scope = m_scope->scope();
        scope.wadahCode = w.code;
        scope.agentCode.clear();
        drill(Kind::Agents, R, tr("Agents of %1").arg(w.name), scope);
    }));
    m_wadah->setSubtitle(d.byWadah.size() > 12 ? tr("The best 12 of %1 wadah; all are in the table below").arg(d.byWadah.size())
                                               : QString());

    m_active->setChart(activeChart(d, [this](YearMonth m, bool perisai) {
        drill(Kind::Active, {m, m}, tr("Active participants %1").arg(fmt::yearMonth(m.year(), m.month())),
              [perisai](figures::DrillDown &r) { r.perisaiOnly = perisai; });
    }));
    m_active->setSubtitle(tr("Paid up for the month, whenever they paid"));

    m_coverage->setChart(coverageChart(s, [this, lastMonth](bool perisai) {
        drill(Kind::Active, lastMonth, tr("Active participants %1").arg(periodText(lastMonth)),
              [perisai](figures::DrillDown &r) { r.perisaiOnly = perisai; });
    }));
    m_coverage->setSubtitle(s.coverage.informalWorkers > 0
                                ? tr("%1 of %2 informal workers in %3 (%4)")
                                      .arg(fmt::percent(s.coverage.ratio), fmt::countShort(s.coverage.informalWorkers), s.coverageRegion)
                                      .arg(s.coverageYear)
                                : tr("No informal workforce recorded for this office's region"));

    m_claims->setChart(claimsChart(s, [this, R](const QString &program) {
        drill(Kind::Claims, R, tr("%1 claims %2").arg(program, periodText(R)), [program](figures::DrillDown &r) { r.program = program; });
    }));
    m_claims->setSubtitle(tr("%Ln claim(s), %1 to Perisai participants", nullptr, static_cast<int>(s.claimsCount))
                              .arg(fmt::rupiahShort(s.claimsAmount)));

    m_agents->setChart(agentsChart(d, [this](YearMonth m, bool productive) {
        drill(Kind::Agents, {m, m}, (productive ? tr("Productive agents %1") : tr("Agents %1")).arg(fmt::yearMonth(m.year(), m.month())),
              [productive](figures::DrillDown &r) { r.productiveOnly = productive; });
    }));
    m_agents->setSubtitle(tr("Productive: an acquisition or a collection in the month"));

    fillCohorts(*m_cohortModel, d);
    fillLeaderboard(*m_leaderModel, d);
    fillWadah(*m_wadahModel, d);
    fillOffices(*m_officeModel, d);
    {
        const int tab = m_tables->indexOf(m_officeView);
        const bool branches = !d.byBranch.empty();
        m_tables->setTabVisible(tab, !officeRows(d).empty());
        m_tables->setTabText(tab, branches ? tr("Achievement by branch") : tr("Achievement by KCP"));
    }
    fillMonths(*m_monthModel, d);
    m_cohortNote->setText(tr("Share of each month's recruits paid up k months later. Retention at 3 months %1, "
                             "6 months %2, 12 months %3. Double-click a cohort for its recruits.")
                              .arg(fmt::percent(s.retention3), fmt::percent(s.retention6), fmt::percent(s.retention12)));
    for (auto *view : findChildren<QTableView *>())
        view->resizeColumnsToContents();
    // The cohort's months share the width; its first two columns fit their contents.
    QHeaderView *header = m_cohortView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

} // namespace perisai::performance
