#pragma once
// A small branch for Monev tests: KC Kudus with two KCP, three wadah, seven agents (one inactive),
// and participants with contributions so that the summary tables hold figures to snapshot.

#include "storage/database.h"
#include "storage/query.h"
#include "figures/summaries.h"
#include "testdatabase.h"

#include <QDate>
#include <QMap>

namespace perisai::testing {

class MonevFixture {
public:
    explicit MonevFixture(const storage::Database &db) : m_db(db) {}

    qint64 kc = 0, kcpA = 0, kcpB = 0;
    qint64 wadahA1 = 0, wadahA2 = 0, wadahB1 = 0;
    QMap<QString, qint64> agent; // by code

    void build()
    {
        kc = office(QStringLiteral("KC-KUDUS"), QStringLiteral("KC Kudus"), QStringLiteral("kc"), 0);
        kcpA = office(QStringLiteral("KCP-JEKULO"), QStringLiteral("KCP Jekulo"), QStringLiteral("kcp"), kc);
        kcpB = office(QStringLiteral("KCP-DAWE"), QStringLiteral("KCP Dawe"), QStringLiteral("kcp"), kc);
        wadahA1 = wadah(QStringLiteral("W-A1"), QStringLiteral("Koperasi Sejahtera"), kcpA);
        wadahA2 = wadah(QStringLiteral("W-A2"), QStringLiteral("BUMDes Makmur"), kcpA);
        wadahB1 = wadah(QStringLiteral("W-B1"), QStringLiteral("Komunitas Nelayan"), kcpB);
        // code, wadah, office, joined, status
        addAgent(QStringLiteral("AG-001"), QStringLiteral("Siti Aminah"), wadahA1, kcpA, QDate(2023, 1, 10));
        addAgent(QStringLiteral("AG-002"), QStringLiteral("Budi Santoso"), wadahA1, kcpA, QDate(2023, 3, 1));
        addAgent(QStringLiteral("AG-003"), QStringLiteral("Dewi Lestari"), wadahA2, kcpA, QDate(2025, 8, 1));
        addAgent(QStringLiteral("AG-004"), QStringLiteral("Agus Salim"), wadahB1, kcpB, QDate(2024, 2, 1));
        addAgent(QStringLiteral("AG-005"), QStringLiteral("Rina Wati"), wadahB1, kcpB, QDate(2025, 9, 15));
        addAgent(QStringLiteral("AG-006"), QStringLiteral("Joko Widodo"), wadahB1, kcpB, QDate(2022, 5, 1));
        addAgent(QStringLiteral("AG-007"), QStringLiteral("Tono Inactive"), wadahA1, kcpA, QDate(2022, 5, 1), QStringLiteral("inactive"));
    }

    // `count` participants registered through the agent in `month`, each paying the months listed (offsets from month).
    void recruit(const QString &code, int yyyymm, int count, const QList<int> &paidOffsets = {0})
    {
        for (int i = 0; i < count; ++i) {
            const QString kpj = QStringLiteral("KPJ%1").arg(++m_participants, 8, 10, QLatin1Char('0'));
            const QDate reg(yyyymm / 100, yyyymm % 100, 5);
            storage::Query q(m_db.connection(), QStringLiteral(
                "INSERT INTO participants (kpj, nik, name, program, registered_on, reg_period, agent_id, office_id)"
                " VALUES (?, ?, ?, 'JKK+JKM', ?, ?, ?, ?) RETURNING id"));
            q.bind({kpj, QStringLiteral("33190101%1").arg(m_participants, 8, 10, QLatin1Char('0')), QStringLiteral("Peserta ") + kpj,
                    reg.toString(Qt::ISODate), yyyymm, agent.value(code), m_officeOf.value(code)});
            const qint64 pid = q.scalar()->toLongLong();
            for (int off : paidOffsets) {
                const int period = YearMonth::fromKey(yyyymm).addMonths(off).key();
                storage::Query c(m_db.connection(), QStringLiteral(
                    "INSERT INTO contributions (period, participant_id, amount, paid_on, channel) VALUES (?, ?, 16800, ?, 'agen')"));
                EXPECT_TRUE(c.bind({period, pid, reg.addMonths(off).toString(Qt::ISODate)}).exec().ok());
            }
        }
    }

    void refreshSummaries() { EXPECT_TRUE(figures::Summaries(m_db).refreshAll().ok()); }

    void target(const QString &code, int year, int month, int value)
    {
        storage::Query q(m_db.connection(), QStringLiteral("INSERT INTO targets (year, month, level, code, target) VALUES (?, ?, 'agen', ?, ?)"));
        EXPECT_TRUE(q.bind({year, month, code, value}).exec().ok());
    }

private:
    qint64 office(const QString &code, const QString &name, const QString &kind, qint64 parent)
    {
        storage::Query q(m_db.connection(), QStringLiteral(
            "INSERT INTO offices (code, name, kind, parent_id, region, head_name, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 'Kudus', 'Vinca Meitasari', ?, ?) RETURNING id"));
        q.bind({code, name, kind, parent ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>()), storage::nowIso(), storage::nowIso()});
        auto id = q.scalar();
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        return id->toLongLong();
    }

    qint64 wadah(const QString &code, const QString &name, qint64 officeId)
    {
        storage::Query q(m_db.connection(), QStringLiteral(
            "INSERT INTO wadah (code, name, office_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q.bind({code, name, officeId, storage::nowIso(), storage::nowIso()});
        auto id = q.scalar();
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        return id->toLongLong();
    }

    void addAgent(const QString &code, const QString &name, qint64 wadahId, qint64 officeId, const QDate &joined,
                  const QString &status = QStringLiteral("active"))
    {
        storage::Query q(m_db.connection(), QStringLiteral(
            "INSERT INTO agents (code, nik, name, phone, wadah_id, office_id, joined_on, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        const QString n = code.right(3);
        q.bind({code, QStringLiteral("3319015505800") + n, name, QStringLiteral("+6281234567") + n, wadahId, officeId,
                joined.toString(Qt::ISODate), status, storage::nowIso(), storage::nowIso()});
        auto id = q.scalar();
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        agent.insert(code, id->toLongLong());
        m_officeOf.insert(code, officeId);
    }

    const storage::Database &m_db;
    QMap<QString, qint64> m_officeOf;
    int m_participants = 0;
};

} // namespace perisai::testing
