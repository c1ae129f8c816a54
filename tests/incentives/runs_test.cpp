// Approval, freeze, adjustments in the next open month and payment, on SQLite and PostgreSQL.
#include "incentivefixture.h"

#include "incentives/service.h"

using namespace perisai;
using namespace perisai::incentives;

namespace perisai::testing {
namespace {

class IncentiveRuns_ : public IncentiveTest {
protected:
    void SetUp() override
    {
        IncentiveTest::SetUp();
        if (db)
            db->setCurrentUser(QStringLiteral("kepala"));
    }
    Result<MonthView> approve(YearMonth m)
    {
        // On a server the approver is not the preparer: a staff member prepares first.
        if (GetParam() == Backend::PostgreSQL) {
            db->setCurrentUser(QStringLiteral("staf"));
            EXPECT_TRUE(IncentiveService(*db).prepare(QString(), m).ok());
            db->setCurrentUser(QStringLiteral("kepala"));
        }
        return IncentiveService(*db).approve(QString(), m);
    }
    MonthView month(YearMonth m)
    {
        auto v = IncentiveService(*db).month(QString(), m);
        EXPECT_TRUE(v.ok()) << v.errorText().toStdString();
        return v ? *v : MonthView{};
    }
};

TEST_P(IncentiveRuns_, ApprovedMonthIsFrozenAndLaterDataBecomesAnAdjustmentInTheNextOpenMonth)
{
    recruits(agent1, 30, QDate(2022, 5, 12));
    auto approved = approve({2022, 5});
    ASSERT_TRUE(approved.ok()) << approved.errorText().toStdString();
    EXPECT_EQ(approved->run.status, RunStatus::Approved);
    EXPECT_EQ(approved->run.approvedBy, "kepala");
    EXPECT_EQ(approved->figures.total, 677160);

    // A late import adds a May registration paid in May.
    recruits(agent1, 1, QDate(2022, 5, 30));
    const MonthView may = month({2022, 5});
    EXPECT_EQ(may.figures.agents.at(0).total, 615600); // never rewritten
    EXPECT_EQ(may.figures.agents.at(0).newParticipants, 30);
    EXPECT_EQ(may.figures.agents.at(0).basis.newByProgram.value("JKK+JKM+JHT"), 30); // the breakdown is frozen too

    const MonthView june = month({2022, 6});
    EXPECT_TRUE(june.open);
    ASSERT_EQ(june.adjustments.size(), 1u);
    const qint64 difference = (31 * 15000 + 31 * 36800 * 15 / 100) - 615600;
    EXPECT_EQ(june.adjustments[0].amount, difference);
    EXPECT_EQ(june.adjustments[0].forMonth, YearMonth(2022, 5));
    EXPECT_TRUE(june.adjustments[0].reason.contains("30 → 31")) << june.adjustments[0].reason.toStdString();
    ASSERT_EQ(june.figures.agents.size(), 1u);
    EXPECT_EQ(june.figures.agents[0].adjustment, difference);
    EXPECT_EQ(june.figures.agents[0].total, difference);
    EXPECT_EQ(june.figures.wadah.at(0).share, difference / 10);

    // Once June (with the correction) is approved, July owes nothing more for May.
    ASSERT_TRUE(approve({2022, 6}).ok());
    EXPECT_EQ(month({2022, 6}).adjustments.size(), 1u);
    EXPECT_TRUE(month({2022, 7}).adjustments.empty());

    // A correction the other way: a May payment undone by a later import.
    exec(QStringLiteral("DELETE FROM contributions WHERE participant_id = (SELECT MIN(id) FROM participants)"), {});
    const MonthView july = month({2022, 7});
    ASSERT_EQ(july.adjustments.size(), 1u);
    EXPECT_EQ(july.adjustments[0].amount, -(36800 * 15 / 100));
}

TEST_P(IncentiveRuns_, MonthsAreApprovedInOrderAndPaidOnlyOnceApproved)
{
    recruits(agent1, 25, QDate(2022, 5, 12));
    ASSERT_TRUE(approve({2022, 5}).ok());
    EXPECT_FALSE(approve({2022, 5}).ok());               // already approved
    EXPECT_FALSE(IncentiveService(*db).approve(QString(), {2022, 7}).ok()); // June first
    EXPECT_FALSE(IncentiveService(*db).markPaid(QString(), {2022, 6}, QStringLiteral("TRX-1"), QDate(2022, 7, 4)).ok());
    EXPECT_FALSE(IncentiveService(*db).markPaid(QString(), {2022, 5}, QString(), QDate(2022, 6, 4)).ok()); // no reference

    ASSERT_TRUE(IncentiveService(*db).markPaid(QString(), {2022, 5}, QStringLiteral("BNI-0604-77"), QDate(2022, 6, 4)).ok());
    const MonthView may = month({2022, 5});
    EXPECT_EQ(may.run.status, RunStatus::Paid);
    EXPECT_EQ(may.run.paymentReference, "BNI-0604-77");
    EXPECT_EQ(may.run.paidOn, QDate(2022, 6, 4));
    EXPECT_FALSE(IncentiveService(*db).prepare(QString(), {2022, 5})->run.status == RunStatus::Draft);

    // Approval and payment are in the audit log, by whom (on a server: the login, whatever the program says).
    const QString who = GetParam() == Backend::PostgreSQL ? QStringLiteral("session_user") : QStringLiteral("'kepala'");
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'incentive_runs' AND action = 'status' "
                                         "AND user_name = ") + who),
              2);
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM audit_log WHERE table_name = 'incentive_runs' AND summary LIKE '%BNI-0604-77%'"), 1);

    refreshSummaries();
    const auto months = IncentiveService(*db).months(QString());
    ASSERT_TRUE(months.ok());
    ASSERT_GE(months->size(), 2u);
    EXPECT_EQ(months->front().month, YearMonth(2022, 6)); // the next to approve, first
    EXPECT_EQ(months->at(1).status, RunStatus::Paid);
}

TEST_P(IncentiveRuns_, ApprovalNeedsAHeadOrAdminAndOnAServerAnotherPerson)
{
    recruits(agent1, 25, QDate(2022, 5, 12));
    exec(QStringLiteral("INSERT INTO users (login, full_name, role, created_at) VALUES ('staf', 'Staf', 'staff', '2022-01-01')"), {});
    db->setCurrentUser(QStringLiteral("staf"));
    EXPECT_FALSE(IncentiveService(*db).approve(QString(), {2022, 5}).ok());
    ASSERT_TRUE(IncentiveService(*db).prepare(QString(), {2022, 5}).ok());
    db->setCurrentUser(QStringLiteral("kepala"));
    if (GetParam() == Backend::PostgreSQL) {
        db->setCurrentUser(QStringLiteral("staf2"));
        ASSERT_TRUE(IncentiveService(*db).prepare(QString(), {2022, 5}).ok()); // now staf2 prepared it
        EXPECT_FALSE(IncentiveService(*db).approve(QString(), {2022, 5}).ok());
        db->setCurrentUser(QStringLiteral("kepala"));
    }
    EXPECT_TRUE(IncentiveService(*db).approve(QString(), {2022, 5}).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, IncentiveRuns_, allBackends(), backendName);

} // namespace
} // namespace perisai::testing
