// The office tree's rules on both backends: kinds under their parent kind, codes once, closing only an office
// nothing depends on any more, the first-day set-up of a branch with its KCP, and the undo of each edit.
#include "offices/officecommands.h"
#include "offices/officerepository.h"
#include "offices/officeservice.h"
#include "roster/conflict.h"
#include "storage/meta.h"
#include "storage/query.h"
#include "testdatabase.h"

#include <QUndoStack>

using namespace perisai;
using namespace perisai::offices;
using perisai::testing::scalar;

namespace {

Office office(const QString &code, const QString &name, const QString &kind, qint64 parentId = 0, const QString &region = {})
{
    Office o;
    o.code = code;
    o.name = name;
    o.kind = kind;
    o.parentId = parentId;
    o.region = region;
    return o;
}

BranchSetup cilacap()
{
    BranchSetup s;
    s.code = QStringLiteral("kc-cilacap");
    s.name = QStringLiteral("Kantor Cabang Cilacap");
    s.region = QStringLiteral("Kabupaten Cilacap");
    s.subBranches = {{QStringLiteral("KCP-MAJENANG"), QStringLiteral("KCP Majenang"), {}},
                     {QStringLiteral("KCP-KROYA"), QStringLiteral("KCP Kroya"), {}}};
    return s;
}

} // namespace

class OfficeServiceTest : public perisai::testing::BackendTest {
protected:
    Office add(const Office &o)
    {
        auto saved = OfficeService(*db, QDate(2025, 8, 15)).add(o);
        EXPECT_TRUE(saved.ok()) << saved.errorText().toStdString();
        return saved.ok() ? *saved : Office{};
    }
};

TEST_P(OfficeServiceTest, SetsUpABranchWithItsKcpAndMarksTheDatabaseAsTheBranchsOwn)
{
    auto branch = OfficeService(*db).setUpBranch(cilacap());
    ASSERT_TRUE(branch.ok()) << branch.errorText().toStdString();
    EXPECT_EQ(branch->code, QStringLiteral("KC-CILACAP"));
    EXPECT_EQ(branch->kind, QStringLiteral("kc"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices WHERE kind = 'kcp' AND parent_id = ?"), {branch->id}), 2);
    EXPECT_EQ(storage::readMeta(*db, QStringLiteral("branch_name")), QStringLiteral("Kantor Cabang Cilacap"));
    EXPECT_EQ(storage::databaseKind(*db), storage::DatabaseKind::Branch);
    EXPECT_FALSE(storage::isEmpty(*db));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'offices' AND action = 'insert'")), 3);
}

TEST_P(OfficeServiceTest, TheSetUpSaysWhatIsMissingAndWritesNothing)
{
    BranchSetup s = cilacap();
    s.region.clear();
    s.subBranches.append({QStringLiteral("KCP-KROYA"), QStringLiteral("KCP Kroya Dua"), {}});
    auto branch = OfficeService(*db).setUpBranch(s);
    ASSERT_FALSE(branch.ok());
    EXPECT_TRUE(branch.error().message.contains(QStringLiteral("region"))) << branch.errorText().toStdString();
    EXPECT_TRUE(branch.error().message.contains(QStringLiteral("KCP-KROYA is given twice"))) << branch.errorText().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 0);
    EXPECT_EQ(storage::databaseKind(*db), storage::DatabaseKind::Unknown);
}

TEST_P(OfficeServiceTest, AKcpBelongsUnderAKcAndACodeIsUsedOnce)
{
    const Office kc = add(office(QStringLiteral("KC-A"), QStringLiteral("Kantor Cabang A"), QStringLiteral("kc")));
    OfficeService service(*db);
    auto orphan = service.add(office(QStringLiteral("KCP-X"), QStringLiteral("KCP X"), QStringLiteral("kcp")));
    ASSERT_FALSE(orphan.ok());
    EXPECT_TRUE(orphan.error().message.contains(QStringLiteral("choose the KC"))) << orphan.errorText().toStdString();
    const Office kcp = add(office(QStringLiteral("KCP-X"), QStringLiteral("KCP X"), QStringLiteral("kcp"), kc.id));
    auto underKcp = service.add(office(QStringLiteral("KCP-Y"), QStringLiteral("KCP Y"), QStringLiteral("kcp"), kcp.id));
    ASSERT_FALSE(underKcp.ok());
    EXPECT_TRUE(underKcp.error().message.contains(QStringLiteral("KCP-X is a"))) << underKcp.errorText().toStdString();
    auto twin = service.add(office(QStringLiteral("kcp-x"), QStringLiteral("Another"), QStringLiteral("kcp"), kc.id));
    ASSERT_FALSE(twin.ok());
    EXPECT_TRUE(twin.error().message.contains(QStringLiteral("KCP-X is already used by KCP X"))) << twin.errorText().toStdString();
}

TEST_P(OfficeServiceTest, AnOfficeClosesOnlyOnceItsWadahAndAgentsHaveMovedAndCanReopen)
{
    const Office kc = add(office(QStringLiteral("KC-A"), QStringLiteral("Kantor Cabang A"), QStringLiteral("kc")));
    const Office kcp = add(office(QStringLiteral("KCP-X"), QStringLiteral("KCP X"), QStringLiteral("kcp"), kc.id));
    storage::Query w(db->connection(), QStringLiteral(
        "INSERT INTO wadah (code, name, office_id, created_at, updated_at) VALUES ('WD-1', 'Koperasi', ?, '2025-01-01', '2025-01-01')"));
    ASSERT_TRUE(w.bind(kcp.id).exec().ok());
    OfficeService service(*db, QDate(2025, 8, 15));
    auto refused = service.close(kcp.id, kcp.version);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("1 active wadah"))) << refused.errorText().toStdString();
    auto parentRefused = service.close(kc.id, kc.version);
    ASSERT_FALSE(parentRefused.ok());
    EXPECT_TRUE(parentRefused.error().message.contains(QStringLiteral("open office"))) << parentRefused.errorText().toStdString();

    storage::Query moved(db->connection(), QStringLiteral("UPDATE wadah SET status = 'inactive'"));
    ASSERT_TRUE(moved.exec().ok());
    auto closed = service.close(kcp.id, kcp.version);
    ASSERT_TRUE(closed.ok()) << closed.errorText().toStdString();
    EXPECT_EQ(closed->closedOn, QDate(2025, 8, 15));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'offices' AND action = 'status'")), 1);
    auto reopened = service.reopen(kcp.id, closed->version);
    ASSERT_TRUE(reopened.ok()) << reopened.errorText().toStdString();
    EXPECT_TRUE(reopened->isOpen());
}

