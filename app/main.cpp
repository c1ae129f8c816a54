// perisai-desk: the window, or a headless command (demo, import, kpi, report, check, backup).
#include "shell/commandline.h"
#include "shell/startup.h"
#include "storage/database.h"
#include "ui/backgroundtask.h"

#include <QApplication>
#include <QThreadPool>
#include <QDir>
#include <QFile>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    const bool headless = perisai::shell::isCommand(args) || args.contains(QStringLiteral("--help"))
                          || args.contains(QStringLiteral("-h")) || args.contains(QStringLiteral("--version"));
    // Commands never need a display; reports still draw with Qt's painter.
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Without a session (CI, ssh, cron) Qt warns on every start; give it a private runtime folder quietly.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toUtf8() + "/perisai-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromUtf8(dir));
        QFile::setPermissions(QString::fromUtf8(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }

    QApplication app(argc, argv);
    perisai::shell::setupApplication(args);

    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        if (!perisai::shell::isCommand(args)) {
            std::fputs(perisai::shell::usage().toUtf8().constData(), stdout);
            return 0;
        }
    }
    if (args.contains(QStringLiteral("--version")) && !perisai::shell::isCommand(args)) {
        std::printf("perisai-desk %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    const int rc = perisai::shell::isCommand(args) ? perisai::shell::runCommand(args) : perisai::shell::runWindow(args);
    // Background work ends, and this thread's connections close, while Qt SQL and the application still exist.
    perisai::ui::taskPool().waitForDone();
    QThreadPool::globalInstance()->waitForDone();
    perisai::storage::releaseThreadConnections();
    return rc;
}
