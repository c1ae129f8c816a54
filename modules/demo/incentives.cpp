// The demo's incentive months: the three months before the last month with data approved and paid, the last
// month prepared as a draft: what the "Insentif" page shows on a demo database. A staff member prepares and
// the branch head approves, so that a server's two-person rule holds for the demo too. Runs after the data
// is committed (the service writes in its own transactions).
#include "demo/writers.h"

#include "incentives/service.h"
#include "storage/database.h"
#include "storage/query.h"

namespace perisai::demo {

namespace {

const QString kPreparer = QStringLiteral("pembina1"); // the users the demo writes (writeroster.cpp)
const QString kHead = QStringLiteral("kepala");

// Each wadah's account at its partner bank, where its month is transferred: ten digits from its id.
Status writePayoutAccounts(const storage::Database &db)
{
    storage::Query ids(db.connection(), QStringLiteral("SELECT id FROM wadah ORDER BY id"));
    if (auto st = ids.exec(); !st)
        return st;
    QList<qint64> all;
    while (ids.next())
        all << ids.intValue(0);
    for (qint64 id : all) {
        storage::Query update(db.connection(), QStringLiteral("UPDATE wadah SET payout_account = ? WHERE id = ?"));
        update.bind({QStringLiteral("70%1").arg(id * 7919 % 100000000, 8, 10, QLatin1Char('0')), id});
        if (auto st = update.exec(); !st)
            return st;
    }
    return {};
}

} // namespace

Status writeIncentiveMonths(const storage::Database &db, YearMonth last)
{
    if (auto st = writePayoutAccounts(db); !st)
        return st;
    const incentives::IncentiveService staff(db, kPreparer);
    const incentives::IncentiveService head(db, kHead);
    for (YearMonth m = last.addMonths(-3); m < last; m = m.addMonths(1)) {
        if (auto prepared = staff.prepare(QString(), m); !prepared)
            return prepared.error();
        if (auto approved = head.approve(QString(), m); !approved)
            return approved.error();
        const QDate paidOn(m.addMonths(1).year(), m.addMonths(1).month(), 4);
        if (auto st = head.markPaid(QString(), m, QStringLiteral("TRF-%1-001").arg(m.key()), paidOn); !st)
            return st;
    }
    if (auto prepared = staff.prepare(QString(), last); !prepared)
        return prepared.error();
    return {};
}

} // namespace perisai::demo
