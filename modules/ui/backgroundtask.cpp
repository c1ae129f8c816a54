#include "ui/backgroundtask.h"

#include "ui/appcontext.h"

#include "core/handover.h"

#include <QThreadPool>
#include <QTimer>

namespace perisai::ui {

QThreadPool &taskPool()
{
    static QThreadPool pool;
    return pool;
}

BackgroundTask::BackgroundTask(const QString &title, QObject *parent)
    : QObject(parent), m_title(title), m_control(std::make_shared<TaskControl>()), m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &BackgroundTask::poll);
}

BackgroundTask::~BackgroundTask()
{
    // The work may still run: tell it to stop; its result will find no one to deliver to.
    m_control->cancel();
}

BackgroundTask *BackgroundTask::start(const QString &title, Work work, QObject *parent)
{
    auto *task = new BackgroundTask(title, parent);
    task->m_timer->start();
    QPointer<BackgroundTask> guard(task);
    std::shared_ptr<TaskControl> control = task->m_control;
    runInPool(taskPool(), [work = std::move(work), control, guard]() {
        work(*control);
        // Runs on the UI thread, where checking the guard is safe.
        postToMainThread([guard]() {
            if (guard)
                guard->complete();
        });
    });
    return task;
}

void BackgroundTask::poll()
{
    emit progressChanged(m_control->done(), m_control->total(), m_control->text());
}

void BackgroundTask::complete()
{
    m_timer->stop();
    poll();
    emit finished(m_control->isCanceled());
    deleteLater();
}

void trackTask(AppContext *context, BackgroundTask *task)
{
    if (context)
        context->trackTask(task);
}

} // namespace perisai::ui
