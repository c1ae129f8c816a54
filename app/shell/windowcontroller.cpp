#include "shell/windowcontroller.h"

#include "shell/stallmeter.h"

#include "demo/generator.h"
#include "shell/connectiondialog.h"
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
#include <QProgressDialog>
#include <QTimer>
#include <cstdio>

namespace perisai::shell {
namespace {

// Fills a new default database with a small branch's demo data, showing progress; the user may cancel.
void fillWithDemoData(const storage::DatabasePtr &db)
{
    QProgressDialog progress(QCoreApplication::translate("Startup", "Preparing demo data for a first look…"),
                             QCoreApplication::translate("Startup", "Skip"), 0, 1000);
    progress.setWindowTitle(QCoreApplication::translate("Startup", "Perisai Desk"));
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QEventLoop loop;
    Status result;
    auto *task = ui::BackgroundTask::start(progress.labelText(), [db, &result](ui::TaskControl &control) {
        demo::Options options;
        result = demo::generate(*db, options, [&control](qint64 done, qint64 total) {
            control.setProgress(done, total);
            return !control.isCanceled();
        });
        db->releaseThreadConnection();
    }, nullptr);
    QObject::connect(task, &ui::BackgroundTask::progressChanged, &progress, [&progress](qint64 done, qint64 total) {
        if (total > 0)
            progress.setValue(static_cast<int>(done * 1000 / total));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, task, &ui::BackgroundTask::cancel);
    QObject::connect(task, &ui::BackgroundTask::finished, &loop, &QEventLoop::quit);
    loop.exec();
    progress.close();
    if (!result.ok() && !task->isCanceled())
        QMessageBox::warning(nullptr, QCoreApplication::translate("Startup", "Demo data"),
                             QCoreApplication::translate("Startup", "The demo data could not be created: %1\nThe database stays empty.")
                                 .arg(result.errorText()));
}

} // namespace

storage::DatabasePtr openDatabaseForWindow(const QString &requested)
{
    QString text = requested;
    if (text.isEmpty())
        text = Settings::lastDatabase();
    if (text.isEmpty())
        text = storage::Location::defaultSqlitePath();
    const bool firstStart = text == storage::Location::defaultSqlitePath() && !QFileInfo::exists(text);

    auto location = storage::Location::parse(text);
    for (;;) {
        QString error;
        if (location) {
            if (location->password.isEmpty())
                location->password = passwords::read(*location); // empty: libpq's PGPASSWORD or ~/.pgpass
            auto db = storage::openAndMigrate(*location);
            if (db) {
                if (firstStart && storage::isEmpty(**db))
                    fillWithDemoData(*db);
                Settings::setLastDatabase(location->toString());
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

void WindowController::changeDatabase(const storage::Location &chosen)
{
    storage::Location location = chosen;
    if (location.password.isEmpty())
        location.password = passwords::read(location);
    auto db = storage::openAndMigrate(location);
    if (!db) {
        QMessageBox::warning(m_window, tr("Open database"), tr("The database could not be opened:\n%1").arg(db.errorText()));
        return;
    }
    m_database = *db;
    Settings::setLastDatabase(location.toString());
    rebuild();
}

} // namespace perisai::shell
