#pragma once
// The main window: navigation on the left, the current module's page on the right, the module's actions on
// the toolbar, the open database and running tasks in the status bar.

#include "ui/module.h"
#include "storage/database.h"

#include <QMainWindow>
#include <QMap>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;
class QAction;
class QVBoxLayout;

namespace perisai::ui {
class AppContext;
class BackgroundTask;
}

namespace perisai::shell {

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
    void showNotices(const QStringList &notices);
    void loadStartupNotices();
    void onPageChanged(int row);
    void trackTask(ui::BackgroundTask *task);
    void openDatabaseDialog();
    void newDatabaseDialog();
    void requestDemoData();
    void backupDatabase();
    void showAbout();

    ui::AppContext *m_context;
    ui::ModuleList m_modules;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolBar *m_toolbar = nullptr;
    QVBoxLayout *m_noticeArea = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_privacyLabel = nullptr;
    bool m_demo = false; // the database holds demo data: said in the title and the status bar
    QMap<int, QWidget *> m_pageByRow;
};

} // namespace perisai::shell
