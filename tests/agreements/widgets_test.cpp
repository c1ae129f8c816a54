// The agreement screens offscreen: the renewal form and its rule messages, the batch renewal checklist,
// the termination dialog, and the page with its reminders, history and undo.
#include "agreements/agreementform.h"
#include "agreements/agreementlistmodel.h"
#include "agreements/agreementservice.h"
#include "agreements/agreementsmodule.h"
#include "agreements/agreementspage.h"
#include "agreements/batchrenewdialog.h"
#include "agreements/historypanel.h"
#include "agreements/reminderspanel.h"
#include "agreements/terminatedialog.h"
#include "fixtures.h"
#include "testdatabase.h"
#include "ui/appcontext.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTranslator>
#include <QUndoStack>

using namespace perisai;
using namespace perisai::agreements;
using perisai::testing::makeAgreement;

namespace {

// For looking at the screens: PERISAI_GRAB_DIR=/tmp/x saves them in the desk theme as a user would see them.
void grabForReview(QWidget &widget, const QString &name, QSize size = {})
{
    const QString dir = qEnvironmentVariable("PERISAI_GRAB_DIR");
    if (dir.isEmpty())
        return;
    static bool themed = false;
    if (!std::exchange(themed, true))
        ui::applyDeskTheme(*qApp);
    if (size.isValid())
        widget.resize(size);
    widget.show();
    QApplication::processEvents();
    widget.grab().save(dir + QLatin1Char('/') + name);
}

class AgreementWidgetsTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        db->setCurrentUser(QStringLiteral("tester"));
        office = perisai::testing::addOffice(*db, QStringLiteral("KC-CLP"));
    }
    // A wadah with one active PKS ending `daysLeft` days from today.
    qint64 wadahWithPks(const QString &code, int daysLeft)
    {
        const qint64 w = perisai::testing::addWadah(*db, office, code, QStringLiteral("Kantor Perisai ") + code);
        const QDate end = today.addDays(daysLeft);
        auto id = AgreementService(*db, today).create(makeAgreement(w, QStringLiteral("PKS/%1/1").arg(code), end.addMonths(-12).addDays(1), end));
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        return id.ok() ? *id : 0;
    }
    FormContext formContext()
    {
        FormContext c;
        c.wadah = *AgreementService(*db, today).wadah();
        auto database = db;
        const QDate day = today;
        c.check = [database, day](const Agreement &a) { return AgreementService(*database, day).check(a); };
        return c;
    }
    static void waitLoaded(AgreementsPage &page)
    {
        QSignalSpy spy(&page, &AgreementsPage::loaded);
        ASSERT_TRUE(spy.wait(20000));
    }

    QDate today = QDate::currentDate();
    qint64 office = 0;
};

} // namespace

TEST_P(AgreementWidgetsTest, RenewalFormCarriesTheTermsAndExplainsEachRule)
{
    const qint64 previousId = wadahWithPks(QStringLiteral("KP-01"), 20);
    AgreementService service(*db, today);
    const Agreement previous = *service.agreement(previousId);
    AgreementForm form(AgreementForm::Mode::Renew, *service.proposeRenewal(previousId, today), formContext(), nullptr, &previous);
    auto *save = form.findChild<QPushButton *>(QStringLiteral("save"));
    auto *start = form.findChild<QDateEdit *>(QStringLiteral("startsOn"));
    auto *end = form.findChild<QDateEdit *>(QStringLiteral("endsOn"));
    ASSERT_TRUE(save && start && end);
    EXPECT_EQ(form.findChild<QLineEdit *>(QStringLiteral("number"))->text(), QStringLiteral("PKS/KP-01/%1").arg(start->date().year()));
    EXPECT_EQ(start->date(), previous.endsOn.addDays(1));
    EXPECT_EQ(end->date(), previous.endsOn.addYears(1));
    EXPECT_EQ(form.findChild<QSpinBox *>(QStringLiteral("minMonthlyTarget"))->value(), 25);
    EXPECT_EQ(form.findChild<QLineEdit *>(QStringLiteral("partnerBank"))->text(), QStringLiteral("BNI"));
    EXPECT_TRUE(form.messages().isEmpty()) << form.messages().join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(save->isEnabled());

    // End before start: an error, saving refused.
    end->setDate(start->date().addDays(-1));
    form.revalidate();
    ASSERT_EQ(form.messages().size(), 1);
    EXPECT_TRUE(form.messages().first().contains(QStringLiteral("before it starts")));
    EXPECT_FALSE(save->isEnabled());

    // Overlapping the agreement being renewed: an error naming it.
    start->setDate(previous.endsOn);
    end->setDate(previous.endsOn.addMonths(11));
    form.revalidate();
    ASSERT_FALSE(form.messages().isEmpty());
    EXPECT_TRUE(form.messages().first().contains(previous.number)) << form.messages().first().toStdString();
    EXPECT_FALSE(save->isEnabled());

    // Longer than a year: a warning that a reason overrides.
    start->setDate(previous.endsOn.addDays(1));
    end->setDate(previous.endsOn.addMonths(13));
    form.revalidate();
    auto *override = form.findChild<QCheckBox *>(QStringLiteral("overrideTerm"));
    auto *reason = form.findChild<QLineEdit *>(QStringLiteral("overrideReason"));
    EXPECT_TRUE(form.messages().first().contains(QStringLiteral("longer than 12 months")));
    EXPECT_FALSE(override->isHidden());
    EXPECT_FALSE(save->isEnabled());
    override->setChecked(true);
    form.revalidate();
    grabForReview(form, QStringLiteral("renew-form.png"));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(form.messages().last().contains(QStringLiteral("reason")));
    reason->setText(QStringLiteral("Addendum Kanwil"));
    form.revalidate();
    EXPECT_TRUE(save->isEnabled());
    EXPECT_EQ(form.agreement().termOverrideReason, QStringLiteral("Addendum Kanwil"));
    EXPECT_EQ(form.agreement().previousId, previousId);
}

