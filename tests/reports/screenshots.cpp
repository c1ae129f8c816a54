// Pictures of the Reports page for a visual check (not a test), in Indonesian, offscreen:
//   reports_screenshots DB [OUT_DIR]   -> OUT_DIR/reports-summary.png, reports-agent.png
// DB: e.g. `perisai-desk demo --database cilacap.db --preset cilacap`.
#include "core/format.h"
#include "shell/modules.h"
#include "reports/reportspage.h"
#include "storage/open.h"
#include "ui/appcontext.h"
#include "ui/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <cstdio>
#include <memory>
#include <vector>

using namespace perisai;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: reports_screenshots DB [OUT_DIR]\n");
        return 2;
    }
    const QString out = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(".");
    fmt::setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    std::vector<std::unique_ptr<QTranslator>> translators;
    for (const QString &module : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*_id.qm")})) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(QStringLiteral(":/i18n/") + module) && QCoreApplication::installTranslator(t.get()))
            translators.push_back(std::move(t));
    }
    ui::applyDeskTheme(application);
    auto opened = storage::openAndMigrate(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorText()));
        return 1;
    }
    shell::registerReports();
    ui::AppContext app(*opened);
    reports::ReportsPage page(app);
    page.resize(1370, 900);
    page.show();
    auto *agent = page.findChild<QComboBox *>(QStringLiteral("agent"));
    if (!QTest::qWaitFor([&] { return agent->count() > 0; }, 30000))
        return 1;

    auto shoot = [&](const QVariantMap &args, const QString &name) {
        QSignalSpy ready(&page, &reports::ReportsPage::documentReady);
        page.open(args);
        ready.wait(60000);
        QTest::qWait(800);
        page.grab().save(out + QStringLiteral("/reports-") + name + QStringLiteral(".png"));
    };
    shoot({{QStringLiteral("type"), QStringLiteral("summary")}}, QStringLiteral("summary"));
    shoot({{QStringLiteral("agent"), agent->itemData(0).toString()}}, QStringLiteral("agent"));
    return 0;
}
