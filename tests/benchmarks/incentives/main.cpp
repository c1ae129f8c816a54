// One month's incentive calculation against the plain way, side by side on the same demo database (size m):
// ours reads the month's basis through the figures layer (registrations with the NIK check, payments summed
// by agent and contribution month) and applies the rule version; the peer is one hand-written SQL statement
// that GROUPs BY agent the same sums (new participants by program, contributions by band) and is read row
// by row through Qt SQL. Prints both medians and the ratio (goal: <= 1.0), and checks that both agree.
//   incentives_benchmark [--database DB] [--runs N]     (the database is generated when missing)
#include "demo/generator.h"
#include "figures/incentivebasis.h"
#include "figures/kpiscope.h"
#include "figures/period.h"
#include "incentives/calculator.h"
#include "incentives/ruleversions.h"
#include "incentives/service.h"
#include "storage/open.h"
#include "storage/query.h"
#include "storage/values.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <map>

using namespace perisai;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <typename F>
double timed(F work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "incentives_benchmark: %s\n", message.toUtf8().constData());
    return 1;
}

// Per agent: new participants by program, and contributions paid in the month by band (1–24, 25–60).
struct Sums {
    std::map<std::pair<qint64, QString>, qint64> newByProgram;
    std::map<std::pair<qint64, int>, qint64> paidByBand;
};

Sums ours(const storage::Database &db, const QList<qint64> &offices, YearMonth month, qint64 *total)
{
    const auto rule = incentives::RuleVersions(db).forMonth(month);
    const auto basis = figures::incentiveBasis(db, offices, month, {});
    if (!rule || !basis) {
        fail(!rule ? rule.errorText() : basis.errorText());
        std::exit(1);
    }
    const incentives::MonthIncentives m = incentives::calculate(*rule, month, *basis);
    *total = m.total;
    Sums s;
    for (const auto &a : m.agents) {
        for (auto it = a.basis.newByProgram.begin(); it != a.basis.newByProgram.end(); ++it)
            s.newByProgram[{a.basis.agentId, it.key()}] += it.value();
        for (std::size_t b = 0; b < a.paidByBand.size(); ++b)
            if (a.paidByBand[b])
                s.paidByBand[{a.basis.agentId, int(b)}] += a.paidByBand[b];
    }
    return s;
}

Sums peer(const storage::Database &db, const QList<qint64> &offices, YearMonth month)
{
    const QString in = storage::placeholders(offices.size());
    const QString n = db.dialect().monthIndex(QStringLiteral("c.period")) + QStringLiteral(" - ")
                      + db.dialect().monthIndex(QStringLiteral("p.reg_period")) + QStringLiteral(" + 1");
    const QString sql = QStringLiteral(
        "SELECT p.agent_id, 'new', p.program, COUNT(*) FROM participants p JOIN agents a ON a.id = p.agent_id "
        "WHERE p.reg_period = ? AND a.office_id IN (%1) "
        "AND NOT (a.status = 'dismissed' AND a.status_since IS NOT NULL AND p.registered_on >= a.status_since) "
        "AND NOT EXISTS (SELECT 1 FROM participants e WHERE e.nik = p.nik AND (e.registered_on < p.registered_on "
        "OR (e.registered_on = p.registered_on AND e.id < p.id))) GROUP BY p.agent_id, p.program "
        "UNION ALL "
        "SELECT p.agent_id, 'paid', CASE WHEN %2 BETWEEN 1 AND 24 THEN '0' ELSE '1' END, SUM(c.amount) FROM contributions c "
        "JOIN participants p ON p.id = c.participant_id JOIN agents a ON a.id = p.agent_id "
        "WHERE c.paid_on >= ? AND c.paid_on <= ? AND a.office_id IN (%1) AND %2 BETWEEN 1 AND 60 "
        "AND NOT (a.status = 'dismissed' AND a.status_since IS NOT NULL AND c.paid_on >= a.status_since) "
        "GROUP BY p.agent_id, CASE WHEN %2 BETWEEN 1 AND 24 THEN '0' ELSE '1' END").arg(in, n);
    storage::Query q(db.connection(), sql);
    q.bind(month.key());
    for (qint64 id : offices)
        q.bind(id);
    q.bind({storage::iso(month.firstDay()), storage::iso(month.lastDay())});
    for (qint64 id : offices)
        q.bind(id);
    if (auto st = q.exec(); !st) {
        fail(st.errorText());
        std::exit(1);
    }
    Sums s;
    while (q.next()) {
        if (q.text(1) == QLatin1String("new"))
            s.newByProgram[{q.intValue(0), q.text(2)}] += q.intValue(3);
        else
            s.paidByBand[{q.intValue(0), q.text(2).toInt()}] += q.intValue(3);
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i > 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const QString path = option(QStringLiteral("--database"), QStringLiteral(PERISAI_BENCH_DIR "/incentives-m.db"));
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("7")).toInt());
    const bool missing = !path.contains(QLatin1String("://")) && !QFileInfo::exists(path);
    auto db = storage::openAndMigrate(path);
    if (!db)
        return fail(db.errorText());
    if (missing) {
        std::fprintf(stderr, "generating demo data of size m in %s (once)...\n", path.toUtf8().constData());
        demo::Options options;
        options.size = demo::Size::M;
        if (auto st = demo::generate(**db, options); !st)
            return fail(QStringLiteral("demo data: ") + st.errorText());
    }
    const auto scope = figures::resolveScope(**db, {});
    const auto last = figures::lastMonthWithData(**db);
    if (!scope || !last || !last->isValid())
        return fail(QStringLiteral("the database holds no data"));
    const YearMonth month = *last;

    qint64 total = 0;
    Sums a = ours(**db, scope->officeIds, month, &total);
    Sums b = peer(**db, scope->officeIds, month);
    if (a.newByProgram != b.newByProgram || a.paidByBand != b.paidByBand)
        return fail(QStringLiteral("the two ways disagree on %1").arg(month.toString()));
    std::vector<double> oursMs, peerMs;
    for (int i = 0; i < runs; ++i) {
        peerMs.push_back(timed([&] { peer(**db, scope->officeIds, month); }));
        oursMs.push_back(timed([&] { ours(**db, scope->officeIds, month, &total); }));
    }
    qint64 agents = 0;
    for (const auto &[key, n] : a.newByProgram)
        agents += n;
    std::printf("%s, %s: %lld new participants counted, month total Rp%lld\n", (*db)->location().display().toUtf8().constData(),
                month.toString().toUtf8().constData(), static_cast<long long>(agents), static_cast<long long>(total));
    std::printf("one month's incentives (figures basis + calculator): %8.1f ms (median of %d)\n", median(oursMs), runs);
    std::printf("same sums by one GROUP BY statement (Qt SQL):         %8.1f ms (median of %d)\n", median(peerMs), runs);
    std::printf("ratio: %.3f (goal <= 1.0)\n", median(oursMs) / median(peerMs));

    const double view = timed([&] { (void)incentives::IncentiveService(**db).month(QString(), month); });
    std::printf("the page's month view (with corrections of the approved months): %.1f ms\n", view);
    return 0;
}