TEST_P(OfficeServiceTest, AddingEditingAndClosingCanBeUndoneAndRedone)
{
    roster::CommandContext context;
    context.db = db;
    QStringList errors;
    context.reportError = [&errors](const QString &m) { errors << m; };
    QUndoStack undo;
    const Office kc = add(office(QStringLiteral("KC-A"), QStringLiteral("Kantor Cabang A"), QStringLiteral("kc")));
    undo.push(new AddOfficeCommand(context, kc));

    Office renamed = kc;
    renamed.name = QStringLiteral("Kantor Cabang Alpha");
    auto saved = OfficeService(*db).update(renamed, kc.version);
    ASSERT_TRUE(saved.ok()) << saved.errorText().toStdString();
    undo.push(new EditOfficeCommand(context, kc, *saved));
    auto closed = OfficeService(*db).close(kc.id, saved->version);
    ASSERT_TRUE(closed.ok()) << closed.errorText().toStdString();
    undo.push(new EditOfficeCommand(context, *saved, *closed));
    EXPECT_EQ(undo.undoText(), QStringLiteral("close office KC-A"));

    auto stored = [&]() { return OfficeRepository(*db).load(kc.id); };
    undo.undo();
    EXPECT_TRUE(stored()->isOpen());
    undo.undo();
    EXPECT_EQ(stored()->name, QStringLiteral("Kantor Cabang A"));
    undo.undo();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 0);
    undo.redo();
    undo.redo();
    undo.redo();
    ASSERT_TRUE(stored().ok()) << stored().errorText().toStdString();
    EXPECT_EQ(stored()->name, QStringLiteral("Kantor Cabang Alpha"));
    EXPECT_FALSE(stored()->isOpen());
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
}

