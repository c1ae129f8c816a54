// The PKS rules without a database: derived status, reminder buckets, overlap, term, renewal proposal.
#include "agreements/agreementrules.h"

#include <gtest/gtest.h>

using namespace perisai;
using namespace perisai::agreements;

namespace {

Agreement pks(qint64 id, QDate start, QDate end, StoredStatus status = StoredStatus::Active)
{
    Agreement a;
    a.id = id;
    a.wadahId = 7;
    a.number = QStringLiteral("PKS/%1").arg(id);
    a.startsOn = start;
    a.endsOn = end;
    a.status = status;
    return a;
}

const QDate kToday(2025, 6, 1);

} // namespace

TEST(AgreementRules, StatusFollowsTheDatesForAnActiveAgreement)
{
    const Agreement a = pks(1, QDate(2025, 1, 1), QDate(2025, 12, 31));
    EXPECT_EQ(deriveStatus(a, false, kToday), AgreementStatus::Active);                  // 213 days left
    EXPECT_EQ(deriveStatus(a, false, QDate(2025, 10, 2)), AgreementStatus::Expiring);    // 90 days left
    EXPECT_EQ(deriveStatus(a, false, QDate(2025, 10, 1)), AgreementStatus::Active);      // 91 days left
    EXPECT_EQ(deriveStatus(a, false, QDate(2025, 12, 31)), AgreementStatus::Expiring);   // last day
    EXPECT_EQ(deriveStatus(a, false, QDate(2026, 1, 1)), AgreementStatus::Expired);
    EXPECT_EQ(deriveStatus(a, true, QDate(2026, 1, 1)), AgreementStatus::Renewed);
    EXPECT_EQ(deriveStatus(pks(2, a.startsOn, a.endsOn, StoredStatus::Draft), false, kToday), AgreementStatus::Draft);
    EXPECT_EQ(deriveStatus(pks(3, a.startsOn, a.endsOn, StoredStatus::Terminated), false, kToday), AgreementStatus::Terminated);
}

TEST(AgreementRules, ReminderBucketsAtEachThreshold)
{
    EXPECT_EQ(reminderBucket(-1), -1);
    EXPECT_EQ(reminderBucket(0), 30);
    EXPECT_EQ(reminderBucket(30), 30);
    EXPECT_EQ(reminderBucket(31), 60);
    EXPECT_EQ(reminderBucket(60), 60);
    EXPECT_EQ(reminderBucket(61), 90);
    EXPECT_EQ(reminderBucket(90), 90);
    EXPECT_EQ(reminderBucket(91), 0);
}

TEST(AgreementRules, EndBeforeStartIsAnError)
{
    const auto issues = checkAgreement(pks(0, QDate(2025, 6, 1), QDate(2025, 5, 31)), {}, WadahRules{});
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].code, QStringLiteral("dates"));
    EXPECT_EQ(issues[0].severity, Severity::Error);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("before it starts")));
    EXPECT_TRUE(blocksSaving(issues, true));
}

TEST(AgreementRules, OverlapWithAnotherAgreementOfTheWadahIsAnError)
{
    const std::vector<Agreement> existing{pks(1, QDate(2024, 7, 1), QDate(2025, 6, 30))};
    // Starting on the previous one's last day overlaps by one day.
    auto issues = checkAgreement(pks(0, QDate(2025, 6, 30), QDate(2026, 6, 29)), existing, WadahRules{});
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].code, QStringLiteral("overlap"));
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("PKS/1")));
    // The day after is fine.
    EXPECT_TRUE(checkAgreement(pks(0, QDate(2025, 7, 1), QDate(2026, 6, 30)), existing, WadahRules{}).empty());
    // Another wadah's agreement never overlaps.
    Agreement other = pks(0, QDate(2025, 1, 1), QDate(2025, 12, 31));
    other.wadahId = 8;
    EXPECT_TRUE(checkAgreement(other, existing, WadahRules{}).empty());
    // Editing an agreement does not overlap itself.
    EXPECT_TRUE(checkAgreement(existing[0], existing, WadahRules{}).empty());
}

TEST(AgreementRules, ATerminatedAgreementBindsOnlyUntilItsTermination)
{
    Agreement ended = pks(1, QDate(2025, 1, 1), QDate(2025, 12, 31), StoredStatus::Terminated);
    ended.terminatedOn = QDate(2025, 4, 1);
    EXPECT_EQ(ended.effectiveEnd(), QDate(2025, 3, 31));
    EXPECT_FALSE(findOverlap(pks(0, QDate(2025, 4, 1), QDate(2026, 3, 31)), {ended}).has_value());
    EXPECT_TRUE(findOverlap(pks(0, QDate(2025, 3, 31), QDate(2026, 3, 30)), {ended}).has_value());
}

