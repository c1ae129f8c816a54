#include "core/phone.h"

#include <gtest/gtest.h>

using perisai::Phone;

TEST(Phone, NormalisesTheWaysOfficesWriteNumbers)
{
    EXPECT_EQ(*Phone::normalize(QStringLiteral("0812-3456-789")), QStringLiteral("+628123456789"));
    EXPECT_EQ(*Phone::normalize(QStringLiteral("62 812 3456 789")), QStringLiteral("+628123456789"));
    EXPECT_EQ(*Phone::normalize(QStringLiteral("+62 812.3456.789")), QStringLiteral("+628123456789"));
    EXPECT_EQ(*Phone::normalize(QStringLiteral("8123456789")), QStringLiteral("+628123456789"));
}

TEST(Phone, RejectsWhatIsNotANumber)
{
    EXPECT_FALSE(Phone::normalize(QStringLiteral("0812-34x")).ok());
    EXPECT_FALSE(Phone::normalize(QStringLiteral("12345")).ok());
    EXPECT_FALSE(Phone::normalize(QStringLiteral("+1 202 555 0100")).ok());
    EXPECT_FALSE(Phone::normalize(QString()).ok());
}

TEST(Phone, MasksTheMiddle)
{
    EXPECT_EQ(Phone::mask(QStringLiteral("+628123456789")), QStringLiteral("+62812••••789"));
}
