#include "importlock.h"
#include "tr.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QThread>

namespace perisai::imports {
namespace {

// The advisory lock's key: "PERISAIi" as a number. Advisory locks are per database, so one key serves.
constexpr qint64 kImportLockKey = 0x5045524953414969LL;
constexpr int kRetryMs = 200;

bool busy(const Status &st)
{
    const QString text = st.errorText().toLower();
    return text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"));
}

} // namespace

Status beginImportTransaction(const storage::Database &db, std::optional<storage::Transaction> &tx, const ImportControl &control,
                              bool *cancelled)
{
    *cancelled = false;
    const QSqlDatabase conn = db.connection();
    bool told = false;
    const auto wait = [&]() {
        if (!told) {
            control.report(Tr::tr("Waiting for another import to finish"), 0, 0);
            told = true;
        }
        QThread::msleep(kRetryMs);
        *cancelled = control.cancelled();
        return !*cancelled;
    };
    // SQLite: ask often for the write lock, rather than once for the ten seconds of the busy timeout.
    const auto busyTimeout = [&](int ms) {
        if (db.dialect().isSqlite())
            (void)storage::Query(conn, QStringLiteral("PRAGMA busy_timeout = %1").arg(ms)).exec(); // a number of ours
    };
    busyTimeout(kRetryMs);
    while (true) {
        tx.emplace(conn);
        if (tx->started())
            break;
        const Status error = tx->beginError();
        tx.reset();
        if (!db.dialect().isSqlite() || !busy(error) || !wait()) {
            busyTimeout(storage::kSqliteBusyTimeoutMs);
            return *cancelled ? makeError(Tr::tr("cancelled while waiting for another import")) : error;
        }
    }
    busyTimeout(storage::kSqliteBusyTimeoutMs);
    if (!db.dialect().isPostgres())
        return {};
    while (true) {
        storage::Query q(conn, QStringLiteral("SELECT pg_try_advisory_xact_lock(?)"));
        q.bind(kImportLockKey);
        auto locked = q.scalar();
        if (!locked)
            return locked.error();
        if (locked->toBool())
            return {};
        if (!wait())
            return makeError(Tr::tr("cancelled while waiting for another import"));
    }
}

} // namespace perisai::imports