TEST(AgreementRules, ATermOverOneYearIsAWarningThatAReasonOverrides)
{
    const WadahRules rules; // 12 months
    EXPECT_TRUE(checkAgreement(pks(0, QDate(2025, 1, 1), QDate(2025, 12, 31)), {}, rules).empty());
    const auto issues = checkAgreement(pks(0, QDate(2025, 1, 1), QDate(2026, 1, 1)), {}, rules);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].code, QStringLiteral("term"));
    EXPECT_EQ(issues[0].severity, Severity::Warning);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("12")));
    EXPECT_TRUE(blocksSaving(issues, false));
    EXPECT_FALSE(blocksSaving(issues, true));
    // Before the 2022 rule (no limit known) the same term is fine.
    EXPECT_TRUE(checkAgreement(pks(0, QDate(2019, 1, 1), QDate(2021, 12, 31)), {}, WadahRules{0, 3}).empty());
}

TEST(AgreementRules, RenewalCarriesTermsOverAndStartsTheNextDay)
{
    Agreement prev = pks(5, QDate(2024, 7, 1), QDate(2025, 6, 30));
    prev.targetParticipants = 600;
    prev.minMonthlyTarget = 25;
    prev.partnerBank = QStringLiteral("BNI");
    prev.signatoryWadah = QStringLiteral("Ketua Koperasi");
    prev.version = 3;
    const Agreement next = proposeRenewal(prev, WadahRules{}, QDate(2025, 6, 20));
    EXPECT_EQ(next.id, 0);
    EXPECT_EQ(next.previousId, 5);
    EXPECT_EQ(next.startsOn, QDate(2025, 7, 1));
    EXPECT_EQ(next.endsOn, QDate(2026, 6, 30));
    EXPECT_EQ(next.signedOn, QDate(2025, 6, 20));
    EXPECT_EQ(next.targetParticipants, 600);
    EXPECT_EQ(next.minMonthlyTarget, 25);
    EXPECT_EQ(next.partnerBank, QStringLiteral("BNI"));
    EXPECT_EQ(next.signatoryWadah, QStringLiteral("Ketua Koperasi"));
    EXPECT_EQ(next.status, StoredStatus::Active);
    EXPECT_TRUE(next.number.isEmpty());
    EXPECT_EQ(checkAgreement(next, {prev}, WadahRules{}).front().code, QStringLiteral("number"));
    Agreement numbered = next;
    numbered.number = QStringLiteral("PKS/6");
    EXPECT_TRUE(checkAgreement(numbered, {prev}, WadahRules{}).empty());
}

TEST(AgreementRules, ALateRenewalStartsOnItsSigningDay)
{
    const Agreement prev = pks(5, QDate(2024, 7, 1), QDate(2025, 6, 30));
    const Agreement next = proposeRenewal(prev, WadahRules{}, QDate(2025, 8, 12));
    EXPECT_EQ(next.startsOn, QDate(2025, 8, 12));
    EXPECT_EQ(next.endsOn, QDate(2026, 8, 11));
}

TEST(AgreementRules, SuggestedNumbersAreFree)
{
    EXPECT_EQ(suggestNumber(QStringLiteral("KOP-01"), QDate(2025, 7, 1), {}), QStringLiteral("PKS/KOP-01/2025"));
    EXPECT_EQ(suggestNumber(QStringLiteral("KOP-01"), QDate(2025, 7, 1), {QStringLiteral("PKS/KOP-01/2025")}),
              QStringLiteral("PKS/KOP-01/2025-2"));
}

TEST(AgreementRules, BelowTargetNeedsEveryOneOfTheLastMonthsBelowTheMinimum)
{
    std::vector<MonthAgainstTarget> months{{202503, 30, 25}, {202504, 10, 25}, {202505, 24, 25}, {202506, 0, 25}};
    EXPECT_TRUE(belowTargetForReview(months, 3));
    months[2].acquisitions = 25; // reaching the minimum once breaks the run
    EXPECT_FALSE(belowTargetForReview(months, 3));
    months[2] = {202505, 0, 0}; // no minimum agreed that month
    EXPECT_FALSE(belowTargetForReview(months, 3));
    EXPECT_FALSE(belowTargetForReview({{202506, 0, 25}}, 3)); // too few months known
}
