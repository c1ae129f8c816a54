// The participants browser on a branch-sized database, side by side with the usual Qt approach
// (every row loaded into a model, QSortFilterProxyModel filtering and sorting in memory) over the same rows.
//
//   roster_participants_bench [--database DB] [--quick N]
// Without --database (or with an empty one) the demo size-m branch (500 agents, ~300 000 participants,
// 36 months) is generated first, as `perisai-desk demo --size m` does; --quick N makes a plain table of N
// participants instead (seconds rather than minutes, for trying changes).
// Prints, for the first page and for each keystroke typed into the search field, our time, the proxy's
// time and the ratio between them.
#include "benchfixture.h"
#include "core/format.h"
#include "demo/generator.h"
#include "figures/officeagents.h"
#include "roster/participantindex.h"
#include "roster/participantmodel.h"
#include "roster/participantrepository.h"
#include "roster/querythread.h"
#include "storage/open.h"
#include "storage/query.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace perisai;
using namespace perisai::roster;

namespace {

// The peer: all rows in memory, displayed the way a plain table model would.
class AllRowsModel : public QAbstractTableModel {
public:
    std::vector<ParticipantRow> rows;
    void setRows(std::vector<ParticipantRow> r)
    {
        beginResetModel();
        rows = std::move(r);
        endResetModel();
    }
    int rowCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : int(rows.size()); }
    int columnCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : ParticipantModel::ColumnCount; }
    QVariant data(const QModelIndex &i, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        const ParticipantRow &r = rows[size_t(i.row())];
        switch (i.column()) {
        case ParticipantModel::Kpj: return r.kpj;
        case ParticipantModel::Name: return r.name;
        case ParticipantModel::Nik: return r.nik;
        case ParticipantModel::Phone: return r.phone;
        case ParticipantModel::Occupation: return r.occupation;
        case ParticipantModel::Program: return r.program;
        case ParticipantModel::Registered: return fmt::date(r.registeredOn);
        case ParticipantModel::Agent: return r.agentCode;
        case ParticipantModel::Office: return r.officeCode;
        default: return r.active ? QStringLiteral("Aktif") : QStringLiteral("Tidak aktif");
        }
    }
};

// What a view shows of the first screenful: touching every cell of the first 200 rows.
void touchFirstPage(const QAbstractItemModel &m)
{
    const int rows = std::min(m.rowCount(), ParticipantModel::kPageSize);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < m.columnCount(); ++c)
            (void)m.data(m.index(r, c), Qt::DisplayRole);
}

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

