// The figures a Monev room sees, read from a branch whose numbers are worked out by hand (deckfixture.cpp).
#include "deckfixture.h"
#include "testdatabase.h"

#include "presentation/deckrepository.h"
#include "storage/query.h"

#include <gtest/gtest.h>

using namespace perisai;
using namespace perisai::presentation;

namespace {

class DeckTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        auto f = perisai::testing::seedDeckFixture(*db);
        ASSERT_TRUE(f.ok()) << f.errorText().toStdString();
        fixture = *f;
    }

    DeckData load(qint64 session, QDate today = QDate(2022, 7, 15))
    {
        DeckRequest request;
        request.sessionId = session;
        request.today = today;
        auto deck = loadDeck(*db, request);
        EXPECT_TRUE(deck.ok()) << deck.errorText().toStdString();
        return deck.ok() ? *deck : DeckData{};
    }

    perisai::testing::DeckFixture fixture;
};

TEST_P(DeckTest, WithoutASessionShowsTheYearSoFarOfTheBranch)
{
    const DeckData d = load(0);
    EXPECT_EQ(d.header.officeCode, QStringLiteral("KC-UJI"));
    EXPECT_EQ(d.header.period.toString(), QStringLiteral("2022-01..2022-06"));
    EXPECT_EQ(d.header.asOf, QDate(2022, 7, 15));

    EXPECT_EQ(d.headline.acquisitions, 264);
    EXPECT_EQ(d.headline.acquisitionsSamePeriodLastYear, 216);
    EXPECT_EQ(d.headline.target, 240);
    EXPECT_NEAR(d.headline.achievement.ratio, 1.1, 1e-9);
    EXPECT_TRUE(d.headline.achievement.aboveCap);
    EXPECT_EQ(d.headline.activePerisai, 344);
    EXPECT_GT(d.headline.collected, 0);
    EXPECT_EQ(d.headline.agentsRegistered, 8);
    EXPECT_EQ(d.headline.agentsProductive, 8);
    ASSERT_TRUE(d.headline.retention3.has_value());
    // The glossary's retention: the recruits of January–March 2022 (the months of the period old enough),
    // 24 of each month's 44 paid for their third month.
    EXPECT_NEAR(*d.headline.retention3, 24.0 / 44.0, 1e-9);

    EXPECT_EQ(d.monthly.year, 2022);
    EXPECT_EQ(d.monthly.monthsElapsed, 6);
    EXPECT_EQ(d.monthly.thisYear[0], 44);
    EXPECT_EQ(d.monthly.thisYear[6], 0);
    EXPECT_EQ(d.monthly.lastYear[11], 36);
    // The "Against last year" tile: the year so far less the whole of last year.
    EXPECT_EQ(d.monthly.yearToDate, 264);
    EXPECT_EQ(d.monthly.againstLastYearTotal, 264 - d.monthly.lastYearTotal);
}

TEST_P(DeckTest, AchievementByWadahBestFirstWithTheCapFlagged)
{
    const DeckData d = load(0);
    EXPECT_EQ(d.achievement.level, AchievementTable::Level::Wadah);
    ASSERT_EQ(d.achievement.rows.size(), 4u);
    EXPECT_EQ(d.achievement.rows[0].name, QStringLiteral("Komunitas Ojek Pangkalan"));
    EXPECT_EQ(d.achievement.rows[0].target, 60);
    EXPECT_EQ(d.achievement.rows[0].acquisitions, 78);
    EXPECT_TRUE(d.achievement.rows[0].achievement.aboveCap);
    EXPECT_EQ(d.achievement.rows[1].name, QStringLiteral("Bumdes Maju Bersama"));
    EXPECT_EQ(d.achievement.rows[2].target, 60);
    EXPECT_NEAR(d.achievement.rows[2].achievement.ratio, 0.5, 1e-9);
    EXPECT_FALSE(d.achievement.rows[2].achievement.aboveCap);
    EXPECT_EQ(d.achievement.rows[3].target, 0); // no target: last
    EXPECT_EQ(d.achievement.atOrAboveTarget, 2);
}

