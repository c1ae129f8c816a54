// What leaves the desk: `perisai-desk incentives` JSON and CSV, the statement and payout sheet PDFs (masked),
// and the bank transfer file with formula-neutralised cells; on SQLite and PostgreSQL.
#include "incentivefixture.h"

#include "incentives/documents.h"
#include "incentives/incentivescommand.h"
#include "incentives/monthfiles.h"
#include "incentives/transferfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace perisai;
using namespace perisai::incentives;

namespace perisai::testing {
namespace {

class IncentiveOutputs : public IncentiveTest {
protected:
    int run(QStringList args, QString *out, QString *err = nullptr)
    {
        args.prepend(QStringLiteral("incentives"));
        args << QStringLiteral("--database") << m_test->location;
        ::testing::internal::CaptureStdout();
        ::testing::internal::CaptureStderr();
        const int code = incentivesCommand().run(args);
        *out = QString::fromStdString(::testing::internal::GetCapturedStdout());
        const QString e = QString::fromStdString(::testing::internal::GetCapturedStderr());
        if (err)
            *err = e;
        return code;
    }
};

TEST_P(IncentiveOutputs, CommandPrintsTheMonthAsInterfacesSays)
{
    recruits(agent1, 30, QDate(2022, 5, 12));
    QString out;
    ASSERT_EQ(run({QStringLiteral("--period"), QStringLiteral("2022-05")}, &out), 0) << out.toStdString();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
    EXPECT_EQ(json.value("period").toString(), "2022-05");
    EXPECT_EQ(json.value("office").toString(), "KC-CONTOH");
    EXPECT_EQ(json.value("rule").toString(), "v2022");
    EXPECT_EQ(json.value("status").toString(), "draft");
    EXPECT_EQ(json.value("total").toInteger(), 677160);
    const QJsonObject agent = json.value("agents").toArray().at(0).toObject();
    EXPECT_EQ(agent.value("agent").toString(), "AG-0001");
    EXPECT_EQ(agent.value("wadah").toString(), "WDH-001");
    EXPECT_EQ(agent.value("new_participants").toInt(), 30);
    EXPECT_EQ(agent.value("acquisition").toInteger(), 450000);
    EXPECT_EQ(agent.value("contributions_counted").toInteger(), 1104000);
    EXPECT_EQ(agent.value("contribution").toInteger(), 165600);
    EXPECT_EQ(agent.value("adjustment").toInteger(), 0);
    EXPECT_EQ(agent.value("total").toInteger(), 615600);
    const QJsonObject wadah = json.value("wadah").toArray().at(0).toObject();
    EXPECT_EQ(wadah.value("wadah").toString(), "WDH-001");
    EXPECT_EQ(wadah.value("agents_total").toInteger(), 615600);
    EXPECT_EQ(wadah.value("share").toInteger(), 61560);

    ASSERT_EQ(run({QStringLiteral("--period"), QStringLiteral("2022-05"), QStringLiteral("--format"), QStringLiteral("csv")}, &out), 0);
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[1], "2022-05,KC-CONTOH,v2022,draft,agent,AG-0001,WDH-001,30,0,450000,1104000,165600,0,615600,,0,615600");
    EXPECT_EQ(lines[2], "2022-05,KC-CONTOH,v2022,draft,wadah,WDH-001,WDH-001,,,,,,,615600,61560,0,677160");

