// The snapshot frozen when a session is held, the award suggestions drawn from it, and the minutes.
#include "monev/monevrepository.h"
#include "monev/monevservice.h"
#include "monevfixture.h"
#include "reports/reportdocument.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace perisai;
using namespace perisai::monev;
using perisai::testing::scalar;

class MonevSnapshotTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        fx = std::make_unique<perisai::testing::MonevFixture>(*db);
        fx->build();
        // Review period August–October 2025; previous period May–July (also the cohorts retention is measured on).
        fx->recruit(QStringLiteral("AG-001"), 202508, 5);
        fx->recruit(QStringLiteral("AG-001"), 202509, 5);
        fx->recruit(QStringLiteral("AG-001"), 202510, 5);
        fx->recruit(QStringLiteral("AG-001"), 202506, 10, {0});          // nobody paid at 3 months
        fx->recruit(QStringLiteral("AG-002"), 202508, 10);
        fx->recruit(QStringLiteral("AG-002"), 202510, 10, {0});
        fx->recruit(QStringLiteral("AG-002"), 202507, 2, {0, 3});        // both still paying
        fx->recruit(QStringLiteral("AG-003"), 202509, 8);                // newcomer, joined August
        fx->recruit(QStringLiteral("AG-004"), 202509, 15);
        fx->recruit(QStringLiteral("AG-005"), 202510, 3);                // newcomer, joined September
        fx->recruit(QStringLiteral("AG-006"), 202505, 12, {0, 1, 2, 3}); // all paid at 3 months, nothing new
        fx->target(QStringLiteral("AG-001"), 2025, 8, 6);
        fx->target(QStringLiteral("AG-001"), 2025, 9, 6);
        fx->target(QStringLiteral("AG-001"), 2025, 10, 6);
        fx->target(QStringLiteral("AG-002"), 2025, 0, 120);
        fx->refreshSummaries();

        Session s;
        s.title = QStringLiteral("Monev Produktivitas Keagenan Perisai");
        s.heldOn = QDate(2025, 11, 19);
        s.startsAt = QStringLiteral("09:00");
        s.place = QStringLiteral("Aula KC Kudus");
        s.officeId = fx->kc;
        s.facilitator = QStringLiteral("Rahmat Hidayat");
        s.agenda = QStringLiteral("Tinjauan capaian\nKendala lapangan\nApresiasi agen");
        session = *MonevService(*db).create(s);
    }

    const SnapshotRow &row(const std::vector<SnapshotRow> &rows, const QString &code)
    {
        for (const SnapshotRow &r : rows)
            if (r.code == code)
                return r;
        static SnapshotRow none;
        ADD_FAILURE() << "no snapshot row for " << code.toStdString();
        return none;
    }

    QStringList codes(const std::vector<awards::Candidate> &c)
    {
        QStringList out;
        for (const auto &x : c)
            out << x.code;
        return out;
    }

    std::unique_ptr<perisai::testing::MonevFixture> fx;
    qint64 session = 0;
};

TEST_P(MonevSnapshotTest, HoldingTheSessionFreezesEachAgentsFiguresForTheReviewPeriod)
{
    ASSERT_TRUE(MonevService(*db).markHeld(session).ok());
    const auto rows = MonevService(*db).load(session)->snapshot;
    ASSERT_EQ(rows.size(), 6u);
    EXPECT_EQ(row(rows, QStringLiteral("AG-001")).acquisitions, 15);
    EXPECT_EQ(row(rows, QStringLiteral("AG-001")).prevAcquisitions, 10);
    EXPECT_EQ(row(rows, QStringLiteral("AG-001")).target, 18) << "monthly targets of August–October";
    EXPECT_EQ(row(rows, QStringLiteral("AG-002")).target, 30) << "a year's target, three twelfths";
    EXPECT_EQ(row(rows, QStringLiteral("AG-002")).activeRecruits, 12) << "recruits paid up for October";
    EXPECT_EQ(row(rows, QStringLiteral("AG-002")).collected, 22 * 16800);
    ASSERT_TRUE(row(rows, QStringLiteral("AG-001")).retention3m.has_value());
    EXPECT_DOUBLE_EQ(*row(rows, QStringLiteral("AG-001")).retention3m, 0.0);
    EXPECT_DOUBLE_EQ(*row(rows, QStringLiteral("AG-006")).retention3m, 1.0);
    EXPECT_FALSE(row(rows, QStringLiteral("AG-004")).retention3m.has_value()) << "no cohort to measure";
    EXPECT_EQ(row(rows, QStringLiteral("AG-002")).rank, 1);
    EXPECT_EQ(row(rows, QStringLiteral("AG-001")).rank, 2);
    EXPECT_EQ(row(rows, QStringLiteral("AG-004")).rank, 3) << "acquisitions equal to AG-001's: the glossary's rank orders them by recruits paying";
    EXPECT_EQ(row(rows, QStringLiteral("AG-003")).rank, 4);
    EXPECT_EQ(rows.front().code, QStringLiteral("AG-002")) << "read back in rank order";
}