TEST_P(AgreementWidgetsTest, BatchRenewalTicksTheDueWadahAndRefusesAConflict)
{
    for (int i = 1; i <= 4; ++i)
        wadahWithPks(QStringLiteral("KP-0%1").arg(i), 10 * i); // four regional offices due
    wadahWithPks(QStringLiteral("KP-05"), 200);                  // not due yet
    AgreementService service(*db, today);
    std::vector<BatchCandidate> candidates;
    const std::vector<AgreementRow> renewable = service.renewable().value();
    for (const AgreementRow &row : renewable)
        candidates.push_back({row, *service.proposeRenewal(row.agreement.id, today)});
    ASSERT_EQ(candidates.size(), 5u);
    BatchRenewDialog dialog(candidates, formContext().check, today);
    auto *renew = dialog.findChild<QPushButton *>(QStringLiteral("renew"));
    EXPECT_EQ(dialog.checkedCount(), 4);
    EXPECT_TRUE(renew->isEnabled());
    EXPECT_EQ(renew->text(), QStringLiteral("Renew 4 PKS"));

    // A draft already covering KP-05's next year: ticking it shows why it cannot be renewed.
    const qint64 w5 = renewable.back().agreement.wadahId;
    Agreement draft = makeAgreement(w5, QStringLiteral("PKS/KP-05/draft"), today.addDays(230), today.addDays(500));
    draft.status = StoredStatus::Draft;
    ASSERT_TRUE(service.create(draft).ok());
    dialog.setChecked(QStringLiteral("KP-05"), true);
    ASSERT_EQ(dialog.problems().size(), 1);
    EXPECT_TRUE(dialog.problems().first().startsWith(QStringLiteral("KP-05: The dates overlap"))) << dialog.problems().first().toStdString();
    EXPECT_FALSE(renew->isEnabled());
    grabForReview(dialog, QStringLiteral("batch.png"));
    dialog.setChecked(QStringLiteral("KP-05"), false);
    EXPECT_TRUE(renew->isEnabled());

    const auto renewals = dialog.renewals();
    ASSERT_EQ(renewals.size(), 4u);
    for (const auto &[previous, next] : renewals) {
        EXPECT_EQ(next.signedOn, today);
        EXPECT_EQ(next.startsOn, previous.endsOn.addDays(1));
    }
    ASSERT_TRUE(service.renewBatch(renewals).ok());
    EXPECT_EQ(perisai::testing::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agreements WHERE status = 'renewed'")), 4);
}

TEST_P(AgreementWidgetsTest, TerminationNeedsAReason)
{
    const qint64 id = wadahWithPks(QStringLiteral("KP-01"), 100);
    const AgreementRow row = AgreementService(*db, today).rows()->front();
    TerminateDialog dialog(row, today);
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("terminate"));
    EXPECT_FALSE(ok->isEnabled());
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("reason"))->setPlainText(QStringLiteral("Di bawah target minimum"));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.terminatedOn(), today);
    EXPECT_EQ(row.agreement.id, id);
}

