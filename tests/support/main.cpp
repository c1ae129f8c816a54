// Test entry point: a QApplication (offscreen in CTest) so widget and model tests can run.
#include "core/format.h"
#include "storage/database.h"
#include "ui/backgroundtask.h"

#include <QApplication>
#include <QLocale>
#include <QThreadPool>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PerisaiDeskTests"));
    QApplication::setApplicationName(QStringLiteral("perisai-desk-tests"));
    perisai::fmt::setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    ::testing::InitGoogleTest(&argc, argv);
    const int rc = RUN_ALL_TESTS();
    // Background queries of the last test may still run: let them end while Qt SQL is still there.
    perisai::ui::taskPool().waitForDone();
    QThreadPool::globalInstance()->waitForDone();
    perisai::storage::releaseThreadConnections(); // while Qt SQL and the application still exist
    return rc;
}
