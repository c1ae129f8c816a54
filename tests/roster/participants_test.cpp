// The participants browser's queries on both backends: keyset pages with no gaps or repeats, every filter in
// SQL, search by name or by the start of a KPJ / NIK, and "active" as paid for the reference month.
#include "fixture.h"
#include "roster/participantindex.h"
#include "roster/participantrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QSet>

using namespace perisai;
using namespace perisai::roster;

class ParticipantBrowserTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        fixture = std::make_unique<perisai::testing::RosterFixture>(db);
        agentA = fixture->insertAgent(QStringLiteral("AG-A"), 1, AgentStatus::Active, QDate(2024, 1, 1));
        agentB = fixture->insertAgent(QStringLiteral("AG-B"), 2, AgentStatus::Active, QDate(2024, 1, 1));
        const QStringList first{QStringLiteral("Siti"), QStringLiteral("Budi"), QStringLiteral("Ahmad"), QStringLiteral("Dewi"),
                                QStringLiteral("Joko"), QStringLiteral("Wati"), QStringLiteral("Agus")};
        const QStringList occupations{QStringLiteral("Pedagang"), QStringLiteral("Petani"), QStringLiteral("Nelayan")};
        storage::Transaction tx(db->connection());
        for (int i = 0; i < 700; ++i) {
            // Repeated names on purpose: the page key must break ties by id.
            const QString name = first[i % first.size()] + QStringLiteral(" ") + QString::number(i % 50);
            const qint64 agent = i % 3 == 0 ? agentA : i % 3 == 1 ? agentB : 0;
            const qint64 id = fixture->insertParticipant(QStringLiteral("250%1").arg(i, 8, 10, QLatin1Char('0')), name, agent,
                                                         QDate(2024, 1, 1).addDays(i), occupations[i % 3],
                                                         i % 2 ? QStringLiteral("JKK+JKM") : QStringLiteral("JKK+JKM+JHT"));
            if (i % 4 != 0)
                fixture->insertContribution(id, 202506, 16800);
        }
        ASSERT_TRUE(tx.commit().ok());
    }

    std::vector<ParticipantRow> all(const ParticipantFilter &f, ParticipantSort sort = ParticipantSort::Name, bool desc = false)
    {
        ParticipantRepository repo(*db);
        std::vector<ParticipantRow> rows;
        PageKey key;
        for (;;) {
            auto page = repo.page(f, sort, desc, key, 64, 202506);
            EXPECT_TRUE(page.ok()) << page.errorText().toStdString();
            if (!page.ok() || page->empty())
                break;
            rows.insert(rows.end(), page->begin(), page->end());
            key = PageKey::after(page->back(), sort);
        }
        return rows;
    }

    std::unique_ptr<perisai::testing::RosterFixture> fixture;
    qint64 agentA = 0;
    qint64 agentB = 0;
};

TEST_P(ParticipantBrowserTest, PagesThroughEveryRowOnceInOrder)
{
    for (bool desc : {false, true}) {
        for (ParticipantSort sort : {ParticipantSort::Name, ParticipantSort::Kpj, ParticipantSort::Registered}) {
            const auto rows = all({}, sort, desc);
            ASSERT_EQ(rows.size(), 700u);
            QSet<qint64> ids;
            for (const auto &r : rows)
                ids.insert(r.id);
            EXPECT_EQ(ids.size(), 700);
            for (size_t i = 1; i < rows.size(); ++i) {
                const auto &a = rows[i - 1];
                const auto &b = rows[i];
                if (sort == ParticipantSort::Kpj) {
                    EXPECT_TRUE(desc ? a.kpj > b.kpj : a.kpj < b.kpj);
                }
                if (sort == ParticipantSort::Registered) {
                    EXPECT_TRUE(desc ? a.registeredOn >= b.registeredOn : a.registeredOn <= b.registeredOn);
                }
            }
        }
    }
}

