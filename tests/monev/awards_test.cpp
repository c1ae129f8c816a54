// Award suggestions as pure rankings over snapshot rows.
#include "monev/awards.h"

#include <gtest/gtest.h>

using namespace perisai::monev;

namespace {

SnapshotRow agent(const QString &code, int acquisitions, int previous, std::optional<double> retention = {},
                  QDate joined = QDate(2020, 1, 1))
{
    SnapshotRow r;
    r.agentId = code.right(2).toInt();
    r.code = code;
    r.name = QStringLiteral("Agen ") + code;
    r.acquisitions = acquisitions;
    r.prevAcquisitions = previous;
    r.retention3m = retention;
    r.joinedOn = joined;
    return r;
}

QStringList codes(const std::vector<awards::Candidate> &c)
{
    QStringList out;
    for (const auto &x : c)
        out << x.code;
    return out;
}

const QDate kSession(2025, 11, 19);

} // namespace

TEST(Awards, TopAcquisitionIsTheMostAcquisitionsWithTiesToTheLowerCode)
{
    const std::vector<SnapshotRow> rows{agent(QStringLiteral("AG-05"), 30, 0), agent(QStringLiteral("AG-02"), 41, 0),
                                        agent(QStringLiteral("AG-09"), 41, 0), agent(QStringLiteral("AG-01"), 0, 50)};
    const auto top = awards::rank(awards::topAcquisition, rows, kSession);
    EXPECT_EQ(codes(top), (QStringList{QStringLiteral("AG-02"), QStringLiteral("AG-09"), QStringLiteral("AG-05")}));
    EXPECT_DOUBLE_EQ(top.front().value, 41);
    // Same rows in another order, same answer.
    const std::vector<SnapshotRow> reversed(rows.rbegin(), rows.rend());
    EXPECT_EQ(codes(awards::rank(awards::topAcquisition, reversed, kSession)), codes(top));
}

TEST(Awards, BestRetentionNeedsEnoughRecruitsToMeanSomething)
{
    const std::vector<SnapshotRow> rows{agent(QStringLiteral("AG-01"), 2, 1, 1.0), agent(QStringLiteral("AG-02"), 20, 10, 0.8),
                                        agent(QStringLiteral("AG-03"), 6, 6, 0.9), agent(QStringLiteral("AG-04"), 30, 0)};
    EXPECT_EQ(codes(awards::rank(awards::bestRetention, rows, kSession)),
              (QStringList{QStringLiteral("AG-03"), QStringLiteral("AG-02")}))
        << "AG-01 has 3 recruits, under the minimum of 10; AG-04 has no cohort";
    awards::Rules lenient;
    lenient.minRecruits = 1;
    EXPECT_EQ(codes(awards::rank(awards::bestRetention, rows, kSession, lenient)).front(), QStringLiteral("AG-01"));
}

TEST(Awards, BestNewcomerCountsOnlyAgentsWhoJoinedWithinSixMonths)
{
    const std::vector<SnapshotRow> rows{agent(QStringLiteral("AG-01"), 50, 0, {}, QDate(2024, 1, 1)),
                                        agent(QStringLiteral("AG-02"), 9, 0, {}, QDate(2025, 6, 1)),
                                        agent(QStringLiteral("AG-03"), 12, 0, {}, QDate(2025, 5, 18)),
                                        agent(QStringLiteral("AG-04"), 4, 0, {}, QDate(2025, 10, 1))};
    EXPECT_EQ(codes(awards::rank(awards::bestNewcomer, rows, kSession)),
              (QStringList{QStringLiteral("AG-02"), QStringLiteral("AG-04")}))
        << "AG-03 joined one day too early to count as new";
}

TEST(Awards, MostImprovedIsTheLargestGainOverThePreviousPeriod)
{
    const std::vector<SnapshotRow> rows{agent(QStringLiteral("AG-01"), 50, 48), agent(QStringLiteral("AG-02"), 12, 2),
                                        agent(QStringLiteral("AG-03"), 5, 20), agent(QStringLiteral("AG-04"), 30, 22)};
    const auto improved = awards::rank(awards::mostImproved, rows, kSession);
    EXPECT_EQ(codes(improved), (QStringList{QStringLiteral("AG-02"), QStringLiteral("AG-04"), QStringLiteral("AG-01")}));
    EXPECT_DOUBLE_EQ(improved.front().value, 10);
    EXPECT_TRUE(awards::rank(awards::mostImproved, {agent(QStringLiteral("AG-03"), 5, 20)}, kSession).empty())
        << "nobody improved: no suggestion";
}
