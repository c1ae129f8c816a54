#include "benchfixture.h"

#include "core/nik.h"
#include "storage/bulkwriter.h"
#include "storage/query.h"
#include "figures/summaries.h"
#include "storage/transaction.h"

#include <QDate>
#include <random>

namespace perisai::bench {
namespace {

const char *const kFirst[] = {"Siti", "Sri", "Dewi", "Nur", "Rina", "Wati", "Ani", "Yuli", "Endang", "Lestari", "Budi", "Agus",
                              "Ahmad", "Muhammad", "Joko", "Slamet", "Eko", "Bambang", "Hendra", "Rudi", "Dedi", "Andi",
                              "Wahyu", "Teguh", "Supriyadi", "Sutrisno", "Ratna", "Fitri", "Indah", "Puji"};
const char *const kLast[] = {"Rahayu", "Wulandari", "Lestari", "Susanti", "Handayani", "Purwanti", "Santoso", "Wibowo",
                             "Saputra", "Setiawan", "Hidayat", "Nugroho", "Kurniawan", "Pratama", "Gunawan", "Siregar",
                             "Hasibuan", "Aminah", "Fauzi", "Rohman", "Sulistyo", "Haryanto", "Prasetyo", "Utami",
                             "Permata", "Maharani", "Syahputra", "Ramadhan", "Firmansyah", "Yulianti", "Anggraini",
                             "Kusuma", "Wijaya", "Hakim", "Basri", "Munir", "Zainal", "Iskandar", "Marpaung", "Nasution"};
const char *const kOccupations[] = {"Pedagang", "Petani", "Nelayan", "Pengemudi ojek", "Buruh harian", "Pekerja rumah tangga",
                                    "Pengrajin", "Peternak", "Tukang bangunan", "Penjahit", "Pemilik warung", "Montir"};

qint64 insertId(const storage::Database &db, const QString &sql, const QVariantList &values)
{
    storage::Query q(db.connection(), sql + QStringLiteral(" RETURNING id"));
    for (const QVariant &v : values)
        q.bind(v);
    auto id = q.scalar();
    return id ? id->toLongLong() : 0;
}

} // namespace

Status fillParticipants(const storage::Database &db, int participants, int period)
{
    std::mt19937_64 rng(20251119);
    auto pick = [&rng](int n) { return static_cast<int>(rng() % static_cast<quint64>(n)); };
    const QString now = storage::nowIso();
    storage::Transaction tx(db.connection());
    if (!tx.started())
        return tx.beginError();

    const qint64 kc = insertId(db, QStringLiteral("INSERT INTO offices (code, name, kind, created_at, updated_at) VALUES (?, ?, 'kc', ?, ?)"),
                               {QStringLiteral("KC-BENCH"), QStringLiteral("KC Bench"), now, now});
    QList<qint64> kcp;
    for (int i = 1; i <= 4; ++i)
        kcp << insertId(db, QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, created_at, updated_at) VALUES (?, ?, 'kcp', ?, ?, ?)"),
                        {QStringLiteral("KCP-%1").arg(i), QStringLiteral("KCP %1").arg(i), kc, now, now});
    QList<qint64> wadah;
    for (int i = 1; i <= 50; ++i)
        wadah << insertId(db, QStringLiteral("INSERT INTO wadah (code, name, office_id, partner_bank, created_at, updated_at) VALUES (?, ?, ?, 'BNI', ?, ?)"),
                          {QStringLiteral("WD-%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Wadah %1").arg(i), kcp[i % 4], now, now});
    QList<qint64> agents;
    for (int i = 1; i <= 500; ++i)
        agents << insertId(db, QStringLiteral("INSERT INTO agents (code, nik, name, wadah_id, office_id, status, created_at, updated_at) "
                                              "VALUES (?, ?, ?, ?, ?, 'active', ?, ?)"),
                           {QStringLiteral("AG-%1").arg(i, 4, 10, QLatin1Char('0')), Nik::compose(3301, 1 + i % 20, QDate(1980, 1, 1).addDays(i * 17), i % 2, i),
                            QStringLiteral("%1 %2").arg(QLatin1String(kFirst[i % 30]), QLatin1String(kLast[i % 40])), wadah[i % 50], kcp[i % 4], now, now});

    auto writer = storage::BulkWriter::create(db, db.connection(), QStringLiteral("participants"),
        {QStringLiteral("id"), QStringLiteral("kpj"), QStringLiteral("nik"), QStringLiteral("name"), QStringLiteral("sex"),
         QStringLiteral("phone"), QStringLiteral("occupation"), QStringLiteral("program"), QStringLiteral("declared_income"),
         QStringLiteral("registered_on"), QStringLiteral("reg_period"), QStringLiteral("agent_id"), QStringLiteral("office_id")});
    if (!writer)
        return writer.error();
    const QDate start(2023, 1, 1);
    for (int i = 1; i <= participants; ++i) {
        const bool female = pick(2) == 0;
        const QDate birth = QDate(1960, 1, 1).addDays(pick(365 * 45));
        const QDate registered = start.addDays(pick(365 * 3));
        const QString name = QStringLiteral("%1 %2").arg(QLatin1String(kFirst[(female ? 0 : 10) + pick(20)]), QLatin1String(kLast[pick(40)]));
        (*writer)->addInt(i);
        (*writer)->addText(QStringLiteral("2%1").arg(i, 10, 10, QLatin1Char('0')));
        (*writer)->addText(Nik::compose(3301 + pick(3), 1 + pick(20), birth, female, 1 + pick(9000)));
        (*writer)->addText(name);
        (*writer)->addText(female ? QStringLiteral("P") : QStringLiteral("L"));
        (*writer)->addText(QStringLiteral("+628%1").arg(1000000000LL + static_cast<qint64>(rng() % 8999999999ULL)));
        (*writer)->addText(QLatin1String(kOccupations[pick(12)]));
        (*writer)->addText(pick(3) == 0 ? QStringLiteral("JKK+JKM+JHT") : QStringLiteral("JKK+JKM"));
        (*writer)->addInt(1000000);
        (*writer)->addText(registered.toString(Qt::ISODate));
        (*writer)->addInt(registered.year() * 100 + registered.month());
        if (pick(10) < 6)
            (*writer)->addInt(agents[pick(500)]);
        else
            (*writer)->addNull();
        (*writer)->addInt(kcp[pick(4)]);
        if (auto st = (*writer)->endRow(); !st)
            return st;
    }
    if (auto st = (*writer)->finish(); !st)
        return st;

    auto paid = storage::BulkWriter::create(db, db.connection(), QStringLiteral("contributions"),
        {QStringLiteral("period"), QStringLiteral("participant_id"), QStringLiteral("amount"), QStringLiteral("channel")});
    if (!paid)
        return paid.error();
    for (int i = 1; i <= participants; ++i) {
        if (pick(10) >= 6)
            continue;
        (*paid)->addInt(period);
        (*paid)->addInt(i);
        (*paid)->addInt(16800);
        (*paid)->addText(QStringLiteral("agen"));
        if (auto st = (*paid)->endRow(); !st)
            return st;
    }
    if (auto st = (*paid)->finish(); !st)
        return st;
    if (db.dialect().isPostgres()) {
        // Ids were written explicitly: move the identity past them.
        storage::Query q(db.connection(), QStringLiteral("SELECT setval(pg_get_serial_sequence('participants', 'id'), (SELECT MAX(id) FROM participants))"));
        if (auto st = q.exec(); !st)
            return st;
    }
    return tx.commit();
}

} // namespace perisai::bench
