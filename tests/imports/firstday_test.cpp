// A branch's first day with its own files, on SQLite and PostgreSQL: a fresh database set up through the
// offices import, or through the set-up form, takes every kind of import; every template is accepted as it
// is written; an unknown code says which codes there are and where to add the missing one; the words offices
// write for "collected by the agent" count as the agent's collection; the wizard says which kind a file is.
#include "importfixture.h"

#include "imports/batches.h"
#include "imports/importwizard.h"
#include "imports/kindguess.h"
#include "imports/source.h"
#include "imports/templates.h"
#include "offices/branchsetupform.h"
#include "storage/query.h"
#include "ui/appcontext.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>

using namespace perisai;
using namespace perisai::testing;
using imports::Kind;

namespace {

// The kinds in the order a branch imports them: each refers only to kinds before it.
const QList<Kind> kFirstDayOrder = {Kind::Offices, Kind::Wadah, Kind::Agents, Kind::Participants,
                                    Kind::Contributions, Kind::Claims, Kind::Targets, Kind::Workforce};

QString sampleOf(Kind kind)
{
    return imports::kindName(kind) + QStringLiteral(".csv");
}

QStringList reasons(const imports::ImportResult &result)
{
    QStringList list;
    for (const imports::ImportIssue &i : result.issues)
        list << i.reason;
    return list;
}

} // namespace

class FirstDayImportTest : public ImportTest {
protected:
    bool withOffices() const override { return false; }

    void importEveryKindAfterTheOffices()
    {
        for (Kind kind : kFirstDayOrder.mid(1)) {
            SCOPED_TRACE(imports::kindName(kind).toStdString());
            importOk(kind, {sample(sampleOf(kind))});
        }
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM wadah w JOIN offices o ON o.id = w.office_id WHERE o.code = 'KCP-JEPARA'")), 1);
        EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions")), 0);
        EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM workforce")), 0);
    }
};

TEST_P(FirstDayImportTest, AFreshDatabaseSetUpByTheOfficesImportTakesEveryKind)
{
    const auto offices = importOk(Kind::Offices, {sample(QStringLiteral("offices.csv"))});
    EXPECT_EQ(offices.total.inserted, 2);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices k JOIN offices p ON p.id = k.parent_id "
                                         "WHERE k.code = 'KCP-JEPARA' AND k.kind = 'kcp' AND p.code = 'KC-KUDUS' AND p.kind = 'kc'")), 1)
        << "a KCP may name a KC that comes later in the file";
    importEveryKindAfterTheOffices();
}

TEST_P(FirstDayImportTest, AFreshDatabaseSetUpInTheWindowTakesEveryKind)
{
    offices::BranchSetupForm form(db);
    form.findChild<QLineEdit *>(QStringLiteral("branchName"))->setText(QStringLiteral("Kantor Cabang Kudus"));
    form.findChild<QComboBox *>(QStringLiteral("branchRegion"))->setCurrentText(QStringLiteral("Kabupaten Kudus"));
    auto *kcp = form.findChild<QTableWidget *>(QStringLiteral("subBranches"));
    kcp->item(0, 0)->setText(QStringLiteral("KCP Jepara"));
    ASSERT_TRUE(form.save()) << form.message().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices WHERE code IN ('KC-KUDUS', 'KCP-JEPARA')")), 2);
    importEveryKindAfterTheOffices();
}

TEST_P(FirstDayImportTest, TheOfficesImportChecksTheTreeAndCanBeUndone)
{
    const QString bad = write(QStringLiteral("offices-bad.csv"),
                              "kode_kantor,nama,jenis,induk\n"
                              "KC-A,Kantor Cabang A,KC,\n"
                              "KCP-B,KCP B,KCP,KCP-C\n"
                              "KCP-C,KCP C,KCP,KC-A\n"
                              "KCP-D,KCP D,KCP,KC-ZZZ\n"
                              "KCP-E,KCP E,cabang pembantu utama,KC-A\n");
    auto rejected = import(Kind::Offices, {bad});
    ASSERT_TRUE(rejected.ok()) << rejected.errorText().toStdString();
    EXPECT_FALSE(rejected->committed);
    const QString all = reasons(*rejected).join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("KCP-C is a KCP, and a KCP stands under a KC"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("there is no office with code KC-ZZZ"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("write KANWIL, KC or KCP"))) << all.toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 0);

    const auto first = importOk(Kind::Offices, {sample(QStringLiteral("offices.csv"))});
    const auto again = importOk(Kind::Offices, {sample(QStringLiteral("offices.csv"))});
    EXPECT_EQ(again.total.unchanged, 2);
    const QString moved = write(QStringLiteral("offices-moved.csv"), "kode_kantor,nama,jenis,wilayah\nKCP-JEPARA,KCP Jepara Kota,KCP,Kota Jepara\n");
    const auto update = importOk(Kind::Offices, {moved});
    EXPECT_EQ(update.total.updated, 1);
    EXPECT_EQ(row(*db, QStringLiteral("SELECT k.name, k.region, p.code FROM offices k JOIN offices p ON p.id = k.parent_id WHERE k.code = 'KCP-JEPARA'")),
              QStringLiteral("KCP Jepara Kota|Kota Jepara|KC-KUDUS"));
    ASSERT_TRUE(imports::undoBatch(*db, update.files.first().batchId).ok());
    EXPECT_EQ(row(*db, QStringLiteral("SELECT name, region FROM offices WHERE code = 'KCP-JEPARA'")), QStringLiteral("KCP Jepara|Kabupaten Jepara"));
    // Batches of a kind are undone newest first: the unchanged second import, then the first.
    for (const auto &batch : {again, first}) {
        const auto undone = imports::undoBatch(*db, batch.files.first().batchId);
        ASSERT_TRUE(undone.ok()) << undone.errorText().toStdString();
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 0);
}

