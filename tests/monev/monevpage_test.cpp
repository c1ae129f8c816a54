// The Monev page reads off the UI thread: built, it returns at once and fills itself when the answers come,
// even while the database makes it wait; the categories table is edited and undone as a user does it.
#include "monev/categoryeditor.h"
#include "monev/followuppage.h"
#include "monev/monevpage.h"
#include "monev/monevservice.h"
#include "monev/sessioneditor.h"
#include "monevfixture.h"
#include "storage/transaction.h"
#include "ui/appcontext.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace perisai;
using namespace perisai::monev;
using perisai::testing::scalar;

class MonevPageTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        perisai::testing::MonevFixture fx(*db);
        fx.build();
        MonevService svc(*db);
        Session s;
        s.title = QStringLiteral("Monev Oktober");
        s.heldOn = QDate(2025, 10, 15);
        s.officeId = fx.kc;
        held = *svc.create(s);
        s.title = QStringLiteral("Monev berikutnya");
        s.heldOn = QDate::currentDate().addDays(30);
        planned = *svc.create(s);
        Action a;
        a.sessionId = held;
        a.description = QStringLiteral("Sosialisasi kanal pembayaran");
        a.dueOn = QDate(2020, 1, 31);
        ASSERT_TRUE(svc.saveAction(a).ok());
        context = std::make_unique<ui::AppContext>(db);
    }

    void settle(const MonevPage &page)
    {
        ASSERT_TRUE(QTest::qWaitFor([&]() { return !page.isLoading(); }, 20000)) << "the page's reads did not finish";
    }

    qint64 held = 0;
    qint64 planned = 0;
    std::unique_ptr<ui::AppContext> context;
};

TEST_P(MonevPageTest, ThePageIsBuiltAtOnceAndFilledOffTheUiThread)
{
    MonevPage page(*context);
    EXPECT_EQ(page.sessionList()->model()->rowCount(), 0) << "nothing was read while the page was built";
    EXPECT_TRUE(page.isLoading());
    settle(page);
    EXPECT_EQ(page.sessionList()->model()->rowCount(), 2);
    EXPECT_EQ(page.editor()->sessionId(), held) << "it starts at the latest session that took place";
    EXPECT_EQ(page.followUp()->view()->model()->rowCount(), 1);
    EXPECT_GT(page.categories()->table()->rowCount(), 0);

    // Switching sessions reads the other one off the UI thread as well.
    page.sessionList()->selectRow(0);
    EXPECT_EQ(page.editor()->wantedSessionId(), planned);
    EXPECT_EQ(page.editor()->sessionId(), held) << "the session shown stays until the other one is read";
    settle(page);
    EXPECT_EQ(page.editor()->sessionId(), planned);
}

TEST_P(MonevPageTest, ThePageDoesNotWaitForABusyDatabase)
{
    if (GetParam() != perisai::testing::Backend::PostgreSQL)
        GTEST_SKIP() << "SQLite readers are never blocked by a writer (WAL)";
    // Another desk holds the Monev tables locked for two seconds.
    QSemaphore locked;
    const storage::Location where = db->location();
    QThread *other = QThread::create([where, &locked]() {
        auto desk = storage::Database::open(where);
        if (!desk)
            return;
        {
            storage::Transaction tx((*desk)->connection());
            // Not a prepared statement: PostgreSQL prepares no LOCK.
            QSqlQuery lock((*desk)->connection());
            EXPECT_TRUE(lock.exec(QStringLiteral("LOCK TABLE monev_sessions, monev_actions, obstacle_categories IN ACCESS EXCLUSIVE MODE")))
                << lock.lastError().text().toStdString();
            locked.release();
            QThread::msleep(2000);
        }
        (*desk)->releaseThreadConnection();
    });
    other->start();
    ASSERT_TRUE(locked.tryAcquire(1, 20000)) << "the other desk could not lock the tables";
    QElapsedTimer built;
    built.start();
    auto page = std::make_unique<MonevPage>(*context);
    EXPECT_LT(built.elapsed(), 1000) << "the page waited for the database";
    EXPECT_TRUE(page->isLoading());
    settle(*page);
    EXPECT_GE(built.elapsed(), 1500) << "the answers came once the lock was gone";
    EXPECT_EQ(page->sessionList()->model()->rowCount(), 2);
    other->wait();
    delete other;
}

TEST_P(MonevPageTest, ACategoryRenamedInTheTableIsUndoneFromTheUndoStack)
{
    MonevPage page(*context);
    settle(page);
    QTableWidget *table = page.categories()->table();
    ASSERT_GT(table->rowCount(), 0);
    const QString name = table->item(0, 0)->text();
    const qint64 id = scalar(*db, QStringLiteral("SELECT id FROM obstacle_categories ORDER BY sort_order, name_id LIMIT 1"));
    auto stored = [&]() {
        storage::Query q(db->connection(), QStringLiteral("SELECT name_id FROM obstacle_categories WHERE id = ?"));
        q.bind(id);
        return q.scalar()->toString();
    };
    table->item(0, 0)->setText(QStringLiteral("Kesadaran peserta (umum)"));
    EXPECT_EQ(stored(), QStringLiteral("Kesadaran peserta (umum)"));
    EXPECT_EQ(context->undoStack()->count(), 1);
    settle(page);
    context->undoStack()->undo();
    EXPECT_EQ(stored(), name);
    settle(page);
    EXPECT_EQ(table->item(0, 0)->text(), name) << "the table follows the undo";
}

INSTANTIATE_TEST_SUITE_P(Backends, MonevPageTest, perisai::testing::allBackends(), perisai::testing::backendName);
