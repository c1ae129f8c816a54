// The first start as a newcomer meets it: the choice between demo data and setting up the branch, the set-up
// leaving a database with its offices, and a demo database saying so in the title and the status bar.
#include "offices/branchsetupform.h"
#include "shell/firststart.h"
#include "shell/mainwindow.h"
#include "shell/modules.h"
#include "storage/meta.h"
#include "testdatabase.h"

#include <QAction>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>

using namespace perisai;
using perisai::testing::scalar;

class FirstStartTest : public perisai::testing::BackendTest {};

TEST_P(FirstStartTest, SettingUpTheBranchLeavesItsOfficesAndNoDemoBadge)
{
    shell::FirstStartDialog dialog(db);
    dialog.show();
    auto *setup = dialog.findChild<QCommandLinkButton *>(QStringLiteral("chooseSetup"));
    ASSERT_NE(setup, nullptr);
    EXPECT_NE(dialog.findChild<QCommandLinkButton *>(QStringLiteral("chooseDemo")), nullptr);
    setup->click();
    offices::BranchSetupForm *form = dialog.setupForm();
    ASSERT_TRUE(form->isVisible());
    form->findChild<QLineEdit *>(QStringLiteral("branchName"))->setText(QStringLiteral("Kantor Cabang Kudus"));
    form->findChild<QComboBox *>(QStringLiteral("branchRegion"))->setCurrentText(QStringLiteral("Kabupaten Kudus"));
    auto *kcp = form->findChild<QTableWidget *>(QStringLiteral("subBranches"));
    kcp->item(0, 0)->setText(QStringLiteral("KCP Jati"));
    dialog.findChild<QPushButton *>(QStringLiteral("saveSetup"))->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << form->message().toStdString();
    EXPECT_EQ(dialog.choice(), shell::FirstStartDialog::Choice::Setup);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices WHERE code IN ('KC-KUDUS', 'KCP-JATI')")), 2);
    EXPECT_FALSE(storage::isEmpty(*db));

    shell::MainWindow window(db, shell::createModules());
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("DEMO")));
    EXPECT_EQ(window.statusBar()->findChild<QLabel *>(QStringLiteral("demoBadge")), nullptr);
    EXPECT_FALSE(window.findChild<QAction *>(QStringLiteral("fillDemo"))->isEnabled()) << "demo data only goes into an empty database";
    EXPECT_TRUE(window.moduleIds().contains(QStringLiteral("offices")));
}

TEST_P(FirstStartTest, ClosingTheChoiceLeavesTheDatabaseEmptySoItIsOfferedAgain)
{
    shell::FirstStartDialog dialog(db);
    dialog.show();
    dialog.findChild<QPushButton *>(QStringLiteral("later"))->click();
    EXPECT_EQ(dialog.choice(), shell::FirstStartDialog::Choice::Later);
    EXPECT_TRUE(storage::isEmpty(*db));
    shell::MainWindow window(db, shell::createModules());
    EXPECT_TRUE(window.findChild<QAction *>(QStringLiteral("fillDemo"))->isEnabled());
}

TEST_P(FirstStartTest, ADemoDatabaseSaysSoInTheTitleAndTheStatusBar)
{
    ASSERT_TRUE(storage::writeMeta(*db, QString::fromLatin1(storage::kDatabaseKindKey), QString::fromLatin1(storage::kDemoKind)).ok());
    shell::MainWindow window(db, shell::createModules());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("DEMO DATA"))) << window.windowTitle().toStdString();
    auto *badge = window.statusBar()->findChild<QLabel *>(QStringLiteral("demoBadge"));
    ASSERT_NE(badge, nullptr);
    EXPECT_EQ(badge->text(), QStringLiteral("DEMO DATA"));
}

INSTANTIATE_TEST_SUITE_P(Backends, FirstStartTest, perisai::testing::allBackends(), perisai::testing::backendName);
