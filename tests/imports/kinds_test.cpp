// Every kind of file, as offices write them (tests/data/imports), lands in the database as the user means it.
#include "importfixture.h"

using namespace perisai;
using namespace perisai::testing;
using imports::Kind;

class KindsTest : public ImportTest {};

TEST_P(KindsTest, WadahFromEnglishHeadersWithQuotedAddress)
{
    const auto result = importOk(Kind::Wadah, {sample(QStringLiteral("wadah.csv"))});
    EXPECT_EQ(result.total.inserted, 2);
    EXPECT_EQ(row(*db, QStringLiteral("SELECT w.name, w.kind, w.address, o.code, w.supervisor FROM wadah w "
                                      "JOIN offices o ON o.id = w.office_id WHERE w.code = 'W-001'")),
              QStringLiteral("Koperasi Sejahtera|koperasi|Jl. Sunan Kudus No. 5, Kudus|KC-KUDUS|Budi Santoso"));
    EXPECT_EQ(text(QStringLiteral("SELECT o.code FROM wadah w JOIN offices o ON o.id = w.office_id WHERE w.code = 'W-002'")),
              QStringLiteral("KCP-JEPARA"));
}

TEST_P(KindsTest, AgentsFromSemicolonFileWithBomAndCrlf)
{
    importOk(Kind::Wadah, {sample(QStringLiteral("wadah.csv"))});
    const auto result = importOk(Kind::Agents, {sample(QStringLiteral("agents.csv"))});
    EXPECT_EQ(result.total.inserted, 3);
    // The BOM did not end up in the first header, phones are in +62 form, dates in every writing are read,
    // an agent without a KCP belongs to its wadah's office, Indonesian status words are understood.
    EXPECT_EQ(row(*db, QStringLiteral("SELECT a.nik, a.phone, a.joined_on, o.code, a.status, a.account_no FROM agents a "
                                      "JOIN offices o ON o.id = a.office_id WHERE a.code = 'AG-001'")),
              QStringLiteral("3319011205850001|+6281234567890|2022-01-05|KC-KUDUS|active|0123456789"));
    EXPECT_EQ(row(*db, QStringLiteral("SELECT a.phone, a.joined_on, o.code FROM agents a JOIN offices o ON o.id = a.office_id WHERE a.code = 'AG-002'")),
              QStringLiteral("+6281311112222|2022-02-15|KCP-JEPARA"));
    EXPECT_EQ(row(*db, QStringLiteral("SELECT phone, joined_on, status FROM agents WHERE code = 'AG-003'")),
              QStringLiteral("+6285712345678|2022-03-01|candidate"));
}

TEST_P(KindsTest, ParticipantsBelowATitleWithQuotedFieldsAndRupiah)
{
    importRoster();
    const auto result = importOk(Kind::Participants, {sample(QStringLiteral("participants.csv"))});
    EXPECT_EQ(result.total.inserted, 4);
    ASSERT_EQ(result.files.size(), 1);
    EXPECT_TRUE(result.files[0].notes.join(QLatin1Char('\n')).contains(QLatin1String("line 3")));
    EXPECT_EQ(row(*db, QStringLiteral("SELECT name, birth_date, sex, phone, program, declared_income, registered_on, reg_period "
                                      "FROM participants WHERE kpj = '22010000001'")),
              QStringLiteral("Sutrisno; S.Pd|1980-01-01|L|+6281211110001|JKK+JKM|1000000|2022-01-10|202201"));
    EXPECT_EQ(row(*db, QStringLiteral("SELECT name, sex, program, declared_income, registered_on FROM participants WHERE kpj = '22010000002'")),
              QStringLiteral("Sri \"Yuni\" Lestari|P|JKK+JKM+JHT|1500000|2022-01-12"));
    EXPECT_EQ(row(*db, QStringLiteral("SELECT program, declared_income, registered_on FROM participants WHERE kpj = '22010000003'")),
              QStringLiteral("JKK+JKM|2000000|2022-02-03"));
    // A line break inside quotes; no agent: another channel, registered at the branch office.
    EXPECT_EQ(row(*db, QStringLiteral("SELECT p.occupation, p.registered_on, p.agent_id, o.code FROM participants p "
                                      "JOIN offices o ON o.id = p.office_id WHERE kpj = '22010000004'")),
              QStringLiteral("Ojek online|2022-02-15|NULL|KC-KUDUS"));
    // An agent's participant belongs to the agent's office.
    EXPECT_EQ(text(QStringLiteral("SELECT o.code FROM participants p JOIN offices o ON o.id = p.office_id WHERE kpj = '22010000003'")),
              QStringLiteral("KCP-JEPARA"));
}

