// `perisai-desk kpi` end to end: arguments, JSON and CSV on standard output, one-line errors.
#include "kpifixture.h"
#include "performance/kpicommand.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace perisai;

class KpiCommandTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (db)
            perisai::testing::buildSmallRegion(*db);
    }
    int run(QStringList args, QString *out, QString *err = nullptr)
    {
        args.prepend(QStringLiteral("kpi"));
        ::testing::internal::CaptureStdout();
        ::testing::internal::CaptureStderr();
        const int code = performance::kpiCommand().run(args);
        *out = QString::fromStdString(::testing::internal::GetCapturedStdout());
        const QString e = QString::fromStdString(::testing::internal::GetCapturedStderr());
        if (err)
            *err = e;
        return code;
    }
};

TEST_P(KpiCommandTest, PrintsJsonForAnOffice)
{
    QString out;
    ASSERT_EQ(run({QStringLiteral("--database"), m_test->location, QStringLiteral("--period"), QStringLiteral("2022-01..2022-06"),
                   QStringLiteral("--office"), QStringLiteral("KC-A")}, &out), 0);
    QJsonParseError error;
    const auto json = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
    EXPECT_EQ(json.value(QStringLiteral("office")).toString(), QStringLiteral("KC-A"));
    EXPECT_EQ(json.value(QStringLiteral("acquisitions")).toInt(), 5);
    EXPECT_EQ(json.value(QStringLiteral("acquisitions_last_full_year")).toInt(), 5);
    EXPECT_EQ(json.value(QStringLiteral("year_end_outlook")).toObject().value(QStringLiteral("run_rate")).toInt(), 10);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("target_achievement")).toDouble(), 0.416667);
    const auto claims = json.value(QStringLiteral("claims")).toObject();
    EXPECT_EQ(claims.value(QStringLiteral("amount")).toInteger(), 42000000);
    EXPECT_EQ(claims.value(QStringLiteral("by_program")).toObject().value(QStringLiteral("JKK")).toObject()
                  .value(QStringLiteral("count")).toInt(), 0);
}

TEST_P(KpiCommandTest, PrintsCsvAndTakesAYear)
{
    QString out;
    ASSERT_EQ(run({QStringLiteral("--database"), m_test->location, QStringLiteral("--period"), QStringLiteral("2022"),
                   QStringLiteral("--format"), QStringLiteral("csv")}, &out), 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.first(), QStringLiteral("indicator,value"));
    // The year is cut at the last month with data, and says what was asked.
    EXPECT_TRUE(lines.contains(QStringLiteral("period.to,2022-07")));
    EXPECT_TRUE(lines.contains(QStringLiteral("period.asked_to,2022-12")));
    EXPECT_TRUE(lines.contains(QStringLiteral("office,KANWIL-X")));
    EXPECT_TRUE(lines.contains(QStringLiteral("acquisitions,10")));
}

TEST_P(KpiCommandTest, PrintsOneRowPerWadahOrKcp)
{
    const QStringList base{QStringLiteral("--database"), m_test->location, QStringLiteral("--period"), QStringLiteral("2022-01..2022-06"),
                           QStringLiteral("--office"), QStringLiteral("KC-A")};
    QString out;
    ASSERT_EQ(run(base + QStringList{QStringLiteral("--by"), QStringLiteral("wadah"), QStringLiteral("--format"), QStringLiteral("csv")}, &out), 0);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("code,name,acquisitions,"))) << lines.first().toStdString();
    bool w1 = false;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("W1,"))) {
            w1 = true;
            EXPECT_EQ(line.split(QLatin1Char(',')).value(2), QStringLiteral("4")) << line.toStdString(); // as the dashboard's wadah table
        }
    }
    EXPECT_TRUE(w1) << out.toStdString();

    ASSERT_EQ(run(base + QStringList{QStringLiteral("--by"), QStringLiteral("kcp")}, &out), 0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("level")).toString(), QStringLiteral("kcp"));
    bool kcp = false;
    for (const QJsonValue &row : json.value(QStringLiteral("rows")).toArray()) {
        if (row.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("KCP-A1")) {
            kcp = true;
            EXPECT_EQ(row.toObject().value(QStringLiteral("target")).toInteger(), 6); // 12 for 2022, half of it
        }
    }
    EXPECT_TRUE(kcp) << out.toStdString();

    QString err;
    EXPECT_EQ(run(base + QStringList{QStringLiteral("--by"), QStringLiteral("region")}, &out, &err), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("--by"))) << err.toStdString();
}

TEST_P(KpiCommandTest, BadArgumentsFailWithOneLine)
{
    QString out, err;
    EXPECT_EQ(run({QStringLiteral("--database"), m_test->location}, &out, &err), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("--period"))) << err.toStdString();
    EXPECT_EQ(run({QStringLiteral("--database"), m_test->location, QStringLiteral("--period"), QStringLiteral("2022-13..2022-01")},
                  &out, &err), 2);
    EXPECT_EQ(run({QStringLiteral("--database"), m_test->location, QStringLiteral("--period"), QStringLiteral("2022"),
                   QStringLiteral("--office"), QStringLiteral("KC-NOPE")}, &out, &err), 1);
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(err.contains(QStringLiteral("KC-NOPE")));
    EXPECT_TRUE(out.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, KpiCommandTest, perisai::testing::allBackends(), perisai::testing::backendName);
