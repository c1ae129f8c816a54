// The roster's windows, offscreen: the agent form's messages, adding and editing with undo and redo, an edit
// conflict between two desks (a second Database object on the same file or server), the status dialog's
// rules, and the page itself (loading, search, drill-down, automatic deactivation).
#include "core/format.h"
#include "core/nik.h"
#include "fixture.h"
#include "roster/agentdetailview.h"
#include "roster/agentform.h"
#include "roster/agentlistmodel.h"
#include "roster/agentrepository.h"
#include "roster/agentstab.h"
#include "roster/lookuprepository.h"
#include "roster/personaldataedit.h"
#include "roster/participantstab.h"
#include "roster/rosterpage.h"
#include "roster/statusdialog.h"
#include "roster/wadahform.h"
#include "roster/wadahtab.h"
#include "storage/query.h"
#include "testdatabase.h"
#include "ui/personaldata.h"
#include "ui/appcontext.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace perisai;
using namespace perisai::roster;
using perisai::testing::scalar;

class RosterWidgetsTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        fixture = std::make_unique<perisai::testing::RosterFixture>(db);
        context.db = db;
        context.reportError = [this](const QString &m) { errors << m; };
        LookupRepository lookup(*db);
        lookups.offices = *lookup.offices();
        lookups.wadah = *lookup.wadah();
        lookups.banks = *lookup.banks();
    }

    // The second desk: its own Database object on the same file or server, its own user.
    storage::DatabasePtr otherDesk()
    {
        auto other = m_test->openAs(QStringLiteral("budi"));
        EXPECT_TRUE(other.ok()) << other.errorText().toStdString();
        return *other;
    }

    // Fills the form as a user would type it.
    static void fill(AgentForm &form, const Agent &a)
    {
        form.findChild<QLineEdit *>(QStringLiteral("code"))->setText(a.code);
        form.findChild<QLineEdit *>(QStringLiteral("nik"))->setText(a.nik);
        form.findChild<QLineEdit *>(QStringLiteral("name"))->setText(a.name);
        form.findChild<QLineEdit *>(QStringLiteral("phone"))->setText(a.phone);
        auto *wadah = form.findChild<QComboBox *>(QStringLiteral("wadah"));
        wadah->setCurrentIndex(wadah->findData(a.wadahId));
        form.findChild<QLineEdit *>(QStringLiteral("accountNo"))->setText(a.accountNo);
        form.findChild<QCheckBox *>(QStringLiteral("isBpuParticipant"))->setChecked(a.isBpuParticipant);
        form.findChild<QLineEdit *>(QStringLiteral("kpj"))->setText(a.kpj);
        form.findChild<QCheckBox *>(QStringLiteral("hasAccount"))->setChecked(a.hasAccount);
        form.findChild<QCheckBox *>(QStringLiteral("hasDevice"))->setChecked(a.hasDevice);
        form.findChild<QCheckBox *>(QStringLiteral("briefed"))->setChecked(a.briefedOn.isValid());
    }

    Agent stored(qint64 id) { return AgentRepository(*db).load(id).value(); }

    std::unique_ptr<perisai::testing::RosterFixture> fixture;
    CommandContext context;
    Lookups lookups;
    QUndoStack undo;
    QStringList errors;
};

