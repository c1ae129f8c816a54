// The figures of the source articles, read back through `perisai-desk kpi` and the dashboard from the demo
// presets, on SQLite and PostgreSQL (each preset generated once per backend).
#include "demofixture.h"
#include "performance/dashboardpage.h"
#include "performance/dashboardtiles.h"
#include "performance/kpicommand.h"
#include "ui/appcontext.h"
#include "ui/stattile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace perisai;
using perisai::testing::GeneratedOnce;

namespace {

// Runs the kpi command on this suite's database and parses its JSON.
QJsonObject kpi(const QString &location, const QString &period)
{
    ::testing::internal::CaptureStdout();
    const int code = performance::kpiCommand().run(
        {QStringLiteral("kpi"), QStringLiteral("--database"), location, QStringLiteral("--period"), period});
    const QString out = QString::fromStdString(::testing::internal::GetCapturedStdout());
    EXPECT_EQ(code, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
    return json;
}

QJsonObject object(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toObject();
}

} // namespace

class CilacapFigures : public GeneratedOnce {
protected:
    demo::Options options() const override
    {
        demo::Options o;
        o.preset = demo::Preset::Cilacap;
        return o;
    }
    QString location() const { return s_databases.at(suite()).at(GetParam())->location; }
    static std::string suite() { return ::testing::UnitTest::GetInstance()->current_test_suite()->name(); }
};

TEST_P(CilacapFigures, KpiShows2336AcquisitionsAgainst5628For2021)
{
    const QJsonObject json = kpi(location(), QStringLiteral("2022-01..2022-06"));
    EXPECT_EQ(json.value(QStringLiteral("office")).toString(), QStringLiteral("KC-CILACAP"));
    EXPECT_EQ(json.value(QStringLiteral("acquisitions")).toInteger(), 2336);
    EXPECT_EQ(json.value(QStringLiteral("acquisitions_last_full_year")).toInteger(), 5628);
    // "Optimistic to beat last year": at the run-rate the year lands at 4,672, short of 5,628.
    EXPECT_EQ(object(json, "year_end_outlook").value(QStringLiteral("run_rate")).toInteger(), 4672);
}

TEST_P(CilacapFigures, TheDashboardShowsTheSameFigures)
{
    ui::AppContext context(db);
    performance::DashboardPage page(context);
    page.resize(1380, 960);
    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isLoading(); }, 120000));
    page.open({{QStringLiteral("period"), QStringLiteral("2022-01..2022-06")}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isLoading() && page.data().summary.period.from == YearMonth(2022, 1); }, 120000));
    const ui::StatTile *tile = page.tiles()->tile(performance::DashboardTiles::Acquisitions);
    EXPECT_EQ(tile->value(), QStringLiteral("2.336"));
    EXPECT_TRUE(tile->detail().contains(QStringLiteral("5.628"))) << tile->detail().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, CilacapFigures, perisai::testing::allBackends(), perisai::testing::backendName);

class NtbFigures : public CilacapFigures {
protected:
    demo::Options options() const override
    {
        demo::Options o;
        o.preset = demo::Preset::Ntb;
        return o;
    }
};

TEST_P(NtbFigures, KpiShowsCoveragePerisaiShareAndClaims)
{
    const QJsonObject json = kpi(location(), QStringLiteral("2022-01..2025-12"));
    const QJsonObject coverage = object(json, "coverage");
    // 286 thousand protected of 1.1 million informal workers (about 26 %), half of them through Perisai.
    EXPECT_NEAR(coverage.value(QStringLiteral("protected")).toDouble(), 286000, 500);
    EXPECT_EQ(coverage.value(QStringLiteral("informal_workers")).toInteger(), 1100000);
    EXPECT_NEAR(coverage.value(QStringLiteral("ratio")).toDouble(), 0.26, 0.005);
    EXPECT_NEAR(coverage.value(QStringLiteral("perisai_share")).toDouble(), 0.50, 0.01);
    // Perisai is 7.8 % of Universal Coverage Jamsostek.
    EXPECT_NEAR(coverage.value(QStringLiteral("ucj_contribution")).toDouble(), 0.078, 0.001);
    // 1,744 claims worth Rp64.1 billion.
    const QJsonObject claims = object(json, "claims");
    EXPECT_EQ(claims.value(QStringLiteral("count")).toInteger(), 1744);
    EXPECT_NEAR(static_cast<double>(claims.value(QStringLiteral("amount")).toInteger()), 64.1e9, 0.05e9);
}

INSTANTIATE_TEST_SUITE_P(Backends, NtbFigures, perisai::testing::allBackends(), perisai::testing::backendName);
