#include "dashboardpage.h"

#include "core/format.h"
#include "chartcard.h"
#include "dashboardtables.h"
#include "dashboardtiles.h"
#include "figures/kpiservice.h"
#include "periodpicker.h"
#include "figures/scopelists.h"
#include "scopepicker.h"
#include "tablemodel.h"
#include "workforcedialog.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/pageheader.h"
#include "ui/theme.h"
#include "ui/xlsxexport.h"
#include "ui/filedialogs.h"

#include <QAction>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace perisai::performance {

DashboardPage::DashboardPage(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_header(new ui::PageHeader(tr("Performance dashboard"))),
      m_scope(new ScopePicker), m_period(new PeriodPicker), m_tiles(new DashboardTiles),
      m_cohortModel(new ValueTableModel(this)), m_leaderModel(new ValueTableModel(this)),
      m_wadahModel(new ValueTableModel(this)), m_officeModel(new ValueTableModel(this)), m_monthModel(new ValueTableModel(this)), m_cohortNote(new QLabel)
{
    setObjectName(QStringLiteral("page"));
    m_header->addWidget(m_scope);
    m_header->addWidget(m_period);
    setupActions();

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildContent());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 0);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);

    connect(m_scope, &ScopePicker::scopeChanged, this, &DashboardPage::refresh);
    connect(m_period, &PeriodPicker::periodChanged, this, &DashboardPage::refresh);
    connect(&context, &ui::AppContext::dataChanged, this, &DashboardPage::reloadLists);
    reloadLists();
}

void DashboardPage::setupActions()
{
    auto *refreshAction = new QAction(ui::icon(QStringLiteral("refresh")), tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &DashboardPage::reloadLists);
    auto *exportAction = new QAction(ui::icon(QStringLiteral("spreadsheet")), tr("Export tables (XLSX)…"), this);
    connect(exportAction, &QAction::triggered, this, &DashboardPage::exportWorkbook);
    auto *reference = new QAction(ui::icon(QStringLiteral("settings")), tr("Reference figures…"), this);
    reference->setToolTip(tr("Informal workers and working population per region and year"));
    connect(reference, &QAction::triggered, this, &DashboardPage::editReferenceFigures);
    m_actions = {refreshAction, exportAction, reference};
}

