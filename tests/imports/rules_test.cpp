// The import's promises: all or nothing, every rejected row listed, the same file twice changes nothing,
// a corrected file changes what changed, every batch can be undone exactly, dry runs and cancels write nothing.
#include "importfixture.h"

#include "imports/batches.h"

#include <atomic>

using namespace perisai;
using namespace perisai::testing;
using imports::Kind;

class RulesTest : public ImportTest {};

TEST_P(RulesTest, OneBadRowAndNothingIsWrittenButEveryBadRowIsListed)
{
    importRoster();
    const QString before = snapshot();
    auto result = import(Kind::Participants, {sample(QStringLiteral("participants_bad.csv"))});
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_FALSE(result->committed);
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(result->total.total, 9);
    EXPECT_EQ(result->total.rejected, 8);
    ASSERT_EQ(result->issues.size(), 9);
    const auto issue = [&](int i) { return result->issues[i]; };
    EXPECT_EQ(issue(0).file, QStringLiteral("participants_bad.csv"));
    EXPECT_EQ(issue(0).line, 2);
    EXPECT_EQ(issue(0).column, QStringLiteral("nik"));
    EXPECT_EQ(issue(0).value, QStringLiteral("3.31901E+15"));
    EXPECT_TRUE(issue(0).reason.contains(QLatin1String("scientific notation"))) << issue(0).reason.toStdString();
    EXPECT_TRUE(issue(1).reason.contains(QLatin1String("15 digits"))) << issue(1).reason.toStdString();
    EXPECT_TRUE(issue(2).reason.contains(QLatin1String("impossible birth date"))) << issue(2).reason.toStdString();
    EXPECT_EQ(issue(3).line, 5);
    EXPECT_EQ(issue(3).column, QStringLiteral("tanggal_daftar"));
    EXPECT_TRUE(issue(3).reason.contains(QLatin1String("day/month/year"))) << issue(3).reason.toStdString();
    EXPECT_EQ(issue(4).value, QStringLiteral("AG-999"));
    EXPECT_EQ(issue(5).column, QStringLiteral("program"));
    // Two problems on one row: both listed, the row counted once.
    EXPECT_EQ(issue(6).line, 8);
    EXPECT_EQ(issue(7).line, 8);
    EXPECT_EQ(issue(7).column, QStringLiteral("penghasilan"));
    EXPECT_TRUE(issue(7).reason.contains(QLatin1String("fraction"))) << issue(7).reason.toStdString();
    EXPECT_EQ(issue(8).line, 10);
    EXPECT_TRUE(issue(8).reason.contains(QLatin1String("line 9"))) << issue(8).reason.toStdString();

    const QString csv = QString::fromUtf8(imports::issuesCsv(result->issues));
    EXPECT_TRUE(csv.contains(QLatin1String("file,line,column,value,reason")));
    EXPECT_TRUE(csv.contains(QLatin1String("\"participants_bad.csv\",2,\"nik\",\"3.31901E+15\",")));
}

TEST_P(RulesTest, MissingRequiredColumnIsAnErrorNamingIt)
{
    importRoster();
    const QString file = write(QStringLiteral("p.csv"), "kpj;nama;program\n22010000001;Sutrisno;JKK+JKM\n");
    auto result = import(Kind::Participants, {file});
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errorText().contains(QLatin1String("NIK"))) << result.errorText().toStdString();
    EXPECT_TRUE(result.errorText().contains(QLatin1String("Registered on"))) << result.errorText().toStdString();
}

TEST_P(RulesTest, TheSameFileTwiceChangesNothing)
{
    importRoster(true);
    importOk(Kind::Contributions, {sample(QStringLiteral("contributions.csv"))});
    const QString data = snapshot(false);
    for (const auto &[kind, file] : {std::pair{Kind::Wadah, QStringLiteral("wadah.csv")}, {Kind::Agents, QStringLiteral("agents.csv")},
                                     {Kind::Participants, QStringLiteral("participants.csv")},
                                     {Kind::Contributions, QStringLiteral("contributions.csv")}}) {
        const auto again = importOk(kind, {sample(file)});
        EXPECT_EQ(again.total.inserted, 0) << file.toStdString();
        EXPECT_EQ(again.total.updated, 0) << file.toStdString();
        EXPECT_EQ(again.total.unchanged, again.total.total) << file.toStdString();
        EXPECT_EQ(again.flagsRaised, 0);
    }
    EXPECT_EQ(snapshot(false), data);
}

