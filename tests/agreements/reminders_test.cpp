// Reminders at 30, 60 and 90 days and after the end, the figures the dashboard reads, and wadah below
// their minimum target for three months, on SQLite and PostgreSQL.
#include "agreements/agreementservice.h"
#include "fixtures.h"
#include "testdatabase.h"

using namespace perisai;
using namespace perisai::agreements;
using perisai::testing::makeAgreement;

namespace {

const QDate kToday(2025, 6, 1);

class AgreementRemindersTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (db)
            office = perisai::testing::addOffice(*db, QStringLiteral("KC-CLP"));
    }
    // A wadah whose only agreement ends `daysLeft` days from today.
    qint64 wadahEndingIn(const QString &code, int daysLeft)
    {
        const qint64 w = perisai::testing::addWadah(*db, office, code, QStringLiteral("Wadah ") + code);
        const QDate end = kToday.addDays(daysLeft);
        auto id = AgreementService(*db, kToday).create(makeAgreement(w, QStringLiteral("PKS/") + code, end.addMonths(-12).addDays(1), end));
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        return w;
    }
    qint64 office = 0;
};

} // namespace

TEST_P(AgreementRemindersTest, EachAgreementLandsInTheBucketOfItsThreshold)
{
    for (int days : {0, 30, 31, 60, 61, 90, 91, 200})
        wadahEndingIn(QStringLiteral("W%1").arg(days), days);
    wadahEndingIn(QStringLiteral("WX"), -1); // ended yesterday, not renewed

    auto r = agreementReminders(*db, kToday);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r->count(30), 2);  // 0 and 30 days
    EXPECT_EQ(r->count(60), 4);  // and 31 and 60: counted as the tiles count them
    EXPECT_EQ(r->count(90), 6);  // and 61 and 90
    EXPECT_EQ(r->count(-1), 1);
    ASSERT_EQ(r->expiring.size(), 6u);
    EXPECT_EQ(r->expiring.front().wadahCode, QStringLiteral("W0"));
    EXPECT_EQ(r->expired.front().wadahCode, QStringLiteral("WX"));
    EXPECT_EQ(r->expired.front().daysLeft, -1);
    EXPECT_EQ(r->lines().value(0), QStringLiteral("2 PKS ending within 30 days; 4 PKS ending within 60 days; 6 PKS ending within 90 days; "
                                                  "1 PKS ended without renewal"));

    const AgreementFigures f = agreementFigures(*db, kToday);
    EXPECT_TRUE(f.error.isEmpty());
    EXPECT_EQ(f.active, 8);
    EXPECT_EQ(f.expiring_30, 2);
    EXPECT_EQ(f.expiring_60, 4);
    EXPECT_EQ(f.expiring_90, 6);
    EXPECT_EQ(f.expired, 1);
}

TEST_P(AgreementRemindersTest, ARenewedOrTerminatedAgreementNoLongerReminds)
{
    const qint64 renewedWadah = wadahEndingIn(QStringLiteral("WR"), 20);
    const qint64 terminatedWadah = wadahEndingIn(QStringLiteral("WT"), 20);
    AgreementService service(*db, kToday);
    const auto rows = *service.rows();
    for (const AgreementRow &row : rows) {
        if (row.agreement.wadahId == renewedWadah) {
            ASSERT_TRUE(service.renew(row.agreement, *service.proposeRenewal(row.agreement.id, kToday)).ok());
        } else if (row.agreement.wadahId == terminatedWadah) {
            ASSERT_TRUE(service.terminate(row.agreement, kToday.addDays(-10), QStringLiteral("tidak aktif")).ok());
        }
    }
    auto r = agreementReminders(*db, kToday);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->expiring.empty());
    EXPECT_TRUE(r->expired.empty());
    // No acquisitions at all: the wadah still bound by a PKS is for review, the terminated one no longer.
    ASSERT_EQ(r->belowTarget.size(), 1u);
    EXPECT_EQ(r->belowTarget.front().wadahCode, QStringLiteral("WR"));
    EXPECT_EQ(r->lines().size(), 1);
    const AgreementFigures f = agreementFigures(*db, kToday);
    EXPECT_EQ(f.active, 1);      // the renewed one, still in force for 20 days
    EXPECT_EQ(f.expiring_90, 0);
    EXPECT_EQ(f.terminated, 1);
    EXPECT_EQ(f.renewed, 0);     // its renewal starts only next month
    EXPECT_EQ(agreementFigures(*db, kToday.addDays(25)).renewed, 1);
}

TEST_P(AgreementRemindersTest, AWadahBelowItsMinimumForThreeMonthsIsFlaggedForReview)
{
    // Minimum 25 a month; the last three complete months before June 2025 are March, April, May.
    const qint64 low = wadahEndingIn(QStringLiteral("LOW"), 200);
    const qint64 ok = wadahEndingIn(QStringLiteral("OK"), 200);
    const qint64 a1 = perisai::testing::addAgent(*db, office, low, QStringLiteral("AG-1"), QStringLiteral("3301010101900001"));
    const qint64 a2 = perisai::testing::addAgent(*db, office, low, QStringLiteral("AG-2"), QStringLiteral("3301010101900002"));
    const qint64 b1 = perisai::testing::addAgent(*db, office, ok, QStringLiteral("AG-3"), QStringLiteral("3301010101900003"));
    for (int period : {202502, 202503, 202504, 202505}) {
        perisai::testing::addAcquisitions(*db, a1, period, period == 202502 ? 40 : 10);
        perisai::testing::addAcquisitions(*db, a2, period, 14);     // 24 a month together: one short
        perisai::testing::addAcquisitions(*db, b1, period, period == 202504 ? 25 : 3); // reaches it once
    }
    perisai::testing::addAcquisitions(*db, a1, 202506, 0); // the current month does not count yet

    auto r = agreementReminders(*db, kToday);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    ASSERT_EQ(r->belowTarget.size(), 1u);
    const ReviewFlag &flag = r->belowTarget.front();
    EXPECT_EQ(flag.wadahCode, QStringLiteral("LOW"));
    ASSERT_EQ(flag.months.size(), 3u);
    EXPECT_EQ(flag.months[0].period, 202503);
    EXPECT_EQ(flag.months[0].acquisitions, 24);
    EXPECT_EQ(flag.months[2].minTarget, 25);
    EXPECT_TRUE(r->lines().last().contains(QStringLiteral("1 wadah below their minimum target for 3 months in a row (LOW)")))
        << r->lines().join(QLatin1Char('|')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, AgreementRemindersTest, perisai::testing::allBackends(), perisai::testing::backendName);