TEST_P(RosterWidgetsTest, TheAgentFormSaysWhatIsWrongFieldByField)
{
    AgentForm form(context, &undo, lookups);
    form.setAgent({});
    Agent a = fixture->agent(QStringLiteral("AG-001"), 1);
    a.nik = QStringLiteral("330901120385001"); // a digit lost
    a.name = QString();
    a.phone = QStringLiteral("12");
    fill(form, a);
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(form.fieldMessage(AgentField::Nik).contains(QStringLiteral("15 digits"))) << form.fieldMessage(AgentField::Nik).toStdString();
    EXPECT_FALSE(form.fieldMessage(AgentField::Name).isEmpty());
    EXPECT_FALSE(form.fieldMessage(AgentField::Phone).isEmpty());
    EXPECT_TRUE(form.fieldMessage(AgentField::Code).isEmpty());
    EXPECT_EQ(undo.count(), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agents")), 0);

    // A woman's birth day + 40 is fine; a day between 32 and 40 is explained.
    form.findChild<QLineEdit *>(QStringLiteral("nik"))->setText(QStringLiteral("3309013603850001"));
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(form.fieldMessage(AgentField::Nik).contains(QStringLiteral("+ 40"))) << form.fieldMessage(AgentField::Nik).toStdString();
}

TEST_P(RosterWidgetsTest, AddingAnAgentCanBeUndoneAndRedone)
{
    AgentForm form(context, &undo, lookups);
    form.setAgent({});
    fill(form, fixture->agent(QStringLiteral("AG-001"), 1));
    ASSERT_TRUE(form.save()) << form.fieldMessage(AgentField::Nik).toStdString();
    const qint64 id = form.savedAgent().id;
    EXPECT_EQ(form.result(), QDialog::Accepted);
    EXPECT_EQ(stored(id).phone, QStringLiteral("+6281234560001"));
    ASSERT_EQ(undo.count(), 1);

    undo.undo();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agents")), 0);
    undo.redo();
    EXPECT_EQ(stored(id).code, QStringLiteral("AG-001")); // back under the same id
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'agents'")), 3);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
}

TEST_P(RosterWidgetsTest, EditingAnAgentCanBeUndoneAndRedone)
{
    const Agent original = std::get<Agent>(RosterService(*db).addAgent(fixture->agent(QStringLiteral("AG-001"), 1)));
    AgentForm form(context, &undo, lookups);
    form.setAgent(original);
    form.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Siti Aminah"));
    form.revealField(AgentField::Phone); // masked until shown
    form.findChild<QLineEdit *>(QStringLiteral("phone"))->setText(QStringLiteral("0813 1111 2222"));
    ASSERT_TRUE(form.save());
    EXPECT_EQ(stored(original.id).name, QStringLiteral("Siti Aminah"));
    EXPECT_EQ(stored(original.id).phone, QStringLiteral("+6281311112222"));

    undo.undo();
    EXPECT_EQ(stored(original.id).name, original.name);
    EXPECT_EQ(stored(original.id).phone, original.phone);
    undo.redo();
    EXPECT_EQ(stored(original.id).name, QStringLiteral("Siti Aminah"));
    undo.undo();
    EXPECT_EQ(stored(original.id).name, original.name);
    // Who, when, before and after, for each step.
    storage::Query q(db->connection(), QStringLiteral(
        "SELECT action, before, after FROM audit_log WHERE table_name = 'agents' AND row_id = ? ORDER BY id"));
    ASSERT_TRUE(q.bind(original.id).exec().ok());
    QStringList actions;
    while (q.next()) {
        actions << q.text(0);
        if (q.text(0) == QLatin1String("undo")) {
            EXPECT_TRUE(q.text(1).contains(QStringLiteral("Siti Aminah")) && q.text(2).contains(original.name));
        }
    }
    EXPECT_EQ(actions, (QStringList{QStringLiteral("insert"), QStringLiteral("reveal"), QStringLiteral("update"), QStringLiteral("undo"),
                                    QStringLiteral("update"), QStringLiteral("undo")}));
}

TEST_P(RosterWidgetsTest, TheEditFormMasksPersonalDataAndLogsEachFieldShown)
{
    Agent a = fixture->agent(QStringLiteral("AG-001"), 1);
    a.accountNo = QStringLiteral("1234567890");
    a.hasAccount = true;
    const Agent original = std::get<Agent>(RosterService(*db).addAgent(a));
    const QString reveals = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reveal' AND table_name = 'agents' AND row_id = ?");
    {
        AgentForm form(context, &undo, lookups);
        form.setAgent(original);
        auto *nik = form.findChild<QLineEdit *>(QStringLiteral("nik"));
        auto *phone = form.findChild<QLineEdit *>(QStringLiteral("phone"));
        auto *account = form.findChild<QLineEdit *>(QStringLiteral("accountNo"));
        EXPECT_EQ(nik->text(), ui::showNik(original.nik, false));
        EXPECT_EQ(phone->text(), ui::showPhone(original.phone, false));
        EXPECT_EQ(account->text(), QStringLiteral("••••••7890"));
        EXPECT_TRUE(nik->isReadOnly() && phone->isReadOnly() && account->isReadOnly());
        EXPECT_EQ(scalar(*db, reveals, {original.id}), 0) << "nothing was shown yet";
        // Saving with the values still masked keeps them as stored.
        form.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Siti Aminah"));
        ASSERT_TRUE(form.save());
        EXPECT_EQ(stored(original.id).nik, original.nik);
        EXPECT_EQ(stored(original.id).phone, original.phone);
        EXPECT_EQ(stored(original.id).accountNo, original.accountNo);
    }
    AgentForm form(context, &undo, lookups);
    form.setAgent(stored(original.id));
    form.findChild<PersonalDataEdit *>(QStringLiteral("nikField"))->showButton()->click();
    auto *nik = form.findChild<QLineEdit *>(QStringLiteral("nik"));
    EXPECT_EQ(nik->text(), original.nik);
    EXPECT_FALSE(nik->isReadOnly());
    EXPECT_TRUE(form.isMasked(AgentField::Phone)) << "one field at a time";
    EXPECT_TRUE(form.isMasked(AgentField::Account));
    // Who looked, when, at whose data.
    storage::Query q(db->connection(), QStringLiteral("SELECT user_name, at, summary FROM audit_log WHERE action = 'reveal' AND row_id = ?"));
    ASSERT_TRUE(q.bind(original.id).exec().ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.text(0), db->currentUser());
    EXPECT_FALSE(q.text(1).isEmpty());
    EXPECT_TRUE(q.text(2).contains(QStringLiteral("NIK")) && q.text(2).contains(QStringLiteral("AG-001"))) << q.text(2).toStdString();
    form.revealField(AgentField::Account);
    EXPECT_EQ(form.findChild<QLineEdit *>(QStringLiteral("accountNo"))->text(), original.accountNo);
    EXPECT_EQ(scalar(*db, reveals, {original.id}), 2);
}

TEST_P(RosterWidgetsTest, AConflictingEditFromAnotherDeskIsShownAndCanBeLoaded)
{
    const Agent original = std::get<Agent>(RosterService(*db).addAgent(fixture->agent(QStringLiteral("AG-001"), 1)));
    AgentForm form(context, &undo, lookups);
    form.setAgent(original); // this desk opens the form...
    Agent theirs = original;  // ...while the other desk saves a new phone number
    theirs.phone = QStringLiteral("081299998888");
    ASSERT_TRUE(std::holds_alternative<Agent>(RosterService(*otherDesk()).updateAgent(theirs, original.version)));

    form.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Siti Aminah"));
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(form.conflictShown());
    EXPECT_TRUE(form.conflictText().contains(QStringLiteral("budi"))) << form.conflictText().toStdString();
    EXPECT_EQ(stored(original.id).phone, QStringLiteral("+6281299998888"));
    EXPECT_EQ(stored(original.id).name, original.name);
    EXPECT_EQ(undo.count(), 0);

    form.reloadLatest();
    EXPECT_FALSE(form.conflictShown());
    EXPECT_EQ(form.agentFromFields().phone, QStringLiteral("+6281299998888")); // their number, masked on screen
    form.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Siti Aminah"));
    EXPECT_TRUE(form.save());
    EXPECT_EQ(stored(original.id).name, QStringLiteral("Siti Aminah"));
    EXPECT_EQ(stored(original.id).phone, QStringLiteral("+6281299998888"));
}

TEST_P(RosterWidgetsTest, UndoDoesNotOverwriteALaterChangeFromAnotherDesk)
{
    const Agent original = std::get<Agent>(RosterService(*db).addAgent(fixture->agent(QStringLiteral("AG-001"), 1)));
    AgentForm form(context, &undo, lookups);
    form.setAgent(original);
    form.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Siti Aminah"));
    ASSERT_TRUE(form.save());
    Agent theirs = stored(original.id);
    theirs.address = QStringLiteral("Jl. Pemuda 12");
    ASSERT_TRUE(std::holds_alternative<Agent>(RosterService(*otherDesk()).updateAgent(theirs, theirs.version)));

    undo.undo();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("budi"))) << errors.first().toStdString();
    EXPECT_EQ(undo.count(), 0); // the refused step leaves the stack
    EXPECT_EQ(stored(original.id).name, QStringLiteral("Siti Aminah"));
    EXPECT_EQ(stored(original.id).address, QStringLiteral("Jl. Pemuda 12"));
}

