// Every Monev edit a user makes is an undoable command: obstacles, action items, awards and obstacle categories.
// Each test does the edit, undoes it and redoes it, and compares the stored rows with what the database held
// before and after the edit: the same values under the same ids (versions move on with each write, as with any
// edit, except where a deleted row comes back as it was). An undo that meets another desk's change is refused.
#include "monev/awards.h"
#include "monev/monevcommands.h"
#include "monev/monevservice.h"
#include "monevfixture.h"
#include "ui/appcontext.h"

#include <QSqlRecord>
#include <QUndoStack>

using namespace perisai;
using namespace perisai::monev;
using perisai::testing::scalar;

class MonevUndoTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        fx = std::make_unique<perisai::testing::MonevFixture>(*db);
        fx->build();
        fx->recruit(QStringLiteral("AG-001"), 202508, 6);
        fx->recruit(QStringLiteral("AG-002"), 202509, 9);
        fx->recruit(QStringLiteral("AG-004"), 202510, 4);
        fx->refreshSummaries();
        MonevService svc(*db);
        Session s;
        s.title = QStringLiteral("Monev November");
        s.heldOn = QDate(2025, 11, 19);
        s.officeId = fx->kc;
        session = *svc.create(s);
        ASSERT_TRUE(svc.markHeld(session).ok());
        context = std::make_unique<ui::AppContext>(db);
        edits = std::make_unique<MonevEdits>(*context);
        QObject::connect(context.get(), &ui::AppContext::statusMessage, [this](const QString &m, int) { messages << m; });
    }

    // Every column of the rows `sql` selects, one line per row.
    QStringList rows(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        storage::Query q(db->connection(), sql);
        for (const QVariant &v : values)
            q.bind(v);
        EXPECT_TRUE(q.exec().ok()) << sql.toStdString();
        QStringList out;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.raw().record().count(); ++c)
                cells << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }
    // The obstacles and action items of the session as stored, without their versions / with them.
    QStringList obstacles(bool withVersion = false)
    {
        return rows(QStringLiteral("SELECT id, session_id, agent_id, category_id, description, solution%1 FROM monev_obstacles ORDER BY id")
                        .arg(withVersion ? QStringLiteral(", version") : QString()));
    }
    QStringList actions(bool withVersion = false)
    {
        return rows(QStringLiteral("SELECT id, session_id, obstacle_id, description, owner, due_on, status, done_on%1 FROM monev_actions ORDER BY id")
                        .arg(withVersion ? QStringLiteral(", version") : QString()));
    }
    QStringList reviews() { return rows(QStringLiteral("SELECT action_id, session_id, status, note FROM monev_action_reviews ORDER BY action_id, session_id")); }
    QStringList awardRows() { return rows(QStringLiteral("SELECT id, session_id, category, agent_id, rank, value, confirmed, note FROM monev_awards ORDER BY id")); }
    QStringList categories() { return rows(QStringLiteral("SELECT id, code, name_id, name_en, active, sort_order FROM obstacle_categories ORDER BY id")); }

    QUndoStack &stack() { return *context->undoStack(); }

    Obstacle newObstacle(const QString &text)
    {
        Obstacle o;
        o.sessionId = session;
        o.agentId = fx->agent.value(QStringLiteral("AG-002"));
        o.categoryId = scalar(*db, QStringLiteral("SELECT MIN(id) FROM obstacle_categories"));
        o.description = text;
        o.solution = QStringLiteral("Sosialisasi ulang di balai desa");
        return o;
    }
    Action newAction(const QString &text, qint64 obstacleId = 0)
    {
        Action a;
        a.sessionId = session;
        a.obstacleId = obstacleId;
        a.description = text;
        a.owner = QStringLiteral("Wadah Koperasi Sejahtera");
        a.dueOn = QDate(2025, 12, 15);
        return a;
    }

    std::unique_ptr<perisai::testing::MonevFixture> fx;
    std::unique_ptr<ui::AppContext> context;
    std::unique_ptr<MonevEdits> edits;
    qint64 session = 0;
    QStringList messages;
};

