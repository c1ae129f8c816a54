#include "shell/demofill.h"

#include "demo/generator.h"
#include "ui/backgroundtask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>

namespace perisai::shell {

bool fillWithDemoData(const storage::DatabasePtr &db, QWidget *parent)
{
    QProgressDialog progress(QCoreApplication::translate("Startup", "Preparing demo data for a first look…"),
                             QCoreApplication::translate("Startup", "Skip"), 0, 1000, parent);
    progress.setWindowTitle(QCoreApplication::translate("Startup", "Perisai Desk"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QEventLoop loop;
    Status result;
    auto *task = ui::BackgroundTask::start(progress.labelText(), [db, &result](ui::TaskControl &control) {
        demo::Options options;
        result = demo::generate(*db, options, [&control](qint64 done, qint64 total) {
            control.setProgress(done, total);
            return !control.isCanceled();
        });
        db->releaseThreadConnection();
    }, nullptr);
    QObject::connect(task, &ui::BackgroundTask::progressChanged, &progress, [&progress](qint64 done, qint64 total) {
        if (total > 0)
            progress.setValue(static_cast<int>(done * 1000 / total));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, task, &ui::BackgroundTask::cancel);
    bool canceled = false; // the task deletes itself once finished: keep what it said
    QObject::connect(task, &ui::BackgroundTask::finished, &loop, [&loop, &canceled](bool wasCanceled) {
        canceled = wasCanceled;
        loop.quit();
    });
    loop.exec();
    progress.close();
    if (!result.ok() && !canceled)
        QMessageBox::warning(parent, QCoreApplication::translate("Startup", "Demo data"),
                             QCoreApplication::translate("Startup", "The demo data could not be created: %1\nThe database stays empty.")
                                 .arg(result.errorText()));
    return result.ok() && !canceled;
}

} // namespace perisai::shell
