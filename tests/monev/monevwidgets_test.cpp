// The session editor offscreen: attendance marked from the keyboard and action status changes, each undoable;
// every read of the page off the UI thread, the page filled when the answer is there.
#include "monev/attendancetab.h"
#include "monev/followuppage.h"
#include "monev/monevrepository.h"
#include "monev/monevservice.h"
#include "monev/obstaclestab.h"
#include "monev/sessioneditor.h"
#include "monevfixture.h"
#include "ui/appcontext.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace perisai;
using namespace perisai::monev;
using perisai::testing::scalar;

class MonevWidgetTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        perisai::testing::MonevFixture fx(*db);
        fx.build();
        Session s;
        s.title = QStringLiteral("Monev November");
        s.heldOn = QDate(2025, 11, 19);
        s.officeId = fx.kc;
        session = *MonevService(*db).create(s);
        context = std::make_unique<ui::AppContext>(db);
    }

    QString attendanceOf(const QString &code)
    {
        storage::Query q(db->connection(), QStringLiteral(
            "SELECT m.attendance FROM monev_attendance m JOIN agents a ON a.id = m.agent_id WHERE m.session_id = ? AND a.code = ?"));
        q.bind({session, code});
        return q.scalar()->toString();
    }

    void press(QWidget *w, Qt::Key key, const QString &text)
    {
        QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier, text);
        QApplication::sendEvent(w, &event);
    }

    // Lets the page's reads finish and fill it (they run off the UI thread).
    template <typename Page>
    void settle(const Page &page)
    {
        ASSERT_TRUE(QTest::qWaitFor([&]() { return !page.isLoading(); }, 20000)) << "the page's reads did not finish";
    }

    qint64 session = 0;
    std::unique_ptr<ui::AppContext> context;
};

TEST_P(MonevWidgetTest, AttendanceIsMarkedFromTheKeyboardAndUndone)
{
    SessionEditor editor(*context);
    editor.load(session);
    EXPECT_EQ(editor.sessionId(), 0) << "the session is read off the UI thread, not while load() runs";
    settle(editor);
    ASSERT_EQ(editor.sessionId(), session);
    editor.showTab(SessionEditor::Attendance);
    auto *view = editor.findChild<QTableView *>(QStringLiteral("attendanceView"));
    ASSERT_TRUE(view);
    ASSERT_EQ(view->model()->rowCount(), 6);
    // Rows are in name order: Agus Salim (AG-004), Budi Santoso (AG-002), Dewi Lestari (AG-003), ...
    view->setCurrentIndex(view->model()->index(0, 0));
    press(view, Qt::Key_H, QStringLiteral("h"));
    press(view, Qt::Key_I, QStringLiteral("i"));
    press(view, Qt::Key_T, QStringLiteral("t"));
    EXPECT_EQ(attendanceOf(QStringLiteral("AG-004")), attendance::present);
    EXPECT_EQ(attendanceOf(QStringLiteral("AG-002")), attendance::excused);
    EXPECT_EQ(attendanceOf(QStringLiteral("AG-003")), attendance::absent);
    EXPECT_EQ(view->currentIndex().row(), 3) << "the cursor moved on after each mark";
    settle(editor);
    EXPECT_EQ(view->currentIndex().row(), 3) << "and stays there when the session is read again";
    EXPECT_EQ(view->model()->index(1, AttendanceModel::Mark).data().toString(), attendanceLabel(attendance::excused));
    EXPECT_EQ(context->undoStack()->count(), 3);

    context->undoStack()->undo();
    EXPECT_EQ(attendanceOf(QStringLiteral("AG-003")), attendance::invited);
    settle(editor);
    EXPECT_EQ(view->model()->index(2, AttendanceModel::Mark).data(Qt::UserRole).toString(), attendance::invited)
        << "the table follows the undo";
    context->undoStack()->redo();
    EXPECT_EQ(attendanceOf(QStringLiteral("AG-003")), attendance::absent);

    const auto rate = MonevService(*db).sessions()->front();
    EXPECT_EQ(rate.present, 1);
    EXPECT_EQ(rate.excused, 1);
    EXPECT_EQ(rate.absent, 1);
}

TEST_P(MonevWidgetTest, ActionStatusChangesAreUndoableFromTheSessionAndTheFollowUpList)
{
    MonevService svc(*db);
    Action a;
    a.sessionId = session;
    a.description = QStringLiteral("Sosialisasi kanal pembayaran");
    a.dueOn = QDate(2020, 1, 31);
    const qint64 id = *svc.saveAction(a);

    SessionEditor editor(*context);
    editor.load(session);
    settle(editor);
    auto *tab = editor.findChild<ObstaclesTab *>();
    ASSERT_TRUE(tab);
    tab->setActionStatus(0, action::done);
    EXPECT_EQ(svc.action(id)->status, action::done);
    EXPECT_EQ(svc.action(id)->doneOn, QDate::currentDate());
    context->undoStack()->undo();
    EXPECT_EQ(svc.action(id)->status, action::open);
    EXPECT_FALSE(svc.action(id)->doneOn.isValid());

    FollowUpPage page(*context);
    page.setFilter(ActionFilter::Overdue);
    settle(page);
    ASSERT_EQ(page.view()->model()->rowCount(), 1) << "due in 2020 and open: overdue";
    page.view()->setCurrentIndex(page.view()->model()->index(0, 0));
    page.setStatusOfCurrent(action::dropped);
    EXPECT_EQ(svc.action(id)->status, action::dropped);
    settle(page);
    EXPECT_EQ(page.view()->model()->rowCount(), 0) << "no longer overdue";
    context->undoStack()->undo();
    EXPECT_EQ(svc.action(id)->status, action::open);
    settle(page);
    EXPECT_EQ(page.view()->model()->rowCount(), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'monev_actions' AND action = 'status'")), 4);
}

INSTANTIATE_TEST_SUITE_P(Backends, MonevWidgetTest, perisai::testing::allBackends(), perisai::testing::backendName);
