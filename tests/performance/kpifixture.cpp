#include "kpifixture.h"

#include "storage/query.h"
#include "figures/summaries.h"
#include "storage/transaction.h"

#include <QDate>
#include <gtest/gtest.h>

namespace perisai::testing {
namespace {

using storage::Query;

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
    qint64 office(const QString &code, const QString &kind, qint64 parent, const QString &region)
    {
        return insert(QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, region, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {code, QStringLiteral("Kantor ") + code, kind, parent ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>()),
                       region.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(region), now, now});
    }
    qint64 wadah(const QString &code, qint64 office)
    {
        return insert(QStringLiteral("INSERT INTO wadah (code, name, office_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                      {code, QStringLiteral("Wadah ") + code, office, now, now});
    }
    qint64 agent(const QString &code, qint64 wadah, qint64 office, const QString &joined, const QString &status)
    {
        return insert(QStringLiteral("INSERT INTO agents (code, nik, name, wadah_id, office_id, joined_on, status, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {code, QStringLiteral("33010101019000") + code.right(2), QStringLiteral("Agen ") + code, wadah, office,
                       joined, status, now, now});
    }
    // A participant registered on the 10th of `month`, paying months first..last (YYYYMM, inclusive) via `channel`.
    qint64 participant(qint64 office, qint64 agent, int month, int first = 0, int last = 0,
                       const QString &channel = QStringLiteral("agen"))
    {
        const QString kpj = QStringLiteral("KPJ%1").arg(++m_serial, 5, 10, QLatin1Char('0'));
        const qint64 id = insert(
            QStringLiteral("INSERT INTO participants (kpj, nik, name, program, registered_on, reg_period, agent_id, office_id) "
                           "VALUES (?, ?, ?, 'JKK+JKM', ?, ?, ?, ?)"),
            {kpj, QStringLiteral("3301015001%1").arg(m_serial, 6, 10, QLatin1Char('0')), QStringLiteral("Peserta ") + kpj,
             QStringLiteral("%1-%2-10").arg(month / 100).arg(month % 100, 2, 10, QLatin1Char('0')), month,
             agent ? QVariant(agent) : QVariant(QMetaType::fromType<qint64>()), office});
        for (int m = first; first && m <= last; m = (m % 100 == 12) ? m + 89 : m + 1)
            exec(QStringLiteral("INSERT INTO contributions (period, participant_id, amount, channel) VALUES (?, ?, 16800, ?)"),
                 {m, id, channel});
        return id;
    }

    const QString now = QStringLiteral("2025-01-01T00:00:00Z");

private:
    QSqlDatabase m_conn;
    int m_serial = 0;
};

} // namespace

void buildSmallRegion(const storage::Database &db)
{
    storage::Transaction tx(db.connection());
    Writer w(db);
    const qint64 kanwil = w.office(QStringLiteral("KANWIL-X"), QStringLiteral("kanwil"), 0, QStringLiteral("Provinsi X"));
    const qint64 kcA = w.office(QStringLiteral("KC-A"), QStringLiteral("kc"), kanwil, QStringLiteral("Kabupaten A"));
    const qint64 kcpA1 = w.office(QStringLiteral("KCP-A1"), QStringLiteral("kcp"), kcA, QString());
    const qint64 kcB = w.office(QStringLiteral("KC-B"), QStringLiteral("kc"), kanwil, QStringLiteral("Kabupaten B"));

    const qint64 w1 = w.wadah(QStringLiteral("W1"), kcpA1);
    const qint64 w2 = w.wadah(QStringLiteral("W2"), kcA);
    const qint64 w3 = w.wadah(QStringLiteral("W3"), kcB);
    const qint64 ag1 = w.agent(QStringLiteral("AG01"), w1, kcpA1, QStringLiteral("2021-01-01"), QStringLiteral("active"));
    const qint64 ag2 = w.agent(QStringLiteral("AG02"), w2, kcA, QStringLiteral("2021-06-01"), QStringLiteral("active"));
    w.agent(QStringLiteral("AG03"), w1, kcpA1, QStringLiteral("2022-01-01"), QStringLiteral("candidate"));
    const qint64 ag4 = w.agent(QStringLiteral("AG04"), w3, kcB, QStringLiteral("2021-01-01"), QStringLiteral("active"));
    const QString bank = QStringLiteral("bank");

    // 2021 at KC-A: AG01 recruits f, g, h in March; AG02 recruits i, j in September; k comes by another channel.
    const qint64 f = w.participant(kcpA1, ag1, 202103, 202103, 202206);
    w.participant(kcpA1, ag1, 202103, 202103, 202206);          // g
    w.participant(kcpA1, ag1, 202103, 202103, 202105);          // h lapses
    w.participant(kcA, ag2, 202109, 202109, 202206, bank);      // i
    w.participant(kcA, ag2, 202109);                            // j never pays
    const qint64 k = w.participant(kcA, 0, 202105, 202105, 202206, bank);
    // January-June 2022: AG01's January cohort a, b, c, d; AG02's e in February; l and m by another channel.
    const qint64 a = w.participant(kcpA1, ag1, 202201, 202201, 202207); // k=3 and k=6 paid
    w.participant(kcpA1, ag1, 202201, 202201, 202206);                  // b: k=3 paid, k=6 not
    w.participant(kcpA1, ag1, 202201, 202201, 202204);                  // c: k=3 paid
    w.participant(kcpA1, ag1, 202201, 202201, 202201);                  // d: first month only
    w.participant(kcA, ag2, 202202, 202202, 202205, bank);              // e: k=3 paid
    w.participant(kcA, 0, 202203, 202203, 202206, bank);                // l
    w.participant(kcA, 0, 202203);                                      // m
    // KC-B: five by AG04 in January 2022, one by another channel; none of them count at KC-A.
    for (int i = 0; i < 5; ++i)
        w.participant(kcB, ag4, 202201, 202201, 202206);
    w.participant(kcB, 0, 202201, 202201, 202206, bank);

    // Targets: KC-A 24 for 2022 (12 for half a year), KCP-A1 12, KC-B 36; AG01 6 (3, reached 4: above the cap).
    const QString t = QStringLiteral("INSERT INTO targets (year, month, level, code, target) VALUES (?, ?, ?, ?, ?)");
    w.exec(t, {2022, 0, QStringLiteral("cabang"), QStringLiteral("KC-A"), 24});
    w.exec(t, {2022, 0, QStringLiteral("kcp"), QStringLiteral("KCP-A1"), 12});
    w.exec(t, {2022, 0, QStringLiteral("cabang"), QStringLiteral("KC-B"), 36});
    w.exec(t, {2022, 0, QStringLiteral("agen"), QStringLiteral("AG01"), 6});
    w.exec(t, {2022, 0, QStringLiteral("wadah"), QStringLiteral("W1"), 8});

    // Workforce: Kabupaten A's latest figure is 2021's; the province has none of its own.
    const QString wf = QStringLiteral("INSERT INTO workforce (region, year, informal_workers, working_population) VALUES (?, ?, ?, ?)");
    w.exec(wf, {QStringLiteral("Kabupaten A"), 2021, 1000, 5000});
    w.exec(wf, {QStringLiteral("Kabupaten B"), 2022, 2000, 8000});

    // Claims: f's JKM in the period counts; k came by another channel; a's is after the period.
    const QString c = QStringLiteral("INSERT INTO claims (participant_id, program, claim_date, amount) VALUES (?, ?, ?, ?)");
    w.exec(c, {f, QStringLiteral("JKM"), QStringLiteral("2022-03-15"), 42000000});
    w.exec(c, {k, QStringLiteral("JKK"), QStringLiteral("2022-04-01"), 5000000});
    w.exec(c, {a, QStringLiteral("JKK"), QStringLiteral("2022-07-01"), 7000000});

    // Monev: one session held in February (AG01 present, AG02 absent), one still planned.
    const QString s = QStringLiteral("INSERT INTO monev_sessions (title, held_on, office_id, status, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)");
    const qint64 s1 = w.insert(s, {QStringLiteral("Monev Februari"), QStringLiteral("2022-02-10"), kcA, QStringLiteral("held"), w.now, w.now});
    w.insert(s, {QStringLiteral("Monev Mei"), QStringLiteral("2022-05-20"), kcA, QStringLiteral("planned"), w.now, w.now});
    const QString att = QStringLiteral("INSERT INTO monev_attendance (session_id, agent_id, attendance) VALUES (?, ?, ?)");
    w.exec(att, {s1, ag1, QStringLiteral("present")});
    w.exec(att, {s1, ag2, QStringLiteral("absent")});
    const QString act = QStringLiteral("INSERT INTO monev_actions (session_id, description, due_on, status, done_on) VALUES (?, ?, ?, ?, ?)");
    w.exec(act, {s1, QStringLiteral("overdue"), QStringLiteral("2022-03-01"), QStringLiteral("open"), QVariant(QMetaType::fromType<QString>())});
    w.exec(act, {s1, QStringLiteral("done"), QStringLiteral("2022-03-01"), QStringLiteral("done"), QStringLiteral("2022-04-01")});
    w.exec(act, {s1, QStringLiteral("later"), QStringLiteral("2022-12-31"), QStringLiteral("open"), QVariant(QMetaType::fromType<QString>())});

    // Agreements: W1's ends on 30 June 2022; W2's 2021 one was renewed for 2022.
    const QString ag = QStringLiteral("INSERT INTO agreements (wadah_id, number, starts_on, ends_on, status, previous_id, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariant none(QMetaType::fromType<qint64>());
    w.insert(ag, {w1, QStringLiteral("PKS-1"), QStringLiteral("2021-07-01"), QStringLiteral("2022-06-30"), QStringLiteral("active"), none, w.now, w.now});
    const qint64 old = w.insert(ag, {w2, QStringLiteral("PKS-2"), QStringLiteral("2021-01-01"), QStringLiteral("2021-12-31"), QStringLiteral("renewed"), none, w.now, w.now});
    w.insert(ag, {w2, QStringLiteral("PKS-3"), QStringLiteral("2022-01-01"), QStringLiteral("2022-12-31"), QStringLiteral("active"), old, w.now, w.now});

    auto st = figures::Summaries(db).refreshAll();
    EXPECT_TRUE(st.ok()) << st.errorText().toStdString();
    auto committed = tx.commit();
    EXPECT_TRUE(committed.ok()) << committed.errorText().toStdString();
}

} // namespace perisai::testing