TEST_P(ParticipantBrowserTest, FiltersByAgentOccupationProgramAndActivity)
{
    ParticipantRepository repo(*db);
    ParticipantFilter f;
    f.agentId = agentA;
    auto rows = all(f);
    EXPECT_EQ(rows.size(), 234u);
    for (const auto &r : rows)
        EXPECT_EQ(r.agentCode, QStringLiteral("AG-A"));
    EXPECT_EQ(repo.count(f, 202506).value(), 234);

    f = {};
    f.channel = ParticipantFilter::Channel::Other;
    EXPECT_EQ(all(f).size(), 233u);
    f.occupation = QStringLiteral("Nelayan");
    EXPECT_EQ(all(f).size(), 233u); // i % 3 == 2 on both counts

    f = {};
    f.program = QStringLiteral("JKK+JKM+JHT");
    EXPECT_EQ(repo.count(f, 202506).value(), 350);

    f = {};
    f.activity = ParticipantFilter::Activity::Lapsed;
    rows = all(f);
    EXPECT_EQ(rows.size(), 175u);
    for (const auto &r : rows)
        EXPECT_FALSE(r.active);
    f.activity = ParticipantFilter::Activity::Active;
    EXPECT_EQ(repo.count(f, 202506).value(), 525);
}

TEST_P(ParticipantBrowserTest, SearchesNamesAnywhereAndNumbersFromTheStart)
{
    ParticipantFilter f;
    f.search = QStringLiteral("siti 4");  // case does not matter
    auto rows = all(f);
    ASSERT_FALSE(rows.empty());
    for (const auto &r : rows)
        EXPECT_TRUE(r.name.startsWith(QStringLiteral("Siti 4")));
    f.search = QStringLiteral("25000000123");
    rows = all(f);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows.front().kpj, QStringLiteral("25000000123"));
    f.search = QStringLiteral("2500000012");
    EXPECT_EQ(all(f).size(), 10u);
    f.search = QStringLiteral("50%_");   // wildcards are text, not patterns
    EXPECT_TRUE(all(f).empty());
}

TEST_P(ParticipantBrowserTest, TheSearchIndexAnswersLikeSql)
{
    auto index = ParticipantIndex::build(*db, 202506);
    ASSERT_TRUE(index.ok()) << index.errorText().toStdString();
    EXPECT_EQ((*index)->size(), 700u);
    std::vector<ParticipantFilter> filters;
    for (const QString &text : {QStringLiteral("i"), QStringLiteral("SITI"), QStringLiteral("wati 1"), QStringLiteral("gus 4"),
                                QStringLiteral("nobody")}) {
        ParticipantFilter f;
        f.search = text;
        filters.push_back(f);
        f.agentId = agentB;
        filters.push_back(f);
        f.agentId = 0;
        f.channel = ParticipantFilter::Channel::Other;
        f.occupation = QStringLiteral("Nelayan");
        filters.push_back(f);
        f = {};
        f.search = text;
        f.program = QStringLiteral("JKK+JKM");
        f.activity = ParticipantFilter::Activity::Lapsed;
        filters.push_back(f);
        f.activity = ParticipantFilter::Activity::Active;
        f.occupation = QStringLiteral("Pilot"); // nobody
        filters.push_back(f);
    }
    for (const ParticipantFilter &f : filters) {
        for (ParticipantSort sort : {ParticipantSort::Name, ParticipantSort::Kpj, ParticipantSort::Registered}) {
            for (bool desc : {false, true}) {
                std::vector<qint64> fromSql;
                for (const auto &r : all(f, sort, desc))
                    fromSql.push_back(r.id);
                EXPECT_EQ((*index)->match(f, sort, desc), fromSql) << f.search.toStdString() << " sort " << int(sort) << " desc " << desc;
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, ParticipantBrowserTest, perisai::testing::allBackends(), perisai::testing::backendName);
