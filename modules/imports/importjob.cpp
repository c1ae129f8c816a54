#include "imports/importjob.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace perisai::imports {

ImportJob::ImportJob(storage::DatabasePtr db, ImportOptions options, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_options(std::move(options))
{
}

ImportJob::~ImportJob()
{
    cancel();
    m_future.waitForFinished();
}

bool ImportJob::isRunning() const
{
    return m_future.isRunning();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::start()
{
    m_cancel = false;
    m_future = QtConcurrent::run([this] {
        ImportControl control;
        control.cancel = &m_cancel;
        // Signals cross to the receivers' thread queued; only whole-percent steps are sent.
        QString lastStage;
        qint64 lastPercent = -1;
        control.progress = [this, &lastStage, &lastPercent](const QString &stage, qint64 done, qint64 total) {
            const qint64 percent = total > 0 ? done * 100 / total : 0;
            if (stage == lastStage && percent == lastPercent)
                return;
            lastStage = stage;
            lastPercent = percent;
            emit progress(stage, done, total);
        };
        auto result = runImport(*m_db, m_options, control);
        m_db->releaseThreadConnection();
        QMetaObject::invokeMethod(this, [this, result = std::move(result)]() mutable {
            m_result = std::move(result);
            emit finished();
        }, Qt::QueuedConnection);
    });
}

} // namespace perisai::imports
