// The roster's rules on both backends: saving agents (validation, duplicates, partner bank), the status over
// time (activation, rejoin, dismissal, automatic deactivation with dates), conflicts between desks, undo.
#include "fixture.h"
#include "roster/agentrepository.h"
#include "roster/conflict.h"
#include "roster/rosterservice.h"
#include "storage/query.h"
#include "testdatabase.h"

using namespace perisai;
using namespace perisai::roster;
using perisai::testing::scalar;

namespace {

QString messageFor(const std::variant<Agent, SaveFailure> &result, AgentField field)
{
    if (!std::holds_alternative<SaveFailure>(result))
        return {};
    for (const FieldIssue &i : std::get<SaveFailure>(result).issues)
        if (i.field == field)
            return i.message;
    return {};
}

} // namespace

class RosterServiceTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        fixture = std::make_unique<perisai::testing::RosterFixture>(db);
    }

    Agent add(const Agent &a, const QDate &today = QDate(2025, 8, 15))
    {
        RosterService service(*db, today);
        auto result = service.addAgent(a);
        if (auto *f = std::get_if<SaveFailure>(&result)) {
            ADD_FAILURE() << (f->issues.isEmpty() ? f->error.text() : f->issues.first().message).toStdString();
            return {};
        }
        return std::get<Agent>(result);
    }

    std::unique_ptr<perisai::testing::RosterFixture> fixture;
};

TEST_P(RosterServiceTest, AddsACandidateWithTheNumberInPlus62FormAndAFirstHistoryLine)
{
    const Agent saved = add(fixture->agent(QStringLiteral("ag-001"), 1));
    EXPECT_EQ(saved.code, QStringLiteral("AG-001"));
    EXPECT_EQ(saved.phone, QStringLiteral("+6281234560001"));
    EXPECT_EQ(saved.status, AgentStatus::Candidate);
    EXPECT_EQ(saved.sex, QStringLiteral("L"));
    EXPECT_EQ(saved.birthDate, QDate(1985, 3, 12));
    auto history = AgentRepository(*db).history(saved.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().status, AgentStatus::Candidate);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'agents' AND action = 'insert'")), 1);
}

TEST_P(RosterServiceTest, RefusesADuplicateNikAndNamesTheAgentWhoHasIt)
{
    add(fixture->agent(QStringLiteral("AG-001"), 7));
    Agent twin = fixture->agent(QStringLiteral("AG-002"), 7);
    const auto result = RosterService(*db, QDate(2025, 8, 15)).addAgent(twin);
    const QString message = messageFor(result, AgentField::Nik);
    EXPECT_TRUE(message.contains(QStringLiteral("AG-001"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Agen AG-001"))) << message.toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agents")), 1);
}

TEST_P(RosterServiceTest, ExplainsWhatIsWrongWithANik)
{
    RosterService service(*db, QDate(2025, 8, 15));
    Agent a = fixture->agent(QStringLiteral("AG-001"), 1);
    auto check = [&](const QString &nik) {
        a.nik = nik;
        return messageFor(service.addAgent(a), AgentField::Nik);
    };
    EXPECT_TRUE(check(QStringLiteral("330901120385001")).contains(QStringLiteral("15 digits"))) << "short";
    EXPECT_TRUE(check(QStringLiteral("3.30901E+15")).contains(QStringLiteral("scientific")));
    EXPECT_TRUE(check(QStringLiteral("9909011203850001")).contains(QStringLiteral("province")));
    EXPECT_TRUE(check(QStringLiteral("3309013503850001")).contains(QStringLiteral("+ 40"))) << check(QStringLiteral("3309013503850001")).toStdString();
    EXPECT_TRUE(check(QStringLiteral("3309011313850001")).contains(QStringLiteral("DDMMYY")));
    // A woman's NIK (day + 40) is valid and tells the sex.
    a.nik = perisai::testing::RosterFixture::nik(2, true);
    EXPECT_TRUE(messageFor(service.addAgent(a), AgentField::Nik).isEmpty());
    EXPECT_EQ(AgentRepository(*db).load(AgentRepository(*db).idByCode(QStringLiteral("AG-001")).value()).value().sex, QStringLiteral("P"));
}

