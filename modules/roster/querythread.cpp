#include "querythread.h"

namespace perisai::roster {

QueryThread::QueryThread(storage::DatabasePtr db, QObject *parent) : QObject(parent), m_db(std::move(db))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the thread, and so its connection, lives as long as this object
    m_pool.setObjectName(QStringLiteral("roster-queries"));
}

QueryThread::~QueryThread()
{
    // The connection belongs to the worker thread: close it there, then let the thread end.
    storage::DatabasePtr db = m_db;
    runInPool(m_pool, [db]() { db->releaseThreadConnection(); });
    m_pool.waitForDone();
}

} // namespace perisai::roster
