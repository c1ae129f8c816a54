// Monev sessions on both backends: life cycle, invitations, attendance rates, carry-over of open actions,
// the frozen snapshot, award suggestions, figures for the kpi export, and the minutes.
#include "monev/monevrepository.h"
#include "monev/monevservice.h"
#include "monevfixture.h"
#include "reports/reportdocument.h"
#include "roster/conflict.h"

using namespace perisai;
using namespace perisai::monev;
using perisai::testing::scalar;

class MonevServiceTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        fx = std::make_unique<perisai::testing::MonevFixture>(*db);
        fx->build();
    }

    qint64 newSession(const QDate &day, const QString &level = scope::branch, qint64 office = 0, qint64 wadah = 0)
    {
        Session s;
        s.title = QStringLiteral("Monev %1").arg(day.toString(Qt::ISODate));
        s.heldOn = day;
        s.place = QStringLiteral("Aula KC Kudus");
        s.scopeLevel = level;
        s.officeId = office ? office : fx->kc;
        s.wadahId = wadah;
        s.facilitator = QStringLiteral("Pembina Perisai");
        auto id = MonevService(*db).create(s);
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        return id.ok() ? *id : 0;
    }

    Session session(qint64 id) { return *MonevRepository(*db).session(id); }

    qint64 addAction(qint64 sessionId, const QString &text, const QDate &due)
    {
        Action a;
        a.sessionId = sessionId;
        a.description = text;
        a.owner = QStringLiteral("Pembina");
        a.dueOn = due;
        auto id = MonevService(*db).saveAction(a);
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        return id.ok() ? *id : 0;
    }

    std::unique_ptr<perisai::testing::MonevFixture> fx;
};

TEST_P(MonevServiceTest, ASessionGoesFromPlannedToHeldToClosedAndRefusesOtherSteps)
{
    MonevService svc(*db);
    const qint64 id = newSession(QDate(2025, 11, 19));
    EXPECT_EQ(session(id).status, status::planned);
    // Default review period: the three complete months before the session.
    EXPECT_EQ(session(id).reviewFrom, 202508);
    EXPECT_EQ(session(id).reviewTo, 202510);
    EXPECT_FALSE(svc.close(id).ok()) << "a planned session cannot be closed";
    ASSERT_TRUE(svc.markHeld(id).ok());
    EXPECT_EQ(session(id).status, status::held);
    EXPECT_FALSE(session(id).snapshotTakenAt.isEmpty());
    EXPECT_FALSE(svc.cancel(id).ok()) << "a held session cannot be cancelled";
    EXPECT_FALSE(svc.markHeld(id).ok());
    ASSERT_TRUE(svc.close(id).ok());
    EXPECT_EQ(session(id).status, status::closed);
    const Status locked = svc.setAttendance(id, fx->agent[QStringLiteral("AG-001")], attendance::present);
    EXPECT_FALSE(locked.ok()) << "attendance of a closed session is locked";
    EXPECT_TRUE(locked.errorText().contains(QStringLiteral("closed"))) << locked.errorText().toStdString();
    ASSERT_TRUE(svc.reopen(id).ok());
    EXPECT_EQ(session(id).status, status::held);

    const qint64 other = newSession(QDate(2025, 12, 10));
    ASSERT_TRUE(svc.cancel(other).ok());
    EXPECT_FALSE(svc.markHeld(other).ok()) << "a cancelled session cannot be held";
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'monev_sessions' AND action = 'status'")), 4)
        << "held, closed, reopened, cancelled";
}

