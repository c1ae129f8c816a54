// Pictures of the Import page for a person to look at (not run by ctest):
//   QT_QPA_PLATFORM=offscreen imports_showcase OUT_DIR
// writes mapping.png (a file whose columns need mapping), rejected.png (a file with rejected rows)
// and batches.png (the imported files) at 1400 x 900.
#include "imports/batchesview.h"
#include "imports/importer.h"
#include "imports/importspage.h"
#include "imports/importwizard.h"
#include "storage/open.h"
#include "storage/query.h"
#include "ui/appcontext.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace perisai;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(PERISAI_SAMPLES) + QLatin1Char('/') + name;
}

void importSample(const storage::Database &db, imports::Kind kind, const QString &file)
{
    imports::ImportOptions options;
    options.kind = kind;
    options.files = {sample(file)};
    auto result = imports::runImport(db, options);
    if (!result || !result->committed)
        std::fprintf(stderr, "could not import %s\n", qPrintable(file));
}

void shoot(QWidget &w, const QString &path)
{
    QTest::qWait(200);
    w.grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ui::applyDeskTheme(app);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QTemporaryDir dir;
    auto db = storage::openAndMigrate(dir.filePath(QStringLiteral("showcase.db")));
    if (!db)
        return std::fprintf(stderr, "%s\n", qPrintable(db.errorText())), 1;
    const QString now = storage::nowIso();
    (void)storage::Query((*db)->connection(), QStringLiteral("INSERT INTO offices (code, name, kind, created_at, updated_at) VALUES "
                                                             "('KC-KUDUS', 'Kantor Cabang Kudus', 'kc', '%1', '%1'), "
                                                             "('KCP-JEPARA', 'KCP Jepara', 'kcp', '%1', '%1')").arg(now)).exec();
    importSample(**db, imports::Kind::Wadah, QStringLiteral("wadah.csv"));
    importSample(**db, imports::Kind::Agents, QStringLiteral("agents.csv"));
    importSample(**db, imports::Kind::Participants, QStringLiteral("participants.csv"));
    importSample(**db, imports::Kind::Contributions, QStringLiteral("contributions.csv"));

    ui::AppContext context(*db);
    imports::ImportsPage page(context);
    page.resize(1400, 900);
    page.show();
    page.wizard()->setKind(imports::Kind::Participants);
    page.wizard()->setFile(sample(QStringLiteral("participants_odd.csv")));
    shoot(page, QDir(out).filePath(QStringLiteral("mapping.png")));

    page.wizard()->setFile(sample(QStringLiteral("participants_bad.csv")));
    page.wizard()->start(false);
    (void)QTest::qWaitFor([&page]() { return !page.wizard()->isRunning(); }, 60000);
    shoot(page, QDir(out).filePath(QStringLiteral("rejected.png")));

    page.showBatches();
    shoot(page, QDir(out).filePath(QStringLiteral("batches.png")));
    return 0;
}
