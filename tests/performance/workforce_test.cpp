// Reference figures entered in the window: checked, saved all or nothing, and undone in one step.
#include "performance/workforcedialog.h"
#include "figures/workforcerepository.h"
#include "testdatabase.h"
#include "ui/appcontext.h"

#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace perisai;
using namespace perisai::performance;
using namespace perisai::figures;
using perisai::testing::scalar;

class WorkforceTest : public perisai::testing::BackendTest {};

TEST_P(WorkforceTest, ChecksRowsAsEntered)
{
    EXPECT_TRUE(validateWorkforce({{QStringLiteral("Nusa Tenggara Barat"), 2025, 2900000, 1100000, 2600000, {}}}).ok());
    const auto duplicate = validateWorkforce({{QStringLiteral("NTB"), 2025, {}, 10, {}, {}}, {QStringLiteral("ntb "), 2025, {}, 20, {}, {}}});
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.errorText().contains(QStringLiteral("row 2"))) << duplicate.errorText().toStdString();
    EXPECT_FALSE(validateWorkforce({{QStringLiteral("NTB"), 25, {}, 10, {}, {}}}).ok());
    EXPECT_FALSE(validateWorkforce({{QStringLiteral("NTB"), 2025, 100, 200, {}, {}}}).ok());
    EXPECT_FALSE(validateWorkforce({{QString(), 2025, {}, 1, {}, {}}}).ok());
}

TEST_P(WorkforceTest, ReplacesTheSetAndWritesTheAudit)
{
    ASSERT_TRUE(replaceWorkforce(*db, {{QStringLiteral("A"), 2024, {}, 100, 300, {}}, {QStringLiteral("B"), 2024, {}, 50, {}, {}}},
                                 QStringLiteral("tester")).ok());
    ASSERT_TRUE(replaceWorkforce(*db, {{QStringLiteral("A"), 2024, {}, 120, 300, {}}}, QStringLiteral("tester")).ok());
    auto rows = loadWorkforce(*db);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(*rows->front().informalWorkers, 120);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'workforce'")), 4);
    // A bad set changes nothing.
    EXPECT_FALSE(replaceWorkforce(*db, {{QStringLiteral("A"), 1, {}, 1, {}, {}}}, QStringLiteral("tester")).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT informal_workers FROM workforce")), 120);
}

TEST_P(WorkforceTest, TwoDesksSavingTheFiguresAtOnceLoseNothing)
{
    ASSERT_TRUE(replaceWorkforce(*db, {{QStringLiteral("A"), 2024, {}, 100, 300, {}}}, QStringLiteral("tester")).ok());
    const auto seenHere = loadWorkforce(*db);
    ASSERT_TRUE(seenHere.ok());
    auto other = m_test->openAs(QStringLiteral("budi"));
    ASSERT_TRUE(other.ok()) << other.errorText().toStdString();
    const auto seenThere = loadWorkforce(**other);
    ASSERT_TRUE(seenThere.ok());
    ASSERT_TRUE(replaceWorkforce(**other, {{QStringLiteral("A"), 2024, {}, 150, 300, {}}}, QStringLiteral("budi"), *seenThere).ok());

    const Status refused = replaceWorkforce(*db, {{QStringLiteral("A"), 2024, {}, 130, 300, {}}, {QStringLiteral("B"), 2024, {}, 5, {}, {}}},
                                            QStringLiteral("tester"), *seenHere);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("budi"))) << refused.errorText().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT informal_workers FROM workforce WHERE region = 'A'")), 150);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM workforce")), 1);
    // Read again, the same edit goes through.
    EXPECT_TRUE(replaceWorkforce(*db, {{QStringLiteral("A"), 2024, {}, 130, 300, {}}}, QStringLiteral("tester"), *loadWorkforce(*db)).ok());
}

TEST_P(WorkforceTest, TheDialogSavesOneUndoableStep)
{
    ui::AppContext context(db);
    auto *dialog = new WorkforceDialog(context);
    ASSERT_TRUE(QTest::qWaitFor([dialog] { return dialog->isLoaded(); }, 60000));
    QTableWidget *table = dialog->table();
    table->insertRow(0);
    const QStringList texts{QStringLiteral("Nusa Tenggara Barat"), QStringLiteral("2025"), QStringLiteral("2.900.000"),
                            QStringLiteral("1.100.000"), QStringLiteral("2.600.000")};
    for (int c = 0; c < texts.size(); ++c)
        table->setItem(0, c, new QTableWidgetItem(texts[c]));
    dialog->accept();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT informal_workers FROM workforce WHERE region = 'Nusa Tenggara Barat'")), 1100000);
    ASSERT_EQ(context.undoStack()->count(), 1);
    context.undoStack()->undo();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM workforce")), 0);
    context.undoStack()->redo();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT working_population FROM workforce")), 2600000);
    delete dialog;
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkforceTest, perisai::testing::allBackends(), perisai::testing::backendName);