TEST_P(MonevServiceTest, InvitesTheActiveAgentsOfTheScope)
{
    auto count = [&](qint64 id) { return MonevService(*db).load(id)->attendees.size(); };
    EXPECT_EQ(count(newSession(QDate(2025, 11, 19))), 6u) << "branch: both KCP, without the inactive agent";
    EXPECT_EQ(count(newSession(QDate(2025, 11, 20), scope::kcp, fx->kcpA)), 3u);
    EXPECT_EQ(count(newSession(QDate(2025, 11, 21), scope::wadah, fx->kcpB, fx->wadahB1)), 3u);
    Session bad;
    bad.title = QStringLiteral("Tanpa cakupan");
    bad.heldOn = QDate(2025, 11, 22);
    bad.scopeLevel = scope::wadah;
    const auto refused = MonevService(*db).create(bad);
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM monev_sessions")), 3);
}

TEST_P(MonevServiceTest, AttendanceRatesPerSessionAndPerAgentOverTime)
{
    MonevService svc(*db);
    const qint64 a1 = fx->agent[QStringLiteral("AG-001")], a2 = fx->agent[QStringLiteral("AG-002")];
    const qint64 s1 = newSession(QDate(2025, 8, 20)), s2 = newSession(QDate(2025, 11, 19));
    for (qint64 s : {s1, s2}) {
        QList<QPair<qint64, QString>> marks;
        const auto detail = svc.load(s);
        for (const Attendee &a : detail->attendees)
            marks << qMakePair(a.agentId, attendance::present);
        ASSERT_TRUE(svc.setAttendance(s, marks).ok());
    }
    ASSERT_TRUE(svc.setAttendance(s1, a1, attendance::excused, QStringLiteral("sakit")).ok());
    ASSERT_TRUE(svc.setAttendance(s2, a1, attendance::absent).ok());
    ASSERT_TRUE(svc.setAttendance(s2, a2, attendance::absent).ok());
    for (qint64 s : {s1, s2})
        ASSERT_TRUE(svc.markHeld(s).ok());

    auto list = svc.sessions();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ((*list)[0].session.id, s2) << "newest first";
    EXPECT_EQ((*list)[0].present, 4);
    EXPECT_EQ((*list)[0].absent, 2);
    EXPECT_DOUBLE_EQ((*list)[0].attendanceRate(), 4.0 / 6.0);
    EXPECT_DOUBLE_EQ((*list)[1].attendanceRate(), 5.0 / 6.0);
    const auto first = svc.load(s1);
    for (const Attendee &a : first->attendees)
        EXPECT_EQ(a.note, a.agentId == a1 ? QStringLiteral("sakit") : QString());

    auto r1 = svc.agentAttendance(a1);
    ASSERT_TRUE(r1.ok());
    EXPECT_EQ(r1->invited, 2);
    EXPECT_EQ(r1->present, 0);
    auto r2 = svc.agentAttendance(a2);
    EXPECT_DOUBLE_EQ(r2->rate(), 0.5);
    ASSERT_EQ(r2->sessions.size(), 2u);
    EXPECT_EQ(r2->sessions[0].second, attendance::present) << "oldest first";

    auto f = monevFigures(*db, *PeriodRange::parse(QStringLiteral("2025")), fx->kc, QDate(2025, 12, 1));
    ASSERT_TRUE(f.ok()) << f.errorText().toStdString();
    EXPECT_EQ(f->sessions, 2);
    EXPECT_DOUBLE_EQ(f->attendanceRate, 9.0 / 12.0);
    auto onlyNovember = monevFigures(*db, *PeriodRange::parse(QStringLiteral("2025-11..2025-11")), 0, QDate(2025, 12, 1));
    EXPECT_EQ(onlyNovember->sessions, 1);
}

