// presentation_slideshots DB OUT_DIR [SESSION] [id|en]: every slide of the deck drawn from a database at 1920×1080 and
// 1366×768 as the projector shows it (slide 2 also with the key help the projector shows at the start), for a
// look at real data. Not a test.
#include "presentation/deckrepository.h"
#include "presentation/slide.h"
#include "shell/language.h"
#include "storage/open.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <cstdio>

using namespace perisai;
using namespace perisai::presentation;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fputs("usage: presentation_slideshots DB OUT_DIR [SESSION] [id|en]\n", stderr);
        return 2;
    }
    shell::installLanguage(argc > 4 ? QString::fromLocal8Bit(argv[4]) : QStringLiteral("id"));
    auto db = storage::openAndMigrate(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorText()));
        return 1;
    }
    DeckRequest request;
    request.sessionId = argc > 3 ? QString::fromLocal8Bit(argv[3]).toLongLong() : 0;
    auto deck = loadDeck(**db, request);
    if (!deck) {
        std::fprintf(stderr, "%s\n", qPrintable(deck.errorText()));
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QDir().mkpath(out.path());
    const SlideList slides = buildDeck(*deck);
    const QString hint = QApplication::translate("perisai::presentation::ProjectorWindow",
                                                 "\u2192 next   \u2190 previous   B black screen   Esc leave");
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
        int n = 0;
        for (const auto &slide : slides) {
            ++n;
            const SlideFooter footer{footerText(*deck), n, static_cast<int>(slides.size()), n == 2 ? hint : QString()};
            renderSlide(*slide, size, footer).save(out.filePath(QStringLiteral("%1x%2-%3-%4.png").arg(size.width()).arg(size.height())
                                                                   .arg(n, 2, 10, QLatin1Char('0')).arg(slide->id())));
        }
    }
    (*db)->releaseThreadConnection();
    return 0;
}
