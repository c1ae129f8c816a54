#include "performance/chartscale.h"

#include <gtest/gtest.h>

using namespace perisai;
using namespace perisai::performance;

TEST(ChartScale, RoundStepsCoverTheLargestValue)
{
    const auto a = niceScale(5628, 5);
    EXPECT_DOUBLE_EQ(a.step, 2000);
    EXPECT_DOUBLE_EQ(a.max, 6000);
    EXPECT_EQ(a.ticks, 3);
    const auto b = niceScale(286000, 5);
    EXPECT_DOUBLE_EQ(b.step, 100000);
    EXPECT_DOUBLE_EQ(b.max, 300000);
    const auto c = niceScale(0.85, 5); // counts never step below one
    EXPECT_DOUBLE_EQ(c.step, 1);
    EXPECT_DOUBLE_EQ(c.max, 1);
    EXPECT_DOUBLE_EQ(niceScale(0, 4).max, 4);
    EXPECT_DOUBLE_EQ(niceScale(110, 5).step, 25);
}

TEST(ChartScale, LongPeriodsGroupIntoQuartersAndYears)
{
    EXPECT_EQ(buckets({{2022, 1}, {2022, 6}}).size(), 6u);
    const auto q = buckets({{2022, 2}, {2025, 12}}); // NTB: 47 months -> quarters, the first one partial
    ASSERT_EQ(q.size(), 16u);
    EXPECT_EQ(q[0].kind, Bucket::Kind::Quarter);
    EXPECT_EQ(q[0].range.from, YearMonth(2022, 2));
    EXPECT_EQ(q[0].range.to, YearMonth(2022, 3));
    EXPECT_EQ(q[1].range.from, YearMonth(2022, 4));
    EXPECT_EQ(q.back().range.to, YearMonth(2025, 12));
    const auto y = buckets({{2015, 1}, {2025, 6}});
    EXPECT_EQ(y.size(), 11u);
    EXPECT_EQ(y.back().range.to, YearMonth(2025, 6));
}