TEST_P(RosterWidgetsTest, TheStatusDialogAppliesTheRejoinRuleAndCanBeUndone)
{
    const QDate today = QDate::currentDate();
    const qint64 id = fixture->insertAgent(QStringLiteral("AG-001"), 1, AgentStatus::Inactive, today.addMonths(-2));
    StatusDialog early(context, &undo, stored(id));
    early.choose(AgentStatus::Active, today, {});
    EXPECT_FALSE(early.save());
    EXPECT_TRUE(early.message().contains(fmt::date(today.addMonths(-2).addMonths(6)))) << early.message().toStdString();
    EXPECT_EQ(stored(id).status, AgentStatus::Inactive);

    StatusDialog dismiss(context, &undo, stored(id));
    dismiss.choose(AgentStatus::Dismissed, today, QStringLiteral("Iuran peserta tidak disetor"));
    ASSERT_TRUE(dismiss.save()) << dismiss.message().toStdString();
    EXPECT_EQ(stored(id).status, AgentStatus::Dismissed);
    EXPECT_TRUE(StatusDialog::allowedTargets(AgentStatus::Dismissed).isEmpty());
    undo.undo();
    EXPECT_EQ(stored(id).status, AgentStatus::Inactive);
    EXPECT_EQ(stored(id).statusSince, today.addMonths(-2));
    undo.redo();
    EXPECT_EQ(stored(id).status, AgentStatus::Dismissed);
}

