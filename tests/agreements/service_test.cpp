// Creating, renewing (one and a batch), terminating and undoing agreements, on SQLite and PostgreSQL.
#include "agreements/agreementservice.h"
#include "fixtures.h"
#include "roster/conflict.h"
#include "testdatabase.h"

using namespace perisai;
using namespace perisai::agreements;
using perisai::testing::makeAgreement;
using perisai::testing::scalar;

namespace {

const QDate kToday(2025, 6, 1);

class AgreementServiceTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        db->setCurrentUser(QStringLiteral("tester"));
        office = perisai::testing::addOffice(*db, QStringLiteral("KC-CLP"));
        wadah = perisai::testing::addWadah(*db, office, QStringLiteral("KP-01"), QStringLiteral("Kantor Perisai Cilacap Utara"));
    }

    qint64 create(const Agreement &a)
    {
        auto id = AgreementService(*db, kToday).create(a);
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        return id.ok() ? *id : 0;
    }
    Agreement load(qint64 id) { return *AgreementService(*db, kToday).agreement(id); }
    qint64 count() { return scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agreements")); }

    qint64 office = 0;
    qint64 wadah = 0;
};

} // namespace

TEST_P(AgreementServiceTest, RefusesAnEndBeforeTheStartAndWritesNothing)
{
    auto id = AgreementService(*db, kToday).create(makeAgreement(wadah, QStringLiteral("PKS/1"), QDate(2025, 7, 1), QDate(2025, 6, 30)));
    ASSERT_FALSE(id.ok());
    EXPECT_TRUE(id.errorText().contains(QStringLiteral("before it starts"))) << id.errorText().toStdString();
    EXPECT_EQ(count(), 0);
}

TEST_P(AgreementServiceTest, RefusesOverlappingAgreementsOfOneWadahButNotOfAnother)
{
    create(makeAgreement(wadah, QStringLiteral("PKS/1"), QDate(2024, 7, 1), QDate(2025, 6, 30)));
    auto clash = AgreementService(*db, kToday).create(makeAgreement(wadah, QStringLiteral("PKS/2"), QDate(2025, 6, 1), QDate(2026, 5, 31)));
    ASSERT_FALSE(clash.ok());
    EXPECT_TRUE(clash.errorText().contains(QStringLiteral("overlap PKS PKS/1"))) << clash.errorText().toStdString();
    const qint64 other = perisai::testing::addWadah(*db, office, QStringLiteral("KP-02"), QStringLiteral("Kantor Perisai Kroya"));
    create(makeAgreement(other, QStringLiteral("PKS/2"), QDate(2025, 6, 1), QDate(2026, 5, 31)));
    EXPECT_EQ(count(), 2);
}

TEST_P(AgreementServiceTest, RefusesANumberAlreadyInUse)
{
    create(makeAgreement(wadah, QStringLiteral("PKS/1"), QDate(2024, 7, 1), QDate(2025, 6, 30)));
    const qint64 other = perisai::testing::addWadah(*db, office, QStringLiteral("KP-02"), QStringLiteral("Kantor Perisai Kroya"));
    auto dup = AgreementService(*db, kToday).create(makeAgreement(other, QStringLiteral("PKS/1"), QDate(2025, 1, 1), QDate(2025, 12, 31)));
    ASSERT_FALSE(dup.ok());
    EXPECT_TRUE(dup.errorText().contains(QStringLiteral("already used"))) << dup.errorText().toStdString();
}

TEST_P(AgreementServiceTest, ATermOverOneYearNeedsAReasonWhichIsKept)
{
    Agreement longTerm = makeAgreement(wadah, QStringLiteral("PKS/1"), QDate(2025, 1, 1), QDate(2026, 3, 31));
    auto refused = AgreementService(*db, kToday).create(longTerm);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("longer than 12 months"))) << refused.errorText().toStdString();
    longTerm.termOverrideReason = QStringLiteral("Addendum: masa transisi disetujui Kanwil");
    const qint64 id = create(longTerm);
    EXPECT_EQ(load(id).termOverrideReason, longTerm.termOverrideReason);
}