TEST_P(DeckTest, ByKcpTheBranchsOwnWadahAreListedToo)
{
    // Enough wadah for the slide to count by KCP: six more under the KCP, two kept by the branch itself.
    for (int w = 5; w <= 12; ++w) {
        storage::Query q(db->connection(), QStringLiteral("INSERT INTO wadah (id, code, name, office_id, created_at, updated_at) "
                                                          "VALUES (?, ?, ?, ?, '2022-07-01T00:00:00Z', '2022-07-01T00:00:00Z')"));
        q.bind({w, QStringLiteral("W-%1").arg(w), QStringLiteral("Wadah %1").arg(w), w <= 10 ? 2 : 1});
        ASSERT_TRUE(q.exec().ok());
    }
    const DeckData d = load(0);
    ASSERT_EQ(d.achievement.level, AchievementTable::Level::Kcp);
    QStringList names;
    for (const AchievementRow &r : d.achievement.rows)
        names << r.name;
    EXPECT_TRUE(names.contains(QStringLiteral("KCP Alpha")) && names.contains(QStringLiteral("KCP Beta"))) << names.join(", ").toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Wadah 11")) && names.contains(QStringLiteral("Wadah 12")))
        << "the wadah under no KCP: " << names.join(", ").toStdString();
    EXPECT_FALSE(names.contains(QStringLiteral("Wadah 5"))) << "a KCP's wadah is in its KCP's row";
}

TEST_P(DeckTest, LeaderboardRanksAgentsByAcquisitionsWithNamesOnly)
{
    const DeckData d = load(0);
    ASSERT_EQ(d.leaders.size(), 8u);
    EXPECT_EQ(d.leaders[0].name, QStringLiteral("Slamet Riyadi"));
    EXPECT_EQ(d.leaders[0].acquisitions, 54);
    EXPECT_EQ(d.leaders[0].wadah, QStringLiteral("Serikat Pedagang Pasar"));
    EXPECT_EQ(d.leaders[0].rank, 1);
    EXPECT_EQ(d.leaders[7].name, QStringLiteral("Siti Aminah"));
    EXPECT_EQ(d.leaders[7].rank, 8);
    EXPECT_TRUE(d.awards.empty()); // awards belong to a session
}

TEST_P(DeckTest, RetentionComparesPerisaiWithOtherChannels)
{
    const DeckData d = load(0);
    ASSERT_TRUE(d.retention.perisai[3].has_value());
    EXPECT_NEAR(*d.retention.perisai[3], 312.0 / 564.0, 1e-9);
    ASSERT_TRUE(d.retention.other[3].has_value());
    EXPECT_NEAR(*d.retention.other[3], 1.0, 1e-9);
    EXPECT_NEAR(*d.retention.perisai[0], 1.0, 1e-9);
}

TEST_P(DeckTest, ASessionBringsItsTitleReviewPeriodAttendanceAwardsAndObstacles)
{
    const DeckData d = load(fixture.session, QDate(2022, 8, 20));
    EXPECT_EQ(d.header.sessionTitle, QStringLiteral("Monev Agen Triwulan II"));
    EXPECT_EQ(d.header.sessionDate, QDate(2022, 7, 10));
    EXPECT_EQ(d.header.sessionPlace, QStringLiteral("Aula KC Uji Coba"));
    EXPECT_EQ(d.header.asOf, QDate(2022, 7, 10)); // as the meeting saw it
    EXPECT_EQ(d.header.agentsInvited, 8);
    EXPECT_EQ(d.header.agentsPresent, 6);
    EXPECT_EQ(d.header.period.toString(), QStringLiteral("2022-04..2022-06"));
    EXPECT_EQ(d.headline.acquisitions, 132);
    EXPECT_EQ(d.headline.target, 120);

    ASSERT_EQ(d.awards.size(), 3u); // the unconfirmed suggestion is not shown
    EXPECT_EQ(d.awards[0].category, QStringLiteral("top_acquisition"));
    EXPECT_EQ(d.awards[0].agentName, QStringLiteral("Slamet Riyadi"));
    EXPECT_EQ(d.awards[1].category, QStringLiteral("best_retention"));

    EXPECT_TRUE(d.followUp.fromSession);
    EXPECT_EQ(d.followUp.obstaclesTotal, 3);
    ASSERT_FALSE(d.followUp.obstacles.empty());
    EXPECT_EQ(d.followUp.obstacles[0].count, 2);
    EXPECT_EQ(d.followUp.open, 3);
    EXPECT_EQ(d.followUp.overdue, 2);
    EXPECT_EQ(d.followUp.done, 1);
    ASSERT_EQ(d.followUp.overdueItems.size(), 2u);
    EXPECT_EQ(d.followUp.overdueItems[0].owner, QStringLiteral("Budi Santoso"));
    // Free text typed by staff never carries a NIK to the slide.
    EXPECT_FALSE(d.followUp.overdueItems[1].description.contains(QStringLiteral("3301011234560001")));
    EXPECT_TRUE(d.followUp.overdueItems[1].description.startsWith(QStringLiteral("Telepon peserta 3301")));
}

