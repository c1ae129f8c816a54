// Renders the dashboard of a database to PNG files for a person to look at (not a test):
//   dashboard_snapshot DB OUT_PREFIX [--office CODE] [--wadah CODE] [--agent CODE] [--period FROM..TO] [--lang id|en]
// Writes OUT_PREFIX-window.png (what a 1600x1000 screen shows) and OUT_PREFIX-full.png (the whole page).
#include "dashboardpage.h"
#include "storage/open.h"
#include "ui/appcontext.h"
#include "ui/theme.h"
#include "core/format.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QTest>
#include <QTranslator>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: dashboard_snapshot DB OUT_PREFIX [--office CODE] [--wadah CODE] [--agent CODE] [--period FROM..TO] [--lang id|en]\n");
        return 2;
    }
    auto option = [&](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i > 0 && i + 1 < args.size() ? args[i + 1] : QString();
    };
    const QString lang = option(QStringLiteral("--lang")).isEmpty() ? QStringLiteral("id") : option(QStringLiteral("--lang"));
    std::vector<std::unique_ptr<QTranslator>> translators;
    const QDir i18n(QStringLiteral(":/i18n"));
    for (const QString &file : i18n.entryList({QStringLiteral("*_") + lang + QStringLiteral(".qm")})) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(i18n.filePath(file)) && QCoreApplication::installTranslator(t.get()))
            translators.push_back(std::move(t));
    }
    const QLocale locale = lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                       : QLocale(QLocale::Indonesian, QLocale::Indonesia);
    QLocale::setDefault(locale);
    perisai::fmt::setLocale(locale);
    perisai::ui::applyDeskTheme(app);

    auto db = perisai::storage::openAndMigrate(args[1]);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.errorText().toUtf8().constData());
        return 1;
    }
    perisai::ui::AppContext context(*db);
    perisai::performance::DashboardPage page(context);
    page.resize(1380, 960);
    page.show();
    if (!QTest::qWaitFor([&] { return !page.isLoading(); }, 60000))
        std::fprintf(stderr, "still loading after a minute\n");
    QVariantMap open;
    if (!option(QStringLiteral("--office")).isEmpty())
        open[QStringLiteral("office")] = option(QStringLiteral("--office"));
    for (const char *name : {"period", "wadah", "agent"}) {
        if (const QString value = option(QStringLiteral("--") + QLatin1String(name)); !value.isEmpty())
            open[QLatin1String(name)] = value;
    }
    if (!open.isEmpty()) {
        page.open(open);
        if (!QTest::qWaitFor([&] { return !page.isLoading(); }, 60000))
            std::fprintf(stderr, "still loading after a minute\n");
    }
    QTest::qWait(300);
    page.grab().save(args[2] + QStringLiteral("-window.png"));
    // The whole page: the scroll area's content at its full height.
    if (auto *scroll = page.findChild<QScrollArea *>()) {
        QWidget *content = scroll->widget();
        content->resize(scroll->viewport()->width(), content->sizeHint().height());
        QTest::qWait(200);
        content->grab().save(args[2] + QStringLiteral("-full.png"));
    }
    return 0;
}