    QString err;
    EXPECT_EQ(run({QStringLiteral("--period"), QStringLiteral("2022-13")}, &out, &err), 2);
    EXPECT_EQ(run({QStringLiteral("--period"), QStringLiteral("2022-05"), QStringLiteral("--office"), QStringLiteral("KC-NONE")}, &out, &err), 1);
    EXPECT_TRUE(err.contains("KC-NONE")) << err.toStdString();
}

TEST_P(IncentiveOutputs, CommandApprovesTheMonth)
{
    recruits(agent1, 30, QDate(2022, 5, 12));
    QString out, err;
    if (GetParam() == Backend::PostgreSQL) {
        // A server wants a second person: the one who prepared the month cannot approve it.
        ASSERT_EQ(run({QStringLiteral("--period"), QStringLiteral("2022-05")}, &out, &err), 0) << err.toStdString();
        ASSERT_EQ(run({QStringLiteral("--period"), QStringLiteral("2022-05"), QStringLiteral("--approve")}, &out, &err), 1);
        EXPECT_TRUE(err.contains("2022-05")) << err.toStdString();
        exec(QStringLiteral("UPDATE incentive_runs SET prepared_by = 'staf'"), {});
    }
    ASSERT_EQ(run({QStringLiteral("--period"), QStringLiteral("2022-05"), QStringLiteral("--approve")}, &out, &err), 0) << err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(out.toUtf8()).object().value("status").toString(), "approved");
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM incentive_lines"), 1);
    EXPECT_EQ(run({QStringLiteral("--period"), QStringLiteral("2022-05"), QStringLiteral("--approve")}, &out, &err), 1);
}

TEST_P(IncentiveOutputs, StatementsPayoutSheetsAndTransferFile)
{
    recruits(agent1, 30, QDate(2022, 5, 12));
    recruits(agent3, 25, QDate(2022, 5, 12), 16800, QStringLiteral("JKK+JKM"));
    const auto v = IncentiveService(*db).month(QString(), {2022, 5});
    ASSERT_TRUE(v.ok()) << v.errorText().toStdString();
    const auto payees = loadPayees(*db, v->officeIds);
    ASSERT_TRUE(payees.ok()) << payees.errorText().toStdString();

    const auto statement = agentStatement(*v, v->figures.agents.at(0), *payees, QStringLiteral("test"));
    const QString text = statement->plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Rp615.600"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Rp165.600")));
    EXPECT_FALSE(text.contains(QStringLiteral("3301010101900001"))); // the NIK is masked
    EXPECT_FALSE(text.contains(QStringLiteral("1111222233")));       // and the account

    const auto sheet = payoutSheet(*v, v->figures.wadah.at(0), *payees, QStringLiteral("test"));
    EXPECT_TRUE(sheet->plainText().contains(QStringLiteral("Rp677.160"))) << sheet->plainText().toStdString();
    EXPECT_TRUE(sheet->plainText().contains(QStringLiteral("AG-0001")));

    // For looking at them: PERISAI_GRAB_DIR=/tmp/x keeps a statement and a payout sheet there.
    if (const QString grab = qEnvironmentVariable("PERISAI_GRAB_DIR"); !grab.isEmpty()) {
        EXPECT_TRUE(statement->writePdf(grab + QStringLiteral("/statement.pdf")).ok());
        EXPECT_TRUE(sheet->writePdf(grab + QStringLiteral("/payout.pdf")).ok());
    }

    QTemporaryDir dir;
    ASSERT_TRUE(writeMonthFiles(*v, *payees, dir.path(), QStringLiteral("test"), false).ok());
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList{"insentif-202205-AG-0001.pdf", "insentif-202205-AG-0003.pdf", "insentif-202205-WDH-001.pdf",
                                  "insentif-202205-WDH-002.pdf", "insentif-202205-transfer.csv", "insentif-202205-transfer.xlsx"}));
    QFile csv(dir.filePath("insentif-202205-transfer.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1], "WDH-001,Koperasi Maju,BNI,0123456789,677160,INS-202205-WDH-001");
    // A wadah name that a spreadsheet would run as a formula arrives as text.
    EXPECT_TRUE(rows[2].startsWith("WDH-002,\"'=HYPERLINK(\"\"x\"\")\",BRI,9876543210,")) << rows[2].toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, IncentiveOutputs, allBackends(), backendName);

} // namespace
} // namespace perisai::testing