QWidget *DashboardPage::buildContent()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("page"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 8, 8, 16);
    layout->setSpacing(12);
    layout->addWidget(m_tiles);

    m_acquisitions = new ChartCard(tr("Acquisitions per month"));
    m_cumulative = new ChartCard(tr("Cumulative year and outlook"));
    m_wadah = new ChartCard(tr("Target achievement by wadah"));
    m_active = new ChartCard(tr("Active participants"));
    m_coverage = new ChartCard(tr("Coverage of informal workers"));
    m_claims = new ChartCard(tr("Claims by program"));
    m_agents = new ChartCard(tr("Registered and productive agents"));
    m_charts = {m_acquisitions, m_cumulative, m_wadah, m_active, m_coverage, m_claims, m_agents};
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(m_acquisitions, 0, 0, 1, 3);
    grid->addWidget(m_cumulative, 0, 3, 1, 3);
    grid->addWidget(m_wadah, 1, 0, 1, 3);
    grid->addWidget(m_active, 1, 3, 1, 3);
    grid->addWidget(m_coverage, 2, 0, 1, 2);
    grid->addWidget(m_claims, 2, 2, 1, 2);
    grid->addWidget(m_agents, 2, 4, 1, 2);
    for (int c = 0; c < 6; ++c)
        grid->setColumnStretch(c, 1);
    for (ChartCard *card : m_charts)
        card->view()->setMinimumHeight(card == m_coverage || card == m_claims || card == m_agents ? 240 : 280);
    layout->addLayout(grid);

    auto *cohortView = new QTableView;
    cohortView->setModel(m_cohortModel);
    cohortView->setMinimumHeight(300);
    connect(cohortView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto &rows = m_data.cohorts;
        if (index.row() < static_cast<int>(rows.size())) {
            const YearMonth c = rows[static_cast<size_t>(index.row())].cohort;
            drill(figures::DrillDown::Kind::Acquisitions, {c, c}, tr("Recruits of %1").arg(fmt::yearMonth(c.year(), c.month())));
        }
    });
    m_cohortNote->setObjectName(QStringLiteral("hint"));
    m_cohortNote->setWordWrap(true);
    auto *cohortCard = tableCard(tr("Retention by cohort"), cohortView, tr("Cohorts"));
    cohortCard->layout()->addWidget(m_cohortNote);
    layout->addWidget(cohortCard);

    auto *tabs = new QTabWidget;
    auto *leaderView = new QTableView;
    leaderView->setModel(m_leaderModel);
    connect(leaderView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_context.navigate(QStringLiteral("roster"), {{QStringLiteral("agent"), m_leaderModel->row(index.row()).value(1)}});
    });
    auto *wadahView = new QTableView;
    wadahView->setModel(m_wadahModel);
    connect(wadahView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_context.navigate(QStringLiteral("roster"), {{QStringLiteral("wadah"), m_wadahModel->row(index.row()).value(0)}});
    });
    // A kanwil's branches (or a branch's KCP): double-click shows that office's dashboard.
    auto *officeView = new QTableView;
    officeView->setModel(m_officeModel);
    connect(officeView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        open({{QStringLiteral("office"), m_officeModel->row(index.row()).value(0)}});
    });
    auto *monthView = new QTableView;
    monthView->setModel(m_monthModel);
    tabs->addTab(officeView, tr("Achievement by office"));
    tabs->addTab(leaderView, tr("Agent leaderboard"));
    tabs->addTab(wadahView, tr("Achievement by wadah"));
    tabs->addTab(monthView, tr("Month by month"));
    tabs->setTabVisible(0, false);
    m_tables = tabs;
    m_officeView = officeView;
    for (QTableView *view : {cohortView, leaderView, wadahView, officeView, monthView}) {
        view->setAlternatingRowColors(view != cohortView);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setHighlightSections(false);
        view->setMinimumHeight(view == cohortView ? 300 : 380);
    }
    m_cohortView = cohortView;
    auto *tablesCard = new QFrame;
    tablesCard->setObjectName(QStringLiteral("card"));
    auto *tablesLayout = new QVBoxLayout(tablesCard);
    auto *hint = new QLabel(tr("Double-click an agent or wadah to open it. Achievement above the cap is shown in amber: "
                              "worth a look, not a failure (the tooltip says why)."));
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    tablesLayout->addWidget(tabs);
    tablesLayout->addWidget(hint);
    layout->addWidget(tablesCard);
    return content;
}

QWidget *DashboardPage::tableCard(const QString &title, QTableView *view, const QString &sheet)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    auto *head = new QHBoxLayout;
    auto *label = new QLabel(title);
    label->setObjectName(QStringLiteral("sectionTitle"));
    auto *exportButton = new QToolButton;
    exportButton->setIcon(ui::icon(QStringLiteral("spreadsheet")));
    exportButton->setToolTip(tr("Export this table (XLSX)"));
    exportButton->setAutoRaise(true);
    connect(exportButton, &QToolButton::clicked, this, [this, view, title, sheet] {
        const QString path = ui::saveFileName(this, tr("Export table"), title + QStringLiteral(".xlsx"),
                                              tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        const auto st = ui::writeXlsx(path, {ui::sheetFromModel(*view->model(), sheet, title)});
        if (!st)
            QMessageBox::warning(this, tr("Export table"), st.errorText());
    });
    head->addWidget(label, 1);
    head->addWidget(exportButton);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addLayout(head);
    layout->addWidget(view);
    return card;
}

void DashboardPage::reloadLists()
{
    const storage::DatabasePtr db = m_context.database();
    if (!db)
        return;
    ++m_pending;
    ui::runTask<Result<figures::ScopeLists>>(
        &m_context, this, tr("Loading offices and agents"), [db](ui::TaskControl &) { return figures::loadScopeLists(*db); },
        [this](Result<figures::ScopeLists> lists) {
            --m_pending;
            if (!lists) {
                m_header->setSubtitle(lists.errorText());
                emit refreshed();
                return;
            }
            applyLists(*lists);
        });
}