TEST_P(AgreementServiceTest, RenewalsFormAChainWithTermsCarriedOver)
{
    const qint64 first = create(makeAgreement(wadah, QStringLiteral("PKS/KP-01/2023"), QDate(2023, 7, 1), QDate(2024, 6, 30)));
    AgreementService service(*db, kToday);
    auto proposal = service.proposeRenewal(first, QDate(2024, 6, 20));
    ASSERT_TRUE(proposal.ok()) << proposal.errorText().toStdString();
    EXPECT_EQ(proposal->number, QStringLiteral("PKS/KP-01/2024"));
    EXPECT_EQ(proposal->startsOn, QDate(2024, 7, 1));
    EXPECT_EQ(proposal->endsOn, QDate(2025, 6, 30));
    Agreement edited = *proposal;
    edited.minMonthlyTarget = 30; // terms are editable at renewal
    auto second = service.renew(load(first), edited);
    ASSERT_TRUE(second.ok()) << second.errorText().toStdString();
    auto third = service.renew(load(*second), *service.proposeRenewal(*second, QDate(2025, 5, 28)));
    ASSERT_TRUE(third.ok()) << third.errorText().toStdString();

    auto chain = service.chain(wadah);
    ASSERT_TRUE(chain.ok());
    ASSERT_EQ(chain->size(), 3u);
    EXPECT_EQ((*chain)[0].status, AgreementStatus::Renewed);
    EXPECT_EQ((*chain)[0].successorNumber, QStringLiteral("PKS/KP-01/2024"));
    EXPECT_EQ((*chain)[1].status, AgreementStatus::Renewed);
    EXPECT_EQ((*chain)[1].agreement.previousId, first);
    EXPECT_EQ((*chain)[1].agreement.minMonthlyTarget, 30);
    EXPECT_EQ((*chain)[2].agreement.previousId, *second);
    EXPECT_EQ((*chain)[2].agreement.startsOn, QDate(2025, 7, 1));
    EXPECT_EQ((*chain)[2].agreement.minMonthlyTarget, 30);
    EXPECT_EQ((*chain)[2].agreement.partnerBank, QStringLiteral("BNI"));
    EXPECT_EQ((*chain)[2].status, AgreementStatus::Active);
    // Each renewal is audited: the new row and the old one marked renewed.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'agreements'")), 5);
}

TEST_P(AgreementServiceTest, AnAgreementIsRenewedOnlyOnce)
{
    const qint64 first = create(makeAgreement(wadah, QStringLiteral("PKS/1"), QDate(2024, 7, 1), QDate(2025, 6, 30)));
    AgreementService service(*db, kToday);
    const Agreement seen = load(first);
    ASSERT_TRUE(service.renew(seen, *service.proposeRenewal(first, kToday)).ok());
    auto again = service.renew(seen, *service.proposeRenewal(first, kToday));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.errorText().contains(QStringLiteral("already been renewed"))) << again.errorText().toStdString();
    EXPECT_EQ(count(), 2);
}

TEST_P(AgreementServiceTest, BatchRenewalOfFourRegionalOfficesInOneCeremony)
{
    std::vector<qint64> wadahIds{wadah};
    for (int i = 2; i <= 4; ++i)
        wadahIds.push_back(perisai::testing::addWadah(*db, office, QStringLiteral("KP-0%1").arg(i), QStringLiteral("Kantor Perisai %1").arg(i)));
    std::vector<qint64> old;
    for (qint64 w : wadahIds)
        old.push_back(create(makeAgreement(w, QStringLiteral("PKS/%1/2024").arg(w), QDate(2024, 7, 1), QDate(2025, 6, 30))));
    AgreementService service(*db, kToday);
    std::vector<std::pair<Agreement, Agreement>> batch;
    for (qint64 id : old)
        batch.emplace_back(load(id), *service.proposeRenewal(id, QDate(2025, 6, 20)));
    auto ids = service.renewBatch(batch);
    ASSERT_TRUE(ids.ok()) << ids.errorText().toStdString();
    EXPECT_EQ(ids->size(), 4u);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agreements WHERE status = 'renewed'")), 4);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agreements WHERE status = 'active' AND previous_id IS NOT NULL "
                                         "AND signed_on = '2025-06-20'")), 4);
    EXPECT_EQ(service.renewable()->size(), 4u); // the new ones are next in line
}

