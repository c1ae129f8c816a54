#include "performance/chartkit.h"
#include "performance/chartscale.h"
#include "figures/periodbuckets.h"

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
    using figures::buckets;
    using figures::Bucket;
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

// A quarter's bar adds up its months' acquisitions and targets; its active participants and agents are
// those of its last month, and "other channels" is the active participants less those through Perisai.
TEST(ChartScale, AQuarterAddsUpFlowsAndTakesStocksAtItsEnd)
{
    figures::DashboardData d;
    d.summary.period = {{2022, 2}, {2025, 12}};
    for (YearMonth m = d.summary.period.from; m <= d.summary.period.to; m = m.addMonths(1)) {
        figures::MonthFigures f;
        f.month = m;
        f.acquisitions = m.month();
        f.acquisitionsLastYear = 1;
        f.target = 2.5;
        f.activeAll = 1000 + m.month();
        f.activePerisai = 400 + m.month();
        f.agentsRegistered = 40 + m.month();
        f.agentsProductive = 10 + m.month();
        d.months.push_back(f);
    }
    const figures::BucketedPeriod b = figures::bucketFigures(d);
    EXPECT_TRUE(b.spansYears);
    ASSERT_EQ(b.buckets.size(), 16u);
    const figures::MonthFigures &first = b.buckets[0].figures; // February and March 2022
    EXPECT_EQ(first.acquisitions, 2 + 3);
    EXPECT_EQ(first.acquisitionsLastYear, 2);
    EXPECT_DOUBLE_EQ(first.target, 5.0);
    EXPECT_EQ(first.activeAll, 1003);
    EXPECT_EQ(first.activeOtherChannels(), 600);
    const figures::MonthFigures &q3 = b.buckets[2].figures; // July to September 2022
    EXPECT_EQ(q3.acquisitions, 7 + 8 + 9);
    EXPECT_EQ(q3.activePerisai, 409);
    EXPECT_EQ(q3.agentsRegistered, 49);
    EXPECT_EQ(q3.agentsProductive, 19);
}

TEST(ChartScale, ShortNamesKeepTheirLastWord)
{
    EXPECT_EQ(shortName(QStringLiteral("Kantor Perisai Cilacap Selatan")), QStringLiteral("Kantor Perisai… Selatan"));
    EXPECT_EQ(shortName(QStringLiteral("Koperasi Simpan Pinjam Sejahtera Adipala")), QStringLiteral("Koperasi Simpan… Adipala"));
    EXPECT_EQ(shortName(QStringLiteral("Komunitas Ojek")), QStringLiteral("Komunitas Ojek"));
    EXPECT_LE(shortName(QStringLiteral("Abcdefghijklmnopqrstuvwxyzabcdefgh")).size(), 26);
}

TEST(ChartScale, AxisLabelsShareOneUnit)
{
    const auto thousands = countAxisLabel(14000);
    EXPECT_EQ(thousands(0), QStringLiteral("0"));
    EXPECT_TRUE(thousands(5000).startsWith(QStringLiteral("5 "))) << thousands(5000).toStdString();
    EXPECT_TRUE(thousands(2500).startsWith(QStringLiteral("2,5 ")) || thousands(2500).startsWith(QStringLiteral("2.5 ")));
    EXPECT_EQ(countAxisLabel(600)(400), QStringLiteral("400"));
}
