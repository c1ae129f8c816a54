#pragma once
// The performance dashboard: pick a period and a scope; tiles, charts and tables follow. Every figure
// is computed off the UI thread (KpiService on the worker's own connection); clicking a figure opens
// the list behind it.

#include "figures/drilldown.h"
#include "figures/kpidata.h"
#include "figures/kpiscope.h"

#include <QVariantMap>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTableView;

namespace perisai::figures {
struct ScopeLists;
}

namespace perisai::ui {
class AppContext;
class PageHeader;
} // namespace perisai::ui

namespace perisai::performance {

class ChartCard;
class DashboardTiles;
class PeriodPicker;
class ScopePicker;
class ValueTableModel;

class DashboardPage : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(ui::AppContext &context, QWidget *parent = nullptr);

    QList<QAction *> actions() const { return m_actions; }
    // {"office": code, "wadah": code, "agent": code, "period": "2022-01..2022-06"}
    void open(const QVariantMap &args);

    // For tests and the benchmark: what is shown, and whether a refresh is under way.
    const figures::DashboardData &data() const { return m_data; }
    bool isLoading() const { return m_pending > 0; }
    QList<ChartCard *> chartCards() const { return m_charts; }
    DashboardTiles *tiles() const { return m_tiles; }
    // What a click opens: here so that tests can follow a drill-down without a dialog.
    figures::DrillDown lastDrillDown() const { return m_lastDrillDown; }

public slots:
    void refresh();
    void reloadLists();
    void exportWorkbook();
    void editReferenceFigures();

signals:
    void refreshed();
    void drillDownRequested(const perisai::figures::DrillDown &request);

private:
    void setupActions();
    QWidget *buildContent();
    QWidget *tableCard(const QString &title, QTableView *view, const QString &sheet);
    void applyLists(const figures::ScopeLists &lists);
    void apply(const figures::DashboardData &data);
    void drill(figures::DrillDown::Kind kind, const PeriodRange &range, const QString &title, const figures::KpiScope &scope,
               std::function<void(figures::DrillDown &)> adjust = {});
    void drill(figures::DrillDown::Kind kind, const PeriodRange &range, const QString &title,
               std::function<void(figures::DrillDown &)> adjust = {});
    QString periodText(const PeriodRange &range) const;
    void updateSubtitle();

    ui::AppContext &m_context;
    ui::PageHeader *m_header;
    ScopePicker *m_scope;
    PeriodPicker *m_period;
    DashboardTiles *m_tiles;
    QList<ChartCard *> m_charts;
    ChartCard *m_acquisitions;
    ChartCard *m_cumulative;
    ChartCard *m_wadah;
    ChartCard *m_active;
    ChartCard *m_coverage;
    ChartCard *m_claims;
    ChartCard *m_agents;
    ValueTableModel *m_cohortModel;
    ValueTableModel *m_leaderModel;
    ValueTableModel *m_wadahModel;
    ValueTableModel *m_officeModel;
    QTabWidget *m_tables = nullptr;
    QTableView *m_officeView = nullptr;
    ValueTableModel *m_monthModel;
    QLabel *m_cohortNote;
    QTableView *m_cohortView = nullptr;
    QList<QAction *> m_actions;
    QVariantMap m_pendingOpen;
    figures::DashboardData m_data;
    figures::DrillDown m_lastDrillDown;
    int m_generation = 0;
    int m_pending = 0;
    bool m_listsLoaded = false;
};

} // namespace perisai::performance
