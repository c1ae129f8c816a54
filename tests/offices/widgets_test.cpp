// The offices page and its form offscreen: an empty database says how to begin, the form adds a KC and its
// KCP (region hint from the workforce figures) with undo, the tree shows KC → KCP, closing is refused while
// wadah remain and otherwise undoable; the first-day set-up form writes the branch and its KCP.
#include "offices/branchsetupform.h"
#include "offices/officeform.h"
#include "offices/officerepository.h"
#include "offices/officespage.h"
#include "offices/officetreemodel.h"
#include "storage/query.h"
#include "testdatabase.h"
#include "ui/appcontext.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace perisai;
using namespace perisai::offices;
using perisai::testing::scalar;

class OfficesWidgetsTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        context.db = db;
        context.reportError = [this](const QString &m) { errors << m; };
    }

    static void fill(OfficeForm &form, const QString &kind, const QString &code, const QString &name, const QString &region)
    {
        auto *kinds = form.findChild<QComboBox *>(QStringLiteral("kind"));
        kinds->setCurrentIndex(kinds->findData(kind));
        form.findChild<QLineEdit *>(QStringLiteral("code"))->setText(code);
        form.findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
        form.findChild<QComboBox *>(QStringLiteral("region"))->setCurrentText(region);
    }

    roster::CommandContext context;
    QUndoStack undo;
    QStringList errors;
};

TEST_P(OfficesWidgetsTest, TheFormAddsABranchAndItsKcpWithUndoAndHintsAtTheRegion)
{
    storage::Query q(db->connection(), QStringLiteral("INSERT INTO workforce (region, year, informal_workers) VALUES ('Kabupaten Cilacap', 2024, 600000)"));
    ASSERT_TRUE(q.exec().ok());
    OfficeForm branchForm(context, &undo, loadOfficesData(*db));
    Office blank;
    blank.kind = QStringLiteral("kc");
    branchForm.setOffice(blank);
    fill(branchForm, QStringLiteral("kc"), QStringLiteral("KC-CILACAP"), QStringLiteral("Kantor Cabang Cilacap"), QStringLiteral("Kab. Cilacap"));
    EXPECT_TRUE(branchForm.regionHint().contains(QStringLiteral("No workforce figures for Kab. Cilacap"))) << branchForm.regionHint().toStdString();
    branchForm.findChild<QComboBox *>(QStringLiteral("region"))->setCurrentText(QStringLiteral("Kabupaten Cilacap"));
    EXPECT_TRUE(branchForm.regionHint().contains(QStringLiteral("are recorded"))) << branchForm.regionHint().toStdString();
    ASSERT_TRUE(branchForm.save()) << branchForm.message().toStdString();

    // A new KCP stands under the only KC there is without being told.
    OfficeForm kcpForm(context, &undo, loadOfficesData(*db));
    kcpForm.setOffice({});
    fill(kcpForm, QStringLiteral("kcp"), QStringLiteral("KCP-KROYA"), QStringLiteral("KCP Kroya"), {});
    ASSERT_TRUE(kcpForm.save()) << kcpForm.message().toStdString();
    EXPECT_EQ(kcpForm.savedOffice().parentId, branchForm.savedOffice().id);
    EXPECT_EQ(undo.count(), 2);
    undo.undo();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 1);
    undo.redo();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices WHERE code = 'KCP-KROYA'")), 1);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
}

