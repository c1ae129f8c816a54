// The life of a review case: a signal becomes an open case, goes under review, is cleared only with a
// reason and then stays cleared for the same evidence, opens again on new evidence, and once confirmed
// excludes its participants from incentives and suggests the agent's dismissal through the roster's rules.
// Participant flags of the import become cases too. Every step leaves its line in the audit log.
#include "figures/signalfigures.h"
#include "plant.h"
#include "review/caserepository.h"
#include "review/exclusions.h"
#include "review/opencasesreport.h"
#include "reports/reportcatalog.h"
#include "review/reviewservice.h"
#include "roster/conflict.h"
#include "storage/query.h"
#include "testdatabase.h"

using namespace perisai;
using perisai::testing::scalar;
using review::CaseState;

namespace {

const PeriodRange kPeriod{{2025, 1}, {2025, 6}};
const QDate kToday(2025, 12, 15);
const QString kAgentPhone = QStringLiteral("+6281200000001");

class CasesTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        plant = std::make_unique<perisai::testing::Planter>(*db);
        clean = plant->agent(QStringLiteral("AG-CLEAN"));
        planted = plant->agent(QStringLiteral("AG-PLANT"), kAgentPhone);
        plant->participants(20, clean, QStringLiteral("2025-01-10"), 202501, 202509);
        // Four recruits on the agent's own number: a shared_phone signal.
        plant->participants(4, planted, QStringLiteral("2025-02-10"), 202502, 202509, kAgentPhone);
    }

    review::SyncOutcome sync()
    {
        plant->finish();
        auto table = figures::signalFigures(*db, {}, kPeriod, kToday);
        EXPECT_TRUE(table.ok()) << table.errorText().toStdString();
        auto outcome = review::ReviewService(*db, kToday).sync(*table);
        EXPECT_TRUE(outcome.ok()) << outcome.errorText().toStdString();
        return outcome ? *outcome : review::SyncOutcome{};
    }
    std::vector<review::ReviewCase> cases(const review::CaseFilter &filter = {})
    {
        auto list = review::CaseRepository(*db).list(filter);
        EXPECT_TRUE(list.ok()) << list.errorText().toStdString();
        return list ? *list : std::vector<review::ReviewCase>{};
    }
    review::ReviewCase phoneCase()
    {
        auto c = review::CaseRepository(*db).latestSignalCase(planted, QStringLiteral("shared_phone"));
        EXPECT_TRUE(c.ok());
        return c ? *c : review::ReviewCase{};
    }

    std::unique_ptr<perisai::testing::Planter> plant;
    qint64 clean = 0, planted = 0;
};

TEST_P(CasesTest, ASignalBecomesOneOpenCaseWithItsEvidence)
{
    EXPECT_EQ(sync().created, 1);
    const auto c = phoneCase();
    ASSERT_NE(c.id, 0);
    EXPECT_EQ(c.state, CaseState::Open);
    EXPECT_EQ(c.agentCode, QStringLiteral("AG-PLANT"));
    EXPECT_EQ(c.participants.size(), 4);
    EXPECT_EQ(sync().created, 0) << "the same signal makes no second case";
    EXPECT_EQ(cases().size(), 1u);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'review_cases' AND action = 'insert'")), 1);
}

TEST_P(CasesTest, ClearingNeedsAReasonAndHoldsForTheSameEvidence)
{
    sync();
    review::ReviewService service(*db, kToday);
    auto c = phoneCase();
    auto reviewing = service.startReview(c.id, c.version);
    ASSERT_TRUE(reviewing.ok()) << reviewing.errorText().toStdString();
    EXPECT_EQ(reviewing->state, CaseState::UnderReview);
    EXPECT_FALSE(service.clear(c.id, reviewing->version, QStringLiteral("   ")).ok());
    auto cleared = service.clear(c.id, reviewing->version, QStringLiteral("A family of four; the agent is their neighbour"));
    ASSERT_TRUE(cleared.ok()) << cleared.errorText().toStdString();
    EXPECT_EQ(phoneCase().state, CaseState::Cleared);
    EXPECT_EQ(phoneCase().decidedBy, db->currentUser());

    const auto again = sync();
    EXPECT_EQ(again.created + again.reopened, 0);
    EXPECT_EQ(phoneCase().state, CaseState::Cleared) << "a cleared signal does not come back for the same evidence";
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'review_cases' AND action = 'status'")), 2);
}