TEST_P(RulesTest, ACorrectedFileUpdatesWhatChangedAndUndoPutsItBack)
{
    importRoster(true);
    const QByteArray header = "kpj,periode,jumlah,tanggal_bayar,kanal\n";
    const QString first = write(QStringLiteral("c1.csv"), header + "22010000001,2022-01,16800,05/02/2022,agen\n"
                                                                   "22010000002,2022-01,36800,04/02/2022,bank\n");
    importOk(Kind::Contributions, {first});
    const QString afterFirst = snapshot(false);
    // The corrected file: one amount fixed, one row unchanged, one month added.
    const QString second = write(QStringLiteral("c2.csv"), header + "22010000001,2022-01,16800,05/02/2022,agen\n"
                                                                    "22010000002,2022-01,16800,04/02/2022,bank\n"
                                                                    "22010000002,2022-02,16800,04/03/2022,bank\n");
    const auto corrected = importOk(Kind::Contributions, {second});
    EXPECT_EQ(corrected.total.unchanged, 1);
    EXPECT_EQ(corrected.total.updated, 1);
    EXPECT_EQ(corrected.total.inserted, 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(amount) FROM contributions")), 16800 * 3);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(collected) FROM summary_office_month WHERE period = 202201")), 16800 * 2);

    auto undone = imports::undoBatch(*db, corrected.files[0].batchId);
    ASSERT_TRUE(undone.ok()) << undone.errorText().toStdString();
    EXPECT_EQ(undone->restored, 1);
    EXPECT_EQ(undone->removed, 1);
    // Data and summaries exactly as after the first file; the batch is listed as undone.
    EXPECT_EQ(snapshot(false), afterFirst);
    auto batches = imports::listBatches(*db);
    ASSERT_TRUE(batches.ok());
    EXPECT_EQ(batches->first().status, QStringLiteral("undone"));
    EXPECT_EQ(batches->first().counts.updated, 1);
}

TEST_P(RulesTest, UndoOfEveryKindRestoresTheDatabase)
{
    const QString empty = snapshot(false);
    importOk(Kind::Wadah, {sample(QStringLiteral("wadah.csv"))});
    const QString withWadah = snapshot(false);
    importOk(Kind::Agents, {sample(QStringLiteral("agents.csv"))});
    const QString withAgents = snapshot(false);
    importOk(Kind::Participants, {sample(QStringLiteral("participants.csv"))});
    const QString withParticipants = snapshot(false);
    // A corrected participants file: another name, another agent (moves the summaries), another phone.
    QByteArray corrected = "kpj;nik;nama;program;tanggal_daftar;kode_agen;no_hp\n"
                           "22010000001;3319010101800011;Sutrisno Wibowo;JKK+JKM;10/01/2022;AG-002;081211119999\n";
    const auto update = importOk(Kind::Participants, {write(QStringLiteral("fix.csv"), corrected)});
    EXPECT_EQ(update.total.updated, 1);
    ASSERT_TRUE(imports::undoBatch(*db, update.files[0].batchId).ok());
    EXPECT_EQ(snapshot(false), withParticipants);

    auto batches = imports::listBatches(*db);
    ASSERT_TRUE(batches.ok());
    QList<qint64> committed;
    for (const auto &b : *batches)
        if (b.status == QLatin1String("committed"))
            committed.append(b.id);
    ASSERT_EQ(committed.size(), 3); // newest first: participants, agents, wadah
    // Agents are still used by participants: undo those first.
    auto refused = imports::undoBatch(*db, committed[1]);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorText().contains(QLatin1String("undo those imports first"))) << refused.errorText().toStdString();
    EXPECT_EQ(snapshot(false), withParticipants);
    ASSERT_TRUE(imports::undoBatch(*db, committed[0]).ok());
    EXPECT_EQ(snapshot(false), withAgents);
    ASSERT_TRUE(imports::undoBatch(*db, committed[1]).ok());
    EXPECT_EQ(snapshot(false), withWadah);
    ASSERT_TRUE(imports::undoBatch(*db, committed[2]).ok());
    EXPECT_EQ(snapshot(false), empty);
    EXPECT_FALSE(imports::undoBatch(*db, committed[2]).ok()); // already undone
}

TEST_P(RulesTest, OlderBatchesOfAKindWaitForTheNewerOnes)
{
    importRoster();
    const auto first = importOk(Kind::Targets, {sample(QStringLiteral("targets.csv"))});
    const QString changed = write(QStringLiteral("t.csv"), "tahun,bulan,tingkat,kode,target\n2022,,cabang,KC-KUDUS,6000\n");
    const auto second = importOk(Kind::Targets, {changed});
    auto refused = imports::undoBatch(*db, first.files[0].batchId);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorText().contains(QString::number(second.files[0].batchId))) << refused.errorText().toStdString();
    ASSERT_TRUE(imports::undoBatch(*db, second.files[0].batchId).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT target FROM targets WHERE level = 'cabang'")), 5000);
    ASSERT_TRUE(imports::undoBatch(*db, first.files[0].batchId).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM targets")), 0);
}

TEST_P(RulesTest, DryRunCountsButWritesNothing)
{
    importRoster();
    const QString before = snapshot();
    auto result = import(Kind::Participants, {sample(QStringLiteral("participants.csv"))}, {}, true);
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_FALSE(result->committed);
    EXPECT_EQ(result->total.inserted, 4);
    EXPECT_EQ(result->files[0].batchId, 0);
    EXPECT_EQ(snapshot(), before);
}

TEST_P(RulesTest, CancelWritesNothing)
{
    importRoster();
    const QString before = snapshot();
    std::atomic_bool cancel{false};
    imports::ImportControl control;
    control.stop = [&cancel] { return cancel.load(); };
    control.progress = [&cancel](const QString &, qint64, qint64) { cancel = true; };
    imports::ImportOptions options;
    options.kind = Kind::Participants;
    options.files = {sample(QStringLiteral("participants.csv"))};
    auto result = imports::runImport(*db, options, control);
    ASSERT_TRUE(result.ok()) << result.errorText().toStdString();
    EXPECT_TRUE(result->cancelled);
    EXPECT_FALSE(result->committed);
    EXPECT_EQ(snapshot(), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, RulesTest, allBackends(), backendName);