TEST_P(RosterServiceTest, TheAccountMustBeAtTheWadahsPartnerBank)
{
    Agent a = fixture->agent(QStringLiteral("AG-001"), 1);
    a.bank = QStringLiteral("BRI");
    const QString message = messageFor(RosterService(*db, QDate(2025, 8, 15)).addAgent(a), AgentField::Bank);
    EXPECT_TRUE(message.contains(QStringLiteral("BNI"))) << message.toStdString();
    a.wadahId = fixture->wadahFree; // no partner bank recorded: any bank
    EXPECT_TRUE(messageFor(RosterService(*db, QDate(2025, 8, 15)).addAgent(a), AgentField::Bank).isEmpty());
}

TEST_P(RosterServiceTest, RefusesAgencyEmployeesAndBadPhones)
{
    Agent a = fixture->agent(QStringLiteral("AG-001"), 1);
    a.isAgencyEmployee = true;
    a.phone = QStringLiteral("12");
    const auto result = RosterService(*db, QDate(2025, 8, 15)).addAgent(a);
    EXPECT_TRUE(messageFor(result, AgentField::Eligibility).contains(QStringLiteral("employees")));
    EXPECT_FALSE(messageFor(result, AgentField::Phone).isEmpty());
}

TEST_P(RosterServiceTest, ActivationNeedsTheWholeChecklist)
{
    Agent a = fixture->agent(QStringLiteral("AG-001"), 1);
    a.briefedOn = {};
    a.hasDevice = false;
    const Agent saved = add(a);
    RosterService service(*db, QDate(2025, 8, 15));
    auto refused = service.changeStatus(saved.id, saved.version, AgentStatus::Active, QDate(2025, 8, 1), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("briefing date"))) << refused.errorText().toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("phone with internet")));

    Agent fixed = saved;
    fixed.briefedOn = QDate(2025, 7, 30);
    fixed.hasDevice = true;
    auto updated = service.updateAgent(fixed, saved.version);
    ASSERT_TRUE(std::holds_alternative<Agent>(updated));
    auto active = service.changeStatus(saved.id, std::get<Agent>(updated).version, AgentStatus::Active, QDate(2025, 8, 1), {});
    ASSERT_TRUE(active.ok()) << active.errorText().toStdString();
    EXPECT_EQ(AgentRepository(*db).load(saved.id)->status, AgentStatus::Active);
    EXPECT_EQ(AgentRepository(*db).load(saved.id)->statusSince, QDate(2025, 8, 1));
}

TEST_P(RosterServiceTest, RejoinIsAllowedOnlySixMonthsAfterDeactivation)
{
    const qint64 id = fixture->insertAgent(QStringLiteral("AG-001"), 1, AgentStatus::Active, QDate(2024, 2, 1));
    RosterService january(*db, QDate(2025, 1, 31));
    auto off = january.changeStatus(id, 1, AgentStatus::Inactive, QDate(2025, 1, 10), QStringLiteral("Pindah kerja"));
    ASSERT_TRUE(off.ok()) << off.errorText().toStdString();

    RosterService july(*db, QDate(2025, 7, 20));
    auto early = july.changeStatus(id, off->version, AgentStatus::Active, QDate(2025, 7, 9), {});
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("10/07/2025"))) << early.errorText().toStdString();
    auto rejoin = july.changeStatus(id, off->version, AgentStatus::Active, QDate(2025, 7, 10), {});
    ASSERT_TRUE(rejoin.ok()) << rejoin.errorText().toStdString();
    EXPECT_EQ(AgentRepository(*db).history(id)->size(), 2);
}

