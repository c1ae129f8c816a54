#include "fixture.h"

#include "core/nik.h"
#include "storage/values.h"
#include "storage/query.h"

#include <gtest/gtest.h>

namespace perisai::testing {
using storage::Query;

namespace {

qint64 insertReturningId(const storage::Database &db, const QString &sql, const QVariantList &values)
{
    Query q(db.connection(), sql + QStringLiteral(" RETURNING id"));
    for (const QVariant &v : values)
        q.bind(v);
    auto id = q.scalar();
    EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
    return id.ok() ? id->toLongLong() : 0;
}

} // namespace

RosterFixture::RosterFixture(storage::DatabasePtr database) : db(std::move(database))
{
    const QString now = storage::nowIso();
    const QString office = QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    kc = insertReturningId(*db, office, {QStringLiteral("KC-BOYOLALI"), QStringLiteral("KC Boyolali"), QStringLiteral("kc"), QVariant(QMetaType::fromType<qlonglong>()), now, now});
    kcpNorth = insertReturningId(*db, office, {QStringLiteral("KCP-UTARA"), QStringLiteral("KCP Utara"), QStringLiteral("kcp"), kc, now, now});
    kcpSouth = insertReturningId(*db, office, {QStringLiteral("KCP-SELATAN"), QStringLiteral("KCP Selatan"), QStringLiteral("kcp"), kc, now, now});
    const QString wadah = QStringLiteral("INSERT INTO wadah (code, name, kind, office_id, partner_bank, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    wadahBni = insertReturningId(*db, wadah, {QStringLiteral("WD-01"), QStringLiteral("Koperasi Sejahtera"), QStringLiteral("koperasi"), kcpNorth, QStringLiteral("BNI"), now, now});
    wadahFree = insertReturningId(*db, wadah, {QStringLiteral("WD-02"), QStringLiteral("Paguyuban Ojek"), QStringLiteral("komunitas"), kcpSouth, QVariant(QMetaType::fromType<QString>()), now, now});
}

QString RosterFixture::nik(int serial, bool female, const QDate &birth)
{
    return Nik::compose(3309, 1, birth, female, serial);
}

roster::Agent RosterFixture::agent(const QString &code, int nikSerial) const
{
    roster::Agent a;
    a.code = code;
    a.nik = nik(nikSerial);
    a.name = QStringLiteral("Agen ") + code;
    a.phone = QStringLiteral("0812-3456-%1").arg(nikSerial % 10000, 4, 10, QLatin1Char('0'));
    a.wadahId = wadahBni;
    a.officeId = kcpNorth;
    a.joinedOn = QDate(2024, 1, 15);
    a.bank = QStringLiteral("BNI");
    a.accountNo = QStringLiteral("0123456789");
    a.kpj = QStringLiteral("24001234567");
    a.isBpuParticipant = true;
    a.hasAccount = true;
    a.hasDevice = true;
    a.briefedOn = QDate(2024, 1, 10);
    return a;
}

qint64 RosterFixture::insertAgent(const QString &code, int nikSerial, roster::AgentStatus status, const QDate &since) const
{
    const roster::Agent a = agent(code, nikSerial);
    const QString now = storage::nowIso();
    return insertReturningId(*db, QStringLiteral(
        "INSERT INTO agents (code, nik, name, phone, wadah_id, office_id, joined_on, bank, account_no, kpj, is_bpu_participant,"
        " has_account, has_device, is_agency_employee, briefed_on, status, status_since, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, 0, ?, ?, ?, ?, ?)"),
        {a.code, a.nik, a.name, QStringLiteral("+6281234560000"), a.wadahId, a.officeId, storage::dateOrNull(a.joinedOn), a.bank,
         a.accountNo, a.kpj, storage::dateOrNull(a.briefedOn), roster::statusKey(status), storage::dateOrNull(since), now, now});
}

qint64 RosterFixture::insertParticipant(const QString &kpj, const QString &name, qint64 agentId, const QDate &registered,
                                        const QString &occupation, const QString &program) const
{
    return insertReturningId(*db, QStringLiteral(
        "INSERT INTO participants (kpj, nik, name, occupation, program, registered_on, reg_period, agent_id, office_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {kpj, nik(kpj.right(4).toInt() % 9999 + 1, false, QDate(1990, 1, 1)), name, occupation, program, storage::dateOrNull(registered),
         registered.year() * 100 + registered.month(), storage::idOrNull(agentId), kcpNorth});
}

void RosterFixture::insertContribution(qint64 participantId, int period, qint64 amount, const QString &channel) const
{
    exec(QStringLiteral("INSERT INTO contributions (period, participant_id, amount, channel) VALUES (?, ?, ?, ?)"),
         {period, participantId, amount, channel});
}

void RosterFixture::setAgentMonth(qint64 agentId, int period, int acquisitions, qint64 collected) const
{
    exec(QStringLiteral("INSERT INTO summary_agent_month (agent_id, period, acquisitions, active_recruits, collected) VALUES (?, ?, ?, 0, ?)"),
         {agentId, period, acquisitions, collected});
}

void RosterFixture::exec(const QString &sql, const QVariantList &values) const
{
    Query q(db->connection(), sql);
    for (const QVariant &v : values)
        q.bind(v);
    auto st = q.exec();
    EXPECT_TRUE(st.ok()) << st.errorText().toStdString();
}

} // namespace perisai::testing
