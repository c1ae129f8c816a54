// The dashboard page on the small region (kpifixture.h): figures on the tiles, charts within their point
// budget, clicks that open the list behind a figure, chart and table exports.
#include "kpifixture.h"
#include "performance/chartcard.h"
#include "performance/chartkit.h"
#include "performance/dashboardpage.h"
#include "performance/dashboardtables.h"
#include "performance/dashboardtiles.h"
#include "performance/periodpicker.h"
#include "performance/scopepicker.h"
#include "testdatabase.h"
#include "ui/appcontext.h"
#include "ui/stattile.h"
#include "ui/xlsxexport.h"

#include <QBarSeries>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <set>

using namespace perisai;
using namespace perisai::performance;
using namespace perisai::figures;

class DashboardTest : public perisai::testing::BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (!db)
            return;
        perisai::testing::buildSmallRegion(*db);
        context = std::make_unique<ui::AppContext>(db);
        page = std::make_unique<DashboardPage>(*context);
        page->resize(1400, 1000);
        page->show();
        ASSERT_TRUE(QTest::qWaitFor([this] { return !page->isLoading(); }, 60000));
        page->open({{QStringLiteral("office"), QStringLiteral("KC-A")}, {QStringLiteral("period"), QStringLiteral("2022-01..2022-06")}});
        ASSERT_TRUE(QTest::qWaitFor([this] { return !page->isLoading() && page->data().summary.officeCode == QLatin1String("KC-A"); }, 60000));
    }
    void TearDown() override
    {
        page.reset();
        context.reset();
        BackendTest::TearDown();
    }

    std::unique_ptr<ui::AppContext> context;
    std::unique_ptr<DashboardPage> page;
};

TEST_P(DashboardTest, TilesShowThePeriodsFigures)
{
    EXPECT_EQ(page->data().summary.acquisitions, 5);
    EXPECT_EQ(page->tiles()->tile(DashboardTiles::Acquisitions)->value(), QStringLiteral("5"));
    EXPECT_EQ(page->tiles()->tile(DashboardTiles::Active)->value(), QStringLiteral("7"));
    EXPECT_EQ(page->tiles()->tile(DashboardTiles::Claims)->value(), QStringLiteral("1"));
    EXPECT_EQ(page->tiles()->tile(DashboardTiles::Agents)->value(), QStringLiteral("1"));
}

// On a 1366×768 laptop (the page beside the sidebar is about 1030 pixels wide) the whole page fits: the scope
// and the period stand one under the other rather than running off the right edge; the tiles are as tall as
// their text and no taller; and a caption that wraps ("CAKUPAN PEKERJA INFORMAL") does not push its figure
// below its neighbours'.
TEST_P(DashboardTest, OnALaptopThePageFitsAndTheTilesFiguresStandOnOneLine)
{
    page->resize(1030, 640);
    QTest::qWait(200);
    for (QWidget *control : {static_cast<QWidget *>(page->findChild<ScopePicker *>()), static_cast<QWidget *>(page->findChild<PeriodPicker *>())}) {
        ASSERT_NE(control, nullptr);
        EXPECT_LE(control->mapTo(page.get(), QPoint(control->width(), 0)).x(), page->width());
    }
    auto *tiles = page->tiles();
    std::map<int, std::vector<ui::StatTile *>> rows; // by the tiles' top
    for (int i = 0; i < DashboardTiles::TileCount; ++i) {
        ui::StatTile *tile = tiles->tile(static_cast<DashboardTiles::Tile>(i));
        EXPECT_LE(tile->mapTo(page.get(), QPoint(tile->width(), 0)).x(), page->width());
        rows[tile->y()].push_back(tile);
    }
    ASSERT_GE(rows.size(), 2u);
    for (const auto &[top, row] : rows) {
        int tallest = 0;
        std::set<int> valueTops;
        for (ui::StatTile *tile : row) {
            tallest = std::max(tallest, tile->heightForWidth(tile->width()));
            valueTops.insert(tile->findChild<QLabel *>(QStringLiteral("statValue"))->mapTo(tile, QPoint()).y());
        }
        EXPECT_EQ(valueTops.size(), 1u) << "row at " << top;
        EXPECT_LE(row.front()->height(), tallest + 1) << "row at " << top;
    }
    // A caption of three lines: its neighbours' figures move down with its own.
    ui::StatTile *coverage = tiles->tile(DashboardTiles::Coverage);
    coverage->setCaption(QStringLiteral("CAKUPAN PEKERJA INFORMAL YANG TERLINDUNGI DI WILAYAH INI"));
    QTest::qWait(200);
    const QLabel *caption = coverage->findChild<QLabel *>(QStringLiteral("statCaption"));
    EXPECT_GT(caption->height(), 2 * caption->fontMetrics().lineSpacing());
    std::set<int> valueTops;
    for (ui::StatTile *tile : rows[coverage->y()])
        valueTops.insert(tile->findChild<QLabel *>(QStringLiteral("statValue"))->mapTo(tile, QPoint()).y());
    EXPECT_EQ(valueTops.size(), 1u);

    // Narrower still (fewer tiles to a row): no tile is squeezed below its text or runs into the next row.
    page->resize(700, 640);
    QTest::qWait(200);
    for (int i = 0; i < DashboardTiles::TileCount; ++i) {
        ui::StatTile *tile = tiles->tile(static_cast<DashboardTiles::Tile>(i));
        EXPECT_GE(tile->height(), tile->heightForWidth(tile->width()) - 1) << i;
        for (int j = i + 1; j < DashboardTiles::TileCount; ++j) {
            ui::StatTile *later = tiles->tile(static_cast<DashboardTiles::Tile>(j));
            if (later->x() == tile->x()) {
                EXPECT_GT(later->y(), tile->y() + tile->height()) << i << " and " << j;
            }
        }
    }
}