TEST_P(MonevServiceTest, OpenActionsAreCarriedIntoTheNextSessionAndReviewedThere)
{
    MonevService svc(*db);
    const qint64 s1 = newSession(QDate(2025, 8, 20));
    ASSERT_TRUE(svc.markHeld(s1).ok());
    const qint64 open = addAction(s1, QStringLiteral("Sosialisasi kanal pembayaran di pasar"), QDate(2025, 9, 30));
    const qint64 done = addAction(s1, QStringLiteral("Perbaiki akses aplikasi agen"), QDate(2025, 9, 15));
    ASSERT_TRUE(svc.setActionStatus(*svc.action(done), action::done, QDate(2025, 9, 10)).ok());

    const qint64 kcpSession = newSession(QDate(2025, 10, 1), scope::kcp, fx->kcpA);
    ASSERT_TRUE(svc.markHeld(kcpSession).ok());
    EXPECT_TRUE(svc.load(kcpSession)->followUp.empty()) << "a KCP session does not review the branch's actions";
    const qint64 kcpAction = addAction(kcpSession, QStringLiteral("Kunjungi wadah BUMDes"), QDate(2025, 10, 15));

    const qint64 s3 = newSession(QDate(2025, 11, 19));
    auto preview = svc.load(s3);
    ASSERT_EQ(preview->followUp.size(), 2u) << "a planned session previews what it will review";
    EXPECT_TRUE(preview->followUp[0].reviewStatus.isEmpty());
    ASSERT_TRUE(svc.markHeld(s3).ok());
    auto held = svc.load(s3);
    ASSERT_EQ(held->followUp.size(), 2u);
    QList<qint64> reviewed;
    for (const ActionReview &r : held->followUp) {
        reviewed << r.action.id;
        EXPECT_EQ(r.reviewStatus, action::open);
        EXPECT_TRUE(r.action.isOverdue(QDate(2025, 11, 19)));
    }
    EXPECT_TRUE(reviewed.contains(open));
    EXPECT_TRUE(reviewed.contains(kcpAction));
    EXPECT_FALSE(reviewed.contains(done));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM monev_action_reviews")), 2);

    auto overdue = svc.followUpList(ActionFilter::Overdue, QDate(2025, 11, 20));
    ASSERT_EQ(overdue->size(), 2u);
    EXPECT_EQ(*svc.overdueActions(QDate(2025, 11, 20)), 2);

    ASSERT_TRUE(svc.reviewAction(s3, open, action::done, QStringLiteral("Sudah dilaksanakan 3 kali")).ok());
    auto a = svc.action(open);
    EXPECT_EQ(a->status, action::done);
    EXPECT_EQ(a->doneOn, QDate(2025, 11, 19)) << "done on the day of the session that reviewed it";
    const auto afterReview = svc.load(s3);
    for (const ActionReview &r : afterReview->followUp)
        EXPECT_EQ(r.reviewStatus, r.action.id == open ? action::done : action::open);
    EXPECT_EQ(svc.followUpList(ActionFilter::Overdue, QDate(2025, 11, 20))->size(), 1u);
    EXPECT_EQ(svc.followUpList(ActionFilter::Done, QDate(2025, 11, 20))->size(), 2u);
    EXPECT_EQ(svc.followUpList(ActionFilter::All, QDate(2025, 11, 20))->size(), 3u);

    const qint64 s4 = newSession(QDate(2025, 12, 10));
    auto next = svc.load(s4);
    ASSERT_EQ(next->followUp.size(), 1u) << "only what is still open goes on";
    EXPECT_EQ(next->followUp[0].action.id, kcpAction);

    auto f = monevFigures(*db, *PeriodRange::parse(QStringLiteral("2025")), fx->kc, QDate(2025, 11, 20));
    EXPECT_EQ(f->openActions, 1);
    EXPECT_EQ(f->overdueActions, 1);
}

