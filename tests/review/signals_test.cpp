// The five fraud signals on small planted worlds: raised for the planted agent, not for a clean agent at
// the office's baseline, and exactly at the edges of each threshold (interfaces.md § Signals defaults).
#include "figures/signalfigures.h"
#include "plant.h"
#include "storage/meta.h"
#include "testdatabase.h"

using namespace perisai;
using figures::SignalKind;

namespace {

const PeriodRange kPeriod{{2025, 1}, {2025, 6}};
const QDate kToday(2025, 12, 15);

class SignalsTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        plant = std::make_unique<perisai::testing::Planter>(*db);
        clean = plant->agent(QStringLiteral("AG-CLEAN"));
        planted = plant->agent(QStringLiteral("AG-PLANT"), QStringLiteral("+6281200000001"));
    }
    // The clean agent's recruits registered in January, paying every month to September (the data's last).
    void background(int n = 40) { plant->participants(n, clean, QStringLiteral("2025-01-10"), 202501, 202509); }

    std::vector<figures::AgentSignal> raisedSignals()
    {
        plant->finish();
        auto table = figures::signalFigures(*db, {}, kPeriod, kToday);
        EXPECT_TRUE(table.ok()) << table.errorText().toStdString();
        return table ? table->raised : std::vector<figures::AgentSignal>{};
    }
    static const figures::AgentSignal *find(const std::vector<figures::AgentSignal> &all, const QString &agent, SignalKind kind)
    {
        for (const auto &s : all) {
            if (s.agentCode == agent && s.kind == kind)
                return &s;
        }
        return nullptr;
    }

    std::unique_ptr<perisai::testing::Planter> plant;
    qint64 clean = 0, planted = 0;
};

// --- first_payment_only: clean 2 of 40 paid only January; the planted agent k of 10. -------------------

void plantFirstOnly(perisai::testing::Planter &p, qint64 clean, qint64 planted, int once, int observed = 10)
{
    p.participants(38, clean, QStringLiteral("2025-01-10"), 202501, 202509);
    p.participants(2, clean, QStringLiteral("2025-01-10"), 202501, 202501);
    p.participants(once, planted, QStringLiteral("2025-02-10"), 202502, 202502);
    p.participants(observed - once, planted, QStringLiteral("2025-02-10"), 202502, 202508);
}

TEST_P(SignalsTest, FirstPaymentOnlyRaisedForThePlantedAgentNotTheCleanOne)
{
    plantFirstOnly(*plant, clean, planted, 5);
    const auto all = raisedSignals();
    const auto *s = find(all, QStringLiteral("AG-PLANT"), SignalKind::FirstPaymentOnly);
    ASSERT_NE(s, nullptr);
    EXPECT_DOUBLE_EQ(s->value, 0.5);
    EXPECT_DOUBLE_EQ(s->baseline, 7.0 / 50.0);
    EXPECT_EQ(s->count, 5);
    EXPECT_EQ(s->participants.size(), 5);
    EXPECT_TRUE(s->detail.contains(QStringLiteral("5"))) << s->detail.toStdString();
    EXPECT_EQ(find(all, QStringLiteral("AG-CLEAN"), SignalKind::FirstPaymentOnly), nullptr);
}

TEST_P(SignalsTest, FirstPaymentOnlyAtTheEdgeOfOfficeSharePlusMargin)
{
    // 3 of 10 against an office share of 5 of 50 = 0.10: the bar is max(0.20, 0.30) = 0.30, met exactly.
    plantFirstOnly(*plant, clean, planted, 3);
    EXPECT_NE(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::FirstPaymentOnly), nullptr);
}

TEST_P(SignalsTest, FirstPaymentOnlyJustBelowTheEdgeIsNotRaised)
{
    // 2 of 10 against 4 of 50 = 0.08: the bar is 0.28.
    plantFirstOnly(*plant, clean, planted, 2);
    EXPECT_EQ(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::FirstPaymentOnly), nullptr);
}

TEST_P(SignalsTest, FirstPaymentOnlyNeedsTenObservedRecruits)
{
    plantFirstOnly(*plant, clean, planted, 9, 9);
    EXPECT_EQ(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::FirstPaymentOnly), nullptr);
}

TEST_P(SignalsTest, FirstPaymentOnlyThresholdIsASetting)
{
    plantFirstOnly(*plant, clean, planted, 9, 9);
    ASSERT_TRUE(storage::writeMeta(*db, QStringLiteral("signals.first_payment_only.min_recruits"), QStringLiteral("9")).ok());
    EXPECT_NE(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::FirstPaymentOnly), nullptr);
}

