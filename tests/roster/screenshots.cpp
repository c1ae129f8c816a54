// Pictures of the roster's screens for a visual check (not a test), in Indonesian, offscreen:
//   roster_screenshots DB [OUT_DIR]   -> OUT_DIR/roster-agents.png, -wadah, -participants, -search, -form, -status
#include "roster/rosterpage.h"
#include "roster/agentstab.h"
#include "roster/agentform.h"
#include "roster/statusdialog.h"
#include "roster/wadahform.h"
#include "roster/agentrepository.h"
#include "roster/wadahtab.h"
#include "roster/participantstab.h"
#include "roster/agentdetailview.h"
#include "core/format.h"
#include "storage/open.h"
#include "ui/appcontext.h"
#include "ui/theme.h"
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <cstdio>
using namespace perisai;
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: roster_screenshots DB [OUT_DIR]\n");
        return 2;
    }
    const QString out = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(".");
    fmt::setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/roster_id.qm")))
        QCoreApplication::installTranslator(&translator);
    ui::applyDeskTheme(application);
    auto opened = storage::openAndMigrate(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorText()));
        return 1;
    }
    auto db = *opened;
    ui::AppContext app(db);
    roster::RosterPage page(app);
    page.resize(1370, 900);
    page.show();
    QSignalSpy loaded(&page, &roster::RosterPage::loaded);
    loaded.wait(20000);
    QTest::qWait(1500);
    page.grab().save(out + QStringLiteral("/roster-agents.png"));
    page.tabs()->setCurrentIndex(1);
    QTest::qWait(300);
    page.grab().save(out + QStringLiteral("/roster-wadah.png"));
    page.tabs()->setCurrentIndex(2);
    (void)QTest::qWaitFor([&]() { return page.participantsTab()->indexReady(); }, 60000);
    QTest::qWait(500);
    page.grab().save(out + QStringLiteral("/roster-participants.png"));
    page.participantsTab()->searchField()->setText(QStringLiteral("siti"));
    QTest::qWait(1500);
    page.grab().save(out + QStringLiteral("/roster-search.png"));
    roster::AgentForm form(page.commandContext(), nullptr, page.data().lookups);
    form.setAgent(*roster::AgentRepository(*db).load(page.agentsTab()->currentAgentId()));
    form.findChild<QLineEdit *>(QStringLiteral("nik"))->setText(QStringLiteral("3309013603850001"));
    form.save();
    form.show();
    QTest::qWait(300);
    form.grab().save(out + QStringLiteral("/roster-form.png"));
    roster::StatusDialog dialog(page.commandContext(), nullptr, *roster::AgentRepository(*db).load(page.agentsTab()->currentAgentId()));
    dialog.show();
    QTest::qWait(200);
    dialog.grab().save(out + QStringLiteral("/roster-status.png"));
    return 0;
}