TEST_P(AgreementServiceTest, BatchRenewalIsAllOrNothing)
{
    const qint64 second = perisai::testing::addWadah(*db, office, QStringLiteral("KP-02"), QStringLiteral("Kantor Perisai Kroya"));
    const qint64 a = create(makeAgreement(wadah, QStringLiteral("PKS/A"), QDate(2024, 7, 1), QDate(2025, 6, 30)));
    const qint64 b = create(makeAgreement(second, QStringLiteral("PKS/B"), QDate(2024, 7, 1), QDate(2025, 6, 30)));
    // A draft already planned for Kroya's next year blocks its renewal.
    Agreement draft = makeAgreement(second, QStringLiteral("PKS/B-draft"), QDate(2025, 8, 1), QDate(2026, 7, 31));
    draft.status = StoredStatus::Draft;
    create(draft);
    AgreementService service(*db, kToday);
    auto ids = service.renewBatch({{load(a), *service.proposeRenewal(a, kToday)}, {load(b), *service.proposeRenewal(b, kToday)}});
    ASSERT_FALSE(ids.ok());
    EXPECT_TRUE(ids.errorText().contains(QStringLiteral("Nothing was renewed"))) << ids.errorText().toStdString();
    EXPECT_TRUE(ids.errorText().contains(QStringLiteral("KP-02"))) << ids.errorText().toStdString();
    EXPECT_EQ(count(), 3);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM agreements WHERE status = 'renewed'")), 0);
}

TEST_P(AgreementServiceTest, AChangeOnAnotherDeskIsNotOverwritten)
{
    const qint64 id = create(makeAgreement(wadah, QStringLiteral("PKS/1"), QDate(2024, 7, 1), QDate(2025, 6, 30)));
    AgreementService service(*db, kToday);
    Agreement mine = load(id);
    Agreement theirs = load(id);
    theirs.notes = QStringLiteral("edited elsewhere");
    ASSERT_TRUE(service.update(theirs).ok());
    mine.partnerBank = QStringLiteral("BRI");
    auto st = service.update(mine);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.errorText().contains(QStringLiteral("changed on another desk"))) << st.errorText().toStdString();
    EXPECT_EQ(load(id).partnerBank, QStringLiteral("BNI"));
    EXPECT_EQ(load(id).version, 2);
}

TEST_P(AgreementServiceTest, TerminationNeedsAReasonAndADateWithinTheTerm)
{
    const qint64 id = create(makeAgreement(wadah, QStringLiteral("PKS/1"), QDate(2024, 7, 1), QDate(2025, 6, 30)));
    AgreementService service(*db, kToday);
    EXPECT_FALSE(service.terminate(load(id), QDate(2025, 3, 1), QStringLiteral(" ")).ok());
    auto late = service.terminate(load(id), QDate(2025, 8, 1), QStringLiteral("di bawah target"));
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.errorText().contains(QStringLiteral("within the term"))) << late.errorText().toStdString();
    ASSERT_TRUE(service.terminate(load(id), QDate(2025, 3, 1), QStringLiteral("Di bawah target minimum 3 bulan")).ok());
    const Agreement t = load(id);
    EXPECT_EQ(t.status, StoredStatus::Terminated);
    EXPECT_EQ(t.terminatedOn, QDate(2025, 3, 1));
    EXPECT_EQ(t.terminationReason, QStringLiteral("Di bawah target minimum 3 bulan"));
    EXPECT_EQ(service.chain(wadah)->at(0).status, AgreementStatus::Terminated);
    // Its days are free again from the termination date.
    create(makeAgreement(wadah, QStringLiteral("PKS/2"), QDate(2025, 3, 1), QDate(2026, 2, 28)));
}