TEST_P(CasesTest, NewEvidenceOpensAClearedCaseAgain)
{
    sync();
    review::ReviewService service(*db, kToday);
    auto c = phoneCase();
    ASSERT_TRUE(service.clear(c.id, c.version, QStringLiteral("Family")).ok());
    plant->participant(planted, QStringLiteral("2025-04-10"), 202504, 202509, {}, kAgentPhone);
    EXPECT_EQ(sync().reopened, 1);
    const auto reopened = phoneCase();
    EXPECT_EQ(reopened.id, c.id);
    EXPECT_EQ(reopened.state, CaseState::Open);
    EXPECT_EQ(reopened.participants.size(), 5);
    auto notes = review::CaseRepository(*db).notes(c.id);
    ASSERT_TRUE(notes.ok());
    ASSERT_EQ(notes->size(), 1u);
    EXPECT_FALSE(notes->front().author.isEmpty());
}

TEST_P(CasesTest, NotesKeepWhoAndWhen)
{
    sync();
    review::ReviewService service(*db, kToday);
    const auto c = phoneCase();
    EXPECT_FALSE(service.addNote(c.id, QStringLiteral("  ")).ok());
    ASSERT_TRUE(service.addNote(c.id, QStringLiteral("Called the wadah head")).ok());
    auto notes = review::CaseRepository(*db).notes(c.id);
    ASSERT_TRUE(notes.ok());
    ASSERT_EQ(notes->size(), 1u);
    EXPECT_EQ(notes->front().author, db->currentUser());
    EXPECT_TRUE(notes->front().writtenAt.isValid());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'review_cases' AND action = 'update'")), 1);
}

TEST_P(CasesTest, AConfirmedCaseExcludesItsParticipantsFromIncentives)
{
    sync();
    review::ReviewService service(*db, kToday);
    auto before = review::excludedFromIncentives(*db);
    ASSERT_TRUE(before.ok());
    EXPECT_TRUE(before->isEmpty()) << "an open case excludes no one";
    const auto c = phoneCase();
    ASSERT_TRUE(service.confirm(c.id, c.version, QStringLiteral("Recruits never met the agent")).ok());
    auto after = review::excludedFromIncentives(*db);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(*after, QSet<qint64>(c.participants.begin(), c.participants.end()));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants p WHERE p.agent_id = ? AND ")
                              + review::excludedFromIncentivesSql(QStringLiteral("p")),
                     {planted}),
              0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants p WHERE p.agent_id = ? AND ")
                              + review::excludedFromIncentivesSql(QStringLiteral("p")),
                     {clean}),
              20);
    EXPECT_FALSE(service.clear(c.id, c.version + 1, QStringLiteral("changed my mind")).ok()) << "a decision is final";
}

TEST_P(CasesTest, AConfirmedCaseSuggestsTheDismissalThroughTheRoster)
{
    sync();
    review::ReviewService service(*db, kToday);
    const auto c = phoneCase();
    EXPECT_FALSE(service.dismissalSuggestion(c.id).ok()) << "only a confirmed case suggests it";
    ASSERT_TRUE(service.confirm(c.id, c.version, QStringLiteral("Confirmed with the wadah")).ok());
    auto suggestion = service.dismissalSuggestion(c.id);
    ASSERT_TRUE(suggestion.ok()) << suggestion.errorText().toStdString();
    EXPECT_TRUE(suggestion->allowed) << suggestion->refusal.toStdString();
    EXPECT_EQ(suggestion->agentCode, QStringLiteral("AG-PLANT"));
    ASSERT_TRUE(service.dismissAgent(*suggestion).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE id = ? AND status = 'dismissed'"), {planted}), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agent_status_history WHERE agent_id = ? AND status = 'dismissed'"), {planted}), 1);
    auto again = service.dismissalSuggestion(c.id);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->allowed) << "a dismissed agent is not dismissed twice";
}

