// The window as a user meets it: every module in the navigation, pages switch, language and privacy switches.
#include "shell/connectiondialog.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/modules.h"
#include "shell/noticebar.h"
#include "shell/passwordstore.h"
#include "testdatabase.h"
#include "ui/appcontext.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>

using namespace perisai;

class MainWindowTest : public perisai::testing::BackendTest {};

TEST_P(MainWindowTest, OpensWithEveryModuleInTheNavigation)
{
    shell::MainWindow window(db, shell::createModules());
    window.show();
    const QStringList ids = window.moduleIds();
    for (const char *id : {"performance", "roster", "monev", "agreements", "review", "imports", "reports", "presentation"})
        EXPECT_TRUE(ids.contains(QString::fromLatin1(id))) << id;
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(nav, nullptr);
    EXPECT_EQ(nav->count(), ids.size());

    EXPECT_TRUE(window.showModule(QStringLiteral("monev")));
    EXPECT_EQ(window.currentModuleId(), QStringLiteral("monev"));
    EXPECT_FALSE(window.showModule(QStringLiteral("no-such-page")));
}

TEST_P(MainWindowTest, StatusBarNamesTheDatabaseAndThePrivacyState)
{
    shell::MainWindow window(db, shell::createModules());
    bool databaseShown = false;
    for (auto *label : window.statusBar()->findChildren<QLabel *>())
        databaseShown |= label->text() == db->location().display();
    EXPECT_TRUE(databaseShown);

    auto masked = [&]() {
        for (auto *label : window.statusBar()->findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("Personal data")))
                return label->text();
        return QString();
    };
    EXPECT_EQ(masked(), QStringLiteral("Personal data masked"));
    window.context().setRevealPersonalData(true);
    EXPECT_EQ(masked(), QStringLiteral("Personal data SHOWN"));
}

TEST_P(MainWindowTest, EveryPageFitsTheWidthOfA1366By768Laptop)
{
    shell::MainWindow window(db, shell::createModules());
    window.resize(1366 - 16, 768 - 40); // the screen less the window frame and the taskbar
    window.show();
    for (const QString &id : window.moduleIds()) {
        ASSERT_TRUE(window.showModule(id));
        QCoreApplication::processEvents();
        QScrollArea *current = nullptr;
        for (auto *scroll : window.findChildren<QScrollArea *>(QStringLiteral("pageScroll")))
            if (scroll->isVisible())
                current = scroll;
        ASSERT_NE(current, nullptr) << id.toStdString();
        EXPECT_LE(current->widget()->minimumSizeHint().width(), current->viewport()->width())
            << id.toStdString() << " would scroll sideways";
    }
}

const QStringList kNotices{
    QStringLiteral("2 PKS ending within 30 days; 1 PKS ending within 90 days; 1 PKS ended without renewal"),
    QStringLiteral("3 wadah below their minimum target for 3 months in a row (WDH-KUDUS-004, WDH-JEPARA-002, WDH-PATI-001): review their PKS"),
    QStringLiteral("6 Monev action items are past their due date: see Monev > Follow-up.")};

TEST(NoticeBar, ThreeRemindersTakeOneLineAndUnfoldOnRequest)
{
    QSettings().remove(QStringLiteral("window/dismissedNotices"));
    shell::NoticeBar one;
    shell::NoticeBar three;
    one.setNotices({QStringLiteral("2 PKS ending within 30 days")});
    three.setNotices(kNotices);
    for (shell::NoticeBar *bar : {&one, &three})
        bar->resize(1000, bar->sizeHint().height());
    QCoreApplication::processEvents();
    EXPECT_EQ(three.sizeHint().height(), one.sizeHint().height()) << "three reminders, one line";
    EXPECT_LT(three.sizeHint().height(), 2 * three.fontMetrics().height() + 12);
    auto *first = three.findChild<QLabel *>(QStringLiteral("noticeText"));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->toolTip(), kNotices.first()) << "the whole text of a cut line is one hover away";

    three.setExpanded(true);
    QCoreApplication::processEvents();
    EXPECT_GT(three.sizeHint().height(), 2 * one.sizeHint().height());
    QStringList texts;
    for (auto *label : three.findChildren<QLabel *>())
        if (!label->isHidden())
            texts << label->text();
    for (const QString &notice : kNotices)
        EXPECT_TRUE(texts.contains(notice)) << notice.toStdString();
}

