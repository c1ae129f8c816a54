// The Tinjauan page as a user meets it: the cases of the planted agent listed, the evidence masked until
// shown (and the showing recorded on the case), a case cleared only with a reason.
#include "plant.h"
#include "review/reviewpage.h"
#include "testdatabase.h"
#include "ui/appcontext.h"

#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace perisai;

namespace {

class ReviewPageTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        perisai::testing::Planter plant(*db);
        const qint64 clean = plant.agent(QStringLiteral("AG-CLEAN"));
        const qint64 planted = plant.agent(QStringLiteral("AG-PLANT"), QStringLiteral("+6281200000001"));
        // Registered in the last 12 months with data (the page's first period).
        plant.participants(20, clean, QStringLiteral("2025-03-10"), 202503, 202509);
        plant.participants(4, planted, QStringLiteral("2025-04-10"), 202504, 202509, QStringLiteral("+6281200000001"));
        plant.finish();
    }
};

TEST_P(ReviewPageTest, ListsTheCaseAndMasksTheEvidenceUntilShown)
{
    ui::AppContext context(db);
    review::ReviewPage page(context);
    page.resize(1300, 800);
    page.show();
    auto *cases = page.findChild<QTreeWidget *>(QStringLiteral("reviewCases"));
    ASSERT_NE(cases, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return cases->topLevelItemCount() == 1; }, 20000));
    EXPECT_EQ(cases->topLevelItem(0)->text(1), QStringLiteral("AG-PLANT"));
    auto *evidence = page.findChild<QTreeWidget *>(QStringLiteral("caseEvidence"));
    ASSERT_NE(evidence, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return evidence->topLevelItemCount() == 4; }, 20000));
    EXPECT_NE(evidence->topLevelItem(0)->text(3), QStringLiteral("+6281200000001")) << "masked";
    auto *reveal = page.findChild<QPushButton *>(QStringLiteral("revealEvidence"));
    ASSERT_NE(reveal, nullptr);
    reveal->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return evidence->topLevelItemCount() == 4 && evidence->topLevelItem(0)->text(3) == QStringLiteral("+6281200000001"); }, 20000));
    EXPECT_EQ(perisai::testing::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM review_case_notes")), 1);
    EXPECT_EQ(perisai::testing::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'review_cases' AND action = 'update'")), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReviewPageTest, perisai::testing::allBackends(), perisai::testing::backendName);

} // namespace
