// The Import page offscreen, used as a person would: choose a file, map the columns the program did not
// recognise, import on a background task, see rejected rows, undo a batch.
#include "importfixture.h"

#include "imports/batchesview.h"
#include "imports/batchmodel.h"
#include "imports/importspage.h"
#include "imports/importwizard.h"
#include "imports/issuemodel.h"
#include "imports/mappingeditor.h"
#include "ui/appcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace perisai;
using namespace perisai::testing;
using imports::Kind;

class ImportWidgetsTest : public ImportTest {
protected:
    void SetUp() override
    {
        ImportTest::SetUp();
        if (!db)
            return;
        importRoster();
        context = std::make_unique<ui::AppContext>(db);
        page = std::make_unique<imports::ImportsPage>(*context);
    }
    void TearDown() override
    {
        page.reset();
        context.reset();
        ImportTest::TearDown();
    }

    QPushButton *button(const QString &text) const
    {
        for (auto *b : page->wizard()->findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }
    // Chooses `field` (its label) for the file column on row `row` of the mapping table.
    void choose(int row, const QString &fieldId)
    {
        auto *table = page->wizard()->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, 2));
        ASSERT_TRUE(combo);
        combo->setCurrentIndex(combo->findData(fieldId));
    }
    bool finish() const
    {
        return QTest::qWaitFor([this]() { return !page->wizard()->isRunning(); }, 120000);
    }

    std::unique_ptr<ui::AppContext> context;
    std::unique_ptr<imports::ImportsPage> page;
};

TEST_P(ImportWidgetsTest, UnknownColumnsAreMappedByHandAndRemembered)
{
    page->wizard()->setKind(Kind::Participants);
    page->wizard()->setFile(sample(QStringLiteral("participants_odd.csv")));
    QPushButton *import = button(QStringLiteral("Import"));
    ASSERT_TRUE(import);
    EXPECT_FALSE(import->isEnabled()) << "KPJ, NIK, program and registration date have no column yet";
    // Columns: No. Anggota | Identitas | Nama Lengkap | Prog | Tgl Masuk | Perekrut
    choose(0, QStringLiteral("member_no"));
    choose(1, QStringLiteral("nik"));
    choose(3, QStringLiteral("program"));
    choose(4, QStringLiteral("registered_on"));
    choose(5, QStringLiteral("agent_code"));
    EXPECT_TRUE(import->isEnabled());
    // NIK examples are masked until personal data is revealed.
    auto *table = page->wizard()->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("3319••••••••0015"));

    page->wizard()->findChild<QCheckBox *>()->setChecked(true);
    page->wizard()->start(false);
    ASSERT_TRUE(finish());
    EXPECT_EQ(text(QStringLiteral("SELECT name FROM participants WHERE kpj = '22010000011'")), QStringLiteral("Suparno"));

    // The next file with the same headers is mapped already.
    imports::ImportsPage again(*context);
    again.wizard()->setKind(Kind::Participants);
    again.wizard()->setFile(sample(QStringLiteral("participants_odd.csv")));
    bool enabled = false;
    for (auto *b : again.wizard()->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Import"))
            enabled = b->isEnabled();
    EXPECT_TRUE(enabled);
}

TEST_P(ImportWidgetsTest, NothingIsMissingBeforeAFileIsChosen)
{
    imports::MappingEditor *mapping = page->wizard()->mappingEditor();
    EXPECT_TRUE(mapping->missingMessage().isEmpty()) << mapping->missingMessage().toStdString();
    page->wizard()->setKind(Kind::Agents); // another kind, still no file
    EXPECT_TRUE(mapping->missingMessage().isEmpty());
    page->wizard()->setKind(Kind::Participants);
    page->wizard()->setFile(sample(QStringLiteral("participants_odd.csv")));
    EXPECT_TRUE(mapping->missingMessage().contains(QStringLiteral("NIK"))) << "now there are columns to choose";
}

TEST_P(ImportWidgetsTest, AHalfDoneImportOutlivesARebuiltPage)
{
    // What a language switch does: the page is built again, in the new language, from the old one's state.
    page->wizard()->setKind(Kind::Participants);
    page->wizard()->setFile(sample(QStringLiteral("participants_odd.csv")));
    choose(0, QStringLiteral("member_no"));
    choose(1, QStringLiteral("nik"));
    choose(3, QStringLiteral("program"));
    choose(4, QStringLiteral("registered_on"));
    const QVariantMap state = page->wizard()->state();
    ASSERT_FALSE(state.isEmpty());

    imports::ImportsPage rebuilt(*context);
    rebuilt.wizard()->restoreState(state);
    EXPECT_EQ(rebuilt.wizard()->state(), state);
    EXPECT_EQ(rebuilt.wizard()->mappingEditor()->mapping().value(QStringLiteral("Identitas")), QStringLiteral("nik"));
    EXPECT_TRUE(rebuilt.wizard()->mappingEditor()->missingMessage().isEmpty());
    EXPECT_TRUE(imports::ImportsPage(*context).wizard()->state().isEmpty()) << "no file chosen, nothing to keep";
}

TEST_P(ImportWidgetsTest, RejectedRowsAreListedAndNothingIsWritten)
{
    const QString before = snapshot();
    page->wizard()->setKind(Kind::Participants);
    page->wizard()->setFile(sample(QStringLiteral("participants_bad.csv")));
    page->wizard()->start(false);
    ASSERT_TRUE(finish());
    auto *view = page->wizard()->findChild<QTableView *>(QStringLiteral("rejectedRows"));
    ASSERT_TRUE(view);
    ASSERT_EQ(view->model()->rowCount(), 9);
    EXPECT_EQ(view->model()->index(0, imports::IssueModel::Line).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(view->model()->index(1, imports::IssueModel::Value).data().toString(), QStringLiteral("3319•••••••0001"));
    context->setRevealPersonalData(true);
    EXPECT_EQ(view->model()->index(1, imports::IssueModel::Value).data().toString(), QStringLiteral("331901010180001"));
    EXPECT_EQ(snapshot(), before);
}

TEST_P(ImportWidgetsTest, ABatchIsUndoneFromTheList)
{
    page->wizard()->setKind(Kind::Participants);
    page->wizard()->setFile(sample(QStringLiteral("participants.csv")));
    page->wizard()->start(false);
    ASSERT_TRUE(finish());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants")), 4);
    page->showBatches();
    QTableView *list = page->batches()->view();
    ASSERT_EQ(list->model()->rowCount(), 3); // wadah, agents, participants; newest first
    EXPECT_EQ(list->model()->index(0, imports::BatchModel::File).data().toString(), QStringLiteral("participants.csv"));
    list->selectRow(0);
    page->batches()->undoSelected(false);
    ASSERT_TRUE(QTest::qWaitFor([this]() { return scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants")) == 0; }, 120000));
    ASSERT_TRUE(QTest::qWaitFor([list]() { return list->model()->index(0, imports::BatchModel::Status).data().toString().startsWith(QLatin1String("Undone")); }, 10000));
}

INSTANTIATE_TEST_SUITE_P(Backends, ImportWidgetsTest, allBackends(), backendName);