TEST_P(FirstDayImportTest, EmptyOfficeCellsKeepWhatIsStoredUnlessAskedToClear)
{
    importOk(Kind::Offices, {sample(QStringLiteral("offices.csv"))});
    const QByteArray header = "kode_kantor,nama,jenis,induk,wilayah,alamat,kepala\n";
    const QString blanks = write(QStringLiteral("offices-blank.csv"), header + "KCP-JEPARA,KCP Jepara,KCP,,,,\n");
    const auto kept = importOk(Kind::Offices, {blanks});
    EXPECT_EQ(kept.total.unchanged, 1);
    const QString jepara = QStringLiteral("SELECT p.code, k.region, k.head_name FROM offices k "
                                          "JOIN offices p ON p.id = k.parent_id WHERE k.code = 'KCP-JEPARA'");
    EXPECT_EQ(row(*db, jepara), QStringLiteral("KC-KUDUS|Kabupaten Jepara|Rina Lestari"))
        << "an empty induk leaves the KCP under its KC, empty cells leave its region and head";

    imports::ImportOptions clear;
    clear.kind = Kind::Offices;
    clear.files = {blanks};
    clear.clearEmpty = true;
    auto refused = imports::runImport(*db, clear);
    ASSERT_TRUE(refused.ok()) << refused.errorText().toStdString();
    EXPECT_FALSE(refused->committed);
    EXPECT_TRUE(reasons(*refused).join(QLatin1Char('\n')).contains(QStringLiteral("a KCP stands under its KC")))
        << "clearing the induk would take the KCP from under its KC";

    clear.files = {write(QStringLiteral("offices-cleared.csv"), header + "KCP-JEPARA,KCP Jepara,KCP,KC-KUDUS,,,\n")};
    auto cleared = imports::runImport(*db, clear);
    ASSERT_TRUE(cleared.ok() && cleared->committed) << cleared.errorText().toStdString();
    EXPECT_EQ(row(*db, QStringLiteral("SELECT region, address, head_name FROM offices WHERE code = 'KCP-JEPARA'")),
              QStringLiteral("NULL|NULL|NULL"));
}

TEST_P(FirstDayImportTest, EveryTemplateIsAcceptedAsWrittenAsCsvAndXlsx)
{
    for (Kind kind : kFirstDayOrder) {
        SCOPED_TRACE(imports::kindName(kind).toStdString());
        const imports::ImportTemplate t = imports::templateOf(kind);
        EXPECT_EQ(t.headers.size(), t.example.size());
        for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
            const QString path = m_files.filePath(imports::kindName(kind) + QLatin1Char('.') + suffix);
            ASSERT_TRUE(imports::writeTemplate(kind, path).ok());
            auto dry = import(kind, {path}, {}, true);
            ASSERT_TRUE(dry.ok()) << dry.errorText().toStdString();
            EXPECT_TRUE(dry->issues.isEmpty()) << reasons(*dry).join(QLatin1Char('\n')).toStdString();
            EXPECT_EQ(dry->total.inserted, 1) << suffix.toStdString();
        }
        importOk(kind, {m_files.filePath(imports::kindName(kind) + QStringLiteral(".csv"))});
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions WHERE channel = 'agen'")), 1);
}