TEST_P(CasesTest, ParticipantFlagsBecomeCasesAndFollowTheirDecision)
{
    const qint64 flagged = plant->participant(planted, QStringLiteral("2025-03-10"), 202503, 202509);
    for (const char *kind : {"invalid_nik", "duplicate_nik", "reregistered_after_lapse", "shared_phone"}) {
        storage::Query q(db->connection(), QStringLiteral("INSERT INTO review_flags (kind, subject, subject_id, detail, raised_at) "
                                                          "VALUES (?, 'participant', ?, ?, '2025-03-11T00:00:00Z')"));
        q.bind({QString::fromLatin1(kind), flagged, QStringLiteral("planted")});
        ASSERT_TRUE(q.exec().ok());
    }
    EXPECT_EQ(sync().created, 5); // four flags and the shared_phone signal
    review::CaseFilter filter;
    filter.kind = QStringLiteral("invalid_nik");
    auto flagCases = cases(filter);
    ASSERT_EQ(flagCases.size(), 1u);
    EXPECT_EQ(flagCases.front().agentCode, QStringLiteral("AG-PLANT"));
    review::ReviewService service(*db, kToday);
    ASSERT_TRUE(service.clear(flagCases.front().id, flagCases.front().version, QStringLiteral("Typo at the desk, corrected")).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM review_flags WHERE kind = 'invalid_nik' AND status = 'dismissed'")), 1);
    EXPECT_EQ(sync().created, 0);
}

TEST_P(CasesTest, FiltersByKindStateAgentWadahAndPeriod)
{
    sync();
    review::CaseFilter f;
    f.agentId = planted;
    EXPECT_EQ(cases(f).size(), 1u);
    f.agentId = clean;
    EXPECT_EQ(cases(f).size(), 0u);
    f = {};
    f.wadahId = plant->wadah();
    EXPECT_EQ(cases(f).size(), 1u);
    f = {};
    f.state = CaseState::Confirmed;
    EXPECT_EQ(cases(f).size(), 0u);
    f = {};
    f.periodFrom = 202401;
    f.periodTo = 202412;
    EXPECT_EQ(cases(f).size(), 0u);
    f.periodTo = 202502;
    EXPECT_EQ(cases(f).size(), 1u);
}

TEST_P(CasesTest, TheOpenCasesReportListsUndecidedCasesMasked)
{
    sync();
    review::registerReports();
    reports::ReportRequest request;
    request.type = QStringLiteral("review");
    request.today = kToday;
    auto doc = reports::buildReport(*db, request);
    ASSERT_TRUE(doc.ok()) << doc.errorText().toStdString();
    const QString text = (*doc)->plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("AG-PLANT"))) << text.toStdString();
    EXPECT_FALSE(text.contains(kAgentPhone)) << "phone numbers are masked";
    const auto c = phoneCase();
    ASSERT_TRUE(review::ReviewService(*db, kToday).clear(c.id, c.version, QStringLiteral("Family")).ok());
    auto after = reports::buildReport(*db, request);
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE((*after)->plainText().contains(QStringLiteral("AG-PLANT"))) << "a cleared case is not open";
}

TEST(SyncDecision, ClearedStaysClearedForKnownEvidenceAndReopensForNew)
{
    review::ReviewCase c;
    c.id = 7;
    c.state = CaseState::Cleared;
    c.participants = {1, 2, 3};
    EXPECT_EQ(review::decideSync(c, {1, 2}), review::SyncAction::Keep);
    EXPECT_EQ(review::decideSync(c, {1, 2, 4}), review::SyncAction::Reopen);
    c.state = CaseState::Confirmed;
    EXPECT_EQ(review::decideSync(c, {1, 2, 3}), review::SyncAction::Keep);
    EXPECT_EQ(review::decideSync(c, {4}), review::SyncAction::Create);
    c.state = CaseState::UnderReview;
    EXPECT_EQ(review::decideSync(c, {4}), review::SyncAction::Extend);
    EXPECT_EQ(review::decideSync(review::ReviewCase{}, {1}), review::SyncAction::Create);
}

TEST_P(CasesTest, TwoDesksDecidingOneCaseIsAConflictThatNamesWhoAndKeepsTheFirstDecision)
{
    sync();
    auto other = m_test->openAs(QStringLiteral("budi"));
    ASSERT_TRUE(other.ok()) << other.errorText().toStdString();
    review::ReviewService here(*db, kToday), there(**other, kToday);
    const auto seen = phoneCase();
    auto cleared = there.clear(seen.id, seen.version, QStringLiteral("A family; checked at the wadah"));
    ASSERT_TRUE(cleared.ok()) << cleared.errorText().toStdString();

    auto confirmed = here.confirm(seen.id, seen.version, QStringLiteral("Recruits never met the agent"));
    ASSERT_FALSE(confirmed.ok());
    EXPECT_TRUE(roster::isConflict(confirmed.error())) << confirmed.errorText().toStdString();
    EXPECT_TRUE(confirmed.errorText().contains(QStringLiteral("budi"))) << confirmed.errorText().toStdString();
    const auto stored = phoneCase();
    EXPECT_EQ(stored.state, CaseState::Cleared);
    EXPECT_EQ(stored.reason, QStringLiteral("A family; checked at the wadah"));
    EXPECT_EQ(stored.version, cleared->version);
}

INSTANTIATE_TEST_SUITE_P(Backends, CasesTest, perisai::testing::allBackends(), perisai::testing::backendName);

} // namespace
