// The summary refresh after one branch's month is imported into a province: the branch's offices only (what
// an import does) against the whole month (what it did before), side by side on the same server, each in a
// transaction that is rolled back so that every run starts from the same summaries.
//   region_refresh_benchmark --database URL --office KC-CODE [--runs N]
#include "figures/kpiscope.h"
#include "figures/summaries.h"
#include "storage/open.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace perisai;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int fail(const QString &message)
{
    std::fprintf(stderr, "region_refresh_benchmark: %s\n", message.toUtf8().constData());
    return 1;
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
    auto db = storage::openAndMigrate(option(QStringLiteral("--database"), QString()));
    if (!db)
        return fail(db.errorText());
    auto scope = figures::resolveScope(**db, {option(QStringLiteral("--office"), QString()), {}, {}});
    if (!scope)
        return fail(scope.errorText());
    auto last = storage::Query((*db)->connection(), QStringLiteral("SELECT MAX(period) FROM contributions")).scalar();
    if (!last)
        return fail(last.errorText());
    const YearMonth month = YearMonth::fromKey(last->toInt());
    const PeriodRange range{month, month};
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("3")).toInt());

    auto timed = [&](const QList<qint64> &offices) -> double {
        storage::Transaction tx((*db)->connection());
        QElapsedTimer t;
        t.start();
        if (auto st = figures::Summaries(**db).refresh(range, offices); !st) {
            fail(st.errorText());
            return -1;
        }
        const double ms = double(t.nsecsElapsed()) / 1e6;
        tx.rollback();
        return ms;
    };
    std::vector<double> branch, whole;
    for (int i = 0; i < runs; ++i) {
        branch.push_back(timed(scope->officeIds));
        whole.push_back(timed({}));
    }
    std::printf("summary refresh of %s, %s only: %.0f ms; the whole province's month: %.0f ms (median of %d)\n",
                month.toString().toUtf8().constData(), scope->office.code.toUtf8().constData(), median(branch), median(whole), runs);
    std::printf("RATIO branch / whole month: %.2f\n", median(branch) / median(whole));
    return 0;
}
