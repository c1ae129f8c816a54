#include "reports/reportcatalog.h"

#include "core/format.h"
#include "figures/period.h"
#include "reports/summaryreport.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QMutex>
#include <algorithm>
#include <deque>

namespace perisai::reports {
namespace {

struct Registry {
    QMutex mutex;
    std::deque<ReportKind> kinds; // a deque: find()'s pointers survive later additions
};

Registry &registry()
{
    static Registry r;
    static const bool builtIns = [] {
        r.kinds.push_back({QStringLiteral("summary"), QT_TRANSLATE_NOOP("Report", "Branch performance summary"),
                           ReportKind::Period | ReportKind::Office, &buildBranchSummary, 10, {}});
        return true;
    }();
    Q_UNUSED(builtIns)
    return r;
}

} // namespace

QString ReportKind::translatedTitle() const
{
    return QCoreApplication::translate("Report", title);
}

void ReportCatalog::add(ReportKind kind)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    auto it = std::find_if(r.kinds.begin(), r.kinds.end(), [&](const ReportKind &k) { return k.id == kind.id; });
    if (it != r.kinds.end())
        *it = std::move(kind);
    else
        r.kinds.push_back(std::move(kind));
}

std::vector<ReportKind> ReportCatalog::kinds()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    std::vector<ReportKind> sorted(r.kinds.begin(), r.kinds.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const ReportKind &a, const ReportKind &b) { return a.order < b.order; });
    return sorted;
}

const ReportKind *ReportCatalog::find(const QString &id)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    // Kinds are added or replaced at start-up only; a deque keeps the element where it is.
    auto it = std::find_if(r.kinds.begin(), r.kinds.end(), [&](const ReportKind &k) { return k.id == id; });
    return it == r.kinds.end() ? nullptr : &*it;
}

Result<ReportPtr> buildReport(const storage::Database &db, const ReportRequest &request)
{
    const ReportKind *kind = ReportCatalog::find(request.type);
    if (!kind) {
        QStringList ids;
        for (const ReportKind &k : ReportCatalog::kinds())
            ids << k.id;
        return makeError(QCoreApplication::translate("Report", "unknown report type \"%1\" (one of: %2)")
                             .arg(request.type, ids.join(QStringLiteral(", "))));
    }
    if (kind->needsAny(ReportKind::Period) && !request.period.from.isValid())
        return makeError(QCoreApplication::translate("Report", "the %1 report needs a period").arg(kind->id));
    if (kind->needsAny(ReportKind::Agent) && request.agentCode.isEmpty())
        return makeError(QCoreApplication::translate("Report", "the %1 report needs an agent code").arg(kind->id));
    if (kind->needsAny(ReportKind::Wadah) && request.wadahCode.isEmpty())
        return makeError(QCoreApplication::translate("Report", "the %1 report needs a wadah code").arg(kind->id));
    if (kind->needsAny(ReportKind::Session) && request.sessionId <= 0 && !request.sessionDate.isValid())
        return makeError(QCoreApplication::translate("Report", "the %1 report needs a Monev session").arg(kind->id));
    // A period wholly in the future has nothing to report, whichever the kind: refused as the figures layer
    // refuses it (a period merely past the data is each kind's own matter: PKS have days beyond the data).
    if (request.period.from.isValid() && request.period.from > YearMonth::fromDate(request.today)) {
        if (auto fitted = figures::fitPeriod(db, request.period, request.today); !fitted)
            return fitted.error();
    }
    return kind->build(db, request);
}

ReportMeta reportMeta(const storage::Database &db, const QString &title, const QString &subtitle, const QString &office,
                      bool masked)
{
    ReportMeta meta;
    meta.title = title;
    meta.subtitle = subtitle;
    meta.office = office;
    meta.source = db.location().display();
    meta.masked = masked;
    return meta;
}

} // namespace perisai::reports