TEST_P(DashboardTest, NoChartDrawsMoreThanTwoPointsPerPixel)
{
    QCoreApplication::processEvents();
    for (ChartCard *card : page->chartCards()) {
        ASSERT_NE(card->view()->chart(), nullptr) << card->title().toStdString();
        const int width = std::max(1, static_cast<int>(card->view()->chart()->plotArea().width()));
        EXPECT_LE(pointsDrawn(card->view()->chart()), 2 * width) << card->title().toStdString();
        EXPECT_GT(pointsDrawn(card->view()->chart()), 0) << card->title().toStdString();
    }
}

TEST_P(DashboardTest, ClickingAMonthsBarOpensItsAcquisitions)
{
    ChartCard *card = page->chartCards().front();
    auto *bars = qobject_cast<QBarSeries *>(card->view()->chart()->series().front());
    ASSERT_NE(bars, nullptr);
    emit bars->clicked(0, bars->barSets().front());
    const DrillDown d = page->lastDrillDown();
    EXPECT_EQ(d.kind, DrillDown::Kind::Acquisitions);
    EXPECT_EQ(d.range.from, YearMonth(2022, 1));
    EXPECT_EQ(d.range.to, YearMonth(2022, 1));
    EXPECT_EQ(d.scope.officeCode, QStringLiteral("KC-A"));

    emit page->tiles()->tile(DashboardTiles::Claims)->clicked();
    EXPECT_EQ(page->lastDrillDown().kind, DrillDown::Kind::Claims);
    EXPECT_EQ(page->lastDrillDown().range.to, YearMonth(2022, 6));
}

TEST_P(DashboardTest, ChartsExportAsPngAndSvg)
{
    QTemporaryDir dir;
    ChartCard *card = page->chartCards().at(1);
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_TRUE(card->savePng(png).ok());
    ASSERT_TRUE(card->saveSvg(svg).ok());
    const QImage image(png);
    EXPECT_EQ(image.width(), card->view()->width() * 2);
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("<path") || text.contains("<polyline"));
}

TEST_P(DashboardTest, TablesExportAsOneWorkbook)
{
    const auto sheets = dashboardWorkbook(page->data(), QStringLiteral("KC-A"));
    ASSERT_EQ(sheets.size(), 6u);
    EXPECT_EQ(sheets[1].rows.size(), 6u); // six months
    EXPECT_EQ(sheets[3].rows.size(), 3u); // three agents on the leaderboard
    // The branch's KCP, each with its own figures, as the "Achievement by KCP" table shows them.
    EXPECT_EQ(sheets[5].name, QStringLiteral("KCP"));
    EXPECT_EQ(sheets[5].rows.size(), page->data().byKcp.size());
    EXPECT_FALSE(sheets[5].rows.empty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dashboard.xlsx"));
    ASSERT_TRUE(ui::writeXlsx(path, sheets).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(2), QByteArray("PK")); // a zip, as every xlsx
}

INSTANTIATE_TEST_SUITE_P(Backends, DashboardTest, perisai::testing::allBackends(), perisai::testing::backendName);

TEST_P(DashboardTest, RetentionOfACohortNotYetThatOldShowsADash)
{
    // The period's cohorts are 2022's first half: none is twelve months old yet where the data ends.
    QString note;
    for (const QLabel *label : page->findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("Retention at 3 months")))
            note = label->text();
    ASSERT_FALSE(note.isEmpty());
    EXPECT_TRUE(note.contains(QStringLiteral("12 months \u2013"))) << note.toStdString();
    EXPECT_FALSE(note.contains(QStringLiteral("3 months \u2013"))) << "three months are observed: " << note.toStdString();
}
