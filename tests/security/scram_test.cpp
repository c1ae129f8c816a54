#include "storage/scram.h"

#include <gtest/gtest.h>

using namespace perisai::storage;

TEST(Scram, MakesThePostgresVerifierOfAKnownPasswordAndSalt)
{
    // Computed independently (PBKDF2-HMAC-SHA-256, RFC 5802 keys) for the salt of RFC 7677's example.
    EXPECT_EQ(scramSha256Verifier(QStringLiteral("pencil"), QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096),
              QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                             "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
}

TEST(Scram, SaltsEachVerifierAndGeneratesReadablePasswords)
{
    EXPECT_NE(scramSha256Verifier(QStringLiteral("x")), scramSha256Verifier(QStringLiteral("x")));
    const QString p = generatePassword();
    EXPECT_EQ(p.size(), 16);
    EXPECT_FALSE(p.contains(QLatin1Char('0')) || p.contains(QLatin1Char('O')) || p.contains(QLatin1Char('l')));
    EXPECT_NE(p, generatePassword());
}
