#include "rosterpage.h"

#include "core/format.h"
#include "roster/agentdetailview.h"
#include "roster/agentform.h"
#include "roster/agentrepository.h"
#include "roster/agentstab.h"
#include "roster/formparts.h"
#include "roster/participantstab.h"
#include "roster/querythread.h"
#include "roster/rosterexport.h"
#include "roster/statusdialog.h"
#include "roster/wadahform.h"
#include "roster/wadahrepository.h"
#include "roster/wadahtab.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/pageheader.h"
#include "ui/stattile.h"
#include "figures/glossary.h"
#include "ui/theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace perisai::roster {

RosterPage::RosterPage(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_queries(new QueryThread(context.database(), this)), m_reloadTimer(new QTimer(this))
{
    m_commands.db = context.database();
    m_commands.app = &context;
    m_commands.reportError = [this](const QString &message) { showNotice(message, true); };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The roster needs its height for the list: slightly smaller figures in its tiles.
    setStyleSheet(QStringLiteral("#statValue { font-size: 18pt; }"));
    m_header = new ui::PageHeader(tr("Agents and wadah"));
    layout->addWidget(m_header);
    Banner notice = makeBanner(tr("Dismiss"), QStringLiteral("notice"));
    m_notice = notice.widget;
    m_noticeText = notice.text;
    connect(notice.button, &QPushButton::clicked, m_notice, &QWidget::hide);
    layout->addWidget(m_notice);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    for (int i = 0; i < 5; ++i) {
        auto *tile = new ui::StatTile(QString());
        m_tiles << tile;
        tiles->addWidget(tile, 1);
    }
    layout->addLayout(tiles);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_agents = new AgentsTab;
    m_wadah = new WadahTab;
    m_participants = new ParticipantsTab(m_queries, &context);
    m_tabs->addTab(m_agents, ui::icon(QStringLiteral("agents")), tr("Agents"));
    m_tabs->addTab(m_wadah, ui::icon(QStringLiteral("wadah")), tr("Wadah"));
    m_tabs->addTab(m_participants, ui::icon(QStringLiteral("participants")), tr("Participants"));
    layout->addWidget(m_tabs, 1);
    setupActions();

    // Tiles drill into the list.
    connect(m_tiles[0], &ui::StatTile::clicked, this, [this]() { m_tabs->setCurrentWidget(m_agents); m_agents->setFilter({}); });
    connect(m_tiles[1], &ui::StatTile::clicked, this, [this]() {
        AgentFilter f;
        f.status = AgentStatus::Active;
        f.productive = false;
        m_tabs->setCurrentWidget(m_agents);
        m_agents->setFilter(f);
    });
    connect(m_agents, &AgentsTab::currentAgentChanged, this, &RosterPage::loadDetail);
    connect(m_agents, &AgentsTab::editRequested, this, &RosterPage::editAgent);
    connect(m_agents->detail(), &AgentDetailView::editRequested, this, [this]() { editAgent(m_agents->currentAgentId()); });
    connect(m_agents->detail(), &AgentDetailView::statusRequested, this, [this]() { changeStatus(m_agents->currentAgentId()); });
    connect(m_agents->detail(), &AgentDetailView::recruitsRequested, this, [this](qint64 id) {
        m_tabs->setCurrentWidget(m_participants);
        m_participants->showAgent(id);
    });
    connect(m_agents->detail(), &AgentDetailView::reviewCaseRequested, this, [this](qint64 caseId) {
        m_context.navigate(QStringLiteral("review"), {{QStringLiteral("case"), caseId}});
    });
    connect(m_agents->detail(), &AgentDetailView::nikRevealRequested, this, [this]() {
        // Logged first: who looked at whose NIK, and when.
        if (auto st = m_commands.service().recordReveal(m_agents->detail()->agent(), {tr("NIK")}); !st) {
            showNotice(tr("The NIK is not shown: the audit log could not be written (%1).").arg(st.errorText()), true);
            return;
        }
        m_agents->detail()->revealNik();
    });
    connect(m_agents->detail(), &AgentDetailView::noteSubmitted, this, [this](qint64 agentId, const QString &text) {
        auto id = m_commands.service().addNote(agentId, text);
        if (!id) {
            showNotice(id.error().message, true);
            return;
        }
        const AgentRow *row = m_agents->currentRow();
        m_context.undoStack()->push(new AddNoteCommand(m_commands, agentId, row ? row->code : QString(), *id, text));
        loadDetail(agentId);
    });
    connect(m_wadah, &WadahTab::editRequested, this, &RosterPage::editWadah);
    connect(m_wadah, &WadahTab::showAgentsRequested, this, [this](qint64 wadahId) {
        AgentFilter f;
        f.wadahId = wadahId;
        m_tabs->setCurrentWidget(m_agents);
        m_agents->setFilter(f);
    });
    connect(&m_context, &ui::AppContext::revealPersonalDataChanged, this, [this](bool reveal) {
        m_agents->setRevealPersonalData(reveal);
        m_participants->model()->setRevealPersonalData(reveal);
    });
    // Any page's change (an import, an edit, an undo) reloads; new figures may deactivate agents.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, [this]() {
        reload(m_reloadDeactivates);
        m_reloadDeactivates = false;
    });
    connect(&m_context, &ui::AppContext::dataChanged, this, [this](const QStringList &tables) {
        for (const QString &t : tables)
            if (t.startsWith(QLatin1String("summar")) || t == QLatin1String("contributions") || t == QLatin1String("participants"))
                m_reloadDeactivates = true;
        if (tables.contains(QLatin1String("participants")) || tables.contains(QLatin1String("contributions")))
            m_participants->refresh();
        m_reloadTimer->start();
    });
    m_agents->setRevealPersonalData(context.revealPersonalData());
    m_participants->model()->setRevealPersonalData(context.revealPersonalData());
    reload(true);
}

