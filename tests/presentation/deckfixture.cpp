// The figures this fixture must show (period January–June 2022 unless said otherwise):
//  - agent a (1..8) registers a participants a month in 2021 and a+1 a month in January–June 2022:
//    Perisai acquisitions 432 in 2021, 216 in January–June 2021, 264 in January–June 2022 (44 a month);
//    other channels: 3 a month at the KC. Leaderboard: agent 8 (54) down to agent 1 (12).
//  - of each agent's monthly group the 1st, 3rd, ... recruit pays 13 months (k = 0..12), the others 3
//    (k = 0..2), never past June 2022; other channels pay every month. Retention at 3 months of the cohorts
//    2021-01..2022-03: 312 / 564, of those of the period (2022-01..03): 72 / 132; other channels 100 %.
//    Perisai recruits paid up for June 2022: 344.
//  - branch target 480 for 2022 (240 for January–June): achievement 110 %, above the 100 % cap.
//    Wadah: W-3 130 % (monthly targets), W-2 108 %, W-1 50 %, W-4 no target.
//  - PKS on 10/07/2022: in force W-1 (ends 31/07), W-2, W-3 (PKS/004 renewing PKS/003, ends 30/09); W-4 expired 31/05;
//    one terminated on 01/02/2022.
//  - awards of the July session: three confirmed, one (most improved) only suggested.
//  - actions on 10/07/2022: open 3, overdue 2 (one of them mentions a NIK), done since April 1.
#include "deckfixture.h"

#include "core/nik.h"
#include "storage/bulkwriter.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/query.h"
#include "figures/summaries.h"
#include "storage/transaction.h"

#include <functional>
#include <vector>