TEST_P(AgreementServiceTest, UndoingARenewalRestoresThePreviousAgreement)
{
    const qint64 id = create(makeAgreement(wadah, QStringLiteral("PKS/1"), QDate(2024, 7, 1), QDate(2025, 6, 30)));
    AgreementService service(*db, kToday);
    const Agreement before = load(id);
    auto next = service.renew(before, *service.proposeRenewal(id, kToday));
    ASSERT_TRUE(next.ok());
    const Agreement created = load(*next);
    Agreement editedSince = created;
    editedSince.notes = QStringLiteral("edited on another desk");
    ASSERT_TRUE(service.update(editedSince).ok());
    auto refused = service.undoRenewals({{before, created}});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("changed since"))) << refused.errorText().toStdString();
    EXPECT_EQ(count(), 2);

    ASSERT_TRUE(service.undoRenewals({{before, load(*next)}}).ok());
    EXPECT_EQ(count(), 1);
    EXPECT_EQ(load(id).status, StoredStatus::Active);
    EXPECT_EQ(service.chain(wadah)->at(0).status, AgreementStatus::Expiring);
}

TEST_P(AgreementServiceTest, ADraftCanBeMadeActiveButNotTerminatedByAnEdit)
{
    Agreement draft = makeAgreement(wadah, QStringLiteral("PKS/1"), QDate(2025, 7, 1), QDate(2026, 6, 30));
    draft.status = StoredStatus::Draft;
    const qint64 id = create(draft);
    AgreementService service(*db, kToday);
    Agreement edit = load(id);
    edit.status = StoredStatus::Terminated;
    EXPECT_FALSE(service.update(edit).ok());
    edit.status = StoredStatus::Active;
    ASSERT_TRUE(service.update(edit).ok());
    EXPECT_EQ(load(id).status, StoredStatus::Active);
}

TEST_P(AgreementServiceTest, TwoDesksEditingOnePksIsAConflictThatNamesWhoAndLosesNothing)
{
    const qint64 id = create(makeAgreement(wadah, QStringLiteral("PKS/1"), QDate(2024, 7, 1), QDate(2025, 6, 30)));
    auto other = m_test->openAs(QStringLiteral("budi"));
    ASSERT_TRUE(other.ok()) << other.errorText().toStdString();
    AgreementService here(*db, kToday), there(**other, kToday);
    Agreement mine = load(id);
    Agreement theirs = *there.agreement(id);
    theirs.notes = QStringLiteral("edited on budi's desk");
    ASSERT_TRUE(there.update(theirs).ok());

    mine.partnerBank = QStringLiteral("BRI");
    auto st = here.update(mine);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(roster::isConflict(st)) << st.errorText().toStdString();
    EXPECT_TRUE(st.errorText().contains(QStringLiteral("budi"))) << st.errorText().toStdString();
    // Undoing the creation seen here would remove budi's edit with it: refused the same way.
    auto removed = here.removeCreated(mine);
    ASSERT_FALSE(removed.ok());
    EXPECT_TRUE(roster::isConflict(removed)) << removed.errorText().toStdString();
    const Agreement stored = load(id);
    EXPECT_EQ(stored.notes, QStringLiteral("edited on budi's desk"));
    EXPECT_EQ(stored.partnerBank, QStringLiteral("BNI"));
    EXPECT_EQ(stored.version, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, AgreementServiceTest, perisai::testing::allBackends(), perisai::testing::backendName);