TEST_P(MonevServiceTest, AStaleEditIsRefusedAndChangesNothing)
{
    MonevService svc(*db);
    const qint64 id = newSession(QDate(2025, 11, 19));
    Session mine = session(id), theirs = session(id);
    theirs.place = QStringLiteral("Balai Desa Jekulo");
    ASSERT_TRUE(svc.update(theirs).ok());
    mine.place = QStringLiteral("Hotel Kudus");
    const Status st = svc.update(mine);
    EXPECT_FALSE(st.ok());
    EXPECT_TRUE(st.errorText().contains(QStringLiteral("changed elsewhere"))) << st.errorText().toStdString();
    EXPECT_EQ(session(id).place, QStringLiteral("Balai Desa Jekulo"));

    const qint64 action = addAction(id, QStringLiteral("Cek NIK ganda"), QDate(2025, 12, 1));
    const Action seen = *svc.action(action);
    ASSERT_TRUE(svc.setActionStatus(seen, action::done, QDate(2025, 11, 25)).ok());
    EXPECT_FALSE(svc.setActionStatus(seen, action::dropped).ok()) << "the version seen is out of date";
    EXPECT_EQ(svc.action(action)->status, action::done);
}

TEST_P(MonevServiceTest, AnEditOnAnotherDeskIsAConflictThatNamesWhoAndLosesNothing)
{
    // Two desks on one database: this one (the test's) and budi's. Each edits what it read; the second save
    // of every kind of row is refused as a conflict naming budi, and budi's change stays.
    auto other = m_test->openAs(QStringLiteral("budi"));
    ASSERT_TRUE(other.ok()) << other.errorText().toStdString();
    MonevService mine(*db), theirs(**other);
    const qint64 id = newSession(QDate(2025, 11, 19));

    Session sessionHere = session(id), sessionThere = *MonevRepository(**other).session(id);
    sessionThere.place = QStringLiteral("Balai Desa Jekulo");
    ASSERT_TRUE(theirs.update(sessionThere).ok());
    sessionHere.place = QStringLiteral("Hotel Kudus");
    Status st = mine.update(sessionHere);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(roster::isConflict(st)) << st.errorText().toStdString();
    EXPECT_TRUE(st.errorText().contains(QStringLiteral("budi"))) << st.errorText().toStdString();
    EXPECT_EQ(session(id).place, QStringLiteral("Balai Desa Jekulo"));

    Obstacle o;
    o.sessionId = id;
    o.description = QStringLiteral("Peserta tidak tahu cara bayar");
    auto obstacleId = mine.saveObstacle(o);
    ASSERT_TRUE(obstacleId.ok()) << obstacleId.errorText().toStdString();
    Obstacle obstacleHere = MonevRepository(*db).obstacles(id)->front();
    Obstacle obstacleThere = MonevRepository(**other).obstacles(id)->front();
    obstacleThere.solution = QStringLiteral("Sosialisasi kanal bayar");
    ASSERT_TRUE(theirs.saveObstacle(obstacleThere).ok());
    obstacleHere.solution = QStringLiteral("Kunjungan agen");
    auto saved = mine.saveObstacle(obstacleHere);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(roster::isConflict(saved.error())) << saved.errorText().toStdString();
    EXPECT_TRUE(saved.errorText().contains(QStringLiteral("budi"))) << saved.errorText().toStdString();
    EXPECT_FALSE(mine.deleteObstacle(obstacleHere).ok()) << "a stale delete removes nothing";
    EXPECT_EQ(MonevRepository(*db).obstacles(id)->front().solution, QStringLiteral("Sosialisasi kanal bayar"));

    const qint64 actionId = addAction(id, QStringLiteral("Cek NIK ganda"), QDate(2025, 12, 1));
    Action actionHere = *mine.action(actionId), actionThere = *theirs.action(actionId);
    actionThere.owner = QStringLiteral("Budi");
    ASSERT_TRUE(theirs.saveAction(actionThere).ok());
    actionHere.dueOn = QDate(2025, 12, 15);
    auto savedAction = mine.saveAction(actionHere);
    ASSERT_FALSE(savedAction.ok());
    EXPECT_TRUE(roster::isConflict(savedAction.error())) << savedAction.errorText().toStdString();
    EXPECT_FALSE(mine.deleteAction(actionHere).ok());
    EXPECT_EQ(mine.action(actionId)->owner, QStringLiteral("Budi"));
    EXPECT_EQ(mine.action(actionId)->dueOn, QDate(2025, 12, 1));

    // Reference rows too: an obstacle category renamed on both desks.
    Category categoryHere = mine.categories()->front(), categoryThere = theirs.categories()->front();
    categoryThere.nameEn = QStringLiteral("Paying at the post office");
    ASSERT_TRUE(theirs.saveCategory(categoryThere).ok());
    categoryHere.nameEn = QStringLiteral("Paying");
    auto savedCategory = mine.saveCategory(categoryHere);
    ASSERT_FALSE(savedCategory.ok());
    EXPECT_TRUE(roster::isConflict(savedCategory.error())) << savedCategory.errorText().toStdString();
    EXPECT_TRUE(savedCategory.errorText().contains(QStringLiteral("budi"))) << savedCategory.errorText().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM obstacle_categories WHERE name_en = 'Paying at the post office'")), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM obstacle_categories WHERE name_en = 'Paying'")), 0);
}

