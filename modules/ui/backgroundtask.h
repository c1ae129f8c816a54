#pragma once
// Long work off the UI thread, with progress and cancel, its result applied back on the UI thread.
//
//   runTask<KpiResult>(&context, this, tr("Menghitung indikator"),
//       [db](TaskControl &control) { return KpiService(*db).compute(range, &control); },
//       [this](KpiResult r) { show(r); });
//
// The work runs on the global thread pool; database access there uses that thread's own connection
// (db->connection()). If the receiver is destroyed first, the task is cancelled and its result dropped.
// The work must never touch widgets; it may use services, the database and module objects: the main
// window cancels its tasks and waits for them before it deletes the modules.

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThreadPool;
class QTimer;

namespace perisai::ui {

class AppContext;

// The threads background work runs on: a pool of its own, never Qt's global one, because Qt 6 paints large
// areas with the global pool's threads; with every one of them busy with a query, the window waited for the
// queries to end before it could paint (2.6 s at the start on a size m database).
QThreadPool &taskPool();

// The side the work sees: thread-safe.
class TaskControl {
public:
    bool isCanceled() const { return m_canceled.load(); }
    void cancel() { m_canceled.store(true); }
    void setProgress(qint64 done, qint64 total)
    {
        m_done.store(done);
        m_total.store(total);
    }
    void setText(const QString &text)
    {
        std::lock_guard lock(m_mutex);
        m_text = text;
    }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }
    QString text() const
    {
        std::lock_guard lock(m_mutex);
        return m_text;
    }

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    mutable std::mutex m_mutex;
    QString m_text;
};

// The side the window sees.
class BackgroundTask : public QObject {
    Q_OBJECT

public:
    using Work = std::function<void(TaskControl &)>;

    // Starts `work` on the thread pool at once. The task deletes itself after finished().
    static BackgroundTask *start(const QString &title, Work work, QObject *parent);
    ~BackgroundTask() override;

    QString title() const { return m_title; }
    void cancel() { m_control->cancel(); }
    bool isCanceled() const { return m_control->isCanceled(); }
    const TaskControl &control() const { return *m_control; }

signals:
    void progressChanged(qint64 done, qint64 total, const QString &text);
    void finished(bool canceled);

private:
    BackgroundTask(const QString &title, QObject *parent);
    void poll();
    void complete();

    QString m_title;
    std::shared_ptr<TaskControl> m_control;
    QTimer *m_timer;
};

// Shows the task in the status bar (progress, cancel). Null context: not shown.
void trackTask(AppContext *context, BackgroundTask *task);

template <typename T>
BackgroundTask *runTask(AppContext *context, QObject *receiver, const QString &title,
                        std::function<T(TaskControl &)> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    auto *task = BackgroundTask::start(title, [work = std::move(work), result](TaskControl &c) { *result = work(c); }, receiver);
    QObject::connect(task, &BackgroundTask::finished, receiver, [result, done = std::move(done)](bool canceled) {
        if (!canceled && result->has_value())
            done(std::move(**result));
    });
    trackTask(context, task);
    return task;
}

} // namespace perisai::ui
