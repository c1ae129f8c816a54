#include "fixtures.h"

#include "storage/query.h"

#include <gtest/gtest.h>

namespace perisai::testing {

namespace {

qint64 insertReturningId(const storage::Database &db, const QString &sql, std::initializer_list<QVariant> values)
{
    storage::Query q(db.connection(), sql);
    q.bind(values);
    auto id = q.scalar();
    EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
    return id.ok() ? id->toLongLong() : 0;
}

} // namespace

qint64 addOffice(const storage::Database &db, const QString &code)
{
    return insertReturningId(db, QStringLiteral("INSERT INTO offices (code, name, kind, created_at, updated_at) "
                                                "VALUES (?, ?, 'kc', ?, ?) RETURNING id"),
                             {code, QStringLiteral("KC ") + code, storage::nowIso(), storage::nowIso()});
}

qint64 addWadah(const storage::Database &db, qint64 officeId, const QString &code, const QString &name)
{
    return insertReturningId(db, QStringLiteral("INSERT INTO wadah (code, name, kind, office_id, partner_bank, leader_name, "
                                                "created_at, updated_at) VALUES (?, ?, 'kantor_perisai', ?, 'BNI', 'Ketua', ?, ?) RETURNING id"),
                             {code, name, officeId, storage::nowIso(), storage::nowIso()});
}

qint64 addAgent(const storage::Database &db, qint64 officeId, qint64 wadahId, const QString &code, const QString &nik)
{
    return insertReturningId(db, QStringLiteral("INSERT INTO agents (code, nik, name, wadah_id, office_id, status, created_at, "
                                                "updated_at) VALUES (?, ?, ?, ?, ?, 'active', ?, ?) RETURNING id"),
                             {code, nik, QStringLiteral("Agen ") + code, wadahId, officeId, storage::nowIso(), storage::nowIso()});
}

void addAcquisitions(const storage::Database &db, qint64 agentId, int period, int acquisitions)
{
    storage::Query q(db.connection(), QStringLiteral("INSERT INTO summary_agent_month (agent_id, period, acquisitions) VALUES (?, ?, ?)"));
    q.bind({agentId, period, acquisitions});
    auto st = q.exec();
    EXPECT_TRUE(st.ok()) << st.errorText().toStdString();
}

agreements::Agreement makeAgreement(qint64 wadahId, const QString &number, QDate start, QDate end)
{
    agreements::Agreement a;
    a.wadahId = wadahId;
    a.number = number;
    a.signedOn = start.addDays(-7);
    a.startsOn = start;
    a.endsOn = end;
    a.signatoryBranch = QStringLiteral("Dewi Manik Imannury");
    a.signatoryWadah = QStringLiteral("Ketua Kantor Perisai");
    a.targetParticipants = 600;
    a.minMonthlyTarget = 25;
    a.partnerBank = QStringLiteral("BNI");
    a.status = agreements::StoredStatus::Active;
    return a;
}

} // namespace perisai::testing