void DashboardPage::applyLists(const figures::ScopeLists &lists)
{
    m_listsLoaded = true;
    {
        // One refresh below, not one per picker.
        const QSignalBlocker scopeBlock(m_scope), periodBlock(m_period);
        m_scope->setLists(lists);
        m_period->setDataRange(lists.dataRange);
    }
    if (!m_pendingOpen.isEmpty())
        open(std::exchange(m_pendingOpen, {}));
    else
        refresh();
}

void DashboardPage::open(const QVariantMap &args)
{
    if (!m_listsLoaded) {
        m_pendingOpen = args;
        return;
    }
    figures::KpiScope scope = m_scope->scope();
    if (args.contains(QStringLiteral("office")))
        scope = {args.value(QStringLiteral("office")).toString(), {}, {}};
    scope.wadahCode = args.value(QStringLiteral("wadah"), scope.wadahCode).toString();
    scope.agentCode = args.value(QStringLiteral("agent"), scope.agentCode).toString();
    m_scope->setScope(scope);
    if (auto period = PeriodRange::parse(args.value(QStringLiteral("period")).toString()); period)
        m_period->setPeriod(*period);
    refresh();
}

void DashboardPage::refresh()
{
    const PeriodRange period = m_period->period();
    const storage::DatabasePtr db = m_context.database();
    if (!db || !period.from.isValid()) {
        m_header->setSubtitle(tr("No data yet: import participants and contributions, or create demo data."));
        emit refreshed();
        return;
    }
    const figures::KpiScope scope = m_scope->scope();
    const int generation = ++m_generation;
    ++m_pending;
    m_header->setSubtitle(tr("Computing %1 · %2…").arg(m_scope->description(), periodText(period)));
    ui::runTask<Result<figures::DashboardData>>(
        &m_context, this, tr("Computing the indicators"),
        [db, scope, period](ui::TaskControl &) { return figures::KpiService(*db).dashboard(scope, period); },
        [this, generation](Result<figures::DashboardData> data) {
            --m_pending;
            if (generation != m_generation)
                return; // a newer choice is on its way
            if (!data) {
                m_header->setSubtitle(data.errorText());
                emit refreshed();
                return;
            }
            apply(*data);
            emit refreshed();
        });
}

QString DashboardPage::periodText(const PeriodRange &r) const
{
    if (r.from == r.to)
        return fmt::yearMonth(r.to.year(), r.to.month());
    return fmt::monthShort(r.from.month()) + QLatin1Char(' ') + QString::number(r.from.year()) + QStringLiteral(" – ")
           + fmt::monthShort(r.to.month()) + QLatin1Char(' ') + QString::number(r.to.year());
}

void DashboardPage::updateSubtitle()
{
    QString text = m_scope->description() + QStringLiteral(" · ") + periodText(m_data.summary.period)
                   + figures::cutNote(m_data.summary.figuresPeriod);
    if (m_data.lastObserved.isValid() && !m_data.summary.figuresPeriod.cut())
        text += QStringLiteral(" · ") + tr("contributions recorded up to %1")
                                            .arg(fmt::yearMonth(m_data.lastObserved.year(), m_data.lastObserved.month()));
    m_header->setSubtitle(text);
}

void DashboardPage::exportWorkbook()
{
    if (m_data.summary.officeCode.isEmpty())
        return;
    const QString name = tr("Dashboard %1 %2").arg(m_data.summary.scopeLabel, m_data.summary.period.toString());
    const QString path = ui::saveFileName(this, tr("Export tables"), name + QStringLiteral(".xlsx"),
                                          tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto st = ui::writeXlsx(path, dashboardWorkbook(m_data, m_scope->description())); !st)
        QMessageBox::warning(this, tr("Export tables"), st.errorText());
    else
        m_context.showStatus(tr("Tables saved to %1").arg(path));
}

void DashboardPage::editReferenceFigures()
{
    auto *dialog = new WorkforceDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace perisai::performance