TEST_P(RosterServiceTest, DismissalNeedsAReasonAndIsFinal)
{
    const qint64 id = fixture->insertAgent(QStringLiteral("AG-001"), 1, AgentStatus::Active, QDate(2024, 2, 1));
    RosterService service(*db, QDate(2025, 8, 15));
    auto noReason = service.changeStatus(id, 1, AgentStatus::Dismissed, QDate(2025, 8, 1), QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.error().message.contains(QStringLiteral("reason")));
    auto dismissed = service.changeStatus(id, 1, AgentStatus::Dismissed, QDate(2025, 8, 1), QStringLiteral("Iuran peserta tidak disetor"));
    ASSERT_TRUE(dismissed.ok());
    auto back = service.changeStatus(id, dismissed->version, AgentStatus::Active, QDate(2025, 8, 14), {});
    ASSERT_FALSE(back.ok());
    EXPECT_TRUE(back.error().message.contains(QStringLiteral("dismissed")));
    auto future = service.changeStatus(id, dismissed->version, AgentStatus::Inactive, QDate(2025, 9, 1), QStringLiteral("x"));
    EXPECT_FALSE(future.ok());
}

TEST_P(RosterServiceTest, SetsAgentsInactiveAfterThreeEmptyMonthsWithTheDate)
{
    const qint64 idle = fixture->insertAgent(QStringLiteral("AG-IDLE"), 1, AgentStatus::Active, QDate(2025, 1, 1));
    const qint64 collecting = fixture->insertAgent(QStringLiteral("AG-COLL"), 2, AgentStatus::Active, QDate(2025, 1, 1));
    const qint64 recent = fixture->insertAgent(QStringLiteral("AG-NEW"), 3, AgentStatus::Active, QDate(2025, 5, 20));
    for (int p : {202501, 202502, 202503})
        fixture->setAgentMonth(idle, p, 4, 0);
    fixture->setAgentMonth(collecting, 202501, 2, 0);
    fixture->setAgentMonth(collecting, 202503, 0, 36800); // collected contributions, no acquisition: still working
    fixture->setAgentMonth(collecting, 202505, 0, 36800);
    fixture->setAgentMonth(collecting, 202507, 1, 0);     // data has arrived up to July

    RosterService service(*db, QDate(2025, 8, 15));
    auto changes = service.applyAutomaticDeactivation();
    ASSERT_TRUE(changes.ok()) << changes.errorText().toStdString();
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->first().agentId, idle);
    EXPECT_EQ(changes->first().date, QDate(2025, 7, 1)); // April, May, June empty
    const Agent a = *AgentRepository(*db).load(idle);
    EXPECT_EQ(a.status, AgentStatus::Inactive);
    EXPECT_EQ(a.statusSince, QDate(2025, 7, 1));
    auto history = *AgentRepository(*db).history(idle);
    EXPECT_TRUE(history.first().automatic);
    EXPECT_EQ(AgentRepository(*db).load(collecting)->status, AgentStatus::Active);
    EXPECT_EQ(AgentRepository(*db).load(recent)->status, AgentStatus::Active); // June and July only: two months
    // Running again changes nothing.
    EXPECT_TRUE(service.applyAutomaticDeactivation()->isEmpty());
}

TEST_P(RosterServiceTest, DoesNotJudgeMonthsWhoseDataHasNotArrived)
{
    const qint64 idle = fixture->insertAgent(QStringLiteral("AG-IDLE"), 1, AgentStatus::Active, QDate(2025, 1, 1));
    fixture->setAgentMonth(idle, 202502, 3, 0); // newest summarised month: March has nothing yet
    const qint64 other = fixture->insertAgent(QStringLiteral("AG-OTHER"), 2, AgentStatus::Active, QDate(2025, 1, 1));
    fixture->setAgentMonth(other, 202503, 1, 0);
    RosterService service(*db, QDate(2025, 12, 1)); // months April..November not imported yet
    auto changes = service.applyAutomaticDeactivation();
    ASSERT_TRUE(changes.ok());
    EXPECT_TRUE(changes->isEmpty());
}

