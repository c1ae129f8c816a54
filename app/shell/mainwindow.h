#pragma once
// The main window: navigation on the left, the current module's page on the right, the module's actions on
// the toolbar, the open database and running tasks in the status bar.

#include "access/logins.h"
#include "ui/module.h"
#include "storage/database.h"

#include <QMainWindow>
#include <QMap>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;
class QAction;

namespace perisai::ui {
class AppContext;
class BackgroundTask;
}

namespace perisai::shell {

class NoticeBar;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(storage::DatabasePtr database, ui::ModuleList modules, QWidget *parent = nullptr);
    ~MainWindow() override;

    ui::AppContext &context() { return *m_context; }
    // Shows a module's page; false if there is no such module.
    bool showModule(const QString &moduleId, const QVariantMap &args = {});
    QString currentModuleId() const;
    QStringList moduleIds() const;
    // Each page's work in progress by module id, to carry into a rebuilt window (see Module::saveState).
    QMap<QString, QVariantMap> pageStates() const;
    void restorePageStates(const QMap<QString, QVariantMap> &states);
    // Background work still running (an import, a report): a language switch waits for it.
    QStringList runningTasks() const;
    // Who is logged in (on a server: the login, its role and office).
    const access::Session &session() const { return m_session; }

signals:
    // The shell rebuilds the window for these (see startup.cpp).
    void languageChangeRequested(const QString &language);
    void databaseChangeRequested(const perisai::storage::Location &location);
    // A new, empty database for the branch's own data (the set-up follows), and demo data for an empty one.
    void newDatabaseRequested(const perisai::storage::Location &location);
    void demoDataRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupMenus();
    void fitToScreen();
    void setupNavigation();
    void setupStatusBar();
    void loadStartupNotices();
    void onPageChanged(int row);
    void trackTask(ui::BackgroundTask *task);
    void openDatabaseDialog();
    void newDatabaseDialog();
    void requestDemoData();
    void backupDatabase();
    void showAbout();
    void showUsers();
    void showAuditLog();

    ui::AppContext *m_context;
    ui::ModuleList m_modules;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolBar *m_toolbar = nullptr;
    NoticeBar *m_notices = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_privacyLabel = nullptr;
    QLabel *m_loginLabel = nullptr;
    access::Session m_session;
    bool m_demo = false; // the database holds demo data: said in the title and the status bar
    QMap<int, QWidget *> m_pageByRow;
};

} // namespace perisai::shell
