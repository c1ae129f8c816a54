// Signals raised while importing participants, for a person to review (review_flags).
#include "importfixture.h"

#include "imports/batches.h"

using namespace perisai;
using namespace perisai::testing;
using imports::Kind;

class FlagsTest : public ImportTest {
protected:
    // 2021: two participants of agent AG-001; the first keeps paying all year, the second stops after March.
    void importHistory()
    {
        importRoster();
        importOk(Kind::Participants, {write(QStringLiteral("p2021.csv"),
                                            "kpj,nik,nama,program,tanggal_daftar,kode_agen\n"
                                            "22010000101,3319010101800101,Andi,JKK+JKM,05/01/2021,AG-001\n"
                                            "22010000102,3319010101800102,Budi,JKK+JKM,05/01/2021,AG-001\n")});
        QByteArray contributions = "kpj,periode,jumlah\n";
        for (int m = 1; m <= 12; ++m)
            contributions += QStringLiteral("22010000101,2021-%1,16800\n").arg(m, 2, 10, QLatin1Char('0')).toUtf8();
        for (int m = 1; m <= 3; ++m)
            contributions += QStringLiteral("22010000102,2021-%1,16800\n").arg(m, 2, 10, QLatin1Char('0')).toUtf8();
        importOk(Kind::Contributions, {write(QStringLiteral("c2021.csv"), contributions)});
    }

    QString newParticipants()
    {
        QByteArray text = "kpj,nik,nama,tanggal_lahir,jenis_kelamin,no_hp,program,tanggal_daftar,kode_agen\n"
                          // The first NIK again, by another agent, while its first membership is paid up.
                          "22010000201,3319010101800101,Andi,,,,JKK+JKM,10/01/2022,AG-002\n"
                          // The second NIK again after ten months without a contribution.
                          "22010000202,3319010101800102,Budi,,,,JKK+JKM,10/01/2022,AG-002\n"
                          // A NIK whose birth date and sex disagree with the row.
                          "22010000203,3319010101800103,Citra,02/02/1981,P,,JKK+JKM,10/01/2022,AG-001\n";
        for (int i = 4; i <= 8; ++i) // five participants on one phone
            text += QStringLiteral("2201000020%1,331901010180020%1,Orang %1,,,0812-7777-0000,JKK+JKM,11/01/2022,AG-001\n").arg(i).toUtf8();
        return write(QStringLiteral("p2022.csv"), text);
    }

    qint64 flags(const QString &kind) const
    {
        return scalar(*db, QStringLiteral("SELECT COUNT(*) FROM review_flags WHERE kind = '%1'").arg(kind));
    }
};

TEST_P(FlagsTest, SignalsForAPersonToReview)
{
    importHistory();
    const auto result = importOk(Kind::Participants, {newParticipants()});
    EXPECT_EQ(result.flagsRaised, 4);
    EXPECT_EQ(flags(QStringLiteral("duplicate_nik")), 1);
    EXPECT_EQ(flags(QStringLiteral("reregistered_after_lapse")), 1);
    EXPECT_EQ(flags(QStringLiteral("invalid_nik")), 1);
    EXPECT_EQ(flags(QStringLiteral("shared_phone")), 1);

    const QString duplicate = text(QStringLiteral("SELECT detail FROM review_flags WHERE kind = 'duplicate_nik'"));
    EXPECT_TRUE(duplicate.contains(QLatin1String("AG-001")) && duplicate.contains(QLatin1String("AG-002"))) << duplicate.toStdString();
    EXPECT_FALSE(duplicate.contains(QLatin1String("3319010101800101"))) << "NIK is masked: " << duplicate.toStdString();
    const QString lapse = text(QStringLiteral("SELECT detail FROM review_flags WHERE kind = 'reregistered_after_lapse'"));
    EXPECT_TRUE(lapse.contains(QLatin1String("2021-03"))) << lapse.toStdString();
    const QString nik = text(QStringLiteral("SELECT detail FROM review_flags WHERE kind = 'invalid_nik'"));
    EXPECT_TRUE(nik.contains(QLatin1String("22010000203"))) << nik.toStdString();
    const QString phone = text(QStringLiteral("SELECT detail FROM review_flags WHERE kind = 'shared_phone'"));
    EXPECT_TRUE(phone.startsWith(QLatin1String("5 "))) << phone.toStdString();
    EXPECT_EQ(text(QStringLiteral("SELECT DISTINCT status FROM review_flags")), QStringLiteral("open"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT batch_id) FROM review_flags")), 1);
}

TEST_P(FlagsTest, NotRaisedTwiceAndGoneWithTheirBatch)
{
    importHistory();
    const QString file = newParticipants();
    const auto first = importOk(Kind::Participants, {file});
    const auto again = importOk(Kind::Participants, {file});
    EXPECT_EQ(again.flagsRaised, 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM review_flags")), 4);
    ASSERT_TRUE(imports::undoBatch(*db, again.files[0].batchId).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM review_flags")), 4);
    ASSERT_TRUE(imports::undoBatch(*db, first.files[0].batchId).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM review_flags")), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, FlagsTest, allBackends(), backendName);
