// The Reports page as a user meets it: choices read from the database, a report built off the UI thread
// and shown in the preview, the form's subject fields following the chosen report, a changed choice
// dropping what was built (so that what is saved is always what the form says), drill-down by open().
#include "reportfixture.h"
#include "reports/reportspage.h"
#include "shell/modules.h"
#include "testdatabase.h"
#include "ui/appcontext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace perisai;
namespace pt = perisai::testing;

namespace {

class ReportsPageTest : public pt::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        shell::registerReports();
        if (!db)
            return;
        pt::buildSmallBranch(*db);
        m_context = std::make_unique<ui::AppContext>(db);
        m_page = std::make_unique<reports::ReportsPage>(*m_context);
        m_page->resize(1400, 900);
        m_page->show();
        QComboBox *agent = box("agent");
        ASSERT_TRUE(QTest::qWaitFor([&] { return agent->count() == 3; }, 20000));
    }
    void TearDown() override
    {
        m_page.reset();
        m_context.reset();
        BackendTest::TearDown();
    }
    QComboBox *box(const char *name) const { return m_page->findChild<QComboBox *>(QString::fromLatin1(name)); }
    bool waitForDocument()
    {
        QSignalSpy ready(m_page.get(), &reports::ReportsPage::documentReady);
        return ready.wait(60000);
    }

    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<reports::ReportsPage> m_page;
};

TEST_P(ReportsPageTest, BuildsTheChosenScorecardAndShowsIt)
{
    QComboBox *type = box("reportType");
    type->setCurrentIndex(type->findData(QStringLiteral("agent")));
    box("agent")->setCurrentIndex(box("agent")->findData(QStringLiteral("AG-0001")));
    const reports::ReportRequest request = m_page->request();
    EXPECT_EQ(request.agentCode, QStringLiteral("AG-0001"));
    EXPECT_TRUE(request.masked);
    // The default period is the year of the last month with data, up to that month (the fixture's
    // last recruits pay up to January 2023).
    EXPECT_EQ(request.period.from, YearMonth(2023, 1));
    EXPECT_EQ(request.period.to, YearMonth(2023, 1));
    EXPECT_TRUE(box("agent")->isVisible());
    EXPECT_FALSE(box("wadah")->isVisible()); // no wadah asked for an agent scorecard

    m_page->build();
    ASSERT_TRUE(waitForDocument());
    EXPECT_TRUE(m_page->hasDocument());
    for (QAction *a : m_page->actions())
        EXPECT_TRUE(a->isEnabled());
    if (!qEnvironmentVariableIsEmpty("PERISAI_SCREENSHOT"))
        m_page->grab().save(qEnvironmentVariable("PERISAI_SCREENSHOT"));

    // Another period: the built report no longer says what the form says.
    box("periodFrom")->setCurrentIndex(box("periodFrom")->findData(QStringLiteral("202101")));
    EXPECT_FALSE(m_page->hasDocument());
    for (QAction *a : m_page->actions())
        EXPECT_FALSE(a->isEnabled());
}

TEST_P(ReportsPageTest, OpenBuildsTheNamedWadahScorecard)
{
    m_page->open({{QStringLiteral("wadah"), QStringLiteral("W-002")}});
    ASSERT_TRUE(waitForDocument());
    EXPECT_EQ(m_page->request().type, QStringLiteral("wadah"));
    EXPECT_EQ(m_page->request().wadahCode, QStringLiteral("W-002"));
}

TEST_P(ReportsPageTest, ShowingPersonalDataAsksFirst)
{
    auto *reveal = m_page->findChild<QCheckBox *>();
    ASSERT_NE(reveal, nullptr);
    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            box->button(button)->click();
        });
    };
    answer(QMessageBox::No);
    reveal->setChecked(true);
    EXPECT_FALSE(reveal->isChecked());
    EXPECT_TRUE(m_page->request().masked);
    answer(QMessageBox::Yes);
    reveal->setChecked(true);
    EXPECT_TRUE(reveal->isChecked());
    EXPECT_FALSE(m_page->request().masked);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportsPageTest, pt::allBackends(), pt::backendName);

} // namespace