TEST_P(MonevUndoTest, AddingAnObstacleIsUndoneAndRedoneUnderItsOwnNumber)
{
    const QStringList before = obstacles(true);
    auto id = edits->addObstacle(newObstacle(QStringLiteral("Peserta lupa jadwal iuran")));
    ASSERT_TRUE(id.ok()) << id.errorText().toStdString();
    const QStringList after = obstacles(true);
    ASSERT_EQ(after.size(), before.size() + 1);
    EXPECT_EQ(stack().count(), 1);

    stack().undo();
    EXPECT_EQ(obstacles(true), before);
    stack().redo();
    EXPECT_EQ(obstacles(true), after) << "the same row, id and version as after the edit";
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();
}

TEST_P(MonevUndoTest, EditingAnObstacleIsUndoneAndRedone)
{
    const qint64 id = *edits->addObstacle(newObstacle(QStringLiteral("Peserta lupa jadwal iuran")));
    const Obstacle seen = *MonevService(*db).obstacle(id);
    const QStringList before = obstacles();
    Obstacle changed = seen;
    changed.description = QStringLiteral("Peserta lupa jadwal iuran dan kanal bayar");
    changed.solution.clear();
    changed.agentId = 0; // raised by the wadah, not one agent
    ASSERT_TRUE(edits->editObstacle(seen, changed).ok());
    const QStringList after = obstacles();
    ASSERT_NE(after, before);

    stack().undo();
    EXPECT_EQ(obstacles(), before);
    stack().redo();
    EXPECT_EQ(obstacles(), after);
    EXPECT_EQ(MonevService(*db).obstacle(id)->version, seen.version + 3) << "the edit, its undo and its redo";
    stack().undo();
    stack().undo();
    EXPECT_EQ(obstacles(), QStringList()) << "back to before the add";
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();
}

TEST_P(MonevUndoTest, DeletingAnObstacleIsUndoneWithTheActionItemsAgreedOnIt)
{
    MonevService svc(*db);
    const qint64 id = *svc.saveObstacle(newObstacle(QStringLiteral("Aplikasi agen sering gagal masuk")));
    const qint64 first = *svc.saveAction(newAction(QStringLiteral("Laporkan ke tim TI kanwil"), id));
    ASSERT_TRUE(svc.setActionStatus(*svc.action(first), action::done, QDate(2025, 11, 28)).ok());
    ASSERT_TRUE(svc.saveAction(newAction(QStringLiteral("Panduan masuk ulang untuk agen"), id)).ok());
    const QStringList beforeObstacles = obstacles(true), beforeActions = actions(true);

    ASSERT_TRUE(edits->deleteObstacle(*svc.obstacle(id)).ok());
    EXPECT_TRUE(obstacles().isEmpty());
    EXPECT_TRUE(actions().isEmpty()) << "its action items go with it";

    stack().undo();
    EXPECT_EQ(obstacles(true), beforeObstacles) << "the same row, id and version";
    EXPECT_EQ(actions(true), beforeActions) << "the action items as they were, the done one still done";
    stack().redo();
    EXPECT_TRUE(obstacles().isEmpty());
    EXPECT_TRUE(actions().isEmpty());
    stack().undo();
    EXPECT_EQ(actions(true), beforeActions);
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();
}