TEST_P(MonevSnapshotTest, ALaterImportDoesNotChangeTheSnapshot)
{
    ASSERT_TRUE(MonevService(*db).markHeld(session).ok());
    const QString takenAt = MonevService(*db).load(session)->session.snapshotTakenAt;
    // A late import: seven more September registrations for AG-001, summaries refreshed.
    fx->recruit(QStringLiteral("AG-001"), 202509, 7);
    fx->refreshSummaries();
    const Session s = MonevService(*db).load(session)->session;
    EXPECT_EQ(row(*MonevRepository(*db).computeSnapshot(s), QStringLiteral("AG-001")).acquisitions, 22)
        << "the live figures moved";
    const auto frozen = MonevService(*db).load(session)->snapshot;
    EXPECT_EQ(row(frozen, QStringLiteral("AG-001")).acquisitions, 15) << "what was discussed stays";
    EXPECT_EQ(row(frozen, QStringLiteral("AG-001")).rank, 2);
    // Closing and reopening does not retake it either.
    ASSERT_TRUE(MonevService(*db).close(session).ok());
    ASSERT_TRUE(MonevService(*db).reopen(session).ok());
    EXPECT_EQ(row(MonevService(*db).load(session)->snapshot, QStringLiteral("AG-001")).acquisitions, 15);
    EXPECT_EQ(MonevService(*db).load(session)->session.snapshotTakenAt, takenAt);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM monev_snapshots")), 6);
}

TEST_P(MonevSnapshotTest, AwardSuggestionsFollowTheRankingsAndConfirmedOnesAreKept)
{
    MonevService svc(*db);
    ASSERT_TRUE(svc.markHeld(session).ok());
    auto top = svc.suggestions(session, awards::topAcquisition);
    ASSERT_TRUE(top.ok());
    EXPECT_EQ(codes(*top), (QStringList{QStringLiteral("AG-002"), QStringLiteral("AG-001"), QStringLiteral("AG-004")}))
        << "AG-001 and AG-004 tie at 15: the lower code first";
    EXPECT_EQ(codes(*svc.suggestions(session, awards::mostImproved)),
              (QStringList{QStringLiteral("AG-002"), QStringLiteral("AG-004"), QStringLiteral("AG-003")}));
    EXPECT_EQ(codes(*svc.suggestions(session, awards::bestNewcomer)),
              (QStringList{QStringLiteral("AG-003"), QStringLiteral("AG-005")}));
    EXPECT_EQ(codes(*svc.suggestions(session, awards::bestRetention)),
              (QStringList{QStringLiteral("AG-002"), QStringLiteral("AG-006")}))
        << "AG-001 kept none of its cohort; AG-004 has no cohort to measure";

    const auto best = top->front();
    ASSERT_TRUE(svc.confirmAward(session, awards::topAcquisition, best.agentId, best.value).ok());
    // The user may prefer someone else for a category: the confirmed choice replaces the earlier one.
    const auto newcomer = svc.suggestions(session, awards::bestNewcomer)->back();
    ASSERT_TRUE(svc.confirmAward(session, awards::bestNewcomer, newcomer.agentId, newcomer.value, QStringLiteral("pilihan juri")).ok());
    const auto stored = svc.load(session)->awards;
    ASSERT_EQ(stored.size(), 2u);
    for (const Award &a : stored) {
        EXPECT_TRUE(a.confirmed);
        EXPECT_EQ(a.agentId, a.category == awards::topAcquisition ? best.agentId : newcomer.agentId);
    }
    ASSERT_TRUE(svc.removeAward(session, awards::bestNewcomer).ok());
    EXPECT_EQ(svc.load(session)->awards.size(), 1u);
}

TEST_P(MonevSnapshotTest, TheMinutesHoldAttendanceObstaclesActionsAwardsAndTheSnapshot)
{
    MonevService svc(*db);
    const auto attendees = svc.load(session)->attendees;
    for (const Attendee &a : attendees)
        ASSERT_TRUE(svc.setAttendance(session, a.agentId, a.code == QStringLiteral("AG-006") ? attendance::excused : attendance::present).ok());
    ASSERT_TRUE(svc.markHeld(session).ok());
    Obstacle o;
    o.sessionId = session;
    o.agentId = fx->agent[QStringLiteral("AG-004")];
    o.categoryId = svc.categories()->at(1).id;
    o.description = QStringLiteral("Nelayan sulit membayar iuran saat tidak melaut");
    o.solution = QStringLiteral("Iuran dibayar tiga bulan sekaligus saat musim ikan");
    const qint64 obstacle = *svc.saveObstacle(o);
    Action a;
    a.sessionId = session;
    a.obstacleId = obstacle;
    a.description = QStringLiteral("Sosialisasi pembayaran iuran di TPI");
    a.owner = QStringLiteral("Agus Salim");
    a.dueOn = QDate(2025, 12, 15);
    ASSERT_TRUE(svc.saveAction(a).ok());
    const auto top = svc.suggestions(session, awards::topAcquisition)->front();
    ASSERT_TRUE(svc.confirmAward(session, awards::topAcquisition, top.agentId, top.value).ok());

    QString error;
    auto doc = buildMinutes(*db, session, true, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    const QString text = doc->plainText();
    for (const QString &expected : {QStringLiteral("Aula KC Kudus"), QStringLiteral("Nelayan sulit membayar"),
                                    QStringLiteral("tiga bulan sekaligus"), QStringLiteral("Sosialisasi pembayaran iuran di TPI"),
                                    QStringLiteral("Budi Santoso"), QStringLiteral("83,3%"), QStringLiteral("Vinca Meitasari"),
                                    QStringLiteral("Rahmat Hidayat"), QStringLiteral("Kendala lapangan")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("+6281234567004"))) << "phones masked";
    EXPECT_TRUE(buildMinutes(*db, session, false)->plainText().contains(QStringLiteral("+6281234567004")));
    EXPECT_FALSE(buildMinutes(*db, 99999, true, &error));
    EXPECT_FALSE(error.isEmpty());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notulen.pdf"));
    ASSERT_TRUE(doc->writePdf(pdf).ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished());
    EXPECT_TRUE(QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(QStringLiteral("Nelayan sulit")));
}

INSTANTIATE_TEST_SUITE_P(Backends, MonevSnapshotTest, perisai::testing::allBackends(), perisai::testing::backendName);