TEST_P(FirstDayImportTest, AnUnknownCodeNamesTheCodesThereAreAndWhereToAddIt)
{
    const QString wadah = write(QStringLiteral("wadah.csv"), "kode_wadah,nama,kcp\nW-9,Koperasi Baru,KCP-PATI\n");
    auto none = import(Kind::Wadah, {wadah});
    ASSERT_TRUE(none.ok());
    ASSERT_FALSE(none->issues.isEmpty());
    EXPECT_TRUE(none->issues.first().reason.contains(QStringLiteral("no offices yet"))) << none->issues.first().reason.toStdString();
    EXPECT_TRUE(none->issues.first().reason.contains(QStringLiteral("--kind offices"))) << none->issues.first().reason.toStdString();

    importOk(Kind::Offices, {sample(QStringLiteral("offices.csv"))});
    auto some = import(Kind::Wadah, {wadah});
    ASSERT_TRUE(some.ok());
    ASSERT_EQ(some->issues.size(), 1);
    EXPECT_EQ(some->issues.first().reason,
              QStringLiteral("there is no office with code KCP-PATI (there are KC-KUDUS, KCP-JEPARA). Add it on the Offices page, "
                             "or import it (--kind offices)"));

    importOk(Kind::Wadah, {sample(QStringLiteral("wadah.csv"))});
    const QString agents = write(QStringLiteral("agents.csv"), "kode_agen,nik,nama,kode_wadah\nAG-9,3319011205850009,Agus,W-404\n");
    auto agent = import(Kind::Agents, {agents});
    ASSERT_TRUE(agent.ok());
    ASSERT_EQ(agent->issues.size(), 1);
    EXPECT_TRUE(agent->issues.first().reason.contains(QStringLiteral("(there are W-001, W-002)"))) << agent->issues.first().reason.toStdString();
    EXPECT_TRUE(agent->issues.first().reason.contains(QStringLiteral("--kind wadah"))) << agent->issues.first().reason.toStdString();
}

TEST_P(FirstDayImportTest, ChannelWordsOfficesWriteCountAsTheAgentsCollection)
{
    importOk(Kind::Offices, {sample(QStringLiteral("offices.csv"))});
    importRoster(true);
    const QString file = write(QStringLiteral("iuran.csv"),
                               "kpj,periode,jumlah,tanggal_bayar,kanal\n"
                               "22010000001,2022-01,16800,05/02/2022,AGEN\n"
                               "22010000001,2022-02,16800,05/03/2022,PERISAI\n"
                               "22010000001,2022-03,16800,05/04/2022,\" Agen   Perisai \"\n"
                               "22010000001,2022-04,16800,05/05/2022,agen-perisai\n"
                               "22010000001,2022-05,16800,05/06/2022,Bank BNI\n");
    const auto result = importOk(Kind::Contributions, {file});
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions WHERE channel = 'agen'")), 4);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions WHERE channel = 'bank bni'")), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(collected) FROM summary_agent_month WHERE period BETWEEN 202201 AND 202205")), 4 * 16800)
        << "the agent's scorecard counts what the agent collected";
    const QString notes = result.files.first().notes.join(QLatin1Char('\n'));
    EXPECT_TRUE(notes.contains(QStringLiteral("payment channels: AGEN (rows: 1), PERISAI (rows: 1), Agen   Perisai (rows: 1), "
                                              "agen-perisai (rows: 1) read as collected by the participant's agent; "
                                              "Bank BNI (rows: 1) as another channel")))
        << notes.toStdString();
}

TEST_P(FirstDayImportTest, TheWizardGuessesTheKindFromTheColumnsAndSaysWhy)
{
    for (Kind kind : kFirstDayOrder) {
        auto preview = imports::previewFile(sample(sampleOf(kind)), {}, 30);
        ASSERT_TRUE(preview.ok()) << preview.errorText().toStdString();
        const auto guess = imports::guessKind(preview->rows);
        ASSERT_TRUE(guess.has_value()) << imports::kindName(kind).toStdString();
        EXPECT_EQ(imports::kindName(guess->kind), imports::kindName(kind));
    }
    ui::AppContext app(db);
    imports::ImportWizard wizard(app);
    wizard.setKind(Kind::Participants);
    wizard.setFile(sample(QStringLiteral("contributions.csv")));
    EXPECT_TRUE(wizard.kindReason().contains(QStringLiteral("kpj, periode, jumlah, tanggal_bayar, kanal fit a file of contributions")))
        << wizard.kindReason().toStdString();
    const QString path = m_files.filePath(QStringLiteral("template.xlsx"));
    ASSERT_TRUE(wizard.saveTemplate(path).ok());
    auto dry = import(Kind::Contributions, {path}, {}, true);
    ASSERT_TRUE(dry.ok());
    EXPECT_FALSE(dry->issues.isEmpty()) << "the example names a participant this database does not have";
}

INSTANTIATE_TEST_SUITE_P(Backends, FirstDayImportTest, perisai::testing::allBackends(), perisai::testing::backendName);
