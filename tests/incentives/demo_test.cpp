// Demo data holds incentive months: the three before the last month approved and paid (prepared by a staff
// member, approved by the head), the last month a draft; wadah have payout accounts. SQLite and PostgreSQL.
#include "demo/generator.h"
#include "incentives/service.h"
#include "testdatabase.h"

using namespace perisai;
using namespace perisai::incentives;

namespace perisai::testing {
namespace {

class IncentiveDemo : public BackendTest {};

TEST_P(IncentiveDemo, PastMonthsApprovedAndPaidLastMonthDraft)
{
    demo::Options o;
    o.until = YearMonth(2025, 12);
    o.volume = 0.3;
    ASSERT_TRUE(demo::generate(*db, o).ok());
    const auto months = IncentiveService(*db).months(QString());
    ASSERT_TRUE(months.ok()) << months.errorText().toStdString();
    ASSERT_GE(months->size(), 4u);
    EXPECT_EQ(months->at(0).month, YearMonth(2025, 12));
    EXPECT_EQ(months->at(0).status, RunStatus::Draft);
    EXPECT_EQ(months->at(0).preparedBy, "pembina1");
    for (int i = 1; i <= 3; ++i) {
        EXPECT_EQ(months->at(i).status, RunStatus::Paid) << i;
        EXPECT_EQ(months->at(i).approvedBy, "kepala");
        EXPECT_GT(months->at(i).total, 0);
        EXPECT_FALSE(months->at(i).paymentReference.isEmpty());
    }
    EXPECT_EQ(months->at(4).id, 0); // older months: nobody prepared them
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM wadah WHERE payout_account IS NULL"), 0);
    // The open month carries no adjustment: nothing changed since the approvals.
    const auto december = IncentiveService(*db).month(QString(), {2025, 12});
    ASSERT_TRUE(december.ok());
    EXPECT_TRUE(december->open);
    EXPECT_TRUE(december->adjustments.empty());
    EXPECT_EQ(december->figures.total, months->at(0).total);
}

INSTANTIATE_TEST_SUITE_P(Backends, IncentiveDemo, allBackends(), backendName);

} // namespace
} // namespace perisai::testing
