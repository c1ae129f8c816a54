// monev_showcase DB.sqlite [MINUTES.pdf [TAB:PICTURE.png]]: a Kudus-like branch (45 agents) with a year of Monev sessions, for looking at
// the Monev page and the minutes before the demo generator is at hand. Not a test; deterministic.
#include "monev/monevservice.h"
#include "reports/reportdocument.h"
#include "monev/sessioneditor.h"
#include "storage/open.h"
#include "ui/appcontext.h"
#include "ui/theme.h"
#include "storage/query.h"
#include "figures/summaries.h"
#include "storage/transaction.h"

#include "core/format.h"

#include <QDir>
#include <QApplication>
#include <QTranslator>
#include <QRandomGenerator>
#include <cstdio>

using namespace perisai;
using namespace perisai::monev;

namespace {

const char *const kFirst[] = {"Siti", "Budi", "Dewi", "Agus", "Rina", "Joko", "Sri", "Eko", "Wahyu", "Nur", "Ahmad", "Lestari",
                              "Yuli", "Bambang", "Endang", "Slamet", "Ratna", "Hadi", "Puji", "Tri"};
const char *const kLast[] = {"Aminah", "Santoso", "Lestari", "Salim", "Wati", "Susanto", "Rahayu", "Prasetyo", "Hidayat",
                             "Handayani", "Fauzi", "Ningsih", "Kurniawan", "Setiawan", "Wulandari"};
const char *const kWadah[] = {"Koperasi Sejahtera Jekulo", "BUMDes Makmur Dawe", "Paguyuban Pedagang Pasar Kliwon",
                              "Komunitas Ojek Kudus Kota", "Kelompok Tani Subur Gebog", "Koperasi Buruh Rokok Mejobo",
                              "Paguyuban PKL Alun-alun", "BUMDes Maju Undaan", "Kantor Perisai Bae"};

qint64 insert(const storage::Database &db, const QString &sql, const QVariantList &values)
{
    storage::Query q(db.connection(), sql);
    for (const QVariant &v : values)
        q.bind(v);
    auto id = q.scalar();
    if (!id) {
        std::fprintf(stderr, "%s\n", qPrintable(id.errorText()));
        std::exit(1);
    }
    return id->toLongLong();
}

void must(const Status &st)
{
    if (!st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.errorText()));
        std::exit(1);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // In Indonesian, as the branch files it.
    std::vector<std::unique_ptr<QTranslator>> translators;
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*_id.qm")})) {
        translators.push_back(std::make_unique<QTranslator>());
        if (translators.back()->load(QStringLiteral(":/i18n/") + file))
            QCoreApplication::installTranslator(translators.back().get());
    }
    fmt::setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    if (argc < 2) {
        std::fprintf(stderr, "usage: monev_showcase DB.sqlite\n");
        return 2;
    }
    auto opened = storage::openAndMigrate(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorText()));
        return 1;
    }
    const storage::Database &db = **opened;
    QRandomGenerator rng(19112025);
    const QString now = storage::nowIso();
    const bool fresh = storage::Query(db.connection(), QStringLiteral("SELECT COUNT(*) FROM offices")).scalar()->toInt() == 0;
    if (fresh) {
        storage::Transaction tx(db.connection());
        const QString office = QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, region, head_name, created_at, updated_at)"
                                              " VALUES (?, ?, ?, ?, 'Kudus', ?, ?, ?) RETURNING id");
        const qint64 kc = insert(db, office, {QStringLiteral("KC-KUDUS"), QStringLiteral("KC Kudus"), QStringLiteral("kc"),
                                              QVariant(QMetaType::fromType<qint64>()), QStringLiteral("Vinca Meitasari"), now, now});
        const qint64 kcp[] = {insert(db, office, {QStringLiteral("KCP-JEKULO"), QStringLiteral("KCP Jekulo"), QStringLiteral("kcp"), kc, QString(), now, now}),
                              insert(db, office, {QStringLiteral("KCP-DAWE"), QStringLiteral("KCP Dawe"), QStringLiteral("kcp"), kc, QString(), now, now})};
        QList<qint64> wadah;
        for (int i = 0; i < 9; ++i)
            wadah << insert(db, QStringLiteral("INSERT INTO wadah (code, name, office_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                            {QStringLiteral("W-%1").arg(i + 1, 2, 10, QLatin1Char('0')), QString::fromLatin1(kWadah[i]), kcp[i % 2], now, now});
        int participant = 0;
        for (int a = 0; a < 45; ++a) {
            const QString code = QStringLiteral("AG-%1").arg(a + 1, 3, 10, QLatin1Char('0'));
            const QString name = QStringLiteral("%1 %2").arg(QString::fromLatin1(kFirst[a % 20]), QString::fromLatin1(kLast[(a * 7) % 15]));
            const QDate joined = a < 40 ? QDate(2023, 1 + a % 12, 1 + a % 27) : QDate(2026, 5 + a % 5, 10);
            const qint64 w = wadah[a % 9];
            const qint64 off = kcp[(a % 9) % 2];
            const qint64 agent = insert(db, QStringLiteral(
                "INSERT INTO agents (code, nik, name, phone, wadah_id, office_id, joined_on, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?) RETURNING id"),
                {code, QStringLiteral("331901%1").arg(a + 1, 10, 10, QLatin1Char('0')), name,
                 QStringLiteral("+62812%1").arg(34560000 + a * 137), w, off, joined.toString(Qt::ISODate), now, now});
            const int skill = 1 + static_cast<int>(rng.bounded(9));
            const double keep = 0.45 + rng.bounded(0.5);
            for (YearMonth m = std::max(YearMonth(2025, 1), YearMonth::fromDate(joined)); m <= YearMonth(2026, 10); m = m.addMonths(1)) {
                const int count = static_cast<int>(rng.bounded(skill + 1)) + (m.year() == 2026 && a % 5 == 0 ? skill / 2 : 0);
                for (int p = 0; p < count; ++p) {
                    ++participant;
                    const QDate reg(m.year(), m.month(), 1 + static_cast<int>(rng.bounded(27)));
                    const qint64 pid = insert(db, QStringLiteral(
                        "INSERT INTO participants (kpj, nik, name, program, registered_on, reg_period, agent_id, office_id)"
                        " VALUES (?, ?, ?, 'JKK+JKM', ?, ?, ?, ?) RETURNING id"),
                        {QStringLiteral("K%1").arg(participant, 9, 10, QLatin1Char('0')), QStringLiteral("33190%1").arg(participant, 11, 10, QLatin1Char('0')),
                         QStringLiteral("Peserta %1").arg(participant), reg.toString(Qt::ISODate), m.key(), agent, off});
                    for (YearMonth pm = m; pm <= YearMonth(2026, 10); pm = pm.addMonths(1)) {
                        if (pm != m && rng.generateDouble() > keep)
                            break;
                        storage::Query c(db.connection(), QStringLiteral(
                            "INSERT INTO contributions (period, participant_id, amount, paid_on, channel) VALUES (?, ?, 16800, ?, 'agen')"));
                        must(c.bind({pm.key(), pid, pm.firstDay().addDays(4).toString(Qt::ISODate)}).exec());
                    }
                }
            }
            for (int month = 1; month <= 12; ++month)
                insert(db, QStringLiteral("INSERT INTO targets (year, month, level, code, target) VALUES (2026, ?, 'agen', ?, ?) RETURNING id"),
                       {month, code, 4 + a % 4});
        }
        must(figures::Summaries(db).refreshAll());
        storage::Query meta(db.connection(), QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('branch_name', 'KC Kudus')"));
        must(meta.exec());
        must(tx.commit());

        MonevService svc(db);
        auto categories = *svc.categories();
        struct Plan {
            QDate day;
            QString title;
        };
        const Plan plans[] = {{QDate(2026, 5, 20), QStringLiteral("Monev Triwulan I Keagenan Perisai")},
                              {QDate(2026, 8, 19), QStringLiteral("Monev Triwulan II Keagenan Perisai")},
                              {QDate(2026, 11, 18), QStringLiteral("Monev Produktivitas Keagenan Perisai")},
                              {QDate(2027, 2, 17), QStringLiteral("Monev Triwulan IV Keagenan Perisai")}};
        const char *const obstacles[][3] = {
            {"awareness", "Banyak pekerja informal belum paham manfaat JKK dan JKM", "Sosialisasi bersama perangkat desa dan tokoh pasar"},
            {"payment_channel", "Peserta di desa jauh dari kanal pembayaran iuran", "Agen menerima titipan iuran dan membayar lewat aplikasi"},
            {"agent_app", "Aplikasi agen sering gagal saat unggah foto KTP", "Cabang mencatat kasus dan melapor ke tim aplikasi"},
            {"incentive", "Insentif bulan lalu terlambat cair ke rekening wadah", "Bagian keuangan memastikan jadwal pembayaran tanggal 5"},
            {"documents_nik", "NIK peserta tidak cocok dengan data Dukcapil", "Peserta diminta memperbarui data di Disdukcapil"},
            {"geography", "Wilayah pegunungan di Dawe sulit dijangkau saat hujan", "Jadwal kunjungan digabung dengan posyandu desa"}};
        const char *const actions[] = {"Sosialisasi di Pasar Kliwon bersama paguyuban", "Pelatihan ulang aplikasi agen untuk 10 agen",
                                       "Surat ke bank mitra tentang jadwal insentif", "Pendampingan perbaikan NIK ke Disdukcapil",
                                       "Jadwal kunjungan bersama ke Desa Colo", "Daftar peserta menunggak dibagikan ke agen"};
        int k = 0;
        for (const Plan &p : plans) {
            Session s;
            s.title = p.title;
            s.heldOn = p.day;
            s.startsAt = QStringLiteral("09:00");
            s.place = QStringLiteral("Aula BPJS Ketenagakerjaan KC Kudus");
            s.officeId = kc;
            s.facilitator = QStringLiteral("Rahmat Hidayat (Pembina Perisai)");
            s.agenda = QStringLiteral("Tinjauan capaian triwulan\nKendala lapangan dan solusi\nBerbagi praktik baik antaragen\n"
                                      "Informasi program terbaru\nApresiasi agen berprestasi\nTindak lanjut");
            const qint64 id = *svc.create(s);
            if (p.day > QDate::currentDate())
                continue;
            QList<QPair<qint64, QString>> marks;
            const std::vector<Attendee> invited = svc.load(id)->attendees;
            for (const Attendee &a : invited) {
                const double r = rng.generateDouble();
                marks << qMakePair(a.agentId, r < 0.86 ? attendance::present : r < 0.94 ? attendance::excused : attendance::absent);
            }
            must(svc.setAttendance(id, marks));
            must(svc.markHeld(id));
            Session held = svc.load(id)->session;
            held.summary = QStringLiteral("Kehadiran agen baik. Capaian akuisisi triwulan naik dibanding triwulan sebelumnya, "
                                          "namun retensi peserta di wilayah Dawe masih rendah. Agen diminta mengingatkan peserta "
                                          "yang menunggak dan memanfaatkan kanal pembayaran desa.");
            must(svc.update(held));
            const auto detail = *svc.load(id);
            for (int i = 0; i < 4; ++i, ++k) {
                const auto &ob = obstacles[k % 6];
                Obstacle o;
                o.sessionId = id;
                o.agentId = detail.attendees[(k * 11) % detail.attendees.size()].agentId;
                for (const Category &c : categories)
                    if (c.code == QLatin1String(ob[0]))
                        o.categoryId = c.id;
                o.description = QString::fromUtf8(ob[1]);
                o.solution = QString::fromUtf8(ob[2]);
                Action a;
                a.sessionId = id;
                a.obstacleId = *svc.saveObstacle(o);
                a.description = QString::fromUtf8(actions[k % 6]);
                a.owner = i % 2 ? QStringLiteral("Pembina Perisai") : detail.attendees[(k * 11) % detail.attendees.size()].name;
                a.dueOn = p.day.addDays(21 + 14 * i);
                must(svc.saveAction(a).ok() ? Status() : makeError(QStringLiteral("action")));
            }
            for (const ActionReview &r : detail.followUp)
                must(svc.reviewAction(id, r.action.id, (r.action.id % 3) ? action::done : action::open,
                                      (r.action.id % 3) ? QStringLiteral("Sudah dilaksanakan") : QStringLiteral("Masih berjalan, lanjut triwulan depan")));
            for (const QString &cat : awards::categories()) {
                const auto best = *svc.suggestions(id, cat);
                if (!best.empty())
                    must(svc.confirmAward(id, cat, best.front().agentId, best.front().value));
            }
            if (p.day < QDate(2026, 11, 1))
                must(svc.close(id));
        }
    }
    if (argc > 2) {
        // The minutes of the latest session that took place.
        storage::Query q(db.connection(), QStringLiteral("SELECT MAX(id) FROM monev_sessions WHERE status IN ('held', 'closed')"));
        const qint64 id = q.scalar()->toLongLong();
        auto doc = buildMinutes(db, id, true);
        must(doc->writePdf(QString::fromLocal8Bit(argv[2])));
    }
    if (argc > 3) {
        // A picture of the session editor's tab named by its number (1 = attendance), for a visual check.
        ui::applyDeskTheme(app);
        ui::AppContext context(*opened);
        SessionEditor editor(context);
        storage::Query q(db.connection(), QStringLiteral("SELECT MAX(id) FROM monev_sessions WHERE status IN ('held', 'closed')"));
        editor.load(q.scalar()->toLongLong());
        editor.showTab(static_cast<SessionEditor::Tab>(QString::fromLocal8Bit(argv[3]).left(1).toInt()));
        editor.resize(1100, 760);
        editor.show();
        QCoreApplication::processEvents();
        editor.grab().save(QString::fromLocal8Bit(argv[3]).mid(2));
    }
    std::printf("%s\n", argv[1]);
    return 0;
}
