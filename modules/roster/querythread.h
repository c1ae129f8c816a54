#pragma once
// One worker thread for a page's short queries (a list, a page of participants, a detail panel).
//
// Why not the global pool: a pool thread that expires leaves its database connection behind, and a page
// that runs a query per keystroke wants one warm connection (SQLite's page cache is per connection).
// Work runs in order; a caller that only wants the newest answer checks a generation inside its work.
// Results come back on the main thread, the receivers' own; a destroyed receiver gets nothing.

#include "core/handover.h"
#include "storage/database.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace perisai::roster {

class QueryThread : public QObject {
    Q_OBJECT

public:
    explicit QueryThread(storage::DatabasePtr db, QObject *parent = nullptr);
    ~QueryThread() override;

    const storage::DatabasePtr &database() const { return m_db; }

    template <typename T>
    void run(QObject *receiver, std::function<T(const storage::Database &)> work, std::function<void(T)> done)
    {
        storage::DatabasePtr db = m_db;
        QPointer<QObject> guard(receiver);
        // The receiver is checked on the main thread: a QPointer read on the pool thread could see it alive
        // and post to it just as the window deletes it. This object outlives the work (its pool waits).
        runInPool(m_pool, [db, guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<T>(work(*db));
            postToMainThread([guard, result, done = std::move(done)]() {
                if (guard)
                    done(std::move(*result));
            });
        });
    }

    // Blocks until every submitted query has finished (tests, benchmarks, shutdown).
    void waitForIdle() { m_pool.waitForDone(); }

private:
    storage::DatabasePtr m_db;
    QThreadPool m_pool;
};

} // namespace perisai::roster
