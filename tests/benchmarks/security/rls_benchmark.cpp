// What row-level security costs the indicators: `kpi` for a branch (KpiService::summary, the figures of the
// kpi command) and the whole dashboard of a year, on demo size m on PostgreSQL, computed by a head of the
// branch (a login held to the office policies: it sees the branch and its KCP, i.e. every row here) and by the
// server's superuser (who passes row-level security untouched), alternately on the same database and the
// same data. Prints both medians, their ratio with ÷ without and the median of each run's with ÷ without (the
// figure that holds on a shared machine whose speed drifts; goal: <= 1.1), and checks that both give the same
// figures.
//   security_benchmark [--database postgresql://...] [--runs N]     (RLS_SAMPLES=1: every run's two times too)
// Without --database it makes a database on PERISAI_TEST_PG (scripts/with-postgres.sh) and fills it.
#include "access/logins.h"
#include "demo/generator.h"
#include "figures/kpiexport.h"
#include "figures/kpiservice.h"
#include "figures/scopelists.h"
#include "storage/meta.h"
#include "storage/open.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

using namespace perisai;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Each run's two sides ran back to back: the median of their ratios holds when the machine's speed drifts.
double pairedRatio(const std::vector<double> &with, const std::vector<double> &without)
{
    std::vector<double> ratios;
    for (size_t i = 0; i < with.size(); ++i)
        ratios.push_back(with[i] / without[i]);
    return median(ratios);
}

double best(const std::vector<double> &v)
{
    return *std::min_element(v.begin(), v.end());
}

template <typename F>
double timed(F work)
{
    QElapsedTimer t;
    t.start();
    work();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "security_benchmark: %s\n", message.toUtf8().constData());
    return 1;
}