TEST_P(OfficeServiceTest, TwoDesksEditingOneOfficeIsAConflictThatNamesWhoAndLosesNothing)
{
    const Office kc = add(office(QStringLiteral("KC-A"), QStringLiteral("Kantor Cabang A"), QStringLiteral("kc")));
    auto other = m_test->openAs(QStringLiteral("budi"));
    ASSERT_TRUE(other.ok()) << other.errorText().toStdString();
    Office theirs = kc;
    theirs.address = QStringLiteral("Jl. Jenderal Sudirman 1");
    auto saved = OfficeService(**other).update(theirs, kc.version);
    ASSERT_TRUE(saved.ok()) << saved.errorText().toStdString();

    Office mine = kc;
    mine.name = QStringLiteral("Kantor Cabang Alpha");
    auto refused = OfficeService(*db).update(mine, kc.version);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(roster::isConflict(refused.error())) << refused.errorText().toStdString();
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("budi"))) << refused.errorText().toStdString();
    EXPECT_FALSE(OfficeService(*db).close(kc.id, kc.version).ok()) << "closing what was read before is refused too";
    const auto stored = OfficeRepository(*db).load(kc.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->name, QStringLiteral("Kantor Cabang A"));
    EXPECT_EQ(stored->address, QStringLiteral("Jl. Jenderal Sudirman 1"));
    EXPECT_TRUE(stored->isOpen());
}

TEST_P(OfficeServiceTest, UndoingAnAdditionIsRefusedOnceSomethingBelongsToTheOffice)
{
    roster::CommandContext context;
    context.db = db;
    QStringList errors;
    context.reportError = [&errors](const QString &m) { errors << m; };
    QUndoStack undo;
    const Office kc = add(office(QStringLiteral("KC-A"), QStringLiteral("Kantor Cabang A"), QStringLiteral("kc")));
    undo.push(new AddOfficeCommand(context, kc));
    add(office(QStringLiteral("KCP-X"), QStringLiteral("KCP X"), QStringLiteral("kcp"), kc.id));
    undo.undo();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("Close the office instead"))) << errors.first().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 2);
    EXPECT_EQ(undo.count(), 0);
}

TEST_P(OfficeServiceTest, TheRegionsOfferedAreThoseOfTheWorkforceFigures)
{
    storage::Query q(db->connection(), QStringLiteral("INSERT INTO workforce (region, year, informal_workers) VALUES ('Kabupaten Banyumas', 2024, 500000)"));
    ASSERT_TRUE(q.exec().ok());
    add(office(QStringLiteral("KC-A"), QStringLiteral("Kantor Cabang A"), QStringLiteral("kc"), 0, QStringLiteral("Kota Purwokerto")));
    auto regions = OfficeRepository(*db).regions();
    ASSERT_TRUE(regions.ok());
    EXPECT_EQ(*regions, (QStringList{QStringLiteral("Kabupaten Banyumas"), QStringLiteral("Kota Purwokerto")}));
    auto workforce = OfficeRepository(*db).workforceRegions();
    ASSERT_TRUE(workforce.ok());
    EXPECT_EQ(*workforce, QStringList{QStringLiteral("Kabupaten Banyumas")});
}

TEST(OfficeKinds, FilesAndPeopleWriteThemInSeveralWays)
{
    EXPECT_EQ(parseOfficeKind(QStringLiteral("KANWIL")), QStringLiteral("kanwil"));
    EXPECT_EQ(parseOfficeKind(QStringLiteral(" Kantor Wilayah ")), QStringLiteral("kanwil"));
    EXPECT_EQ(parseOfficeKind(QStringLiteral("kc")), QStringLiteral("kc"));
    EXPECT_EQ(parseOfficeKind(QStringLiteral("K.C.P.")), QStringLiteral("kcp"));
    EXPECT_EQ(parseOfficeKind(QStringLiteral("Kantor Cabang Perintis")), QStringLiteral("kcp"));
    EXPECT_TRUE(parseOfficeKind(QStringLiteral("cabang pembantu utama")).isEmpty());
    EXPECT_EQ(suggestCode(QStringLiteral("kc"), QStringLiteral("Kantor Cabang Cilacap")), QStringLiteral("KC-CILACAP"));
    EXPECT_EQ(suggestCode(QStringLiteral("kcp"), QStringLiteral("KCP Majenang")), QStringLiteral("KCP-MAJENANG"));
    EXPECT_EQ(suggestCode(QStringLiteral("kcp"), QStringLiteral("Kroya Timur")), QStringLiteral("KCP-KROYA-TIMUR"));
}

INSTANTIATE_TEST_SUITE_P(Backends, OfficeServiceTest, perisai::testing::allBackends(), perisai::testing::backendName);
