#pragma once
// An import running on a worker thread for the window: progress as signals, cancel at any time, and the
// result (or the error) when it is done. The worker uses its own connection (db.connection() in that
// thread) and releases it at the end; everything it writes is in one transaction, so cancel leaves nothing.
//
//   auto *job = new ImportJob(db, options, this);
//   connect(job, &ImportJob::progress, bar, ...);
//   connect(job, &ImportJob::finished, this, [job] { job->result(); job->deleteLater(); });
//   job->start();

#include "imports/importer.h"
#include "storage/database.h"

#include <QFuture>
#include <QObject>
#include <atomic>

namespace perisai::imports {

class ImportJob : public QObject {
    Q_OBJECT

public:
    ImportJob(storage::DatabasePtr db, ImportOptions options, QObject *parent = nullptr);
    ~ImportJob() override; // cancels a running import and waits for it

    void start();
    void cancel();
    bool isRunning() const;

    // Valid after finished(): the result, or the error that stopped the import.
    const Result<ImportResult> &result() const { return m_result; }

signals:
    // stage is translated ("Checking peserta.csv", "Writing"); done of total in the stage's own units.
    void progress(const QString &stage, qint64 done, qint64 total);
    void finished();

private:
    storage::DatabasePtr m_db;
    ImportOptions m_options;
    std::atomic_bool m_cancel{false};
    QFuture<void> m_future;
    Result<ImportResult> m_result{ImportResult{}};
};

} // namespace perisai::imports
