#pragma once
// The roster page: the branch's agents, wadah and participants. It loads everything on its own query
// thread, applies the automatic deactivation rule when it opens (and after imports), reloads when any page
// reports changed data, and hosts the forms whose edits go on the shared undo stack.

#include "roster/rostercommands.h"
#include "roster/rosterdata.h"

#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTimer;

namespace perisai::ui {
class AppContext;
class PageHeader;
class StatTile;
}

namespace perisai::roster {

class AgentsTab;
class ParticipantsTab;
class QueryThread;
class WadahTab;

class RosterPage : public QWidget {
    Q_OBJECT

public:
    RosterPage(ui::AppContext &context, QWidget *parent = nullptr);
    ~RosterPage() override;

    QList<QAction *> actions() const { return m_actions; }
    // {"agent": code} selects the agent; {"wadah": code} the wadah; {"tab": "participants"} a tab.
    void open(const QVariantMap &args);
    void reload(bool deactivate = false);

    const RosterData &data() const { return m_data; }
    bool isLoaded() const { return m_loaded; }
    const CommandContext &commandContext() const { return m_commands; }
    AgentsTab *agentsTab() const { return m_agents; }
    WadahTab *wadahTab() const { return m_wadah; }
    ParticipantsTab *participantsTab() const { return m_participants; }
    QTabWidget *tabs() const { return m_tabs; }
    // Registered, productive, acquisitions of the month and of the year, recruits paying.
    const QList<ui::StatTile *> &tiles() const { return m_tiles; }
    QString noticeText() const;

    void addAgent();
    void editAgent(qint64 id);
    void changeStatus(qint64 id);
    void addWadah();
    void editWadah(qint64 id);
    void exportCurrent(const QString &path);

signals:
    void loaded();
    void detailShown(qint64 agentId);

private:
    void setupActions();
    void applyData(RosterData data);
    void updateTiles();
    void loadDetail(qint64 id);
    void showNotice(const QString &text, bool bad);
    void openPending();
    void chooseExport(const QString &suffix);

    ui::AppContext &m_context;
    QueryThread *m_queries;
    CommandContext m_commands;
    RosterData m_data;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_deactivationDone = false;
    QVariantMap m_pending;
    int m_detailGeneration = 0;

    ui::PageHeader *m_header;
    QList<ui::StatTile *> m_tiles;
    QWidget *m_notice;
    QLabel *m_noticeText;
    QTabWidget *m_tabs;
    AgentsTab *m_agents;
    WadahTab *m_wadah;
    ParticipantsTab *m_participants;
    QTimer *m_reloadTimer;
    bool m_reloadDeactivates = false;
    QList<QAction *> m_actions;
};

} // namespace perisai::roster