TEST_P(RosterWidgetsTest, TheWadahFormAddsWithUndoAndRefusesADuplicateCode)
{
    WadahForm form(context, &undo, lookups);
    form.setWadah({});
    form.findChild<QLineEdit *>(QStringLiteral("code"))->setText(QStringLiteral("WD-01"));
    form.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("BUMDes Maju"));
    auto *office = form.findChild<QComboBox *>(QStringLiteral("office"));
    office->setCurrentIndex(office->findData(fixture->kcpSouth));
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(form.message().contains(QStringLiteral("Koperasi Sejahtera"))) << form.message().toStdString();
    form.findChild<QLineEdit *>(QStringLiteral("code"))->setText(QStringLiteral("WD-03"));
    ASSERT_TRUE(form.save()) << form.message().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM wadah")), 3);
    undo.undo();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM wadah")), 2);
}

TEST_P(RosterWidgetsTest, ThePageListsSearchesOpensAnAgentAndDeactivatesIdleOnes)
{
    const QDate today = QDate::currentDate();
    const YearMonth last = YearMonth::fromDate(today).addMonths(-1);
    const qint64 idle = fixture->insertAgent(QStringLiteral("AG-IDLE"), 1, AgentStatus::Active, last.addMonths(-6).firstDay());
    const qint64 busy = fixture->insertAgent(QStringLiteral("AG-BUSY"), 2, AgentStatus::Active, last.addMonths(-6).firstDay());
    fixture->insertAgent(QStringLiteral("AG-NEW"), 3, AgentStatus::Candidate, today);
    for (int k = 0; k <= 6; ++k)
        fixture->setAgentMonth(busy, last.addMonths(-k).key(), 3, 36800);
    fixture->setAgentMonth(idle, last.addMonths(-5).key(), 2, 0);

    ui::AppContext app(db);
    RosterPage page(app);
    QSignalSpy loaded(&page, &RosterPage::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(page.agentsTab()->model()->rowCount(), 3);
    EXPECT_EQ(stored(idle).status, AgentStatus::Inactive);
    EXPECT_TRUE(page.noticeText().contains(QStringLiteral("AG-IDLE"))) << page.noticeText().toStdString();

    page.agentsTab()->searchField()->setText(QStringLiteral("busy"));
    EXPECT_EQ(page.agentsTab()->proxy()->rowCount(), 1);
    page.agentsTab()->searchField()->clear();

    QSignalSpy detail(&page, &RosterPage::detailShown);
    page.open({{QStringLiteral("agent"), QStringLiteral("AG-BUSY")}});
    EXPECT_EQ(page.agentsTab()->currentAgentId(), busy);
    ASSERT_TRUE(detail.wait(10000) || page.agentsTab()->detail()->agentId() == busy);
    EXPECT_TRUE(QTest::qWaitFor([&]() { return page.agentsTab()->detail()->agentId() == busy; }, 10000));
    // The NIK stays masked until it is asked for.
    EXPECT_FALSE(page.agentsTab()->detail()->nikText().contains(stored(busy).nik));
    page.agentsTab()->detail()->findChild<QPushButton *>(QStringLiteral("revealNik"))->click();
    EXPECT_TRUE(page.agentsTab()->detail()->nikText().contains(stored(busy).nik));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reveal' AND row_id = ?"), {busy}), 1)
        << "who looked at whose NIK, and when";

    page.open({{QStringLiteral("wadah"), QStringLiteral("WD-02")}});
    EXPECT_EQ(page.tabs()->currentWidget(), page.wadahTab());
    EXPECT_EQ(page.wadahTab()->currentWadahId(), fixture->wadahFree);
}

TEST_P(RosterWidgetsTest, ExportsTheFilteredViewWithPersonalDataMasked)
{
    fixture->insertAgent(QStringLiteral("AG-001"), 1, AgentStatus::Active, QDate(2024, 2, 1));
    fixture->insertAgent(QStringLiteral("AG-002"), 2, AgentStatus::Candidate, QDate(2024, 2, 1));
    ui::AppContext app(db);
    RosterPage page(app);
    QSignalSpy loaded(&page, &RosterPage::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    page.agentsTab()->table()->setColumnHidden(AgentListModel::Nik, false);
    AgentFilter f;
    f.status = AgentStatus::Candidate;
    page.agentsTab()->setFilter(f);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("agents.csv"));
    page.exportCurrent(csv);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("AG-002"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("AG-001")));
    EXPECT_FALSE(text.contains(perisai::testing::RosterFixture::nik(2)));                // masked...
    EXPECT_TRUE(text.contains(Nik::mask(perisai::testing::RosterFixture::nik(2))));     // ...but recognisable
    const QString xlsx = dir.filePath(QStringLiteral("agents.xlsx"));
    page.exportCurrent(xlsx);
    EXPECT_GT(QFileInfo(xlsx).size(), 1000);
}

INSTANTIATE_TEST_SUITE_P(Backends, RosterWidgetsTest, perisai::testing::allBackends(), perisai::testing::backendName);
