#include "incentivefixture.h"

#include "figures/summaries.h"
#include "storage/query.h"

namespace perisai::testing {

namespace {
const QString kNow = QStringLiteral("2022-01-01T00:00:00Z");
}

qint64 IncentiveTest::insert(const QString &sql, const QVariantList &values)
{
    storage::Query q(db->connection(), sql + QStringLiteral(" RETURNING id"));
    for (const auto &v : values)
        q.bind(v);
    auto id = q.scalar();
    EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
    return id ? id->toLongLong() : 0;
}

void IncentiveTest::exec(const QString &sql, const QVariantList &values)
{
    storage::Query q(db->connection(), sql);
    for (const auto &v : values)
        q.bind(v);
    auto st = q.exec();
    EXPECT_TRUE(st.ok()) << st.errorText().toStdString();
}

void IncentiveTest::SetUp()
{
    BackendTest::SetUp();
    if (!db)
        return;
    const QString office = QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    branch = insert(office, {QStringLiteral("KC-CONTOH"), QStringLiteral("KC Contoh"), QStringLiteral("kc"), QVariant(QMetaType::fromType<qint64>()), kNow, kNow});
    kcp = insert(office, {QStringLiteral("KCP-SATU"), QStringLiteral("KCP Satu"), QStringLiteral("kcp"), branch, kNow, kNow});
    const QString wadah = QStringLiteral("INSERT INTO wadah (code, name, office_id, partner_bank, payout_account, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)");
    wadah1 = insert(wadah, {QStringLiteral("WDH-001"), QStringLiteral("Koperasi Maju"), kcp, QStringLiteral("BNI"), QStringLiteral("0123456789"), kNow, kNow});
    wadah2 = insert(wadah, {QStringLiteral("WDH-002"), QStringLiteral("=HYPERLINK(\"x\")"), branch, QStringLiteral("BRI"), QStringLiteral("9876543210"), kNow, kNow});
    const QString agent = QStringLiteral("INSERT INTO agents (code, nik, name, wadah_id, office_id, bank, account_no, status, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, 'BNI', ?, 'active', ?, ?)");
    agent1 = insert(agent, {QStringLiteral("AG-0001"), QStringLiteral("3301010101900001"), QStringLiteral("Siti Aminah"), wadah1, kcp, QStringLiteral("1111222233"), kNow, kNow});
    agent2 = insert(agent, {QStringLiteral("AG-0002"), QStringLiteral("3301010101900002"), QStringLiteral("Budi Santoso"), wadah1, kcp, QStringLiteral("1111222244"), kNow, kNow});
    agent3 = insert(agent, {QStringLiteral("AG-0003"), QStringLiteral("3301010101900003"), QStringLiteral("Wayan Sudarma"), wadah2, branch, QStringLiteral("1111222255"), kNow, kNow});
}

qint64 IncentiveTest::participant(qint64 agent, const QDate &on, const QString &program, const QString &nik)
{
    ++m_serial;
    const QString kpj = QStringLiteral("KPJ%1").arg(m_serial, 6, 10, QLatin1Char('0'));
    const QString id = nik.isEmpty() ? QStringLiteral("33020202029%1").arg(m_serial, 5, 10, QLatin1Char('0')) : nik;
    return insert(QStringLiteral("INSERT INTO participants (kpj, nik, name, program, registered_on, reg_period, agent_id, office_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {kpj, id, QStringLiteral("Peserta %1").arg(m_serial), program, on.toString(Qt::ISODate),
                   YearMonth::fromDate(on).key(), agent, kcp});
}

QList<qint64> IncentiveTest::recruits(qint64 agent, int count, const QDate &on, qint64 amount, const QString &program)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        ids << participant(agent, on, program);
        if (amount)
            pay(ids.back(), YearMonth::fromDate(on), amount, on);
    }
    return ids;
}

void IncentiveTest::pay(qint64 participant, YearMonth period, qint64 amount, const QDate &paidOn)
{
    exec(QStringLiteral("INSERT INTO contributions (period, participant_id, amount, paid_on, channel) VALUES (?, ?, ?, ?, 'agen')"),
         {period.key(), participant, amount, paidOn.toString(Qt::ISODate)});
}

void IncentiveTest::refreshSummaries()
{
    const auto st = figures::Summaries(*db).refreshAll();
    EXPECT_TRUE(st.ok()) << st.errorText().toStdString();
}

void IncentiveTest::dismiss(qint64 agent, const QDate &since)
{
    exec(QStringLiteral("UPDATE agents SET status = 'dismissed', status_since = ? WHERE id = ?"), {since.toString(Qt::ISODate), agent});
}

} // namespace perisai::testing
