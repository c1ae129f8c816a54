#include "core/period.h"

#include <gtest/gtest.h>

using namespace perisai;

TEST(Period, ParsesRangesAndYears)
{
    const auto r = PeriodRange::parse(QStringLiteral("2022-01..2022-06"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->from, YearMonth(2022, 1));
    EXPECT_EQ(r->to, YearMonth(2022, 6));
    EXPECT_EQ(r->months(), 6);
    EXPECT_EQ(r->previousYear().from, YearMonth(2021, 1));

    const auto y = PeriodRange::parse(QStringLiteral("2021"));
    ASSERT_TRUE(y.ok());
    EXPECT_EQ(y->months(), 12);

    // One month alone, as a monthly report asks for it.
    const auto m = PeriodRange::parse(QStringLiteral("2026-10"));
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->from, YearMonth(2026, 10));
    EXPECT_EQ(m->to, YearMonth(2026, 10));
    EXPECT_EQ(m->months(), 1);
}

TEST(Period, RejectsMalformedRangesWithAReason)
{
    EXPECT_FALSE(PeriodRange::parse(QStringLiteral("2022-13..2022-14")).ok());
    EXPECT_FALSE(PeriodRange::parse(QStringLiteral("2022-06..2022-01")).ok());
    EXPECT_FALSE(PeriodRange::parse(QStringLiteral("2022-13")).ok());
    EXPECT_TRUE(PeriodRange::parse(QStringLiteral("Jan 2022")).errorText().contains(QStringLiteral("YYYY-MM")));
}

TEST(Period, MonthArithmeticCrossesYears)
{
    EXPECT_EQ(YearMonth(2021, 11).addMonths(3), YearMonth(2022, 2));
    EXPECT_EQ(YearMonth(2021, 11).monthsUntil(YearMonth(2022, 2)), 3);
    EXPECT_EQ(YearMonth::fromKey(202206).key(), 202206);
    EXPECT_EQ(YearMonth(2024, 2).lastDay(), QDate(2024, 2, 29));
}