RosterPage::~RosterPage() = default;

void RosterPage::setupActions()
{
    auto action = [this](const QString &icon, const QString &text, auto slot) {
        auto *a = new QAction(ui::icon(icon), text, this);
        connect(a, &QAction::triggered, this, slot);
        m_actions << a;
        return a;
    };
    action(QStringLiteral("add"), tr("Add agent"), &RosterPage::addAgent)->setShortcut(QKeySequence::New);
    action(QStringLiteral("edit"), tr("Edit"), [this]() {
        m_tabs->currentWidget() == m_wadah ? editWadah(m_wadah->currentWadahId()) : editAgent(m_agents->currentAgentId());
    });
    action(QStringLiteral("flag"), tr("Change status…"), [this]() { changeStatus(m_agents->currentAgentId()); });
    action(QStringLiteral("wadah"), tr("Add wadah"), &RosterPage::addWadah);
    QAction *import = action(QStringLiteral("import"), tr("Import"), [this]() {
        m_context.navigate(QStringLiteral("imports"), {{QStringLiteral("kind"), m_tabs->currentWidget() == m_wadah ? QStringLiteral("wadah") : QStringLiteral("agents")}});
    });
    auto *importMenu = new QMenu(this);
    importMenu->addAction(tr("Import agents…"), this, [this]() { m_context.navigate(QStringLiteral("imports"), {{QStringLiteral("kind"), QStringLiteral("agents")}}); });
    importMenu->addAction(tr("Import wadah…"), this, [this]() { m_context.navigate(QStringLiteral("imports"), {{QStringLiteral("kind"), QStringLiteral("wadah")}}); });
    import->setMenu(importMenu);
    QAction *exportAction = action(QStringLiteral("export"), tr("Export"), [this]() { chooseExport(QStringLiteral("xlsx")); });
    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(ui::icon(QStringLiteral("spreadsheet")), tr("This view as XLSX…"), this, [this]() { chooseExport(QStringLiteral("xlsx")); });
    exportMenu->addAction(ui::icon(QStringLiteral("document")), tr("This view as CSV…"), this, [this]() { chooseExport(QStringLiteral("csv")); });
    exportAction->setMenu(exportMenu);
    action(QStringLiteral("refresh"), tr("Refresh"), [this]() {
        reload(true);
        m_participants->refresh();
    })->setShortcut(QKeySequence::Refresh);
}

