#include "core/nik.h"

#include <gtest/gtest.h>

using perisai::Nik;

TEST(Nik, AcceptsAValidNikAndReadsItsParts)
{
    const auto info = Nik::check(QStringLiteral("3301015708900007")); // Cilacap, woman born 17/08/1990
    ASSERT_TRUE(info.valid) << info.reason.toStdString();
    EXPECT_EQ(info.provinceCode, 33);
    EXPECT_EQ(info.regencyCode, 3301);
    EXPECT_TRUE(info.female);
    EXPECT_EQ(info.birthDate, QDate(1990, 8, 17));
}

TEST(Nik, TrimsSurroundingWhitespaceOnly)
{
    EXPECT_TRUE(Nik::isValid(QStringLiteral("  3301011708900007 ")));
    const auto info = Nik::check(QStringLiteral("3301 0117 0890 0007"));
    EXPECT_FALSE(info.valid);
    EXPECT_TRUE(info.reason.contains(QStringLiteral("spaces")));
}

TEST(Nik, RejectsScientificNotationWithAnExplanation)
{
    const auto info = Nik::check(QStringLiteral("3.30901E+15"));
    EXPECT_FALSE(info.valid);
    EXPECT_TRUE(info.reason.contains(QStringLiteral("scientific"))) << info.reason.toStdString();
}

TEST(Nik, RejectsALostLeadingDigit)
{
    const auto info = Nik::check(QStringLiteral("301011708900007"));
    EXPECT_FALSE(info.valid);
    EXPECT_TRUE(info.reason.contains(QStringLiteral("15 digits")));
}

TEST(Nik, RejectsUnknownProvinceAndImpossibleDates)
{
    EXPECT_FALSE(Nik::isValid(QStringLiteral("9901011708900007")));  // province 99
    EXPECT_FALSE(Nik::isValid(QStringLiteral("3301013202900007")));  // day 32
    EXPECT_FALSE(Nik::isValid(QStringLiteral("3301017213900007")));  // woman, day 32
    EXPECT_FALSE(Nik::isValid(QStringLiteral("3301013002900007")));  // 30 February
    EXPECT_FALSE(Nik::isValid(QStringLiteral("3301011708900000")));  // serial 0000
    EXPECT_FALSE(Nik::isValid(QStringLiteral("3300011708900007")));  // regency 00
}

TEST(Nik, MasksAllButTheEnds)
{
    EXPECT_EQ(Nik::mask(QStringLiteral("3309011708900007")), QStringLiteral("3309••••••••0007"));
}

TEST(Nik, ComposeBuildsValidNumbers)
{
    const QString nik = Nik::compose(5271, 3, QDate(1985, 2, 28), true, 42);
    EXPECT_EQ(nik, QStringLiteral("5271036802850042"));
    EXPECT_TRUE(Nik::isValid(nik));
}