TEST(NoticeBar, ADismissedReminderStaysAwayUntilItsTextChanges)
{
    QSettings().remove(QStringLiteral("window/dismissedNotices"));
    {
        shell::NoticeBar bar;
        bar.setNotices(kNotices);
        EXPECT_FALSE(bar.isHidden());
        bar.dismiss();
        EXPECT_TRUE(bar.isHidden());
    }
    shell::NoticeBar nextStart;
    nextStart.setNotices(kNotices);
    EXPECT_TRUE(nextStart.isHidden()) << "the same reminders, dismissed before";
    const QString changed = QStringLiteral("7 Monev action items are past their due date: see Monev > Follow-up.");
    shell::NoticeBar later;
    later.setNotices({kNotices[0], kNotices[1], changed});
    EXPECT_FALSE(later.isHidden());
    EXPECT_EQ(later.shown(), QStringList{changed});
    QSettings().remove(QStringLiteral("window/dismissedNotices"));
}

TEST(ConnectionDialog, AFileTakesOneLineNotTheServersForm)
{
    shell::ConnectionDialog file(storage::Location::sqliteFile(QStringLiteral("/tmp/branch.db")));
    file.show();
    QCoreApplication::processEvents();
    auto server = storage::Location::parse(QStringLiteral("postgresql://kepala@127.0.0.1:5432/perisai"));
    ASSERT_TRUE(server.ok());
    shell::ConnectionDialog serverDialog(*server);
    serverDialog.show();
    QCoreApplication::processEvents();
    EXPECT_LT(file.height(), serverDialog.height() - 3 * file.fontMetrics().height());
}

TEST(ConnectionDialog, OffersToRememberTheServerPasswordOnlyForAServer)
{
    shell::ConnectionDialog dialog(storage::Location::sqliteFile(QStringLiteral("/tmp/branch.db")));
    dialog.show();
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    ASSERT_NE(remember, nullptr);
    EXPECT_FALSE(remember->isVisible()) << "a file has no password";
    for (auto *radio : dialog.findChildren<QRadioButton *>())
        if (radio->text().contains(QStringLiteral("PostgreSQL")))
            radio->setChecked(true);
    EXPECT_TRUE(remember->isVisible());
    EXPECT_FALSE(remember->isChecked()) << "nothing goes to the keychain unless asked";
}

TEST(Passwords, NothingIsFoundForAFileOrAnUnknownServer)
{
    EXPECT_TRUE(shell::passwords::read(storage::Location::sqliteFile(QStringLiteral("/tmp/branch.db"))).isEmpty());
    auto server = storage::Location::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/perisai_no_such_test_db"));
    ASSERT_TRUE(server.ok());
    // No keychain in a test run, or one without this entry: the desk falls back to PGPASSWORD / .pgpass.
    EXPECT_TRUE(shell::passwords::read(*server).isEmpty());
}

TEST(Passwords, AStoredPasswordComesBackAndCanBeRemoved)
{
    auto server = storage::Location::parse(QStringLiteral("postgresql://kepala@127.0.0.1:1/perisai_keychain_test"));
    ASSERT_TRUE(server.ok());
    if (auto st = shell::passwords::write(*server, QStringLiteral("rahasia-123")); !st)
        GTEST_SKIP() << "no system keychain here: " << st.errorText().toStdString();
    EXPECT_EQ(shell::passwords::read(*server), QStringLiteral("rahasia-123"));
    ASSERT_TRUE(shell::passwords::write(*server, QString()).ok());
    EXPECT_TRUE(shell::passwords::read(*server).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, MainWindowTest, perisai::testing::allBackends(), perisai::testing::backendName);

TEST(Language, IndonesianIsTheDefaultAndEnglishTheAlternative)
{
    auto t = perisai::testing::TestDatabase::create(perisai::testing::Backend::SQLite);
    ASSERT_TRUE(t->db);
    shell::installLanguage(QStringLiteral("id"));
    {
        shell::MainWindow window(t->db, shell::createModules());
        EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&Berkas"));
    }
    shell::installLanguage(QStringLiteral("en"));
    {
        shell::MainWindow window(t->db, shell::createModules());
        EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }
}
