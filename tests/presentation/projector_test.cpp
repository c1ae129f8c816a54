// The projector as a presenter drives it: clicker keys, black screen, leaving with Esc; and the page that
// starts it, also from a Monev session.
#include "deckfixture.h"
#include "testdatabase.h"

#include "presentation/presentationmodule.h"
#include "presentation/projectorpage.h"
#include "presentation/projectorwindow.h"
#include "ui/appcontext.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QListWidget>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace perisai;
using namespace perisai::presentation;

namespace {

std::shared_ptr<const DeckData> sampleDeck()
{
    auto d = std::make_shared<DeckData>();
    d->header.officeName = QStringLiteral("KC Uji Coba");
    return d;
}

TEST(ProjectorWindow, ClickerKeysStepThroughTheSlides)
{
    QWidget owner;
    auto *w = new ProjectorWindow(sampleDeck(), {}, &owner);
    w->showOn(QGuiApplication::primaryScreen());
    ASSERT_EQ(w->slideCount(), 8);
    EXPECT_TRUE(w->isFullScreen());
    EXPECT_EQ(w->currentSlide()->id(), QStringLiteral("title"));

    QTest::keyClick(w, Qt::Key_Right);
    QTest::keyClick(w, Qt::Key_PageDown);
    QTest::keyClick(w, Qt::Key_Space);
    QTest::keyClick(w, Qt::Key_Down);
    EXPECT_EQ(w->currentIndex(), 4);
    QTest::keyClick(w, Qt::Key_PageUp);
    QTest::keyClick(w, Qt::Key_Left);
    EXPECT_EQ(w->currentIndex(), 2);
    QTest::keyClick(w, Qt::Key_End);
    QTest::keyClick(w, Qt::Key_Right); // past the end: stays on the last slide
    EXPECT_EQ(w->currentSlide()->id(), QStringLiteral("agreements"));
    QTest::keyClick(w, Qt::Key_Home);
    EXPECT_EQ(w->currentIndex(), 0);
    QTest::keyClick(w, Qt::Key_Left);
    EXPECT_EQ(w->currentIndex(), 0);

    // "5" then Enter jumps to the fifth slide.
    QTest::keyClick(w, Qt::Key_5);
    QTest::keyClick(w, Qt::Key_Return);
    EXPECT_EQ(w->currentSlide()->id(), QStringLiteral("leaderboard"));

    QTest::keyClick(w, Qt::Key_B);
    EXPECT_TRUE(w->isBlanked());
    QTest::keyClick(w, Qt::Key_B);
    EXPECT_FALSE(w->isBlanked());
    QTest::keyClick(w, Qt::Key_Period);
    EXPECT_TRUE(w->isBlanked());
    QTest::keyClick(w, Qt::Key_Right); // moving on ends the black screen
    EXPECT_FALSE(w->isBlanked());
    QTest::keyClick(w, Qt::Key_F5);
    EXPECT_EQ(w->currentIndex(), 0);

    QTest::mouseClick(w, Qt::LeftButton);
    EXPECT_EQ(w->currentIndex(), 1);
    QTest::mouseClick(w, Qt::RightButton);
    EXPECT_EQ(w->currentIndex(), 0);

    QSignalSpy closed(w, &ProjectorWindow::closed);
    QPointer<ProjectorWindow> guard(w);
    QTest::keyClick(w, Qt::Key_Escape);
    EXPECT_EQ(closed.count(), 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(guard.isNull()) << "the window is gone after Esc";
}

TEST(ProjectorWindow, OnlyTheChosenSlidesAndNewFiguresKeepThePlace)
{
    auto *w = new ProjectorWindow(sampleDeck(), {QStringLiteral("leaderboard"), QStringLiteral("agreements")});
    ASSERT_EQ(w->slideCount(), 2);
    w->goTo(1);
    auto fresh = std::make_shared<DeckData>();
    fresh->header.officeName = QStringLiteral("KC Baru");
    w->setData(fresh);
    EXPECT_EQ(w->currentIndex(), 1);
    EXPECT_EQ(w->currentSlide()->id(), QStringLiteral("agreements"));
    const QImage shot = w->grab().toImage();
    EXPECT_FALSE(shot.isNull());
    delete w;
}

class ProjectorPageTest : public perisai::testing::BackendTest {};

TEST_P(ProjectorPageTest, OpeningASessionStartsItsDeckFullScreen)
{
    auto f = perisai::testing::seedDeckFixture(*db);
    ASSERT_TRUE(f.ok()) << f.errorText().toStdString();
    ui::AppContext context(db);
    auto module = createModule();
    std::unique_ptr<QWidget> page(module->createPage(context, nullptr));
    auto *projector = qobject_cast<ProjectorPage *>(page.get());
    ASSERT_NE(projector, nullptr);
    EXPECT_EQ(module->toolbarActions().size(), 3);
    QSignalSpy loaded(projector, &ProjectorPage::deckLoaded);
    page->show(); // the figures are read when the page is first shown
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_NE(projector->deck(), nullptr);
    EXPECT_EQ(projector->deck()->header.sessionId, 0);
    EXPECT_EQ(projector->chosenSlides().size(), 8);

    if (const QString dir = qEnvironmentVariable("PERISAI_PROJECTOR_SNAPSHOT"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        ui::applyDeskTheme(*qApp); // as the window looks
        page->resize(1200, 760);
        QTest::qWait(100);
        page->grab().save(QDir(dir).filePath(QStringLiteral("page-%1.png").arg(QString::fromStdString(perisai::testing::backendName({GetParam(), 0})))));
    }

    // Leave one slide out: the projector shows the others.
    auto *list = page->findChild<QListWidget *>();
    ASSERT_NE(list, nullptr);
    list->item(5)->setCheckState(Qt::Unchecked);

    module->open({{QStringLiteral("session"), f->session}});
    for (int i = 0; i < 200 && (!projector->projector() || projector->isLoading()); ++i)
        QTest::qWait(50);
    ASSERT_NE(projector->projector(), nullptr);
    EXPECT_EQ(projector->deck()->header.sessionId, f->session);
    EXPECT_EQ(projector->deck()->header.sessionTitle, QStringLiteral("Monev Agen Triwulan II"));
    EXPECT_TRUE(projector->projector()->isFullScreen());
    EXPECT_EQ(projector->projector()->slideCount(), 7);
    list->item(5)->setCheckState(Qt::Checked); // the choice is remembered between runs
}

INSTANTIATE_TEST_SUITE_P(Backends, ProjectorPageTest, perisai::testing::allBackends(), perisai::testing::backendName);

} // namespace
