// What a room reads from the projector: every slide drawn at a projector's and a full-HD size, its text
// checked for names and against personal data. PERISAI_PROJECTOR_SNAPSHOT=<folder> also saves the PNGs.
#include "deckfixture.h"
#include "testdatabase.h"

#include "presentation/deckrepository.h"
#include "presentation/privacy.h"
#include "presentation/slide.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTranslator>
#include <algorithm>
#include <gtest/gtest.h>

using namespace perisai;
using namespace perisai::presentation;

namespace {

const QList<QSize> kScreens = {QSize(1024, 768), QSize(1920, 1080)};

class SlidesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_test = perisai::testing::TestDatabase::create(perisai::testing::Backend::SQLite);
        ASSERT_TRUE(m_test->db) << m_test->error.toStdString();
        auto f = perisai::testing::seedDeckFixture(*m_test->db);
        ASSERT_TRUE(f.ok()) << f.errorText().toStdString();
        fixture = *f;
    }

    DeckData deck(qint64 session)
    {
        DeckRequest request;
        request.sessionId = session;
        request.today = QDate(2022, 7, 15);
        auto d = loadDeck(*m_test->db, request);
        EXPECT_TRUE(d.ok()) << d.errorText().toStdString();
        return d.ok() ? *d : DeckData{};
    }

    // Every string drawn on every slide of the deck at that size.
    QStringList drawnText(const DeckData &data, const QSize &size, const QString &snapshotPrefix = {})
    {
        QStringList text;
        const SlideList slides = buildDeck(data);
        int n = 0;
        for (const auto &slide : slides) {
            ++n;
            QStringList drawn;
            const QImage image = renderSlide(*slide, size, {footerText(data), n, static_cast<int>(slides.size()), {}}, &drawn);
            EXPECT_EQ(image.size(), size);
            EXPECT_FALSE(drawn.isEmpty()) << slide->id().toStdString();
            text += drawn;
            const QString dir = qEnvironmentVariable("PERISAI_PROJECTOR_SNAPSHOT");
            if (!dir.isEmpty() && !snapshotPrefix.isEmpty()) {
                QDir().mkpath(dir);
                image.save(QDir(dir).filePath(QStringLiteral("%1-%2x%3-%4-%5.png").arg(snapshotPrefix).arg(size.width())
                                                  .arg(size.height()).arg(n, 2, 10, QLatin1Char('0')).arg(slide->id())));
            }
        }
        return text;
    }

    std::unique_ptr<perisai::testing::TestDatabase> m_test;
    perisai::testing::DeckFixture fixture;
};

TEST_F(SlidesTest, NamesAreShownButNeverANikOrAPhoneNumber)
{
    // Indonesian, as the projector normally speaks, when the translation is built in.
    QTranslator translator, coreTranslator; // the slides' texts and the number formats ("Rp37,5 juta")
    const bool indonesian = translator.load(QStringLiteral(":/i18n/presentation_id.qm"));
    if (indonesian)
        QCoreApplication::installTranslator(&translator);
    if (coreTranslator.load(QStringLiteral(":/i18n/core_id.qm")))
        QCoreApplication::installTranslator(&coreTranslator);
    static const QRegularExpression nikLike(QStringLiteral("\\d{16}"));
    static const QRegularExpression phoneLike(QStringLiteral("(\\+62|\\b0)8\\d[\\d\\- .]{6,}\\d"));
    for (qint64 session : {qint64(0), fixture.session}) {
        const DeckData data = deck(session);
        for (const QSize &size : kScreens) {
            const QString all = drawnText(data, size, session ? QStringLiteral("session") : QStringLiteral("year")).join(QLatin1Char('\n'));
            EXPECT_TRUE(all.contains(QStringLiteral("Slamet Riyadi"))) << "the leaderboard shows names";
            EXPECT_TRUE(all.contains(QStringLiteral("Serikat Pedagang Pasar")));
            EXPECT_FALSE(nikLike.match(all).hasMatch()) << nikLike.match(all).captured().toStdString();
            EXPECT_FALSE(phoneLike.match(all).hasMatch()) << phoneLike.match(all).captured().toStdString();
            for (const QString &nik : fixture.agentNiks)
                EXPECT_FALSE(all.contains(nik));
            for (const QString &phone : fixture.agentPhones) {
                EXPECT_FALSE(all.contains(phone));
                EXPECT_FALSE(all.contains(phone.mid(3))); // without +62
            }
            if (session) {
                EXPECT_TRUE(all.contains(QStringLiteral("Monev Agen Triwulan II")));
                EXPECT_TRUE(all.contains(QStringLiteral("Budi Santoso")));
            }
        }
    }
    if (indonesian)
        QCoreApplication::removeTranslator(&translator);
}

TEST_F(SlidesTest, TypeScalesWithTheScreenAndStaysReadableAt768Lines)
{
    const SlideList slides = buildDeck(deck(0));
    QImage small(1024, 768, QImage::Format_RGB32);
    QPainter p1(&small);
    SlideCanvas atXga(p1, small.size());
    EXPECT_GE(atXga.font(Type::Small).pixelSize(), 24); // the smallest text: about 1/32 of the height
    EXPECT_GE(atXga.font(Type::Body).pixelSize(), 28);
    QImage big(3840, 2160, QImage::Format_RGB32);
    QPainter p2(&big);
    SlideCanvas at4k(p2, big.size());
    EXPECT_GE(at4k.font(Type::Body).pixelSize(), 80); // drawn at full resolution, not scaled up
    EXPECT_NEAR(at4k.font(Type::Title).pixelSize() / double(atXga.font(Type::Title).pixelSize()), 2.8, 0.05);
}