// --- re_registration: NIKs of participants registered before the period. --------------------------------

void plantReRegistrations(perisai::testing::Planter &p, qint64 planted, int n)
{
    for (int i = 0; i < n; ++i) {
        const qint64 earlier = p.participant(0, QStringLiteral("2023-03-10"), 202303, 202306);
        p.participant(planted, QStringLiteral("2025-03-10"), 202503, 202509, p.nikOf(earlier));
    }
    p.participants(5, planted, QStringLiteral("2025-03-12"), 202503, 202509);
}

TEST_P(SignalsTest, ReRegistrationRaisedAtThreeNotAtTwo)
{
    background();
    plantReRegistrations(*plant, planted, 3);
    const auto all = raisedSignals();
    const auto *s = find(all, QStringLiteral("AG-PLANT"), SignalKind::ReRegistration);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->count, 3);
    EXPECT_DOUBLE_EQ(s->value, 3.0 / 8.0);
    EXPECT_DOUBLE_EQ(s->baseline, 3.0 / 48.0);
    EXPECT_EQ(find(all, QStringLiteral("AG-CLEAN"), SignalKind::ReRegistration), nullptr);
}

TEST_P(SignalsTest, ReRegistrationOfTwoIsNotRaised)
{
    background();
    plantReRegistrations(*plant, planted, 2);
    EXPECT_EQ(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::ReRegistration), nullptr);
}

// --- threshold_bunching: 25 new participants a month is the v2022 threshold; February has 28 days. ------

// `n` recruits of the planted agent in the month, `late` of them in its last five days.
void plantMonth(perisai::testing::Planter &p, qint64 planted, int year, int month, int n, int late)
{
    const QDate first(year, month, 1);
    const int lastDay = first.daysInMonth();
    for (int i = 0; i < n; ++i) {
        const QDate day(year, month, i < late ? lastDay - (i % 5) : 5 + (i % 10));
        const int ym = year * 100 + month;
        p.participant(planted, day.toString(Qt::ISODate), ym, 202509);
    }
}

TEST_P(SignalsTest, ThresholdBunchingRaisedForTwoMonthsJustOverTheThreshold)
{
    background();
    plantMonth(*plant, planted, 2025, 2, 25, 13); // 52 % late
    plantMonth(*plant, planted, 2025, 3, 27, 14); // threshold + 2, 52 % late
    const auto all = raisedSignals();
    const auto *s = find(all, QStringLiteral("AG-PLANT"), SignalKind::ThresholdBunching);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->count, 2);
    EXPECT_EQ(s->participants.size(), 27);
    EXPECT_DOUBLE_EQ(s->value, 27.0 / 52.0);
    EXPECT_EQ(find(all, QStringLiteral("AG-CLEAN"), SignalKind::ThresholdBunching), nullptr);
}

TEST_P(SignalsTest, ThresholdBunchingAtHalfLateIsRaised)
{
    background();
    plantMonth(*plant, planted, 2025, 2, 26, 13); // exactly 50 %
    plantMonth(*plant, planted, 2025, 4, 25, 13);
    EXPECT_NE(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::ThresholdBunching), nullptr);
}

TEST_P(SignalsTest, ThresholdBunchingNotRaisedBelowHalfLateOrAboveTheBand)
{
    background();
    plantMonth(*plant, planted, 2025, 2, 25, 12); // 48 % late
    plantMonth(*plant, planted, 2025, 3, 28, 20); // threshold + 3: outside the band
    plantMonth(*plant, planted, 2025, 4, 24, 20); // under the threshold
    plantMonth(*plant, planted, 2025, 5, 25, 13); // the only bunched month
    EXPECT_EQ(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::ThresholdBunching), nullptr);
}

// --- collective_lapse: the planted agent's recruits pay January-March, then none of them pays on. ------

TEST_P(SignalsTest, CollectiveLapseRaisedWhenTheRecruitsStopTogether)
{
    background(20);
    plant->participants(12, planted, QStringLiteral("2025-01-15"), 202501, 202503);
    const auto all = raisedSignals();
    const auto *s = find(all, QStringLiteral("AG-PLANT"), SignalKind::CollectiveLapse);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->count, 12);
    EXPECT_EQ(s->month, 202503);
    EXPECT_DOUBLE_EQ(s->value, 1.0);
    EXPECT_DOUBLE_EQ(s->baseline, 0.0);
    EXPECT_EQ(find(all, QStringLiteral("AG-CLEAN"), SignalKind::CollectiveLapse), nullptr);
}

