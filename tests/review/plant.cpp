#include "plant.h"

#include "figures/summaries.h"
#include "storage/query.h"

#include <gtest/gtest.h>

namespace perisai::testing {

namespace {
const QString kNow = QStringLiteral("2025-01-01T00:00:00Z");
}

Planter::Planter(const storage::Database &db) : m_db(db)
{
    m_office = insert(QStringLiteral("INSERT INTO offices (code, name, kind, created_at, updated_at) VALUES (?, ?, 'kc', ?, ?)"),
                      {QStringLiteral("KC-T"), QStringLiteral("Kantor Cabang Uji"), kNow, kNow});
    m_wadah = insert(QStringLiteral("INSERT INTO wadah (code, name, office_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                     {QStringLiteral("W-T1"), QStringLiteral("Wadah Uji"), m_office, kNow, kNow});
}

qint64 Planter::insert(const QString &sql, const QVariantList &values)
{
    storage::Query q(m_db.connection(), sql + QStringLiteral(" RETURNING id"));
    q.bind(values);
    auto id = q.scalar();
    EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
    return id ? id->toLongLong() : 0;
}

void Planter::exec(const QString &sql, const QVariantList &values)
{
    storage::Query q(m_db.connection(), sql);
    q.bind(values);
    auto st = q.exec();
    EXPECT_TRUE(st.ok()) << st.errorText().toStdString();
}

qint64 Planter::agent(const QString &code, const QString &phone)
{
    ++m_agents;
    return insert(QStringLiteral("INSERT INTO agents (code, nik, name, phone, wadah_id, office_id, joined_on, status, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, '2024-01-01', 'active', ?, ?)"),
                  {code, QStringLiteral("33010101019%1").arg(m_agents, 5, 10, QLatin1Char('0')), QStringLiteral("Agen ") + code,
                   phone.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(phone), m_wadah, m_office, kNow, kNow});
}

qint64 Planter::participant(qint64 agent, const QString &date, int first, int last, const QString &nik, const QString &phone)
{
    ++m_serial;
    const QString kpj = QStringLiteral("KPJ%1").arg(m_serial, 6, 10, QLatin1Char('0'));
    const QDate day = QDate::fromString(date, Qt::ISODate);
    const qint64 id = insert(
        QStringLiteral("INSERT INTO participants (kpj, nik, name, phone, program, registered_on, reg_period, agent_id, office_id) "
                       "VALUES (?, ?, ?, ?, 'JKK+JKM', ?, ?, ?, ?)"),
        {kpj, nik.isEmpty() ? QStringLiteral("3301015001%1").arg(m_serial, 6, 10, QLatin1Char('0')) : nik,
         QStringLiteral("Peserta ") + kpj,
         phone.isEmpty() ? QVariant(QStringLiteral("+62813%1").arg(m_serial, 8, 10, QLatin1Char('0'))) : QVariant(phone), date,
         day.year() * 100 + day.month(), agent ? QVariant(agent) : QVariant(QMetaType::fromType<qint64>()), m_office});
    for (int m = first; first && m <= last; m = (m % 100 == 12) ? m + 89 : m + 1)
        exec(QStringLiteral("INSERT INTO contributions (period, participant_id, amount, channel) VALUES (?, ?, 16800, 'agen')"), {m, id});
    return id;
}

void Planter::participants(int n, qint64 agent, const QString &date, int first, int last, const QString &phone)
{
    for (int i = 0; i < n; ++i)
        participant(agent, date, first, last, {}, phone);
}

QString Planter::nikOf(qint64 participant) const
{
    storage::Query q(m_db.connection(), QStringLiteral("SELECT nik FROM participants WHERE id = ?"));
    q.bind(participant);
    auto v = q.scalar();
    return v ? v->toString() : QString();
}

void Planter::finish()
{
    auto st = figures::Summaries(m_db).refreshAll();
    EXPECT_TRUE(st.ok()) << st.errorText().toStdString();
}

} // namespace perisai::testing
