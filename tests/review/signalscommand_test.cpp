// `perisai-desk signals` end to end: interfaces.md's JSON, CSV, the state of each signal's case, and
// one-line errors for bad arguments.
#include "figures/signalfigures.h"
#include "plant.h"
#include "review/reviewservice.h"
#include "review/caserepository.h"
#include "review/signalscommand.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace perisai;

namespace {

class SignalsCommandTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        perisai::testing::Planter plant(*db);
        const qint64 clean = plant.agent(QStringLiteral("AG-CLEAN"));
        planted = plant.agent(QStringLiteral("AG-PLANT"), QStringLiteral("+6281200000001"));
        plant.participants(20, clean, QStringLiteral("2025-01-10"), 202501, 202509);
        plant.participants(4, planted, QStringLiteral("2025-02-10"), 202502, 202509, QStringLiteral("+6281200000001"));
        plant.participants(12, planted, QStringLiteral("2025-01-15"), 202501, 202503);
        plant.finish();
    }
    int run(QStringList args, QString *out, QString *err = nullptr)
    {
        args.prepend(QStringLiteral("signals"));
        ::testing::internal::CaptureStdout();
        ::testing::internal::CaptureStderr();
        const int code = review::signalsCommand().run(args);
        *out = QString::fromStdString(::testing::internal::GetCapturedStdout());
        const QString e = QString::fromStdString(::testing::internal::GetCapturedStderr());
        if (err)
            *err = e;
        return code;
    }
    QStringList base() const
    {
        return {QStringLiteral("--database"), m_test->location, QStringLiteral("--period"), QStringLiteral("2025-01..2025-06")};
    }
    qint64 planted = 0;
};

TEST_P(SignalsCommandTest, PrintsOneObjectPerAgentAndKind)
{
    QString out;
    ASSERT_EQ(run(base() << QStringLiteral("--office") << QStringLiteral("KC-T"), &out), 0);
    QJsonParseError error;
    const auto json = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
    EXPECT_EQ(json.value(QStringLiteral("office")).toString(), QStringLiteral("KC-T"));
    EXPECT_EQ(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("2025-01"));
    const QJsonArray signalList = json.value(QStringLiteral("signals")).toArray();
    ASSERT_EQ(signalList.size(), 2) << out.toStdString();
    QStringList kinds;
    for (const auto &v : signalList) {
        const QJsonObject s = v.toObject();
        EXPECT_EQ(s.value(QStringLiteral("agent")).toString(), QStringLiteral("AG-PLANT"));
        EXPECT_EQ(s.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        EXPECT_FALSE(s.value(QStringLiteral("detail")).toString().isEmpty());
        for (const char *key : {"value", "baseline", "count"})
            EXPECT_TRUE(s.value(QLatin1String(key)).isDouble()) << key;
        kinds << s.value(QStringLiteral("kind")).toString();
    }
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("collective_lapse"), QStringLiteral("shared_phone")}));
}

TEST_P(SignalsCommandTest, SaysTheStateOfTheCaseAndWritesNothing)
{
    auto table = figures::signalFigures(*db, {}, {{2025, 1}, {2025, 6}}, QDate(2025, 12, 15));
    ASSERT_TRUE(table.ok());
    review::ReviewService service(*db);
    ASSERT_TRUE(service.sync(*table).ok());
    auto c = review::CaseRepository(*db).latestSignalCase(planted, QStringLiteral("shared_phone"));
    ASSERT_TRUE(c.ok());
    ASSERT_TRUE(service.clear(c->id, c->version, QStringLiteral("A family")).ok());
    const qint64 audit = perisai::testing::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QString out;
    ASSERT_EQ(run(base() << QStringLiteral("--format") << QStringLiteral("csv"), &out), 0);
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3) << out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("agent,wadah,kind,value,baseline,count,status,detail"));
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("AG-PLANT,W-T1,shared_phone,5.0,"))) << lines[2].toStdString();
    EXPECT_TRUE(lines[2].contains(QStringLiteral(",cleared,"))) << lines[2].toStdString();
    EXPECT_EQ(perisai::testing::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
}

TEST_P(SignalsCommandTest, RefusesBadArguments)
{
    QString out, err;
    EXPECT_EQ(run({QStringLiteral("--database"), m_test->location}, &out, &err), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("--period")));
    EXPECT_EQ(run(base() << QStringLiteral("--format") << QStringLiteral("xml"), &out, &err), 2);
    EXPECT_EQ(run(base() << QStringLiteral("--office") << QStringLiteral("KC-NOPE"), &out, &err), 1);
    EXPECT_TRUE(err.contains(QStringLiteral("KC-NOPE"))) << err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, SignalsCommandTest, perisai::testing::allBackends(), perisai::testing::backendName);

} // namespace
