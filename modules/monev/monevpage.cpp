#include "monevpage.h"

#include "core/format.h"
#include "categoryeditor.h"
#include "followuppage.h"
#include "monevservice.h"
#include "sessioneditor.h"
#include "sessionlistmodel.h"
#include "ui/adaptivesplitter.h"
#include "ui/appcontext.h"
#include "ui/pageloader.h"
#include "ui/pageheader.h"
#include "ui/stattile.h"
#include "ui/theme.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace perisai::monev {

MonevPage::MonevPage(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_sessionsTile(new ui::StatTile(tr("Sessions this year"))),
      m_attendanceTile(new ui::StatTile(tr("Attendance"))), m_openTile(new ui::StatTile(tr("Open actions"))),
      m_overdueTile(new ui::StatTile(tr("Overdue actions"))), m_tabs(new QTabWidget), m_show(new QComboBox),
      m_model(new SessionListModel(this)), m_list(new QTableView), m_editor(new SessionEditor(context)),
      m_followUp(new FollowUpPage(context)), m_categories(new CategoryEditor(context)), m_loader(new ui::PageLoader(&context, this))
{
    auto *header = new ui::PageHeader(tr("Monev"));
    header->setSubtitle(tr("Evaluation meetings with agents: invitations, attendance, obstacles, follow-up and awards"));
    auto *tiles = new QHBoxLayout;
    for (ui::StatTile *t : {m_sessionsTile, m_attendanceTile, m_openTile, m_overdueTile})
        tiles->addWidget(t);

    // Sessions: the list on the left, the selected session on the right.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_show->addItem(tr("All sessions"), int(SessionListModel::Show::All));
    m_show->addItem(tr("Planned"), int(SessionListModel::Show::Planned));
    m_show->addItem(tr("Past"), int(SessionListModel::Show::Past));
    auto *add = new QPushButton(ui::icon(QStringLiteral("add")), tr("New session"));
    bar->addWidget(m_show, 1);
    bar->addWidget(add);
    leftLayout->addLayout(bar);
    m_list->setObjectName(QStringLiteral("sessionList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    for (int c : {SessionListModel::Scope, SessionListModel::Invited, SessionListModel::Obstacles, SessionListModel::OpenActions})
        m_list->setColumnHidden(c, true);
    m_list->horizontalHeader()->setSectionResizeMode(SessionListModel::Title, QHeaderView::Stretch);
    m_list->setMinimumWidth(410);
    leftLayout->addWidget(m_list, 1);
    auto *splitter = new ui::AdaptiveSplitter; // the editor goes under the list on a narrow window
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({430, 870});

    m_tabs->addTab(splitter, ui::icon(QStringLiteral("calendar")), tr("Sessions"));
    m_tabs->addTab(m_followUp, ui::icon(QStringLiteral("flag")), tr("Follow-up"));
    m_tabs->addTab(m_categories, ui::icon(QStringLiteral("filter")), tr("Obstacle categories"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addLayout(tiles);
    layout->addWidget(m_tabs, 1);

    auto *newAction = new QAction(ui::icon(QStringLiteral("add")), tr("New session"), this);
    auto *minutes = new QAction(ui::icon(QStringLiteral("print")), tr("Minutes preview"), this);
    auto *pdf = new QAction(ui::icon(QStringLiteral("pdf")), tr("Save minutes PDF"), this);
    auto *presenter = new QAction(ui::icon(QStringLiteral("projector")), tr("Show on projector"), this);
    m_actions = {newAction, minutes, pdf, presenter};
    connect(newAction, &QAction::triggered, this, &MonevPage::newSession);
    connect(add, &QPushButton::clicked, this, &MonevPage::newSession);
    connect(minutes, &QAction::triggered, m_editor, [this]() { if (m_editor->sessionId()) m_editor->printPreview(); });
    connect(pdf, &QAction::triggered, m_editor, [this]() { if (m_editor->sessionId()) m_editor->savePdf(); });
    connect(presenter, &QAction::triggered, this, [this]() {
        if (m_editor->sessionId())
            m_context.navigate(QStringLiteral("presentation"), {{QStringLiteral("session"), m_editor->sessionId()}});
    });

    connect(m_show, &QComboBox::currentIndexChanged, this, [this]() {
        m_model->setShow(static_cast<SessionListModel::Show>(m_show->currentData().toInt()));
        const int row = m_model->rowOf(m_editor->wantedSessionId());
        if (row >= 0)
            m_list->selectRow(row);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        const qint64 id = m_model->sessionIdAt(index.row());
        if (id && id != m_editor->wantedSessionId())
            m_editor->load(id);
    });
    // The list follows the editor: its row is selected again once the list is read.
    connect(m_editor, &SessionEditor::sessionChanged, this, &MonevPage::refresh);
    connect(m_followUp, &FollowUpPage::openSession, this, &MonevPage::openSession);
    connect(m_openTile, &ui::StatTile::clicked, this, [this]() {
        m_followUp->setFilter(ActionFilter::Open);
        m_tabs->setCurrentWidget(m_followUp);
    });
    connect(m_overdueTile, &ui::StatTile::clicked, this, [this]() {
        m_followUp->setFilter(ActionFilter::Overdue);
        m_tabs->setCurrentWidget(m_followUp);
    });
    connect(&m_context, &ui::AppContext::dataChanged, this, [this](const QStringList &tables) {
        for (const QString &t : tables)
            if (t.startsWith(QStringLiteral("monev_")) || t == QStringLiteral("agents")) {
                refresh();
                return;
            }
    });

    // Everything is read off the UI thread; each part fills itself when its answer is there.
    refresh();
    m_followUp->refresh();
    m_categories->refresh();
}

bool MonevPage::isLoading() const
{
    return m_loader->isLoading() || m_editor->isLoading() || m_followUp->isLoading() || m_categories->isLoading();
}

namespace {

struct PageData {
    std::vector<SessionSummary> sessions;
    Result<MonevFigures> figures = makeError({});
};

} // namespace

void MonevPage::refresh()
{
    auto db = m_context.database();
    const QDate today = QDate::currentDate();
    m_loader->load<Result<PageData>>(tr("Reading Monev sessions"),
        [db, today](ui::TaskControl &) -> Result<PageData> {
            auto sessions = MonevService(*db).sessions();
            if (!sessions)
                return sessions.error();
            return PageData{std::move(*sessions), monevFigures(*db, PeriodRange::year(today.year()), 0, today)};
        },
        [this, today](Result<PageData> data) {
            if (!data) {
                m_context.showStatus(data.errorText(), 8000);
                return;
            }
            fill(data->sessions, today);
            if (data->figures)
                showTiles(*data->figures, today);
        });
}

void MonevPage::fill(const std::vector<SessionSummary> &sessions, const QDate &today)
{
    m_model->setSessions(sessions);
    for (int c : {SessionListModel::Number, SessionListModel::Date, SessionListModel::Status})
        m_list->resizeColumnToContents(c);
    qint64 select = m_editor->wantedSessionId();
    if (std::exchange(m_firstFill, false) && select == 0) {
        // Start at the latest session that has taken place, else the first one listed.
        for (const SessionSummary &s : sessions) {
            if (select == 0 || s.session.heldOn <= today)
                select = s.session.id;
            if (s.session.heldOn <= today)
                break;
        }
    }
    const int row = m_model->rowOf(select);
    if (row >= 0)
        m_list->selectRow(row); // loads the session unless the editor has it already
}

void MonevPage::showTiles(const MonevFigures &f, const QDate &today)
{
    m_sessionsTile->setValue(fmt::number(f.sessions));
    m_sessionsTile->setDetail(tr("held in %1").arg(today.year()));
    m_attendanceTile->setValue(f.sessions ? fmt::percent(f.attendanceRate) : QStringLiteral("–"));
    m_attendanceTile->setDetail(tr("of invited agents present"),
                                f.attendanceRate >= 0.8 ? ui::StatTile::Tone::Good : ui::StatTile::Tone::Warning);
    m_openTile->setValue(fmt::number(f.openActions));
    m_openTile->setDetail(tr("action items still open"));
    m_overdueTile->setValue(fmt::number(f.overdueActions));
    m_overdueTile->setDetail(f.overdueActions ? tr("past their due date") : tr("nothing late"),
                             f.overdueActions ? ui::StatTile::Tone::Bad : ui::StatTile::Tone::Good);
}

void MonevPage::newSession()
{
    m_tabs->setCurrentIndex(0);
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_editor->startNew();
}

void MonevPage::openSession(qint64 sessionId)
{
    m_tabs->setCurrentIndex(0);
    m_show->setCurrentIndex(0);
    m_editor->load(sessionId);
    const int row = m_model->rowOf(sessionId);
    if (row >= 0)
        m_list->selectRow(row);
    m_firstFill = false; // the list, when it is read, shows this session rather than the latest
}

} // namespace perisai::monev
