#include "shell/windowcontroller.h"

#include "shell/stallmeter.h"

#include "shell/connectiondialog.h"
#include "shell/demofill.h"
#include "shell/firststart.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/modules.h"
#include "shell/passwordstore.h"
#include "shell/settings.h"
#include "storage/meta.h"
#include "storage/open.h"
#include "ui/backgroundtask.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

namespace perisai::shell {
namespace {

// The page a new start lands on: after the set-up the import page (the branch's own files come next), after
// demo data the dashboard.
void rememberLandingPage(FirstStartOutcome outcome)
{
    if (outcome == FirstStartOutcome::Setup)
        Settings::setLastPage(QStringLiteral("imports"));
    else if (outcome == FirstStartOutcome::Demo)
        Settings::setLastPage(QStringLiteral("performance"));
}

} // namespace

storage::DatabasePtr openDatabaseForWindow(const QString &requested, bool *screenshotTaken)
{
    QString text = requested;
    if (text.isEmpty())
        text = Settings::lastDatabase();
    if (text.isEmpty())
        text = storage::Location::defaultSqlitePath();

    auto location = storage::Location::parse(text);
    for (;;) {
        QString error;
        if (location) {
            if (location->password.isEmpty())
                location->password = passwords::read(*location); // empty: libpq's PGPASSWORD or ~/.pgpass
            auto db = storage::openAndMigrate(*location);
            if (db) {
                Settings::setLastDatabase(location->toString());
                if (storage::isEmpty(**db)) {
                    const FirstStartOutcome outcome = runFirstStart(*db);
                    if (outcome == FirstStartOutcome::Screenshot) {
                        if (screenshotTaken)
                            *screenshotTaken = true;
                        return nullptr;
                    }
                    rememberLandingPage(outcome);
                }
                return *db;
            }
            error = db.errorText();
        } else {
            error = location.errorText();
        }
        QMessageBox::warning(nullptr, QCoreApplication::translate("Startup", "Perisai Desk"),
                             QCoreApplication::translate("Startup", "The database could not be opened:\n%1").arg(error));
        ConnectionDialog dialog(location ? *location : storage::Location::sqliteFile(storage::Location::defaultSqlitePath()));
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        location = dialog.location();
    }
}

WindowController::WindowController(storage::DatabasePtr database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
}

WindowController::~WindowController()
{
    delete m_window;
}

void WindowController::show()
{
    rebuild();
    scheduleScreenshot();
}

// For documentation and visual checks: PERISAI_SCREENSHOT=file.png [PERISAI_SCREENSHOT_PAGE=roster]
// [PERISAI_SCREENSHOT_DELAY=ms] saves the window once it has settled, then quits.
// PERISAI_SCREENSHOT_PAGE=all visits every page in turn, saves file-<page>.png of each and prints on stderr
// the longest time each page kept the UI thread from answering.
void WindowController::scheduleScreenshot()
{
    const QString path = qEnvironmentVariable("PERISAI_SCREENSHOT");
    if (path.isEmpty())
        return;
    const int delay = qEnvironmentVariableIntValue("PERISAI_SCREENSHOT_DELAY") > 0
                          ? qEnvironmentVariableIntValue("PERISAI_SCREENSHOT_DELAY") : 2500;
    const QString page = qEnvironmentVariable("PERISAI_SCREENSHOT_PAGE");
    if (page != QLatin1String("all")) {
        if (!page.isEmpty())
            m_window->showModule(page);
        QTimer::singleShot(delay, this, [this, path]() {
            m_window->grab().save(path);
            QApplication::quit();
        });
        return;
    }
    m_tour = std::make_unique<Tour>(Tour{path, delay, m_window->moduleIds(), new StallMeter(this)});
    QTimer::singleShot(delay, this, &WindowController::tourNextPage);
}

void WindowController::tourNextPage()
{
    const QString current = m_window->currentModuleId();
    std::fprintf(stderr, "page %s: longest UI stall %lld ms\n", qPrintable(current),
                 static_cast<long long>(m_tour->meter->takeLongest()));
    const QFileInfo file(m_tour->path);
    m_window->grab().save(file.dir().filePath(file.completeBaseName() + QLatin1Char('-') + current + QStringLiteral(".png")));
    if (m_tour->pages.isEmpty()) {
        QApplication::quit();
        return;
    }
    m_window->showModule(m_tour->pages.takeFirst());
    QTimer::singleShot(m_tour->delay, this, &WindowController::tourNextPage);
}

void WindowController::rebuild()
{
    if (m_window) {
        m_window->close();
        m_window->deleteLater();
    }
    m_window = new MainWindow(m_database, createModules());
    connect(m_window, &MainWindow::languageChangeRequested, this, &WindowController::changeLanguage, Qt::QueuedConnection);
    connect(m_window, &MainWindow::databaseChangeRequested, this, &WindowController::changeDatabase, Qt::QueuedConnection);
    connect(m_window, &MainWindow::newDatabaseRequested, this, &WindowController::startNewDatabase, Qt::QueuedConnection);
    connect(m_window, &MainWindow::demoDataRequested, this, &WindowController::fillWithDemo, Qt::QueuedConnection);
    m_window->show();
}

void WindowController::changeLanguage(const QString &language)
{
    Settings::setLanguage(language);
    installLanguage(language);
    const auto states = m_window ? m_window->pageStates() : QMap<QString, QVariantMap>();
    rebuild();
    m_window->restorePageStates(states);
}

// Opens a database the user chose, with the password remembered for it when none was typed.
static Result<storage::DatabasePtr> openChosen(storage::Location &location)
{
    if (location.password.isEmpty())
        location.password = passwords::read(location);
    return storage::openAndMigrate(location);
}

void WindowController::changeDatabase(const storage::Location &chosen)
{
    storage::Location location = chosen;
    auto db = openChosen(location);
    if (!db) {
        QMessageBox::warning(m_window, tr("Open database"), tr("The database could not be opened:\n%1").arg(db.errorText()));
        return;
    }
    if (storage::isEmpty(**db))
        rememberLandingPage(runFirstStart(*db, FirstStartDialog::Start::Choice, m_window));
    m_database = *db;
    Settings::setLastDatabase(location.toString());
    rebuild();
}

void WindowController::startNewDatabase(const storage::Location &chosen)
{
    storage::Location location = chosen;
    auto db = openChosen(location);
    if (!db) {
        QMessageBox::warning(m_window, tr("New branch database"), tr("The database could not be created:\n%1").arg(db.errorText()));
        return;
    }
    if (!storage::isEmpty(**db)) {
        QMessageBox::warning(m_window, tr("New branch database"),
                             tr("%1 already holds offices. Choose a new file name, or an empty database on the server.")
                                 .arg(location.display()));
        return;
    }
    const FirstStartOutcome outcome = runFirstStart(*db, FirstStartDialog::Start::SetupForm, m_window);
    if (outcome != FirstStartOutcome::Setup && outcome != FirstStartOutcome::Demo)
        return; // the window stays on the database it had
    rememberLandingPage(outcome);
    m_database = *db;
    Settings::setLastDatabase(location.toString());
    rebuild();
}

void WindowController::fillWithDemo()
{
    if (fillWithDemoData(m_database, m_window)) {
        rememberLandingPage(FirstStartOutcome::Demo);
        rebuild();
    }
}

} // namespace perisai::shell
