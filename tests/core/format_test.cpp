#include "core/format.h"

#include <gtest/gtest.h>

namespace fmt = perisai::fmt;

TEST(Format, IndonesianNumbersMoneyAndDates)
{
    fmt::setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    EXPECT_EQ(fmt::number(1234567), QStringLiteral("1.234.567"));
    EXPECT_EQ(fmt::rupiah(36800), QStringLiteral("Rp36.800"));
    EXPECT_EQ(fmt::rupiahShort(64'100'000'000), QStringLiteral("Rp64,1 billion")); // untranslated in tests
    EXPECT_EQ(fmt::rupiahShort(615'600), QStringLiteral("Rp615.600"));
    EXPECT_EQ(fmt::percent(0.256), QStringLiteral("25,6%"));
    EXPECT_EQ(fmt::date(QDate(2025, 11, 19)), QStringLiteral("19/11/2025"));
    EXPECT_EQ(fmt::monthShort(5), QStringLiteral("Mei"));
}

TEST(Format, EnglishWhenTheUserChoosesEnglish)
{
    fmt::setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(fmt::number(1234567), QStringLiteral("1,234,567"));
    EXPECT_EQ(fmt::rupiahShort(64'100'000'000), QStringLiteral("Rp64.1 billion"));
    EXPECT_EQ(fmt::monthShort(5), QStringLiteral("May"));
    fmt::setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
}
