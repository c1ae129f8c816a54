#include "core/indicators.h"

#include <gtest/gtest.h>

using namespace perisai::indicators;

TEST(Indicators, CilacapOutlookDoesNotBeatLastYearAtTheRunRate)
{
    // Cilacap: 2,336 acquisitions in January-June 2022 against 5,628 in 2021.
    std::array<qint64, 12> lastYear{};
    lastYear.fill(469); // 5,628 spread evenly
    const auto o = yearEndOutlook(2336, 6, lastYear);
    EXPECT_EQ(o.runRate, 4672);
    EXPECT_FALSE(o.beatsLastYear);
}

TEST(Indicators, SeasonalOutlookUsesLastYearsShape)
{
    std::array<qint64, 12> lastYear{100, 100, 100, 100, 100, 100, 200, 200, 200, 200, 200, 200}; // 1,800
    const auto o = yearEndOutlook(700, 6, lastYear);
    EXPECT_EQ(o.runRate, 1400);
    EXPECT_EQ(o.seasonal, 2100); // 700 is 600 * 7/6, so the year lands at 1,800 * 7/6
    EXPECT_TRUE(o.beatsLastYear);
}

TEST(Indicators, AchievementFlagsTheCap)
{
    EXPECT_DOUBLE_EQ(targetAchievement(50, 100).ratio, 0.5);
    EXPECT_TRUE(targetAchievement(120, 100).aboveCap);
    EXPECT_FALSE(targetAchievement(10, 0).aboveCap);
    EXPECT_DOUBLE_EQ(ratio(1, 0), 0.0);
}
