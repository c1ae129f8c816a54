#include "performance/chartkit.h"
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