TEST_P(MonevServiceTest, AttendanceMarksAndFollowUpDecisionsFromAnotherDeskAreNotOverwritten)
{
    // Both desks read the invitation list and the follow-up; budi saves first. This desk's save, made from
    // what it read, is refused as a conflict naming budi, and budi's mark and decision stay.
    auto other = m_test->openAs(QStringLiteral("budi"));
    ASSERT_TRUE(other.ok()) << other.errorText().toStdString();
    MonevService mine(*db), theirs(**other);
    const qint64 earlier = newSession(QDate(2025, 8, 20));
    ASSERT_TRUE(mine.markHeld(earlier).ok());
    const qint64 actionId = addAction(earlier, QStringLiteral("Sosialisasi kanal pembayaran di pasar"), QDate(2025, 9, 30));
    const qint64 id = newSession(QDate(2025, 11, 19));
    ASSERT_TRUE(mine.markHeld(id).ok());
    const qint64 agent = fx->agent[QStringLiteral("AG-001")];

    ASSERT_TRUE(theirs.setAttendance(id, {{agent, attendance::invited, attendance::present}}).ok());
    Status st = mine.setAttendance(id, {{agent, attendance::invited, attendance::excused}});
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(roster::isConflict(st)) << st.errorText().toStdString();
    EXPECT_TRUE(st.errorText().contains(QStringLiteral("budi"))) << st.errorText().toStdString();
    const auto marks = MonevRepository(*db).attendees(id);
    ASSERT_TRUE(marks.ok());
    for (const Attendee &a : *marks)
        EXPECT_EQ(a.attendance, a.agentId == agent ? attendance::present : attendance::invited);
    EXPECT_TRUE(mine.setAttendance(id, {{agent, attendance::present, attendance::excused}}).ok()) << "from the new reading it saves";

    const auto followUp = MonevRepository(*db).reviews(id);
    ASSERT_TRUE(followUp.ok() && followUp->size() == 1u);
    const ActionReview seenHere = followUp->front(), seenThere = MonevRepository(**other).reviews(id)->front();
    ASSERT_EQ(seenHere.action.id, actionId);
    st = theirs.reviewAction(id, actionId, action::open, QStringLiteral("masih berjalan"), &seenThere);
    ASSERT_TRUE(st.ok()) << st.errorText().toStdString();
    st = mine.reviewAction(id, actionId, action::done, QStringLiteral("selesai"), &seenHere);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(roster::isConflict(st)) << st.errorText().toStdString();
    EXPECT_TRUE(st.errorText().contains(QStringLiteral("budi"))) << st.errorText().toStdString();
    const ActionReview stored = MonevRepository(*db).reviews(id)->front();
    EXPECT_EQ(stored.note, QStringLiteral("masih berjalan"));
    EXPECT_EQ(mine.action(actionId)->status, action::open) << "the refused decision changed nothing";
}

INSTANTIATE_TEST_SUITE_P(Backends, MonevServiceTest, perisai::testing::allBackends(), perisai::testing::backendName);