TEST_P(MonevUndoTest, ActionItemsAreAddedEditedAndDeletedUndoably)
{
    const QStringList empty = actions(true);
    const qint64 id = *edits->addAction(newAction(QStringLiteral("Kunjungan ke pasar Jekulo")));
    const QStringList added = actions(true);
    stack().undo();
    EXPECT_EQ(actions(true), empty);
    stack().redo();
    EXPECT_EQ(actions(true), added);

    MonevService svc(*db);
    const Action seen = *svc.action(id);
    Action changed = seen;
    changed.owner = QStringLiteral("Pak Rahmat (KCP Jekulo)");
    changed.dueOn = QDate();
    ASSERT_TRUE(edits->editAction(seen, changed).ok());
    const QStringList edited = actions();
    stack().undo();
    EXPECT_EQ(actions(), QStringList(added.front().section(QLatin1Char('|'), 0, -2))) << "the values before the edit";
    stack().redo();
    EXPECT_EQ(actions(), edited);

    // Marked done in between (its own command): undoing both steps still finds the row as this desk left it.
    stack().push(new ActionStatusCommand(*context, *svc.action(id), action::done, QDate(2025, 12, 1)));
    EXPECT_EQ(svc.action(id)->status, action::done);
    ASSERT_TRUE(edits->deleteAction(*svc.action(id)).ok());
    EXPECT_TRUE(actions().isEmpty());
    stack().undo();
    EXPECT_EQ(svc.action(id)->status, action::done) << "back as it was deleted";
    stack().undo();
    EXPECT_EQ(svc.action(id)->status, action::open);
    stack().undo();
    EXPECT_EQ(actions(), QStringList(added.front().section(QLatin1Char('|'), 0, -2)));
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();
}

TEST_P(MonevUndoTest, ADeletedActionItemComesBackWithItsReviewsAtLaterSessions)
{
    MonevService svc(*db);
    const qint64 id = *svc.saveAction(newAction(QStringLiteral("Pendampingan agen baru")));
    Session later;
    later.title = QStringLiteral("Monev Desember");
    later.heldOn = QDate(2025, 12, 17);
    later.officeId = fx->kc;
    const qint64 next = *svc.create(later);
    ASSERT_TRUE(svc.markHeld(next).ok()) << "carries the open action over for review";
    ASSERT_TRUE(svc.reviewAction(next, id, action::open, QStringLiteral("masih berjalan")).ok());
    const QStringList beforeActions = actions(true), beforeReviews = reviews();
    ASSERT_EQ(beforeReviews.size(), 1);

    ASSERT_TRUE(edits->deleteAction(*svc.action(id)).ok());
    EXPECT_TRUE(reviews().isEmpty());
    stack().undo();
    EXPECT_EQ(actions(true), beforeActions);
    EXPECT_EQ(reviews(), beforeReviews) << "with what the later session said about it";
    stack().redo();
    EXPECT_TRUE(actions().isEmpty());
    EXPECT_TRUE(reviews().isEmpty());
}

TEST_P(MonevUndoTest, AwardsAreConfirmedReplacedAndRemovedUndoably)
{
    MonevService svc(*db);
    const auto best = *svc.suggestions(session, awards::topAcquisition);
    ASSERT_GE(best.size(), 2u);
    const QStringList none = awardRows();

    ASSERT_TRUE(edits->confirmAward(session, awards::topAcquisition, best[0].agentId, best[0].value).ok());
    const QStringList first = awardRows();
    ASSERT_EQ(first.size(), 1);
    stack().undo();
    EXPECT_EQ(awardRows(), none);
    stack().redo();
    EXPECT_EQ(awardRows(), first) << "the same award under the same id";

    // Another agent chosen instead, with a reason: undo brings the first choice back exactly.
    ASSERT_TRUE(edits->confirmAward(session, awards::topAcquisition, best[1].agentId, best[1].value, QStringLiteral("pilihan juri")).ok());
    const QStringList second = awardRows();
    ASSERT_NE(second, first);
    stack().undo();
    EXPECT_EQ(awardRows(), first);
    stack().redo();
    EXPECT_EQ(awardRows(), second);

    ASSERT_TRUE(edits->removeAward(session, awards::topAcquisition).ok());
    EXPECT_EQ(awardRows(), none);
    stack().undo();
    EXPECT_EQ(awardRows(), second);
    stack().redo();
    EXPECT_EQ(awardRows(), none);
    EXPECT_EQ(stack().count(), 3);
    EXPECT_TRUE(messages.isEmpty()) << messages.join(QLatin1Char('\n')).toStdString();
}

