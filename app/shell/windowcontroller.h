#pragma once
// Owns the main window and rebuilds it when the language or the database changes, so that every page
// starts fresh in the new language or on the new data.

#include "shell/mainwindow.h"
#include "storage/database.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

namespace perisai::shell {

class StallMeter;

class WindowController : public QObject {
    Q_OBJECT

public:
    explicit WindowController(storage::DatabasePtr database, QObject *parent = nullptr);
    ~WindowController() override;
    void show();
    MainWindow *window() const { return m_window; }

private:
    void rebuild();
    void scheduleScreenshot();
    void tourNextPage();
    void changeLanguage(const QString &language);
    void changeDatabase(const storage::Location &location);
    void startNewDatabase(const storage::Location &location);
    void fillWithDemo();

    storage::DatabasePtr m_database;
    QPointer<MainWindow> m_window;
    struct Tour { // PERISAI_SCREENSHOT_PAGE=all: the pages still to visit
        QString path;
        int delay = 0;
        QStringList pages;
        StallMeter *meter = nullptr;
    };
    std::unique_ptr<Tour> m_tour;
};

// Opens the database for the window: --database, else the last one used, else the default file. A database
// without offices (a first start, or one that was interrupted) gets the first-start choice: demo data or the
// branch's set-up. Asks the user for another database when it cannot be opened; null when the user gives up,
// or when the first-start dialog was only saved as a screenshot (`screenshotTaken` then true).
storage::DatabasePtr openDatabaseForWindow(const QString &requested, bool *screenshotTaken = nullptr);

} // namespace perisai::shell
