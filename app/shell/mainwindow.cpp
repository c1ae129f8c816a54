#include "shell/mainwindow.h"

#include "access/auditviewer.h"
#include "access/usersdialog.h"
#include "demo/generator.h"
#include "shell/connectiondialog.h"
#include "shell/noticebar.h"
#include "shell/settings.h"
#include "shell/taskindicator.h"
#include "storage/backup.h"
#include "storage/meta.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/theme.h"
#include "ui/filedialogs.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace perisai::shell {

MainWindow::MainWindow(storage::DatabasePtr database, ui::ModuleList modules, QWidget *parent)
    : QMainWindow(parent), m_context(new ui::AppContext(std::move(database), this)), m_modules(std::move(modules)),
      m_demo(storage::isDemo(*m_context->database()))
{
    setWindowTitle(m_demo ? tr("Perisai Desk – DEMO DATA") : tr("Perisai Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app/perisai-desk.svg")));
    if (auto session = access::readSession(*m_context->database()))
        m_session = *session;
    else
        m_session.login = m_context->database()->currentUser();
    setupMenus();
    setupNavigation();
    setupStatusBar();

    connect(m_context, &ui::AppContext::navigationRequested, this, [this](const QString &id, const QVariantMap &args) {
        showModule(id, args);
    });
    connect(m_context, &ui::AppContext::statusMessage, this, [this](const QString &text, int ms) {
        statusBar()->showMessage(text, ms);
    });
    connect(m_context, &ui::AppContext::taskStarted, this, &MainWindow::trackTask);

    if (!restoreGeometry(Settings::windowGeometry()))
        resize(1360, 860);
    fitToScreen();
    restoreState(Settings::windowState());
    if (!showModule(Settings::lastPage()) && m_navigation->count() > 0)
        m_navigation->setCurrentRow(0);
    loadStartupNotices();
}