TEST_P(KindsTest, ContributionsInEveryAmountAndMonthWriting)
{
    importRoster(true);
    const auto result = importOk(Kind::Contributions, {sample(QStringLiteral("contributions.csv"))});
    EXPECT_EQ(result.total.inserted, 6);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(amount) FROM contributions")), 16800 * 3 + 36800 * 3);
    EXPECT_EQ(row(*db, QStringLiteral("SELECT c.period, c.amount, c.paid_on, c.channel FROM contributions c "
                                      "JOIN participants p ON p.id = c.participant_id WHERE p.kpj = '22010000002' ORDER BY c.period")),
              QStringLiteral("202201|36800|2022-02-04|bank"));
    EXPECT_EQ(row(*db, QStringLiteral("SELECT c.period, c.channel FROM contributions c JOIN participants p ON p.id = c.participant_id "
                                      "WHERE p.kpj = '22010000001' AND c.period = 202202")),
              QStringLiteral("202202|agen"));
    EXPECT_EQ(row(*db, QStringLiteral("SELECT c.period, c.amount, c.paid_on, c.channel FROM contributions c "
                                      "JOIN participants p ON p.id = c.participant_id WHERE p.kpj = '22010000004'")),
              QStringLiteral("202202|36800|NULL|NULL"));
}

TEST_P(KindsTest, ContributionsBringTheDashboardSummariesUpToDate)
{
    importRoster(true);
    importOk(Kind::Contributions, {sample(QStringLiteral("contributions.csv"))});
    // February 2022: four participants paid; three through Perisai agents.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(active) FROM summary_office_month WHERE period = 202202")), 4);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(active) FROM summary_office_month WHERE period = 202202 AND channel = 'perisai'")), 3);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(collected) FROM summary_agent_month WHERE period = 202202")), 16800);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(acquisitions) FROM summary_office_month WHERE period = 202201")), 2);
}

TEST_P(KindsTest, ClaimsTargetsAndWorkforce)
{
    importRoster(true);
    importOk(Kind::Claims, {sample(QStringLiteral("claims.csv"))});
    EXPECT_EQ(row(*db, QStringLiteral("SELECT c.program, c.claim_date, c.amount, c.case_type FROM claims c "
                                      "JOIN participants p ON p.id = c.participant_id WHERE p.kpj = '22010000002'")),
              QStringLiteral("JKM|2022-04-01|42000000|Meninggal dunia"));
    importOk(Kind::Targets, {sample(QStringLiteral("targets.csv"))});
    EXPECT_EQ(row(*db, QStringLiteral("SELECT year, month, level, code, target FROM targets WHERE level = 'cabang'")),
              QStringLiteral("2022|0|cabang|KC-KUDUS|5000"));
    // A code written in another case is stored as the wadah's own code.
    EXPECT_EQ(text(QStringLiteral("SELECT code FROM targets WHERE level = 'wadah'")), QStringLiteral("W-001"));
    importOk(Kind::Workforce, {sample(QStringLiteral("workforce.csv"))});
    EXPECT_EQ(row(*db, QStringLiteral("SELECT labour_force, informal_workers, working_population FROM workforce WHERE region = 'Kabupaten Kudus'")),
              QStringLiteral("480512|250000|455900"));
}

TEST_P(KindsTest, MappingNamesHeadersNobodyRecognises)
{
    importRoster();
    imports::Mapping mapping{{QStringLiteral("No. Anggota"), QStringLiteral("member_no")}, {QStringLiteral("Identitas"), QStringLiteral("nik")},
                             {QStringLiteral("Prog"), QStringLiteral("program")}, {QStringLiteral("Tgl Masuk"), QStringLiteral("registered_on")},
                             {QStringLiteral("Perekrut"), QStringLiteral("agent_code")}};
    auto without = import(Kind::Participants, {sample(QStringLiteral("participants_odd.csv"))});
    ASSERT_FALSE(without.ok());
    EXPECT_TRUE(without.errorText().contains(QLatin1String("KPJ"))) << without.errorText().toStdString();
    auto with = import(Kind::Participants, {sample(QStringLiteral("participants_odd.csv"))}, mapping);
    ASSERT_TRUE(with.ok()) << with.errorText().toStdString();
    EXPECT_TRUE(with->committed);
    EXPECT_EQ(row(*db, QStringLiteral("SELECT p.name, p.registered_on, a.code FROM participants p JOIN agents a ON a.id = p.agent_id "
                                      "WHERE p.kpj = '22010000011'")),
              QStringLiteral("Suparno|2022-03-01|AG-003"));
}

TEST_P(KindsTest, SeveralFilesAreOneBatchEach)
{
    importRoster();
    const QString january = write(QStringLiteral("jan.csv"), "kpj,nik,nama,program,tanggal_daftar,kode_agen\n"
                                                             "22010000021,3319010101800021,Satu,JKK+JKM,03/01/2022,AG-001\n");
    const QString february = write(QStringLiteral("feb.csv"), "kpj,nik,nama,program,tanggal_daftar,kode_agen\n"
                                                              "22010000022,3319010101800022,Dua,JKK+JKM,03/02/2022,AG-001\n");
    const auto result = importOk(Kind::Participants, {january, february});
    ASSERT_EQ(result.files.size(), 2);
    EXPECT_NE(result.files[0].batchId, result.files[1].batchId);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM import_batches WHERE kind = 'participants'")), 2);
    EXPECT_EQ(text(QStringLiteral("SELECT source_file FROM import_batches WHERE id = %1").arg(result.files[1].batchId)), february);
}

INSTANTIATE_TEST_SUITE_P(Backends, KindsTest, allBackends(), backendName);
