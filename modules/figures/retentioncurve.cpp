#include "retentioncurve.h"

#include "core/indicators.h"
#include "storage/database.h"
#include "storage/query.h"

#include <map>
#include <tuple>

namespace perisai::figures {

using storage::Query;

Result<RetentionCurve> retentionCurve(const storage::Database &db, const ResolvedScope &scope, YearMonth last)
{
    RetentionCurve out;
    out.firstCohort = last.addMonths(-23);
    out.lastCohort = last;
    const SqlFilter offices = officeFilter(scope, QStringLiteral("office_id"));
    std::map<std::pair<int, bool>, qint64> size; // (cohort, perisai) -> participants registered
    Query s(db.connection(), QStringLiteral("SELECT period, channel, SUM(acquisitions) FROM summary_office_month "
                                            "WHERE period BETWEEN ? AND ? AND ") + offices.sql + QStringLiteral(" GROUP BY period, channel"));
    s.bind({out.firstCohort.key(), last.key()}).bind(offices.values);
    if (auto st = s.exec(); !st)
        return st.error();
    while (s.next())
        size[{static_cast<int>(s.intValue(0)), s.text(1) == QLatin1String("perisai")}] += s.intValue(2);

    std::map<std::tuple<int, int, bool>, qint64> paid; // (cohort, k, perisai) -> paid
    Query p(db.connection(), QStringLiteral("SELECT cohort, k, CASE WHEN agent_id = 0 THEN 0 ELSE 1 END, SUM(paid) "
                                            "FROM summary_cohort WHERE cohort BETWEEN ? AND ? AND k <= 12 AND ") + offices.sql
                                 + QStringLiteral(" GROUP BY cohort, k, CASE WHEN agent_id = 0 THEN 0 ELSE 1 END"));
    p.bind({out.firstCohort.key(), last.key()}).bind(offices.values);
    if (auto st = p.exec(); !st)
        return st.error();
    while (p.next())
        paid[{static_cast<int>(p.intValue(0)), static_cast<int>(p.intValue(1)), p.intValue(2) == 1}] += p.intValue(3);

    YearMonth firstWithData;
    for (const auto &[key, n] : size) {
        if (key.second && n > 0) {
            out.cohortSize += n;
            const YearMonth cohort = YearMonth::fromKey(key.first);
            if (!firstWithData.isValid() || cohort < firstWithData)
                firstWithData = cohort;
        }
    }
    for (int k = 0; k <= 12; ++k) {
        for (bool perisai : {true, false}) {
            indicators::RetentionCount count;
            for (YearMonth c = out.firstCohort; c.addMonths(k) <= last; c = c.addMonths(1)) {
                const auto it = size.find({c.key(), perisai});
                count.base += it == size.end() ? 0 : it->second;
                const auto pt = paid.find({c.key(), k, perisai});
                count.paid += pt == paid.end() ? 0 : pt->second;
            }
            (perisai ? out.perisai : out.other)[static_cast<size_t>(k)] = count.share();
        }
    }
    if (firstWithData.isValid())
        out.firstCohort = firstWithData;
    return out;
}

} // namespace perisai::figures