// A size saved on a large monitor, or the default on a 1366×768 laptop, must not reach past the screen.
void MainWindow::fitToScreen()
{
    const QScreen *screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (available.isEmpty())
        return;
    // Room for the window frame the window manager adds around it.
    const QSize room = available.size() - QSize(16, 40);
    const QSize fitted = size().boundedTo(room);
    if (fitted != size())
        resize(fitted);
    if (!available.contains(geometry()))
        move(available.topLeft() + QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
}

MainWindow::~MainWindow()
{
    // Background work may use the modules and the database: cancel it and let it end before they go.
    for (auto *task : findChildren<ui::BackgroundTask *>())
        task->cancel();
    ui::taskPool().waitForDone();
    QThreadPool::globalInstance()->waitForDone();
}

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(ui::icon(QStringLiteral("open")), tr("&Open database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *fresh = file->addAction(ui::icon(QStringLiteral("office")), tr("&New branch database…"), this, &MainWindow::newDatabaseDialog);
    fresh->setObjectName(QStringLiteral("newDatabase"));
    fresh->setStatusTip(tr("An empty database for your branch's own data: set up the branch and its KCP, then import"));
    QAction *demo = file->addAction(tr("Fill with &demo data"), this, &MainWindow::requestDemoData);
    demo->setObjectName(QStringLiteral("fillDemo"));
    demo->setStatusTip(tr("Only an empty database takes demo data"));
    const auto holds = demo::holdsData(*m_context->database());
    demo->setEnabled(holds.ok() && !*holds);
    file->addAction(ui::icon(QStringLiteral("backup")), tr("&Back up database…"), this, &MainWindow::backupDatabase);
    file->addSeparator();
    if (m_session.mayManageLogins()) {
        QAction *users = file->addAction(tr("&Users…"), this, &MainWindow::showUsers);
        users->setObjectName(QStringLiteral("users"));
        users->setStatusTip(tr("The logins of the offices you see: add one, disable one"));
    }
    if (m_session.maySeeAudit()) {
        QAction *audit = file->addAction(tr("Audit &log…"), this, &MainWindow::showAuditLog);
        audit->setObjectName(QStringLiteral("auditLog"));
        audit->setStatusTip(tr("Who changed or looked at what, and when"));
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_context->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(ui::icon(QStringLiteral("undo")));
    QAction *redo = m_context->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(ui::icon(QStringLiteral("redo")));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reveal = view->addAction(ui::icon(QStringLiteral("reveal")), tr("Show &personal data (NIK, phone, account)"));
    reveal->setCheckable(true);
    connect(reveal, &QAction::toggled, m_context, &ui::AppContext::setRevealPersonalData);
    connect(m_context, &ui::AppContext::revealPersonalDataChanged, reveal, &QAction::setChecked);

    QMenu *language = view->addMenu(ui::icon(QStringLiteral("language")), tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = Settings::language();
    for (const auto &[code, name] : {std::pair{QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name);
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, a, group, code = code]() {
            if (code == Settings::language())
                return;
            // The window is rebuilt in the new language: work still running would be cut off.
            if (const QStringList running = runningTasks(); !running.isEmpty()) {
                QMessageBox::information(this, tr("Language"), tr("The language changes once this is finished (or cancelled):\n%1")
                                                                   .arg(running.join(QLatin1Char('\n'))));
                for (QAction *other : group->actions())
                    other->setChecked(other != a && other->data().toString() == Settings::language());
                return;
            }
            emit languageChangeRequested(code);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(ui::icon(QStringLiteral("about")), tr("&About Perisai Desk"), this, &MainWindow::showAbout);

    m_toolbar = addToolBar(tr("Page"));
    m_toolbar->setObjectName(QStringLiteral("pageToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));
}

void MainWindow::setupNavigation()
{
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *side = new QWidget;
    side->setObjectName(QStringLiteral("navigation"));
    side->setFixedWidth(230);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);

    auto *brand = new QWidget;
    brand->setObjectName(QStringLiteral("brand"));
    auto *brandLayout = new QVBoxLayout(brand);
    brandLayout->setContentsMargins(14, 14, 14, 12);
    auto *title = new QLabel(tr("Perisai Desk"));
    title->setObjectName(QStringLiteral("brandTitle"));
    // On a server the login's own office (a KCP login works for its KCP, not the whole branch).
    const QString branch = m_session.server && !m_session.officeName.isEmpty()
        ? m_session.officeName
        : storage::readMeta(*m_context->database(), QStringLiteral("branch_name"));
    auto *subtitle = new QLabel(branch.isEmpty() ? tr("Perisai agent channel") : branch);
    subtitle->setObjectName(QStringLiteral("brandSubtitle"));
    subtitle->setWordWrap(true);
    brandLayout->addWidget(title);
    brandLayout->addWidget(subtitle);
    sideLayout->addWidget(brand);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    sideLayout->addWidget(m_navigation, 1);
    layout->addWidget(side);

    auto *right = new QWidget;
    right->setObjectName(QStringLiteral("page"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(20, 14, 20, 12);
    m_notices = new NoticeBar;
    rightLayout->addWidget(m_notices);
    m_pages = new QStackedWidget;
    rightLayout->addWidget(m_pages, 1);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    for (const auto &module : m_modules) {
        QWidget *page = module->createPage(*m_context, m_pages);
        page->setObjectName(QStringLiteral("page_") + module->id());
        // On a 1366×768 laptop some pages need more width than there is: they scroll sideways rather than
        // pushing the window past the screen's edge.
        auto *scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("pageScroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setWidget(page);
        m_pages->addWidget(scroll);
        auto *item = new QListWidgetItem(ui::icon(module->iconName() + QStringLiteral("-light")), module->title());
        item->setData(Qt::UserRole, module->id());
        item->setSizeHint(QSize(200, 42));
        m_navigation->addItem(item);
        m_pageByRow.insert(m_navigation->count() - 1, scroll);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
}

void MainWindow::setupStatusBar()
{
    if (m_demo) {
        auto *badge = new QLabel(tr("DEMO DATA"));
        badge->setObjectName(QStringLiteral("demoBadge"));
        badge->setToolTip(tr("This database holds made-up demo data. For your branch's own data use File → New branch database."));
        statusBar()->addPermanentWidget(badge);
    }
    m_loginLabel = new QLabel(access::describe(m_session));
    m_loginLabel->setObjectName(m_session.tooPowerful() ? QStringLiteral("powerWarning") : QStringLiteral("loginLabel"));
    m_loginLabel->setToolTip(m_session.tooPowerful() ? access::powerWarning(m_session)
                             : m_session.server ? tr("Logged in to the server as %1, working for %2")
                                                      .arg(m_session.login, m_session.officeName.isEmpty() ? tr("no office")
                                                                                                          : m_session.officeName)
                                                : tr("The computer's user, named in the audit log"));
    if (m_session.tooPowerful())
        m_loginLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    statusBar()->addPermanentWidget(m_loginLabel);
    m_databaseLabel = new QLabel(m_context->database()->location().display());
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setToolTip(tr("The open database"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_privacyLabel = new QLabel(tr("Personal data masked"));
    statusBar()->addPermanentWidget(m_privacyLabel);
    connect(m_context, &ui::AppContext::revealPersonalDataChanged, this, [this](bool reveal) {
        m_privacyLabel->setText(reveal ? tr("Personal data SHOWN") : tr("Personal data masked"));
    });
}

void MainWindow::onPageChanged(int row)
{
    if (row < 0 || row >= static_cast<int>(m_modules.size()))
        return;
    m_pages->setCurrentWidget(m_pageByRow.value(row));
    m_toolbar->clear();
    const auto actions = m_modules[row]->toolbarActions();
    m_toolbar->addActions(actions);
    m_toolbar->setVisible(!actions.isEmpty());
    Settings::setLastPage(m_modules[row]->id());
}

bool MainWindow::showModule(const QString &moduleId, const QVariantMap &args)
{
    for (size_t i = 0; i < m_modules.size(); ++i) {
        if (m_modules[i]->id() == moduleId) {
            m_navigation->setCurrentRow(static_cast<int>(i));
            if (!args.isEmpty())
                m_modules[i]->open(args);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentModuleId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < static_cast<int>(m_modules.size()) ? m_modules[row]->id() : QString();
}

QStringList MainWindow::moduleIds() const
{
    QStringList ids;
    for (const auto &m : m_modules)
        ids << m->id();
    return ids;
}

QMap<QString, QVariantMap> MainWindow::pageStates() const
{
    QMap<QString, QVariantMap> states;
    for (const auto &m : m_modules)
        if (QVariantMap state = m->saveState(); !state.isEmpty())
            states.insert(m->id(), state);
    return states;
}

void MainWindow::restorePageStates(const QMap<QString, QVariantMap> &states)
{
    for (const auto &m : m_modules)
        if (states.contains(m->id()))
            m->restoreState(states.value(m->id()));
}

QStringList MainWindow::runningTasks() const
{
    QStringList titles;
    for (auto *task : findChildren<ui::BackgroundTask *>())
        if (!task->isCanceled())
            titles << task->title();
    return titles;
}

void MainWindow::loadStartupNotices()
{
    std::vector<ui::Module *> modules;
    for (const auto &m : m_modules)
        modules.push_back(m.get());
    ui::AppContext *context = m_context;
    ui::runTask<QStringList>(nullptr, this, tr("Reminders"), [modules, context](ui::TaskControl &) {
        QStringList notices;
        for (ui::Module *m : modules)
            notices += m->startupNotices(*context);
        return notices;
    }, [this](QStringList notices) {
        // Daily work as a superuser or the owner is said first; dismissed, the status bar still says it in red.
        if (const QString warning = access::powerWarning(m_session); !warning.isEmpty())
            notices.prepend(warning);
        else if (m_session.server && m_session.officeCode.isEmpty())
            notices.prepend(tr("This login works for no office, so it sees no rows. Ask an admin to give it an office."));
        m_notices->setNotices(notices);
    });
}

void MainWindow::trackTask(ui::BackgroundTask *task)
{
    auto *indicator = new TaskIndicator(task);
    statusBar()->addWidget(indicator);
}

void MainWindow::openDatabaseDialog()
{
    ConnectionDialog dialog(m_context->database()->location(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit databaseChangeRequested(dialog.location());
}

void MainWindow::newDatabaseDialog()
{
    const QFileInfo current(storage::Location::defaultSqlitePath());
    ConnectionDialog dialog(storage::Location::sqliteFile(current.dir().filePath(QStringLiteral("perisai-kantor.db"))), this);
    dialog.setWindowTitle(tr("New branch database"));
    if (dialog.exec() == QDialog::Accepted)
        emit newDatabaseRequested(dialog.location());
}

void MainWindow::requestDemoData()
{
    const auto holds = demo::holdsData(*m_context->database());
    if (!holds.ok() || *holds) {
        QMessageBox::information(this, tr("Demo data"),
                                 tr("This database already holds data; demo data goes only into an empty one. "
                                    "Use File → New branch database… for an empty one."));
        return;
    }
    emit demoDataRequested();
}

void MainWindow::backupDatabase()
{
    const bool sqlite = m_context->database()->backend() == storage::Backend::SQLite;
    const QString suggested = QStringLiteral("perisai-%1.%2").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")),
                                                                  sqlite ? QStringLiteral("db") : QStringLiteral("dump"));
    const QString path = ui::saveFileName(this, tr("Back up database"), suggested);
    if (path.isEmpty())
        return;
    auto db = m_context->database();
    ui::runTask<Status>(m_context, this, tr("Backing up the database"),
                        [db, path](ui::TaskControl &) { return storage::backupDatabase(*db, path); },
                        [this, path](Status st) {
                            if (st)
                                m_context->showStatus(tr("Backup written to %1").arg(path));
                            else
                                QMessageBox::warning(this, tr("Backup failed"), st.errorText());
                        });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Perisai Desk"),
        tr("<h3>Perisai Desk %1</h3>"
           "<p>The desk of a BPJS Ketenagakerjaan branch office for its Perisai agent channel: agents and wadah, "
           "Monev sessions, partnership agreements (PKS), charted performance, imports, reports and projector mode.</p>"
           "<p>Database: %2<br>Schema version: %3</p>"
           "<p>Personal data (NIK, phone, bank account) is protected under UU 27/2022 and is masked unless you "
           "choose to show it.</p>")
            .arg(QCoreApplication::applicationVersion(), m_context->database()->location().display().toHtmlEscaped())
            .arg(m_context->database()->schemaVersion()));
}

void MainWindow::showUsers()
{
    access::UsersDialog dialog(m_context->database(), this);
    dialog.exec();
}

void MainWindow::showAuditLog()
{
    access::AuditViewer viewer(m_context->database(), m_context->revealPersonalData(), this);
    viewer.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindow(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace perisai::shell