double loadPeer(const storage::Database &db, int period, AllRowsModel &model)
{
    QElapsedTimer t;
    t.start();
    storage::Query q(db.connection(), QStringLiteral(
        "SELECT p.id, p.kpj, p.name, p.nik, p.phone, p.occupation, p.program, p.registered_on, a.code, o.code,"
        "       CASE WHEN c.participant_id IS NULL THEN 0 ELSE 1 END "
        "FROM participants p LEFT JOIN agents a ON a.id = p.agent_id LEFT JOIN offices o ON o.id = p.office_id "
        "LEFT JOIN contributions c ON c.period = ? AND c.participant_id = p.id"));
    if (!q.bind(period).exec().ok())
        return -1;
    std::vector<ParticipantRow> rows;
    while (q.next()) {
        ParticipantRow r;
        r.id = q.value(0).toLongLong();
        r.kpj = q.text(1);
        r.name = q.text(2);
        r.nik = q.text(3);
        r.phone = q.text(4);
        r.occupation = q.text(5);
        r.program = q.text(6);
        r.registeredOn = QDate::fromString(q.text(7).left(10), Qt::ISODate);
        r.agentCode = q.text(8);
        r.officeCode = q.text(9);
        r.active = q.value(10).toInt() != 0;
        rows.push_back(std::move(r));
    }
    model.setRows(std::move(rows));
    return ms(t);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    fmt::setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const QStringList args = app.arguments();
    auto option = [&args](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };

    QTemporaryDir dir;
    QString location = option(QStringLiteral("--database"), QString());
    const bool generated = location.isEmpty();
    if (generated)
        location = dir.filePath(QStringLiteral("bench.db"));
    auto opened = storage::openAndMigrate(location);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(location), qPrintable(opened.errorText()));
        return 1;
    }
    storage::DatabasePtr db = *opened;
    if (generated || ParticipantRepository(*db).count({}, 0).value() == 0) {
        const int quick = option(QStringLiteral("--quick"), QStringLiteral("0")).toInt();
        Status st;
        if (quick > 0) {
            std::fprintf(stderr, "making a table of %d participants...\n", quick);
            st = bench::fillParticipants(*db, quick, YearMonth::fromDate(QDate::currentDate()).addMonths(-1).key());
        } else {
            std::fprintf(stderr, "generating the demo size-m branch (this takes a few minutes)...\n");
            demo::Options options;
            options.size = demo::Size::M;
            st = demo::generate(*db, options);
        }
        if (!st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.errorText()));
            return 1;
        }
    }
    const int period = figures::referenceMonth(*db, QDate::currentDate()).value().key();
    const qint64 total = ParticipantRepository(*db).count({}, period).value();

    // Ours: the browser's model on its query thread, exactly as the page uses it; once with the search index
    // (what the page does after its background build), once on SQL alone.
    QueryThread queries(db);
    ParticipantModel ours(&queries);
    ParticipantModel sqlOnly(&queries);
    auto request = [](ParticipantModel &model, const ParticipantFilter &f) {
        QEventLoop loop;
        auto c = QObject::connect(&model, &ParticipantModel::pageLoaded, &loop, [&](int, double) { loop.quit(); });
        QElapsedTimer t;
        t.start();
        model.setFilter(f);
        loop.exec();
        touchFirstPage(model);
        const double elapsed = ms(t);
        QObject::disconnect(c);
        return elapsed;
    };
    ours.setActivePeriod(period);
    sqlOnly.setActivePeriod(period);
    request(ours, {}); // the query thread opens its connection
    const double oursFirst = request(ours, {});

    QElapsedTimer t;
    t.start();
    auto index = ParticipantIndex::build(*db, period);
    const double indexBuild = ms(t);
    if (!index) {
        std::fprintf(stderr, "%s\n", qPrintable(index.errorText()));
        return 1;
    }
    ours.setSearchIndex(*index);

    AllRowsModel all;
    QSortFilterProxyModel proxy;
    t.restart();
    const double peerLoad = loadPeer(*db, period, all);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(ParticipantModel::Name);
    proxy.setSourceModel(&all);
    proxy.sort(ParticipantModel::Name);
    touchFirstPage(proxy);
    const double peerFirst = ms(t);

    std::printf("Participants browser, %s participants (%s), active = paid for %d\n", qPrintable(fmt::number(total)),
                qPrintable(db->location().display()), period);
    std::printf("Times to a filled first screen (200 rows): ours = the browser's model; SQL only = the same without its\n"
                "search index; QSFPM = all rows in a table model under a QSortFilterProxyModel. Ratio = QSFPM / ours.\n\n");
    std::printf("%-26s %10s %12s %12s %8s\n", "step", "ours (ms)", "SQL only", "QSFPM (ms)", "ratio");
    std::printf("%-26s %10.1f %12.1f %12.1f %7.0fx\n", "first page", oursFirst, oursFirst, peerFirst, peerFirst / oursFirst);
    std::printf("%-26s %10.1f %12s %12.1f          (built once in the background / loading every row)\n",
                "index build / full load", indexBuild, "-", peerLoad);

    const QStringList keystrokes{QStringLiteral("s"), QStringLiteral("si"), QStringLiteral("sit"), QStringLiteral("siti"),
                                 QStringLiteral("siti "), QStringLiteral("siti r"), QStringLiteral("siti ra"),
                                 QStringLiteral("siti rah"), QStringLiteral("siti raha"), QStringLiteral("siti rahay"),
                                 QStringLiteral("siti rahayx")};
    // Three passes over the typing; each figure is the median of its three runs (the machine may be busy).
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const int passes = 3;
    std::vector<std::vector<double>> runsOurs(size_t(keystrokes.size())), runsSql(size_t(keystrokes.size())), runsPeer(size_t(keystrokes.size()));
    std::vector<int> shown(size_t(keystrokes.size())), peerShown(size_t(keystrokes.size()));
    for (int pass = 0; pass < passes; ++pass) {
        for (qsizetype k = 0; k < keystrokes.size(); ++k) {
            ParticipantFilter f;
            f.search = keystrokes[k];
            runsOurs[size_t(k)].push_back(request(ours, f));
            runsSql[size_t(k)].push_back(request(sqlOnly, f));
            t.restart();
            proxy.setFilterFixedString(keystrokes[k]);
            touchFirstPage(proxy);
            runsPeer[size_t(k)].push_back(ms(t));
            shown[size_t(k)] = ours.rowCount();
            peerShown[size_t(k)] = std::min(proxy.rowCount(), ParticipantModel::kPageSize);
        }
        proxy.setFilterFixedString(QString());
        ours.setFilter({});
        sqlOnly.setFilter({});
    }
    std::vector<double> oursTimes, sqlTimes, peerTimes;
    for (qsizetype k = 0; k < keystrokes.size(); ++k) {
        const double o = median(runsOurs[size_t(k)]);
        const double q = median(runsSql[size_t(k)]);
        const double p = median(runsPeer[size_t(k)]);
        oursTimes.push_back(o);
        sqlTimes.push_back(q);
        peerTimes.push_back(p);
        const QString label = QStringLiteral("keystroke \"%1\"").arg(keystrokes[k]);
        std::printf("%-26s %10.1f %12.1f %12.1f %7.0fx   (%d rows shown, %d on the proxy)\n", qPrintable(label), o, q, p, p / o,
                    shown[size_t(k)], peerShown[size_t(k)]);
    }
    auto worst = [](const std::vector<double> &v) { return *std::max_element(v.begin(), v.end()); };
    std::printf("%-26s %10.1f %12.1f %12.1f %7.0fx\n", "keystroke median", median(oursTimes), median(sqlTimes), median(peerTimes),
                median(peerTimes) / median(oursTimes));
    std::printf("%-26s %10.1f %12.1f %12.1f %7.0fx\n", "keystroke worst", worst(oursTimes), worst(sqlTimes), worst(peerTimes),
                worst(peerTimes) / worst(oursTimes));
    std::printf("%-26s %10.1f MB\n", "search index memory", double((*index)->memoryBytes()) / 1e6);
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) > 0)
        std::printf("machine load average during the run: %.1f (wall-clock times; both sides under the same load)\n", load[0]);
    return 0;
}