QString argument(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = argument(args, QStringLiteral("--runs"), QStringLiteral("31")).toInt();
    QString location = argument(args, QStringLiteral("--database"));
    bool fill = false;
    if (location.isEmpty()) {
        auto server = storage::Location::parse(qEnvironmentVariable("PERISAI_TEST_PG"));
        if (!server)
            return fail(QStringLiteral("give --database postgresql://... or run under scripts/with-postgres.sh"));
        auto admin = storage::Database::open(*server);
        if (!admin)
            return fail(admin.errorText());
        const QString name = QStringLiteral("perisai_rls_bench");
        QSqlQuery q((*admin)->connection());
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return fail(QStringLiteral("cannot create the benchmark database"));
        server->dbName = name;
        location = server->toString();
        fill = true;
    }
    auto super = storage::openAndMigrate(location);
    if (!super)
        return fail(super.errorText());
    if (fill) {
        std::fprintf(stderr, "generating demo size m on PostgreSQL...\n");
        demo::Options options;
        options.size = demo::Size::M;
        QElapsedTimer t;
        t.start();
        if (auto st = demo::generate(**super, options); !st)
            return fail(st.errorText());
        std::fprintf(stderr, "  %.1f s\n", double(t.elapsed()) / 1000.0);
        QSqlQuery analyze((*super)->connection());
        analyze.exec(QStringLiteral("ANALYZE"));
    }
    auto session = access::readSession(**super);
    if (!session || !session->superuser)
        return fail(QStringLiteral("the database URL must name a superuser (the side without row-level security)"));

    // The branch and a head of it.
    auto lists = figures::loadScopeLists(**super);
    if (!lists)
        return fail(lists.errorText());
    const QString branch = lists->defaultOffice;
    const QString login = QStringLiteral("rls_bench_head");
    {
        QSqlQuery q((*super)->connection());
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login)); // an identifier of our own: it cannot be bound
        q.prepare(QStringLiteral("DELETE FROM perisai_logins WHERE role_name = ?"));
        q.addBindValue(login);
        q.exec();
    }
    if (auto st = access::addLogin(**super, login, QStringLiteral("head"), branch, QStringLiteral("bench-password")); !st)
        return fail(st.errorText());
    auto parsed = storage::Location::parse(location);
    parsed->user = login;
    parsed->password = QStringLiteral("bench-password");
    auto head = storage::Database::open(*parsed);
    if (!head)
        return fail(head.errorText());

    const PeriodRange year = PeriodRange::year(lists->dataRange.to.year() - 1);
    const QDate today = QDate(lists->dataRange.to.year(), lists->dataRange.to.month(), 1).addMonths(1).addDays(-1);
    const figures::KpiScope scope{branch, {}, {}};
    auto kpi = [&](const storage::Database &db) {
        auto s = figures::KpiService(db).summary(scope, year, today);
        return s ? figures::kpiJson(*s) : s.errorText();
    };
    auto dashboard = [&](const storage::Database &db) {
        auto d = figures::KpiService(db).dashboard(scope, year, today);
        return d ? figures::kpiJson(d->summary) + QString::number(d->byAgent.size()) : d.errorText();
    };
    if (kpi(**head) != kpi(**super))
        return fail(QStringLiteral("the head of %1 and the superuser get different figures").arg(branch));
    if (dashboard(**head) != dashboard(**super))
        return fail(QStringLiteral("the head of %1 and the superuser get different dashboards").arg(branch));

    std::vector<double> kpiWith, kpiWithout, dashWith, dashWithout;
    for (int i = 0; i < runs; ++i) {
        // Alternate which side goes first, so that neither always finds the other's pages in the cache.
        const bool headFirst = i % 2 == 0;
        for (int side = 0; side < 2; ++side) {
            const bool withRls = (side == 0) == headFirst;
            const storage::Database &db = withRls ? **head : **super;
            (withRls ? kpiWith : kpiWithout).push_back(timed([&] { (void)kpi(db); }));
            (withRls ? dashWith : dashWithout).push_back(timed([&] { (void)dashboard(db); }));
        }
    }
    if (qEnvironmentVariableIsSet("RLS_SAMPLES"))
        for (int i = 0; i < runs; ++i)
            std::fprintf(stderr, "%d %s %.1f %.1f\n", i, i % 2 == 0 ? "head-first" : "super-first", kpiWith[i], kpiWithout[i]);
    const auto participants = storage::Query((*super)->connection(), QStringLiteral("SELECT COUNT(*) FROM participants")).scalar();
    std::printf("kpi of %s for %d on demo size m (%lld participants), PostgreSQL, median of %d runs\n", qPrintable(branch),
                year.from.year(), participants ? participants->toLongLong() : 0LL, runs);
    // The best run of each side too: on a shared machine the median carries the neighbours' load.
    std::printf("  kpi summary   with row-level security (head of the branch) %8.1f ms (best %.1f)\n", median(kpiWith), best(kpiWith));
    std::printf("                without (superuser)                         %8.1f ms (best %.1f)\n", median(kpiWithout), best(kpiWithout));
    std::printf("                ratio %.3f, of the runs' pairs %.3f, best runs %.3f (goal <= 1.1)\n",
                median(kpiWith) / median(kpiWithout), pairedRatio(kpiWith, kpiWithout), best(kpiWith) / best(kpiWithout));
    std::printf("  dashboard     with row-level security (head of the branch) %8.1f ms (best %.1f)\n", median(dashWith), best(dashWith));
    std::printf("                without (superuser)                         %8.1f ms (best %.1f)\n", median(dashWithout), best(dashWithout));
    std::printf("                ratio %.3f, of the runs' pairs %.3f, best runs %.3f\n", median(dashWith) / median(dashWithout),
                pairedRatio(dashWith, dashWithout), best(dashWith) / best(dashWithout));
    {
        QSqlQuery q((*super)->connection());
        head->reset();
        q.prepare(QStringLiteral("SELECT perisai_disable_user(?)"));
        q.addBindValue(login);
        q.exec();
    }
    return pairedRatio(kpiWith, kpiWithout) <= 1.1 ? 0 : 2;
}