TEST_P(MonevUndoTest, CategoriesAreAddedAndEditedUndoably)
{
    const QStringList before = categories();
    auto id = edits->addCategory({0, {}, QStringLiteral("Sinyal internet"), QStringLiteral("Mobile signal"), true, 9});
    ASSERT_TRUE(id.ok()) << id.errorText().toStdString();
    const QStringList added = categories();
    ASSERT_EQ(added.size(), before.size() + 1);
    stack().undo();
    EXPECT_EQ(categories(), before);
    stack().redo();
    EXPECT_EQ(categories(), added) << "the same id and code";

    const Category seen = **MonevService(*db).category(*id);
    Category changed = seen;
    changed.nameEn = QStringLiteral("Poor mobile signal");
    changed.active = false;
    changed.sortOrder = 2;
    ASSERT_TRUE(edits->editCategory(seen, changed).ok());
    const QStringList edited = categories();
    stack().undo();
    EXPECT_EQ(categories(), added);
    stack().redo();
    EXPECT_EQ(categories(), edited);

    // Once an obstacle uses it, taking the category away would leave the obstacle without one: refused.
    stack().undo();
    Obstacle o = newObstacle(QStringLiteral("Sinyal hilang di pesisir"));
    o.categoryId = *id;
    ASSERT_TRUE(MonevService(*db).saveObstacle(o).ok());
    stack().undo();
    EXPECT_EQ(categories(), added) << "still there";
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.front().contains(QStringLiteral("Sinyal internet"))) << messages.front().toStdString();
    EXPECT_EQ(stack().count(), 1) << "the refused step left the stack; the edit is still there to redo";
}

TEST_P(MonevUndoTest, AnUndoThatMeetsAnotherDesksChangeIsRefusedAndChangesNothing)
{
    const qint64 id = *edits->addObstacle(newObstacle(QStringLiteral("Peserta lupa jadwal iuran")));
    // Another desk edits the obstacle in the meantime.
    Obstacle theirs = *MonevService(*db).obstacle(id);
    theirs.solution = QStringLiteral("Pengingat lewat WhatsApp grup");
    ASSERT_TRUE(MonevService(*db).saveObstacle(theirs).ok());
    const QStringList stored = obstacles(true);

    stack().undo();
    EXPECT_EQ(obstacles(true), stored) << "their change stands";
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.front().contains(QStringLiteral("changed elsewhere"))) << messages.front().toStdString();
    EXPECT_EQ(stack().count(), 0) << "the command left the stack";

    // An award changed elsewhere likewise.
    const auto best = *MonevService(*db).suggestions(session, awards::topAcquisition);
    ASSERT_TRUE(edits->confirmAward(session, awards::topAcquisition, best[0].agentId, best[0].value).ok());
    ASSERT_TRUE(MonevService(*db).confirmAward(session, awards::topAcquisition, best[0].agentId, best[0].value, QStringLiteral("catatan lain")).ok());
    const QStringList awardsNow = awardRows();
    stack().undo();
    EXPECT_EQ(awardRows(), awardsNow);
    EXPECT_EQ(messages.size(), 2);
}

TEST_P(MonevUndoTest, AClosedSessionRefusesTheUndoOfItsEdits)
{
    ASSERT_TRUE(edits->addObstacle(newObstacle(QStringLiteral("Peserta lupa jadwal iuran"))).ok());
    ASSERT_TRUE(MonevService(*db).close(session).ok());
    const QStringList stored = obstacles(true);
    stack().undo();
    EXPECT_EQ(obstacles(true), stored);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(stack().count(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, MonevUndoTest, perisai::testing::allBackends(), perisai::testing::backendName);