TEST_P(SignalsTest, CollectiveLapseAtSeventyPercentAndTenPeople)
{
    background(20);
    plant->participants(14, planted, QStringLiteral("2025-01-15"), 202501, 202503);
    plant->participants(6, planted, QStringLiteral("2025-01-15"), 202501, 202509);
    const auto all = raisedSignals();
    const auto *s = find(all, QStringLiteral("AG-PLANT"), SignalKind::CollectiveLapse);
    ASSERT_NE(s, nullptr);
    EXPECT_DOUBLE_EQ(s->value, 0.7);
}

TEST_P(SignalsTest, CollectiveLapseNotRaisedForNinePeopleOrUnderSeventyPercent)
{
    background(20);
    plant->participants(9, planted, QStringLiteral("2025-01-15"), 202501, 202503);      // 9 of 9 in March
    plant->participants(13, planted, QStringLiteral("2025-01-15"), 202501, 202505);     // 13 of 19 in May: 68 %
    plant->participants(6, planted, QStringLiteral("2025-04-15"), 202504, 202509);
    EXPECT_EQ(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::CollectiveLapse), nullptr);
}

TEST_P(SignalsTest, CollectiveLapseNotRaisedWhenTheWholeOfficeStopped)
{
    plant->participants(11, clean, QStringLiteral("2025-01-10"), 202501, 202503);
    plant->participants(9, clean, QStringLiteral("2025-01-10"), 202501, 202509);
    plant->participants(12, planted, QStringLiteral("2025-01-15"), 202501, 202503);
    EXPECT_EQ(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::CollectiveLapse), nullptr);
}

// --- shared_phone: five people on one number, the agent counted when it is the agent's own. ------------

TEST_P(SignalsTest, SharedPhoneRaisedForFourRecruitsOnTheAgentsOwnNumber)
{
    background();
    plant->participants(4, planted, QStringLiteral("2025-02-10"), 202502, 202509, QStringLiteral("+6281200000001"));
    const auto all = raisedSignals();
    const auto *s = find(all, QStringLiteral("AG-PLANT"), SignalKind::SharedPhone);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->count, 4);
    EXPECT_DOUBLE_EQ(s->value, 5.0);
    EXPECT_EQ(find(all, QStringLiteral("AG-CLEAN"), SignalKind::SharedPhone), nullptr);
}

TEST_P(SignalsTest, SharedPhoneRaisedAtFiveNotAtFourOnAnotherNumber)
{
    background();
    plant->participants(5, planted, QStringLiteral("2025-02-10"), 202502, 202509, QStringLiteral("+6281399999999"));
    EXPECT_NE(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::SharedPhone), nullptr);
}

TEST_P(SignalsTest, SharedPhoneOfFourOnAnotherNumberIsNotRaised)
{
    background();
    plant->participants(4, planted, QStringLiteral("2025-02-10"), 202502, 202509, QStringLiteral("+6281399999999"));
    EXPECT_EQ(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::SharedPhone), nullptr);
}

// Numbers are compared exactly as written: "+62..." and "62..." are two numbers, and a number written with
// other characters still groups with its own kind.
TEST_P(SignalsTest, SharedPhoneComparesNumbersAsWritten)
{
    background();
    plant->participants(3, planted, QStringLiteral("2025-02-10"), 202502, 202509, QStringLiteral("+6281399999999"));
    plant->participants(2, planted, QStringLiteral("2025-02-10"), 202502, 202509, QStringLiteral("6281399999999"));
    EXPECT_EQ(find(raisedSignals(), QStringLiteral("AG-PLANT"), SignalKind::SharedPhone), nullptr);
}

TEST_P(SignalsTest, SharedPhoneGroupsNumbersWrittenWithOtherCharacters)
{
    background();
    plant->participants(5, planted, QStringLiteral("2025-02-10"), 202502, 202509, QStringLiteral("0813-9999-999"));
    const auto raised = raisedSignals(); // kept: find() points into it
    const auto *s = find(raised, QStringLiteral("AG-PLANT"), SignalKind::SharedPhone);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->count, 5);
}

TEST_P(SignalsTest, ACleanOfficeRaisesNothing)
{
    background();
    plant->participants(20, planted, QStringLiteral("2025-03-10"), 202503, 202509);
    EXPECT_TRUE(raisedSignals().empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, SignalsTest, perisai::testing::allBackends(), perisai::testing::backendName);

} // namespace