void RosterPage::reload(bool deactivate)
{
    m_loading = true;
    const QDate today = m_commands.today();
    m_queries->run<RosterData>(this, [today, deactivate](const storage::Database &db) { return loadRosterData(db, today, deactivate); },
                               [this](RosterData data) { applyData(std::move(data)); });
}

void RosterPage::applyData(RosterData data)
{
    m_loading = false;
    if (!data.error.isEmpty()) {
        showNotice(tr("The roster could not be read: %1").arg(data.error), true);
        return;
    }
    if (!data.deactivationError.isEmpty())
        showNotice(tr("The automatic deactivation rule could not be applied: %1").arg(data.deactivationError), true);
    if (!data.deactivated.isEmpty()) {
        QStringList codes;
        for (const StatusChange &c : std::as_const(data.deactivated))
            codes << c.agentLabel.section(QLatin1Char(' '), 0, 0);
        const int months = m_commands.service().rules(m_commands.today()).inactiveAfterMonths;
        QString who = codes.mid(0, 2).join(QStringLiteral(", "));
        if (codes.size() > 2)
            who = tr("%1 and %n more", nullptr, int(codes.size() - 2)).arg(who);
        showNotice(tr("%n agent(s) set inactive automatically after %1 months without acquisition or collected contribution: %2.",
                      nullptr, int(codes.size())).arg(months).arg(who),
                   false);
        m_noticeText->setToolTip(tr("The date of each deactivation is in the agent's status history:\n%1").arg(codes.join(QLatin1Char('\n'))));
    }
    m_data = std::move(data);
    m_agents->setData(m_data);
    m_wadah->setData(m_data, m_commands.today());
    m_participants->setData(m_data);
    updateTiles();
    const QString month = fmt::yearMonth(m_data.month.year(), m_data.month.month());
    m_header->setSubtitle(m_data.branchName.isEmpty() ? tr("Figures for %1").arg(month)
                                                      : tr("%1 · figures for %2").arg(m_data.branchName, month));
    m_loaded = true;
    openPending();
    if (m_agents->currentAgentId() == 0 && m_agents->proxy()->rowCount() > 0)
        m_agents->table()->selectRow(0);
    else if (m_agents->currentAgentId() > 0)
        loadDetail(m_agents->currentAgentId());
    emit loaded();
}

void RosterPage::updateTiles()
{
    // The figures are the figures layer's for the branch (the dashboard's); the list counts are the list's.
    using figures::Term;
    const figures::KpiSummary &year = m_data.year;
    const figures::KpiSummary &month = m_data.monthFigures;
    int listed[4] = {};
    for (const AgentRow &r : m_data.agents)
        ++listed[int(r.status)];
    const QString monthName = fmt::yearMonth(m_data.month.year(), m_data.month.month());
    m_tiles[0]->setCaption(figures::label(Term::AgentsRegistered));
    m_tiles[0]->setValue(fmt::number(month.agentsRegistered));
    m_tiles[0]->setDetail(tr("%1 on the list: %2 active · %3 candidates · %4 inactive · %5 dismissed")
                              .arg(m_data.agents.size())
                              .arg(listed[int(AgentStatus::Active)])
                              .arg(listed[int(AgentStatus::Candidate)])
                              .arg(listed[int(AgentStatus::Inactive)])
                              .arg(listed[int(AgentStatus::Dismissed)]));
    m_tiles[0]->setToolTip(figures::tooltip(Term::AgentsRegistered, tr("On the last day of %1.").arg(monthName)));
    const double share = month.productiveShare();
    m_tiles[1]->setCaption(figures::label(Term::AgentsProductive));
    m_tiles[1]->setValue(fmt::number(month.agentsProductive));
    m_tiles[1]->setDetail(tr("%1 of the agents registered").arg(fmt::percent(share, 0)),
                          share >= 0.7 ? ui::StatTile::Tone::Good : share >= 0.5 ? ui::StatTile::Tone::Warning : ui::StatTile::Tone::Bad);
    m_tiles[1]->setToolTip(figures::tooltip(Term::AgentsProductive, tr("Click to list the active agents without a transaction this month")));
    m_tiles[2]->setCaption(tr("Acquisitions %1").arg(monthName));
    m_tiles[2]->setValue(fmt::number(month.acquisitions));
    m_tiles[2]->setDetail(tr("%1 in the same month last year").arg(fmt::number(month.acquisitionsSamePeriodLastYear)));
    m_tiles[2]->setToolTip(figures::tooltip(Term::Acquisitions, tr("In %1.").arg(monthName)));
    m_tiles[3]->setCaption(tr("Acquisitions %1").arg(m_data.month.year()));
    m_tiles[3]->setValue(fmt::number(year.acquisitions));
    if (year.target > 0) {
        QString detail = tr("%1 of the target %2").arg(fmt::percent(year.achievement.ratio), fmt::number(year.target));
        if (const QString source = figures::targetSourceText(year.targetSource); !source.isEmpty())
            detail += QStringLiteral(" (%1)").arg(source);
        m_tiles[3]->setDetail(detail, year.achievement.ratio >= 0.9 ? ui::StatTile::Tone::Good : ui::StatTile::Tone::Warning);
    } else {
        m_tiles[3]->setDetail(tr("no target recorded"));
    }
    m_tiles[3]->setToolTip(figures::tooltip(Term::TargetAchievement, tr("From January to %1.").arg(monthName)));
    m_tiles[4]->setCaption(figures::label(Term::ActiveRecruits));
    m_tiles[4]->setValue(fmt::countShort(year.activeRecruits));
    m_tiles[4]->setDetail(tr("paid for %1").arg(monthName));
    m_tiles[4]->setToolTip(figures::tooltip(Term::ActiveRecruits));
    m_tabs->setTabText(0, tr("Agents (%1)").arg(m_data.agents.size()));
    m_tabs->setTabToolTip(0, figures::tooltip(Term::AgentsListed));
    m_tabs->setTabText(1, tr("Wadah (%1)").arg(m_data.wadah.size()));
}

