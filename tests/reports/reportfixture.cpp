#include "reportfixture.h"

#include "storage/query.h"
#include "figures/summaries.h"
#include "storage/transaction.h"

#include <gtest/gtest.h>

namespace perisai::testing {
namespace {

using storage::Query;

const QString now = QStringLiteral("2022-01-01T00:00:00Z");
const QVariant noId(QMetaType::fromType<qint64>());

class Writer {
public:
    explicit Writer(const storage::Database &db) : m_conn(db.connection()) {}

    qint64 insert(const QString &sql, const QVariantList &values)
    {
        Query q(m_conn, sql + QStringLiteral(" RETURNING id"));
        for (const auto &v : values)
            q.bind(v);
        auto id = q.scalar();
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        return id ? id->toLongLong() : 0;
    }
    void exec(const QString &sql, const QVariantList &values)
    {
        Query q(m_conn, sql);
        for (const auto &v : values)
            q.bind(v);
        auto st = q.exec();
        EXPECT_TRUE(st.ok()) << st.errorText().toStdString();
    }
    qint64 agent(const QString &code, const QString &nik, const QString &name, qint64 wadah, qint64 office,
                 const QString &joined, const QString &status, const QString &phone, const QString &account)
    {
        return insert(QStringLiteral(
            "INSERT INTO agents (code, nik, name, sex, wadah_id, office_id, joined_on, status, status_since, phone, bank,"
            " account_no, kpj, is_bpu_participant, has_account, has_device, briefed_on, created_at, updated_at) "
            "VALUES (?, ?, ?, 'P', ?, ?, ?, ?, ?, ?, 'BNI', ?, ?, 1, 1, 1, ?, ?, ?)"),
            {code, nik, name, wadah, office, joined, status, joined, phone, account,
             QStringLiteral("22018") + code.right(4) + QStringLiteral("77"), joined, now, now});
    }
    // `count` participants registered on the 10th of `month` by `agent`, paying from that month
    // for `paidMonths` months.
    void recruits(qint64 office, qint64 agent, int year, int month, int count, int paidMonths)
    {
        for (int i = 0; i < count; ++i) {
            ++m_serial;
            const qint64 id = insert(QStringLiteral(
                "INSERT INTO participants (kpj, nik, name, program, registered_on, reg_period, agent_id, office_id) "
                "VALUES (?, ?, ?, 'JKK+JKM', ?, ?, ?, ?)"),
                {QStringLiteral("KPJ%1").arg(m_serial, 6, 10, QLatin1Char('0')),
                 QStringLiteral("3301021203%1").arg(m_serial, 6, 10, QLatin1Char('0')),
                 QStringLiteral("Peserta %1").arg(m_serial), QDate(year, month, 10).toString(Qt::ISODate),
                 year * 100 + month, agent, office});
            YearMonth m(year, month);
            for (int k = 0; k < paidMonths; ++k, m = m.addMonths(1))
                exec(QStringLiteral("INSERT INTO contributions (period, participant_id, amount, channel) VALUES (?, ?, 16800, 'agen')"),
                     {m.key(), id});
        }
    }

private:
    QSqlDatabase m_conn;
    int m_serial = 0;
};

} // namespace

void buildSmallBranch(const storage::Database &db)
{
    storage::Transaction tx(db.connection());
    Writer w(db);
    const QString office = QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, region, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const qint64 kc = w.insert(office, {QStringLiteral("KC-CILACAP"), QStringLiteral("KC Cilacap"), QStringLiteral("kc"), noId, QStringLiteral("Kabupaten Cilacap"), now, now});
    const qint64 kcp = w.insert(office, {QStringLiteral("KCP-MAJENANG"), QStringLiteral("KCP Majenang"), QStringLiteral("kcp"), kc, QVariant(QMetaType::fromType<QString>()), now, now});
    const QString wadah = QStringLiteral(
        "INSERT INTO wadah (code, name, kind, address, village, office_id, supervisor, leader_name, phone, partner_bank, legal_status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'BNI', ?, ?, ?)");
    const qint64 w1 = w.insert(wadah, {QStringLiteral("W-001"), QStringLiteral("Koperasi Nelayan Sejahtera"), QStringLiteral("koperasi"),
                                       QStringLiteral("Jl. Pelabuhan 12"), QStringLiteral("Sidakaya"), kcp, QStringLiteral("Rina Pratiwi"),
                                       QStringLiteral("Bambang Sutrisno"), QStringLiteral("+6281327001122"), QStringLiteral("badan hukum"), now, now});
    const qint64 w2 = w.insert(wadah, {QStringLiteral("W-002"), QStringLiteral("Komunitas Ojek Teluk"), QStringLiteral("komunitas"),
                                       QStringLiteral("Jl. Teluk Penyu 3"), QStringLiteral("Cilacap"), kc, QStringLiteral("Rina Pratiwi"),
                                       QStringLiteral("Joko Santoso"), QStringLiteral("+6285600112233"), QStringLiteral("tidak berbadan hukum"), now, now});
    const qint64 a1 = w.agent(QStringLiteral("AG-0001"), QString::fromLatin1(kAgentNik), QStringLiteral("Siti Aminah"), w1, kcp,
                              QStringLiteral("2021-01-05"), QStringLiteral("active"), QStringLiteral("+6281234567890"), QStringLiteral("0123456789"));
    const qint64 a2 = w.agent(QStringLiteral("AG-0002"), QStringLiteral("3301020306800002"), QStringLiteral("Budi Hartono"), w1, kcp,
                              QStringLiteral("2021-01-05"), QStringLiteral("inactive"), QStringLiteral("+6281298765432"), QStringLiteral("9876543210"));
    const qint64 a3 = w.agent(QStringLiteral("AG-0003"), QStringLiteral("3301025508900003"), QStringLiteral("Dewi Lestari"), w2, kc,
                              QStringLiteral("2021-06-01"), QStringLiteral("active"), QStringLiteral("+6285711223344"), QStringLiteral("5550001111"));

    const QString history = QStringLiteral("INSERT INTO agent_status_history (agent_id, status, from_date, reason, automatic, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    w.exec(history, {a1, QStringLiteral("candidate"), QStringLiteral("2020-12-01"), QStringLiteral("Registered"), 0, QStringLiteral("rina"), now});
    w.exec(history, {a1, QStringLiteral("active"), QStringLiteral("2021-01-05"), QStringLiteral("Briefed"), 0, QStringLiteral("rina"), now});
    w.exec(history, {a2, QStringLiteral("active"), QStringLiteral("2021-01-05"), QStringLiteral("Briefed"), 0, QStringLiteral("rina"), now});
    w.exec(history, {a2, QStringLiteral("inactive"), QStringLiteral("2022-04-01"), QStringLiteral("3 months without activity"), 1, QStringLiteral("system"), now});

    // 2021 and January-June 2022.
    const int y21[] = {3, 4, 2, 5, 6, 4, 3, 5, 7, 4, 6, 8};
    for (int m = 1; m <= 12; ++m) {
        w.recruits(kcp, a1, 2021, m, y21[m - 1], 14);
        w.recruits(kcp, a2, 2021, m, m <= 12 ? 2 : 0, 3);
        if (m >= 6)
            w.recruits(kc, a3, 2021, m, 1, 12);
    }
    const int y22[] = {6, 7, 5, 9, 8, 10};
    for (int m = 1; m <= 6; ++m) {
        w.recruits(kcp, a1, 2022, m, y22[m - 1], 7 - m);
        w.recruits(kc, a3, 2022, m, 2, 7 - m);
    }
    w.recruits(kcp, a2, 2022, 1, 1, 1);

    const QString target = QStringLiteral("INSERT INTO targets (year, month, level, code, target) VALUES (?, ?, ?, ?, ?)");
    w.exec(target, {2022, 0, QStringLiteral("agen"), QStringLiteral("AG-0001"), 96});
    w.exec(target, {2022, 0, QStringLiteral("wadah"), QStringLiteral("W-001"), 150});

    const QString session = QStringLiteral("INSERT INTO monev_sessions (title, held_on, office_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    const qint64 s1 = w.insert(session, {QStringLiteral("Monev Triwulan I"), QStringLiteral("2022-03-24"), kc, QStringLiteral("held"), now, now});
    const qint64 s2 = w.insert(session, {QStringLiteral("Monev Mei"), QStringLiteral("2022-05-19"), kc, QStringLiteral("held"), now, now});
    const QString attend = QStringLiteral("INSERT INTO monev_attendance (session_id, agent_id, attendance) VALUES (?, ?, ?)");
    w.exec(attend, {s1, a1, QStringLiteral("present")});
    w.exec(attend, {s1, a2, QStringLiteral("absent")});
    w.exec(attend, {s2, a1, QStringLiteral("excused")});
    w.exec(attend, {s2, a3, QStringLiteral("present")});

    const QString pks = QStringLiteral(
        "INSERT INTO agreements (wadah_id, number, signed_on, starts_on, ends_on, status, previous_id, target_participants,"
        " terminated_on, termination_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariant noDate(QMetaType::fromType<QString>());
    const qint64 p1 = w.insert(pks, {w1, QStringLiteral("PKS/001/KC-CLP/2021"), QStringLiteral("2020-12-20"), QStringLiteral("2021-01-01"),
                                     QStringLiteral("2021-12-31"), QStringLiteral("renewed"), noId, 60, noDate, noDate, now, now});
    w.insert(pks, {w1, QStringLiteral("PKS/014/KC-CLP/2022"), QStringLiteral("2021-12-22"), QStringLiteral("2022-01-01"),
                   QStringLiteral("2022-12-31"), QStringLiteral("active"), p1, 150, noDate, noDate, now, now});
    w.insert(pks, {w2, QStringLiteral("PKS/031/KC-CLP/2021"), QStringLiteral("2021-05-28"), QStringLiteral("2021-06-01"),
                   QStringLiteral("2022-05-31"), QStringLiteral("terminated"), noId, 40, QStringLiteral("2022-03-31"),
                   QStringLiteral("Below minimum target for 3 months"), now, now});

    auto st = figures::Summaries(db).refreshAll();
    EXPECT_TRUE(st.ok()) << st.errorText().toStdString();
    auto committed = tx.commit();
    EXPECT_TRUE(committed.ok()) << committed.errorText().toStdString();
}

} // namespace perisai::testing