TEST_P(OfficesWidgetsTest, ThePageShowsTheTreeAndClosesAnOfficeOnlyWhenNothingDependsOnIt)
{
    ui::AppContext app(db);
    {
        OfficesPage empty(app);
        QSignalSpy loaded(&empty, &OfficesPage::loaded);
        ASSERT_TRUE(loaded.wait(10000));
        EXPECT_TRUE(empty.findChild<QWidget *>(QStringLiteral("addBranch"))->isVisibleTo(&empty));
    }
    BranchSetup setup;
    setup.code = QStringLiteral("KC-KUDUS");
    setup.name = QStringLiteral("Kantor Cabang Kudus");
    setup.region = QStringLiteral("Kabupaten Kudus");
    setup.subBranches = {{QStringLiteral("KCP-JATI"), QStringLiteral("KCP Jati"), {}}, {QStringLiteral("KCP-GEBOG"), QStringLiteral("KCP Gebog"), {}}};
    ASSERT_TRUE(OfficeService(*db).setUpBranch(setup).ok());
    const qint64 jati = *OfficeRepository(*db).idByCode(QStringLiteral("KCP-JATI"));
    storage::Query w(db->connection(), QStringLiteral(
        "INSERT INTO wadah (code, name, office_id, created_at, updated_at) VALUES ('WD-1', 'Koperasi', ?, '2025-01-01', '2025-01-01')"));
    ASSERT_TRUE(w.bind(jati).exec().ok());

    OfficesPage page(app);
    QSignalSpy loaded(&page, &OfficesPage::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_FALSE(page.findChild<QWidget *>(QStringLiteral("addBranch"))->isVisibleTo(&page));
    ASSERT_EQ(page.model()->rowCount(), 1);
    const QModelIndex kc = page.model()->index(0, OfficeTreeModel::Code);
    EXPECT_EQ(kc.data().toString(), QStringLiteral("KC-KUDUS"));
    ASSERT_EQ(page.model()->rowCount(kc), 2);
    EXPECT_EQ(page.model()->index(0, OfficeTreeModel::Code, kc).data().toString(), QStringLiteral("KCP-GEBOG"));
    EXPECT_EQ(page.model()->index(1, OfficeTreeModel::Wadah, kc).data().toString(), QStringLiteral("1"));

    page.toggleClosed(jati);
    EXPECT_TRUE(page.noticeText().contains(QStringLiteral("KCP-JATI still supervises 1 active wadah"))) << page.noticeText().toStdString();
    const qint64 gebog = *OfficeRepository(*db).idByCode(QStringLiteral("KCP-GEBOG"));
    page.toggleClosed(gebog);
    EXPECT_FALSE(OfficeRepository(*db).load(gebog)->isOpen());
    // The tree is read again: the KCP under the KC shows it closed.
    const auto gebogStatus = [&]() { return page.model()->index(0, OfficeTreeModel::Status, page.model()->index(0, 0)).data().toString(); };
    ASSERT_TRUE(QTest::qWaitFor([&]() { return gebogStatus().startsWith(QStringLiteral("Closed")); }, 10000)) << gebogStatus().toStdString();
    app.undoStack()->undo();
    EXPECT_TRUE(OfficeRepository(*db).load(gebog)->isOpen());

    page.open({{QStringLiteral("office"), QStringLiteral("KCP-JATI")}});
    EXPECT_EQ(page.currentOfficeId(), jati);
}

TEST_P(OfficesWidgetsTest, TheSetUpFormSuggestsCodesAndWritesTheBranch)
{
    BranchSetupForm form(db);
    form.findChild<QLineEdit *>(QStringLiteral("branchName"))->setText(QStringLiteral("Kantor Cabang Cilacap"));
    EXPECT_EQ(form.findChild<QLineEdit *>(QStringLiteral("branchCode"))->text(), QStringLiteral("KC-CILACAP"));
    auto *kcp = form.findChild<QTableWidget *>(QStringLiteral("subBranches"));
    ASSERT_GE(kcp->rowCount(), 1);
    kcp->item(0, 0)->setText(QStringLiteral("KCP Majenang"));
    EXPECT_EQ(kcp->item(0, 1)->text(), QStringLiteral("KCP-MAJENANG"));
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(form.message().contains(QStringLiteral("region"))) << form.message().toStdString();
    form.findChild<QComboBox *>(QStringLiteral("branchRegion"))->setCurrentText(QStringLiteral("Kabupaten Cilacap"));
    ASSERT_TRUE(form.save()) << form.message().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices WHERE kind = 'kcp'")), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, OfficesWidgetsTest, perisai::testing::allBackends(), perisai::testing::backendName);