namespace perisai::testing {
namespace {

using storage::Query;

Status exec(const storage::Database &db, const QString &sql, const QVariantList &values = {})
{
    Query q(db.connection(), sql);
    for (const QVariant &v : values)
        q.bind(v);
    return q.exec();
}

const QString kNow = QStringLiteral("2022-07-01T00:00:00Z");

Status seedStructure(const storage::Database &db, DeckFixture &f)
{
    const QString office = QStringLiteral("INSERT INTO offices (id, code, name, kind, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const QVariantList &v : {QVariantList{1, "KC-UJI", "KC Uji Coba", "kc", QVariant(QMetaType::fromType<qint64>()), kNow, kNow},
                                  QVariantList{2, "KCP-A", "KCP Alpha", "kcp", 1, kNow, kNow},
                                  QVariantList{3, "KCP-B", "KCP Beta", "kcp", 1, kNow, kNow}}) {
        if (auto st = exec(db, office, v); !st)
            return st;
    }
    const char *wadah[] = {"Koperasi Nelayan Sejahtera", "Bumdes Maju Bersama", "Komunitas Ojek Pangkalan", "Serikat Pedagang Pasar"};
    for (int w = 1; w <= 4; ++w) {
        if (auto st = exec(db, QStringLiteral("INSERT INTO wadah (id, code, name, office_id, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {w, QStringLiteral("W-%1").arg(w), QString::fromUtf8(wadah[w - 1]), w <= 2 ? 2 : 3,
                            QStringLiteral("+62281555000%1").arg(w), kNow, kNow}); !st)
            return st;
    }
    const char *names[] = {"Siti Aminah", "Budi Santoso", "Dewi Lestari", "Agus Salim", "Rina Marlina", "Joko Widodo Saputra",
                           "Yuliana Pertiwi", "Slamet Riyadi"};
    for (int a = 1; a <= 8; ++a) {
        const QString nik = Nik::compose(3301, 10 + a, QDate(1980 + a, a, 10 + a), a % 2 == 1, a);
        const QString phone = QStringLiteral("+628123456%1").arg(a * 111, 4, 10, QLatin1Char('0'));
        f.agentNiks << nik;
        f.agentPhones << phone;
        f.agentNames << QString::fromUtf8(names[a - 1]);
        const int w = (a - 1) / 2 + 1;
        if (auto st = exec(db, QStringLiteral("INSERT INTO agents (id, code, nik, name, phone, account_no, wadah_id, office_id, joined_on, status, "
                                              "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2020-01-01', 'active', ?, ?)"),
                           {a, QStringLiteral("AG-%1").arg(a), nik, f.agentNames.last(), phone, QStringLiteral("12345678901%1").arg(a), w,
                            w <= 2 ? 2 : 3, kNow, kNow}); !st)
            return st;
    }
    return {};
}

Status seedParticipants(const storage::Database &db)
{
    // Participants first, then their contributions: one COPY at a time on a PostgreSQL connection.
    struct Recruit {
        qint64 id;
        YearMonth month;
        bool agent;
        int months;
    };
    std::vector<Recruit> recruits;
    const QSqlDatabase conn = db.connection();
    auto people = storage::BulkWriter::create(db, conn, QStringLiteral("participants"),
        {QStringLiteral("id"), QStringLiteral("kpj"), QStringLiteral("nik"), QStringLiteral("name"), QStringLiteral("program"),
         QStringLiteral("registered_on"), QStringLiteral("reg_period"), QStringLiteral("agent_id"), QStringLiteral("office_id")});
    if (!people)
        return people.error();
    const YearMonth last(2022, 6);
    auto add = [&](YearMonth month, int agent, int office, int months) -> Status {
        const qint64 id = static_cast<qint64>(recruits.size()) + 1;
        recruits.push_back({id, month, agent > 0, months});
        (*people)->addInt(id);
        (*people)->addText(QStringLiteral("KPJ%1").arg(id, 8, 10, QLatin1Char('0')));
        (*people)->addText(Nik::compose(3301, 20, QDate(1990, 1, 1).addDays(id % 3000), false, static_cast<int>(id % 9000) + 1));
        (*people)->addText(QStringLiteral("Peserta %1").arg(id));
        (*people)->addText(QStringLiteral("JKK+JKM+JHT"));
        (*people)->addText(month.firstDay().toString(Qt::ISODate));
        (*people)->addInt(month.key());
        agent > 0 ? (*people)->addInt(agent) : (*people)->addNull();
        (*people)->addInt(office);
        return (*people)->endRow();
    };
    for (YearMonth m(2021, 1); m <= last; m = m.addMonths(1)) {
        for (int a = 1; a <= 8; ++a) {
            const int count = m.year() == 2021 ? a : a + 1;
            for (int j = 0; j < count; ++j) {
                if (auto st = add(m, a, a <= 4 ? 2 : 3, j % 2 == 0 ? 13 : 3); !st)
                    return st;
            }
        }
        for (int j = 0; j < 3; ++j) {
            if (auto st = add(m, 0, 1, 100); !st)
                return st;
        }
    }
    if (auto st = (*people)->finish(); !st)
        return st;

    auto paid = storage::BulkWriter::create(db, conn, QStringLiteral("contributions"),
        {QStringLiteral("period"), QStringLiteral("participant_id"), QStringLiteral("amount"), QStringLiteral("paid_on"), QStringLiteral("channel")});
    if (!paid)
        return paid.error();
    for (const Recruit &r : recruits) {
        for (int k = 0; k < r.months && r.month.addMonths(k) <= last; ++k) {
            (*paid)->addInt(r.month.addMonths(k).key());
            (*paid)->addInt(r.id);
            (*paid)->addInt(36800);
            (*paid)->addText(r.month.addMonths(k).firstDay().toString(Qt::ISODate));
            (*paid)->addText(r.agent ? QStringLiteral("agen") : QStringLiteral("bank"));
            if (auto st = (*paid)->endRow(); !st)
                return st;
        }
    }
    return (*paid)->finish();
}

Status seedTargetsAndAgreements(const storage::Database &db)
{
    const QString target = QStringLiteral("INSERT INTO targets (year, month, level, code, target) VALUES (?, ?, ?, ?, ?)");
    QList<QVariantList> targets = {{2022, 0, "cabang", "KC-UJI", 480}, {2022, 0, "wadah", "W-1", 120}, {2022, 0, "wadah", "W-2", 100}};
    for (int m = 1; m <= 12; ++m)
        targets.append({2022, m, "wadah", "W-3", 10});
    for (const QVariantList &v : targets) {
        if (auto st = exec(db, target, v); !st)
            return st;
    }
    const QString pks = QStringLiteral("INSERT INTO agreements (id, wadah_id, number, starts_on, ends_on, status, terminated_on, previous_id, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariant noDate(QMetaType::fromType<QString>());
    const QVariant none(QMetaType::fromType<qint64>());
    // PKS/004 renews PKS/003 (a renewal links the new agreement to the one it replaces).
    const QList<QVariantList> rows = {
        {1, 1, "PKS/001", "2021-08-01", "2022-07-31", "active", noDate, none},
        {2, 2, "PKS/002", "2022-01-01", "2022-12-31", "active", noDate, none},
        {3, 3, "PKS/003", "2021-01-01", "2021-12-31", "renewed", noDate, none},
        {4, 3, "PKS/004", "2022-01-01", "2022-09-30", "active", noDate, 3},
        {5, 4, "PKS/005", "2021-06-01", "2022-05-31", "active", noDate, none},
        {6, 2, "PKS/006", "2021-01-01", "2021-12-31", "terminated", QStringLiteral("2022-02-01"), none},
    };
    for (QVariantList v : rows) {
        v << kNow << kNow;
        if (auto st = exec(db, pks, v); !st)
            return st;
    }
    return {};
}

Status seedMonev(const storage::Database &db, DeckFixture &f)
{
    const QString session = QStringLiteral("INSERT INTO monev_sessions (id, title, held_on, place, office_id, facilitator, review_from, review_to, "
                                           "status, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, 'held', ?, ?)");
    if (auto st = exec(db, session, {1, "Monev Triwulan I", "2022-04-05", "KCP Alpha", "Pembina Perisai", 202201, 202203, kNow, kNow}); !st)
        return st;
    if (auto st = exec(db, session, {2, "Monev Agen Triwulan II", "2022-07-10", "Aula KC Uji Coba", "Pembina Perisai", 202204, 202206, kNow, kNow}); !st)
        return st;
    f.earlierSession = 1;
    f.session = 2;
    for (int a = 1; a <= 8; ++a) {
        if (auto st = exec(db, QStringLiteral("INSERT INTO monev_attendance (session_id, agent_id, attendance) VALUES (2, ?, ?)"),
                           {a, a <= 6 ? "present" : "absent"}); !st)
            return st;
    }
    const QString obstacle = QStringLiteral("INSERT INTO monev_obstacles (id, session_id, agent_id, category_id, description) "
                                            "VALUES (?, ?, ?, (SELECT id FROM obstacle_categories WHERE code = ?), ?)");
    const QList<QVariantList> obstacles = {
        {1, 1, 2, "awareness", "Peserta belum paham manfaat JHT"},
        {2, 2, 3, "payment_channel", "Bank mitra jauh dari desa; hubungi 0812-3456-7890"},
        {3, 2, 4, "payment_channel", "Setoran iuran sering tertunda"},
        {4, 2, 5, "agent_app", "Aplikasi agen lambat saat jam sibuk"},
    };
    for (const QVariantList &v : obstacles) {
        if (auto st = exec(db, obstacle, v); !st)
            return st;
    }
    const QString action = QStringLiteral("INSERT INTO monev_actions (session_id, obstacle_id, description, owner, due_on, status, done_on) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)");
    const QVariant noDate(QMetaType::fromType<QString>());
    const QList<QVariantList> actions = {
        {1, 1, "Koordinasi jadwal sosialisasi dengan bank mitra", "Budi Santoso", "2022-06-30", "open", noDate},
        {2, 2, "Ajukan titik setor baru di kantor desa", "Pembina Perisai", "2022-08-01", "open", noDate},
        {1, 1, "Cetak brosur manfaat JHT", "Dewi Lestari", "2022-05-01", "done", "2022-07-01"},
        {2, 3, "Telepon peserta 3301011234560001 soal iuran", "Agus Salim", "2022-07-01", "open", noDate},
    };
    for (const QVariantList &v : actions) {
        if (auto st = exec(db, action, v); !st)
            return st;
    }
    const QString award = QStringLiteral("INSERT INTO monev_awards (session_id, category, agent_id, rank, value, confirmed) VALUES (2, ?, ?, 1, ?, ?)");
    for (const QVariantList &v : {QVariantList{"top_acquisition", 8, 27, 1}, QVariantList{"best_retention", 3, 0.61, 1},
                                  QVariantList{"best_newcomer", 1, 6, 1}, QVariantList{"most_improved", 5, 0.2, 0}}) {
        if (auto st = exec(db, award, v); !st)
            return st;
    }
    return {};
}

} // namespace

Result<DeckFixture> seedDeckFixture(const storage::Database &db)
{
    DeckFixture f;
    storage::Transaction tx(db.connection());
    if (!tx.started())
        return tx.beginError().error();
    for (const auto &step : {std::function<Status()>([&] { return seedStructure(db, f); }),
                             std::function<Status()>([&] { return seedParticipants(db); }),
                             std::function<Status()>([&] { return seedTargetsAndAgreements(db); }),
                             std::function<Status()>([&] { return seedMonev(db, f); }),
                             std::function<Status()>([&] { return figures::Summaries(db).refreshAll(); }),
                             std::function<Status()>([&] { return storage::writeMeta(db, QStringLiteral("branch_name"), QStringLiteral("Kantor Cabang Uji Coba")); })}) {
        if (auto st = step(); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return f;
}

} // namespace perisai::testing
