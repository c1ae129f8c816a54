// The "Insentif" page offscreen on SQLite and PostgreSQL: the months with their state, the agent and wadah
// tables of the chosen month, approving it and marking it paid, and the drill-down behind a line.
#include "incentivefixture.h"

#include "incentives/basisdialog.h"
#include "incentives/incentivespage.h"
#include "ui/appcontext.h"
#include "ui/theme.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace perisai;
using namespace perisai::incentives;

namespace perisai::testing {
namespace {

class IncentivesPageTest : public IncentiveTest {
protected:
    static void waitLoaded(IncentivesPage &page)
    {
        QSignalSpy spy(&page, &IncentivesPage::loaded);
        ASSERT_TRUE(spy.wait(30000));
    }
    static QString cell(QStandardItemModel *model, int row, int column) { return model->item(row, column)->text(); }
};

TEST_P(IncentivesPageTest, ShowsTheMonthAndItsStatesThroughApprovalAndPayment)
{
    recruits(agent1, 30, QDate(2022, 5, 12));
    recruits(agent3, 10, QDate(2022, 5, 12));
    refreshSummaries();
    db->setCurrentUser(QStringLiteral("kepala"));
    if (GetParam() == Backend::PostgreSQL) {
        db->setCurrentUser(QStringLiteral("staf"));
        ASSERT_TRUE(IncentiveService(*db).prepare(QString(), {2022, 5}).ok());
        db->setCurrentUser(QStringLiteral("kepala"));
    }
    ui::AppContext context(db);
    IncentivesPage page(context);
    waitLoaded(page); // the newest month, May 2022 (the last with data)
    ASSERT_NE(page.shown(), nullptr);
    EXPECT_EQ(page.shown()->figures.month, YearMonth(2022, 5));
    EXPECT_EQ(cell(page.monthsModel(), 0, 0), "Mei 2022");
    EXPECT_EQ(cell(page.monthsModel(), 0, 1), "draft");

    ASSERT_EQ(page.agentsModel()->rowCount(), 2);
    EXPECT_EQ(cell(page.agentsModel(), 0, 0), "AG-0001");
    EXPECT_EQ(cell(page.agentsModel(), 0, 3), "30");
    EXPECT_EQ(cell(page.agentsModel(), 0, 9), "Rp615.600");
    EXPECT_EQ(cell(page.agentsModel(), 1, 5), "Rp0"); // 10 new participants: below the threshold
    ASSERT_EQ(page.wadahModel()->rowCount(), 2);
    EXPECT_EQ(cell(page.wadahModel(), 0, 3), "Rp61.560");

    if (const QString grab = qEnvironmentVariable("PERISAI_GRAB_DIR"); !grab.isEmpty()) {
        ui::applyDeskTheme(*qApp);
        page.resize(1280, 760);
        page.show();
        QApplication::processEvents();
        page.grab().save(grab + QStringLiteral("/page.png"));
    }

    page.approveShown();
    waitLoaded(page);
    EXPECT_EQ(page.shown()->run.status, RunStatus::Approved);
    EXPECT_EQ(cell(page.monthsModel(), 1, 1), "approved"); // June, the next to approve, is listed first

    page.markShownPaid(QStringLiteral("BNI-0604-77"), QDate(2022, 6, 4));
    waitLoaded(page);
    EXPECT_EQ(page.shown()->run.status, RunStatus::Paid);
    EXPECT_EQ(page.shown()->run.paymentReference, "BNI-0604-77");

    QTemporaryDir dir;
    ASSERT_TRUE(page.exportMonth(dir.path()).ok());
    EXPECT_TRUE(QFile::exists(dir.filePath("insentif-202205-transfer.xlsx")));
}

TEST_P(IncentivesPageTest, DrillDownListsTheParticipantsAndPaymentsWithTheirReasons)
{
    recruits(agent1, 25, QDate(2022, 5, 12));
    participant(agent2, QDate(2021, 1, 5), QStringLiteral("JKK+JKM"), QStringLiteral("3302020202966666"));
    participant(agent1, QDate(2022, 5, 20), QStringLiteral("JKK+JKM"), QStringLiteral("3302020202966666"));
    const auto view = IncentiveService(*db).month(QString(), {2022, 5});
    ASSERT_TRUE(view.ok());
    ui::AppContext context(db);
    BasisDialog dialog(context, view->figures.agents.at(0), {2022, 5}, view->figures.rule);
    QSignalSpy spy(&dialog, &BasisDialog::loaded);
    ASSERT_TRUE(spy.wait(30000));
    ASSERT_EQ(dialog.participantsModel()->rowCount(), 26);
    EXPECT_EQ(dialog.participantsModel()->item(25, 5)->text(), "NIK registered before (not new)");
    EXPECT_NE(dialog.participantsModel()->item(25, 2)->text(), "3302020202966666"); // masked
    EXPECT_EQ(dialog.paymentsModel()->rowCount(), 25);
}

INSTANTIATE_TEST_SUITE_P(Backends, IncentivesPageTest, allBackends(), backendName);

} // namespace
} // namespace perisai::testing