TEST_P(AgreementWidgetsTest, PageShowsRemindersHistoryAndUndoesARenewal)
{
    for (int days : {5, 45, 75, -3, 300})
        wadahWithPks(QStringLiteral("W%1").arg(days < 0 ? QStringLiteral("X") : QString::number(days)), days);
    ui::AppContext context(db);
    AgreementsPage page(context);
    waitLoaded(page);
    EXPECT_EQ(page.model()->rowCount(), 5);
    EXPECT_EQ(page.reminders()->itemCount(30), 1);
    EXPECT_EQ(page.reminders()->itemCount(60), 1);
    EXPECT_EQ(page.reminders()->itemCount(90), 1);
    EXPECT_EQ(page.reminders()->itemCount(-1), 1);
    EXPECT_EQ(page.figures().active, 4);
    EXPECT_EQ(page.figures().expiring_90, 3);

    grabForReview(page, QStringLiteral("page.png"), QSize(1330, 860));

    // Drill-down from elsewhere: one agreement by its number, or a wadah's chain.
    page.open({{QStringLiteral("agreement"), QStringLiteral("PKS/W45/1")}});
    ASSERT_NE(page.model()->rowById(page.selectedAgreementId()), nullptr);
    EXPECT_EQ(page.model()->rowById(page.selectedAgreementId())->agreement.number, QStringLiteral("PKS/W45/1"));
    page.open({{QStringLiteral("wadah"), QStringLiteral("W5")}});
    EXPECT_EQ(page.history()->cardCount(), 1);
    EXPECT_EQ(page.filter()->rowCount(), 1);

    // Renew it from the page: the chain grows, the reminder goes; undo brings both back.
    const Agreement previous = page.model()->rowById(page.selectedAgreementId())->agreement;
    Agreement next = *AgreementService(*db, today).proposeRenewal(previous.id, today);
    ASSERT_TRUE(page.renewAgreement(previous, next).ok());
    waitLoaded(page);
    EXPECT_EQ(page.history()->cardCount(), 2);
    EXPECT_EQ(page.reminders()->itemCount(30), 0);
    grabForReview(page, QStringLiteral("history.png"));
    EXPECT_EQ(context.undoStack()->count(), 1);

    context.undoStack()->undo();
    waitLoaded(page);
    EXPECT_EQ(page.model()->rowCount(), 5);
    EXPECT_EQ(page.reminders()->itemCount(30), 1);
    context.undoStack()->redo();
    waitLoaded(page);
    EXPECT_EQ(page.model()->rowCount(), 6);
    EXPECT_EQ(page.reminders()->itemCount(30), 0);

    // Tiles filter the list: ending within 60 days (two of them before the renewal, one now).
    page.filter()->setStatuses({AgreementStatus::Expiring});
    page.filter()->setWadah(0);
    page.filter()->setWithinDays(60);
    EXPECT_EQ(page.filter()->rowCount(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, AgreementWidgetsTest, perisai::testing::allBackends(), perisai::testing::backendName);

TEST_P(AgreementWidgetsTest, TheModuleRemindsWhenTheWindowOpens)
{
    wadahWithPks(QStringLiteral("W5"), 5);
    wadahWithPks(QStringLiteral("W6"), 6);
    wadahWithPks(QStringLiteral("WX"), -2);
    ui::AppContext context(db);
    auto module = createModule();
    EXPECT_EQ(module->id(), QStringLiteral("agreements"));
    const QStringList notices = module->startupNotices(context);
    ASSERT_FALSE(notices.isEmpty());
    EXPECT_EQ(notices.first(), QStringLiteral("2 PKS ending within 30 days; 1 PKS ended without renewal"));
}

TEST(AgreementTranslations, TheIndonesianTranslationIsWhereTheLanguageLoaderLooks)
{
    // The shell loads every :/i18n/*_<lang>.qm; a file anywhere else would leave the page in English.
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/agreements_id.qm")));
    EXPECT_EQ(translator.translate("perisai::agreements::AgreementsPage", "Partnership agreements (PKS)"),
              QStringLiteral("Perjanjian Kerja Sama (PKS)"));
    EXPECT_EQ(translator.translate("Agreements", "%1 PKS ending within %2 days"), QStringLiteral("%1 PKS berakhir dalam %2 hari"));
}