TEST_F(SlidesTest, TheDeckFollowsTheMeetingsOrderAndTheChoice)
{
    const DeckData data = deck(0);
    QStringList ids;
    for (const auto &s : buildDeck(data))
        ids << s->id();
    EXPECT_EQ(ids, (QStringList{"title", "indicators", "acquisitions", "achievement", "leaderboard", "retention", "followup", "agreements"}));
    const SlideList chosen = buildDeck(data, {QStringLiteral("leaderboard"), QStringLiteral("title")});
    ASSERT_EQ(chosen.size(), 2u);
    EXPECT_EQ(chosen[0]->id(), QStringLiteral("title"));
    EXPECT_EQ(slideKinds().size(), 8);
}

TEST_F(SlidesTest, AnEmptyDeckStillDrawsEverySlide)
{
    DeckData empty;
    empty.header.officeName = QStringLiteral("KCP Kosong");
    QStringList drawn;
    for (const auto &slide : buildDeck(empty))
        renderSlide(*slide, QSize(1024, 768), {footerText(empty), 1, 8, {}}, &drawn);
    EXPECT_TRUE(drawn.join(QLatin1Char(' ')).contains(QStringLiteral("KCP Kosong")));
}

TEST_F(SlidesTest, TheKeyHelpSitsInTheFooterAndCoversNoFigure)
{
    const DeckData data = deck(0);
    const SlideList slides = buildDeck(data, {QStringLiteral("indicators")});
    ASSERT_EQ(slides.size(), 1u);
    for (const QSize &size : kScreens) {
        renderSlide(*slides.front(), size, {footerText(data), 2, 8, {}}); // the first drawing loads the fonts
        const QImage plain = renderSlide(*slides.front(), size, {footerText(data), 2, 8, {}});
        const QImage helped = renderSlide(*slides.front(), size, {footerText(data), 2, 8, QStringLiteral("\u2192 next   Esc leave")});
        EXPECT_NE(plain, helped) << "the help is drawn";
        int firstRow = -1; // the first line of pixels the help changed
        for (int y = 0; y < size.height() && firstRow < 0; ++y)
            for (int x = 0; x < size.width(); ++x)
                if (plain.pixel(x, y) != helped.pixel(x, y)) {
                    firstRow = y;
                    break;
                }
        EXPECT_GE(firstRow, size.height() * 9 / 10) << "the help covers the slide from line " << firstRow << " of " << size.height();
    }
}

TEST_F(SlidesTest, EveryOverdueActionIsListedAndNoneTwice)
{
    DeckData data = deck(0);
    FollowUp &f = data.followUp;
    f.overdueItems.clear();
    const QDate asOf = data.header.asOf;
    for (int i = 1; i <= 5; ++i)
        f.overdueItems.push_back({QStringLiteral("Langkah tindak lanjut nomor %1").arg(i), QStringLiteral("Budi Santoso"), asOf.addDays(-10 * i)});
    // The same step agreed at two sessions for the same person.
    f.overdueItems.push_back({QStringLiteral("Langkah tindak lanjut nomor 2"), QStringLiteral("Budi Santoso"), asOf.addDays(-60)});
    f.overdue = 6;
    const SlideList slides = buildDeck(data, {QStringLiteral("followup")});
    for (const QSize &size : kScreens) {
        QStringList drawn;
        renderSlide(*slides.front(), size, {footerText(data), 7, 8, {}}, &drawn);
        for (int i = 1; i <= 5; ++i)
            EXPECT_EQ(std::count_if(drawn.begin(), drawn.end(), [i](const QString &t) { return t.startsWith(QStringLiteral("Langkah tindak lanjut nomor %1").arg(i)); }), 1)
                << i << " at " << size.width();
        EXPECT_TRUE(std::any_of(drawn.begin(), drawn.end(), [](const QString &t) { return t.contains(QStringLiteral("nomor 2 (2\u00d7)")); }))
            << drawn.join(QLatin1Char('|')).toStdString();
        EXPECT_FALSE(std::any_of(drawn.begin(), drawn.end(), [](const QString &t) { return t.contains(QStringLiteral("more overdue")); }))
            << "all six fit: " << drawn.join(QLatin1Char('|')).toStdString();
    }
}

TEST(Privacy, NumbersThatLookLikeNikOrPhoneAreMasked)
{
    EXPECT_EQ(scrubPersonalData(QStringLiteral("NIK 3301011234560001 ditolak")), QStringLiteral("NIK 3301••••••••0001 ditolak"));
    EXPECT_EQ(scrubPersonalData(QStringLiteral("hubungi 0812-3456-7890")), QStringLiteral("hubungi 0812••••7890"));
    EXPECT_EQ(scrubPersonalData(QStringLiteral("WA +6281234567890")), QStringLiteral("WA +6281•••••7890"));
    EXPECT_EQ(scrubPersonalData(QStringLiteral("Iuran Rp36.800 untuk 30 peserta, total Rp 1.104.000.000")),
              QStringLiteral("Iuran Rp36.800 untuk 30 peserta, total Rp 1.104.000.000"));
    EXPECT_EQ(scrubPersonalData(QStringLiteral("Rapat 19/11/2025 pukul 09.00")), QStringLiteral("Rapat 19/11/2025 pukul 09.00"));
    EXPECT_EQ(scrubPersonalData(QStringLiteral("Siti Aminah")), QStringLiteral("Siti Aminah"));
}

} // namespace
