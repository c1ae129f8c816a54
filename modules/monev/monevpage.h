#pragma once
// The Monev page: key figures, the sessions (past and planned) beside the session editor,
// the follow-up list across sessions, and the obstacle categories.

#include "monevtypes.h"

#include <QWidget>

class QAction;
class QComboBox;
class QTabWidget;
class QTableView;

namespace perisai::ui {
class AppContext;
class PageLoader;
class StatTile;
}

namespace perisai::monev {

class CategoryEditor;
class FollowUpPage;
class SessionEditor;
class SessionListModel;

class MonevPage : public QWidget {
    Q_OBJECT

public:
    MonevPage(ui::AppContext &context, QWidget *parent = nullptr);

    QList<QAction *> toolbarActions() const { return m_actions; }
    void openSession(qint64 sessionId);
    SessionEditor *editor() const { return m_editor; }
    FollowUpPage *followUp() const { return m_followUp; }
    CategoryEditor *categories() const { return m_categories; }
    QTableView *sessionList() const { return m_list; }
    // Whether a read of the page (its list, tiles, session, follow-up or categories) is still under way.
    bool isLoading() const;

private:
    // Reads the sessions and the tiles' figures off the UI thread, then shows them.
    void refresh();
    void fill(const std::vector<SessionSummary> &sessions, const QDate &today);
    void showTiles(const MonevFigures &figures, const QDate &today);
    void newSession();

    ui::AppContext &m_context;
    QList<QAction *> m_actions;
    ui::StatTile *m_sessionsTile;
    ui::StatTile *m_attendanceTile;
    ui::StatTile *m_openTile;
    ui::StatTile *m_overdueTile;
    QTabWidget *m_tabs;
    QComboBox *m_show;
    SessionListModel *m_model;
    QTableView *m_list;
    SessionEditor *m_editor;
    FollowUpPage *m_followUp;
    CategoryEditor *m_categories;
    ui::PageLoader *m_loader;
    bool m_firstFill = true;
};

} // namespace perisai::monev