void RosterPage::loadDetail(qint64 id)
{
    const int generation = ++m_detailGeneration;
    if (id <= 0) {
        m_agents->detail()->showMessage(tr("Choose an agent to see the details."));
        return;
    }
    const YearMonth month = m_data.month;
    using Answer = Result<AgentDetail>;
    m_queries->run<Answer>(this, [id, month](const storage::Database &db) { return loadAgentDetail(db, id, month); },
                           [this, generation, id](Answer detail) {
                               if (generation != m_detailGeneration)
                                   return;
                               if (!detail) {
                                   m_agents->detail()->showMessage(detail.error().message);
                                   return;
                               }
                               m_agents->detail()->showDetail(*detail, m_context.revealPersonalData());
                               emit detailShown(id);
                           });
}

void RosterPage::showNotice(const QString &text, bool bad)
{
    m_noticeText->setText(text);
    m_notice->setObjectName(bad ? QStringLiteral("noticeBad") : QStringLiteral("notice"));
    m_notice->style()->unpolish(m_notice);
    m_notice->style()->polish(m_notice);
    m_notice->show();
}

QString RosterPage::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_noticeText->text();
}

void RosterPage::open(const QVariantMap &args)
{
    m_pending = args;
    if (m_loaded)
        openPending();
}

void RosterPage::openPending()
{
    if (m_pending.isEmpty())
        return;
    const QVariantMap args = std::exchange(m_pending, {});
    if (args.contains(QStringLiteral("agent"))) {
        m_tabs->setCurrentWidget(m_agents);
        if (!m_agents->selectAgentByCode(args.value(QStringLiteral("agent")).toString()))
            showNotice(tr("There is no agent %1.").arg(args.value(QStringLiteral("agent")).toString()), true);
    } else if (args.contains(QStringLiteral("wadah"))) {
        m_tabs->setCurrentWidget(m_wadah);
        if (!m_wadah->selectWadahByCode(args.value(QStringLiteral("wadah")).toString()))
            showNotice(tr("There is no wadah %1.").arg(args.value(QStringLiteral("wadah")).toString()), true);
    } else if (args.value(QStringLiteral("tab")).toString() == QLatin1String("participants")) {
        m_tabs->setCurrentWidget(m_participants);
    }
}

} // namespace perisai::roster