TEST_P(RosterServiceTest, TakesTheNumberOfMonthsFromTheProgramRules)
{
    fixture->exec(QStringLiteral("UPDATE program_rules SET value = ? WHERE rule = 'agent_status'"),
                  {QStringLiteral("{\"inactive_after_months\": 2, \"rejoin_after_months\": 3}")});
    const qint64 idle = fixture->insertAgent(QStringLiteral("AG-IDLE"), 1, AgentStatus::Active, QDate(2025, 1, 1));
    fixture->setAgentMonth(idle, 202501, 1, 0);
    fixture->setAgentMonth(idle, 202504, 1, 0);
    RosterService service(*db, QDate(2025, 5, 10));
    auto changes = service.applyAutomaticDeactivation();
    ASSERT_TRUE(changes.ok());
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->first().date, QDate(2025, 4, 1)); // February and March
    EXPECT_EQ(service.rules(QDate(2025, 5, 10)).rejoinAfterMonths, 3);
}

TEST_P(RosterServiceTest, AnEditFromAnotherDeskIsDetectedAndNamed)
{
    const Agent mine = add(fixture->agent(QStringLiteral("AG-001"), 1));
    auto otherDesk = m_test->openAs(QStringLiteral("budi"));
    ASSERT_TRUE(otherDesk.ok()) << otherDesk.errorText().toStdString();
    Agent theirs = mine;
    theirs.phone = QStringLiteral("081299998888");
    ASSERT_TRUE(std::holds_alternative<Agent>(RosterService(**otherDesk, QDate(2025, 8, 15)).updateAgent(theirs, mine.version)));

    Agent edited = mine;
    edited.name = QStringLiteral("Siti Aminah");
    const auto result = RosterService(*db, QDate(2025, 8, 15)).updateAgent(edited, mine.version);
    ASSERT_TRUE(std::holds_alternative<SaveFailure>(result));
    const Error &error = std::get<SaveFailure>(result).error;
    EXPECT_TRUE(isConflict(error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("budi"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("phone"))) << error.message.toStdString();
    const Agent stored = *AgentRepository(*db).load(mine.id);
    EXPECT_EQ(stored.phone, QStringLiteral("+6281299998888")); // theirs kept, never silently overwritten
    EXPECT_EQ(stored.name, mine.name);
}

TEST_P(RosterServiceTest, UndoingAStatusChangeRestoresItAndIsAudited)
{
    const qint64 id = fixture->insertAgent(QStringLiteral("AG-001"), 1, AgentStatus::Active, QDate(2024, 2, 1));
    RosterService service(*db, QDate(2025, 8, 15));
    auto change = service.changeStatus(id, 1, AgentStatus::Inactive, QDate(2025, 8, 1), QStringLiteral("Sakit"));
    ASSERT_TRUE(change.ok());
    auto version = service.revertStatus(*change, change->version);
    ASSERT_TRUE(version.ok()) << version.errorText().toStdString();
    const Agent a = *AgentRepository(*db).load(id);
    EXPECT_EQ(a.status, AgentStatus::Active);
    EXPECT_EQ(a.statusSince, QDate(2024, 2, 1));
    EXPECT_TRUE(AgentRepository(*db).history(id)->isEmpty());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'undo' AND table_name = 'agents'")), 1);
    auto redo = service.reapplyStatus(*change, *version);
    ASSERT_TRUE(redo.ok());
    EXPECT_EQ(AgentRepository(*db).load(id)->status, AgentStatus::Inactive);
}

TEST_P(RosterServiceTest, AnAgentWithParticipantsCannotBeRemovedByUndo)
{
    const Agent a = add(fixture->agent(QStringLiteral("AG-001"), 1));
    fixture->insertParticipant(QStringLiteral("25000000001"), QStringLiteral("Sri"), a.id, QDate(2025, 8, 2));
    const Status st = RosterService(*db, QDate(2025, 8, 15)).removeAgent(a.id, a.version);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("participants")));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agents")), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, RosterServiceTest, perisai::testing::allBackends(), perisai::testing::backendName);
