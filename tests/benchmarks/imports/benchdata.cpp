#include "benchdata.h"

#include "core/nik.h"
#include "imports/importer.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <cstdio>

namespace bench {
namespace {

// A small deterministic hash for "does participant i pay for month m".
quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

class Writer {
public:
    explicit Writer(const QString &path) : m_file(std::fopen(path.toLocal8Bit().constData(), "wb")) {}
    ~Writer()
    {
        if (m_file)
            std::fclose(m_file);
    }
    bool ok() const { return m_file != nullptr; }
    void text(const char *text) { std::fputs(text, m_file); }
    template <typename... Args>
    void line(const char *format, Args... args) { std::fprintf(m_file, format, args...); }

private:
    std::FILE *m_file;
};

QString kpjOf(int i) { return QStringLiteral("25%1").arg(i, 9, 10, QLatin1Char('0')); }

} // namespace

perisai::Result<Files> generate(const QString &dir, const Sizes &sizes)
{
    Files f{QDir(dir).filePath(QStringLiteral("wadah.csv")), QDir(dir).filePath(QStringLiteral("agents.csv")),
            QDir(dir).filePath(QStringLiteral("participants.csv")), QDir(dir).filePath(QStringLiteral("contributions.csv")), 0};
    {
        Writer w(f.wadah);
        if (!w.ok())
            return perisai::makeError(QStringLiteral("cannot write %1").arg(f.wadah));
        w.text("kode_wadah,nama,kcp\n");
        for (int i = 1; i <= 50; ++i)
            w.line("W-%03d,Wadah %d,KCP-%d\n", i, i, 1 + i % 4);
    }
    {
        Writer w(f.agents);
        w.text("kode_agen,nik,nama,kode_wadah\n");
        for (int i = 1; i <= 500; ++i) {
            const QString nik = perisai::Nik::compose(3374, 90, QDate(1985, 1, 1).addDays(i), false, i);
            w.line("AG-%04d,%s,Agen %d,W-%03d\n", i, nik.toLatin1().constData(), i, 1 + i % 50);
        }
    }
    // Registrations spread over 2019-2024; one in ten through another channel (no agent).
    const QDate first(2019, 1, 1);
    const int days = int(first.daysTo(QDate(2024, 12, 31)));
    std::vector<int> regMonth(size_t(sizes.participants));
    {
        Writer w(f.participants);
        w.text("kpj,nik,nama,program,tanggal_daftar,kode_agen\n");
        for (int i = 0; i < sizes.participants; ++i) {
            const QDate reg = first.addDays(qint64(i) * days / sizes.participants);
            regMonth[size_t(i)] = reg.year() * 100 + reg.month();
            const QString nik = perisai::Nik::compose(3374, 1 + i / 9000, QDate(1960, 1, 1).addDays(i % 9000), i % 2, 1 + i % 9000);
            const QString agent = i % 10 == 0 ? QString() : QStringLiteral("AG-%1").arg(1 + i % 500, 4, 10, QLatin1Char('0'));
            w.line("%s,%s,Peserta %d,%s,%s,%s\n", kpjOf(i).toLatin1().constData(), nik.toLatin1().constData(), i,
                   i % 3 ? "JKK+JKM" : "JKK+JKM+JHT", reg.toString(Qt::ISODate).toLatin1().constData(), agent.toLatin1().constData());
        }
    }
    // 2024 month by month, as a branch's monthly extracts put together.
    static const char *const channels[] = {"agen", "agen", "bank", "kantor", "online"};
    Writer w(f.contributions);
    w.text("kpj,periode,jumlah,tanggal_bayar,kanal\n");
    const quint32 threshold = quint32(sizes.payRate * 4294967295.0);
    for (int m = 1; m <= 12; ++m) {
        const int period = 202400 + m;
        for (int i = 0; i < sizes.participants; ++i) {
            if (regMonth[size_t(i)] > period || mix(quint32(i) * 16u + quint32(m)) > threshold)
                continue;
            const int paidMonth = m == 12 ? 12 : m + 1;
            w.line("25%09d,2024-%02d,%d,2024-%02d-%02d,%s\n", i, m, i % 3 ? 16800 : 36800, paidMonth, 1 + i % 28, channels[i % 5]);
            ++f.contributionRows;
        }
    }
    return f;
}

perisai::Status loadBase(const perisai::storage::Database &db, const Files &files)
{
    const QString now = perisai::storage::nowIso();
    perisai::storage::Query kc(db.connection(), QStringLiteral("INSERT INTO offices (code, name, kind, created_at, updated_at) VALUES ('KC-BENCH', 'Kantor Cabang', 'kc', ?, ?)"));
    if (auto st = kc.bind({now, now}).exec(); !st)
        return st;
    for (int i = 1; i <= 4; ++i) {
        perisai::storage::Query kcp(db.connection(), QStringLiteral("INSERT INTO offices (code, name, kind, parent_id, created_at, updated_at) "
                                                                     "SELECT ?, ?, 'kcp', id, ?, ? FROM offices WHERE code = 'KC-BENCH'"));
        if (auto st = kcp.bind({QStringLiteral("KCP-%1").arg(i), QStringLiteral("KCP %1").arg(i), now, now}).exec(); !st)
            return st;
    }
    using perisai::imports::Kind;
    for (const auto &[kind, file] : {std::pair{Kind::Wadah, files.wadah}, {Kind::Agents, files.agents}, {Kind::Participants, files.participants}}) {
        perisai::imports::ImportOptions options;
        options.kind = kind;
        options.files = {file};
        auto result = perisai::imports::runImport(db, options);
        if (!result)
            return result.error();
        if (!result->committed)
            return perisai::makeError(QStringLiteral("%1: %2").arg(file, result->issues.value(0).reason));
    }
    return {};
}

perisai::Result<QString> writeResolved(const perisai::storage::Database &db, const Files &files, const QString &dir)
{
    QHash<QByteArray, qint64> ids;
    perisai::storage::Query q(db.connection(), QStringLiteral("SELECT kpj, id FROM participants"));
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next())
        ids.insert(q.text(0).toLatin1(), q.intValue(1));
    QFile in(files.contributions);
    if (!in.open(QIODevice::ReadOnly))
        return perisai::makeError(QStringLiteral("cannot read %1").arg(files.contributions));
    const QString path = QDir(dir).filePath(QStringLiteral("contributions_resolved.csv"));
    Writer w(path);
    w.text("period,participant_id,amount,paid_on,channel,batch_id\n");
    in.readLine();
    while (!in.atEnd()) {
        const QList<QByteArray> f = in.readLine().trimmed().split(',');
        if (f.size() < 5)
            continue;
        w.line("%s%s,%lld,%s,%s,%s,\n", f[1].left(4).constData(), f[1].mid(5, 2).constData(), static_cast<long long>(ids.value(f[0])),
               f[2].constData(), f[3].constData(), f[4].constData());
    }
    return path;
}

} // namespace bench