TEST_P(DeckTest, WithoutASessionObstaclesComeFromTheSessionsOfThePeriod)
{
    const DeckData d = load(0);
    EXPECT_FALSE(d.followUp.fromSession);
    // January–June: the session of 5 April; the one of 10 July falls after the period.
    EXPECT_EQ(d.followUp.sessionsHeld, 1);
    EXPECT_EQ(d.followUp.obstaclesTotal, 1);
}

TEST_P(DeckTest, AgreementsAsOfTheMeetingDay)
{
    const DeckData d = load(fixture.session);
    const AgreementStatus &a = d.agreements;
    EXPECT_EQ(a.active, 3);
    EXPECT_EQ(a.expiring30, 1);
    EXPECT_EQ(a.expiring90, 2);
    EXPECT_EQ(a.expired, 1);
    EXPECT_EQ(a.terminated, 1);
    ASSERT_EQ(a.soonest.size(), 3u);
    EXPECT_EQ(a.soonest[0].wadahName, QStringLiteral("Serikat Pedagang Pasar"));
    EXPECT_EQ(a.soonest[0].daysLeft, -40);
    EXPECT_EQ(a.soonest[1].daysLeft, 21);
}

TEST_P(DeckTest, AnUnknownSessionOrOfficeIsAnErrorNamingIt)
{
    DeckRequest request;
    request.sessionId = 999;
    auto deck = loadDeck(*db, request);
    ASSERT_FALSE(deck.ok());
    EXPECT_TRUE(deck.errorText().contains(QStringLiteral("999")));
    request.sessionId = 0;
    request.officeCode = QStringLiteral("KC-NOWHERE");
    deck = loadDeck(*db, request);
    ASSERT_FALSE(deck.ok());
    EXPECT_TRUE(deck.errorText().contains(QStringLiteral("KC-NOWHERE")));
}

TEST_P(DeckTest, SessionsAreListedNewestFirst)
{
    auto sessions = listSessions(*db);
    ASSERT_TRUE(sessions.ok()) << sessions.errorText().toStdString();
    ASSERT_EQ(sessions->size(), 2u);
    EXPECT_EQ(sessions->at(0).id, fixture.session);
    EXPECT_EQ(sessions->at(0).heldOn, QDate(2022, 7, 10));
}

INSTANTIATE_TEST_SUITE_P(Backends, DeckTest, perisai::testing::allBackends(), perisai::testing::backendName);

TEST(DeckEmpty, AnEmptyDatabaseSaysWhatIsMissing)
{
    auto t = perisai::testing::TestDatabase::create(perisai::testing::Backend::SQLite);
    ASSERT_TRUE(t->db);
    auto deck = loadDeck(*t->db, {});
    ASSERT_FALSE(deck.ok());
    EXPECT_TRUE(deck.errorText().contains(QStringLiteral("office")));
}

} // namespace
