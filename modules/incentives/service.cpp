#include "incentives/service.h"

#include "figures/kpiscope.h"
#include "figures/period.h"
#include "incentives/corrections.h"
#include "incentives/ruleversions.h"
#include "review/exclusions.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <algorithm>

namespace perisai::incentives {

Result<IncentiveService::Office> IncentiveService::office(const QString &code) const
{
    figures::KpiScope scope;
    scope.officeCode = code;
    auto resolved = figures::resolveScope(m_db, scope);
    if (!resolved)
        return resolved.error();
    return Office{resolved->office.id, resolved->office.code, resolved->office.name, resolved->officeIds};
}

Result<MonthIncentives> IncentiveService::live(const Office &office, YearMonth month, const RuleVersion &rule,
                                               const QMap<qint64, qint64> &adjustments) const
{
    auto fraud = review::excludedFromIncentives(m_db);
    if (!fraud)
        return fraud.error();
    auto basis = figures::incentiveBasis(m_db, office.ids, month, *fraud);
    if (!basis)
        return basis.error();
    return calculate(rule, month, std::move(*basis), adjustments);
}

Result<std::vector<AdjustmentLine>> IncentiveService::pendingCorrections(const Office &office) const
{
    IncentiveRuns runs(m_db, m_user);
    RuleVersions rules(m_db);
    auto all = runs.runs(office.id);
    if (!all)
        return all.error();
    auto paid = runs.correctionsPaid(office.id);
    if (!paid)
        return paid.error();
    std::vector<AdjustmentLine> lines;
    for (auto it = all->rbegin(); it != all->rend(); ++it) {
        if (!it->frozen())
            continue;
        auto rule = rules.byId(it->ruleId);
        if (!rule)
            return rule.error();
        auto frozen = runs.frozenLines(*it, *rule);
        if (!frozen)
            return frozen.error();
        auto now = live(office, it->month, *rule);
        if (!now)
            return now.error();
        for (AdjustmentLine &line : corrections(*frozen, *now, *paid))
            lines.push_back(std::move(line));
    }
    return lines;
}

Result<MonthView> IncentiveService::view(const Office &office, YearMonth month) const
{
    IncentiveRuns runs(m_db, m_user);
    MonthView v;
    v.officeCode = office.code;
    v.officeName = office.name;
    v.officeId = office.id;
    v.officeIds = office.ids;
    auto last = runs.lastApproved(office.id);
    if (!last)
        return last.error();
    v.open = !last->isValid() || month == last->addMonths(1);
    auto stored = runs.run(office.id, month);
    if (!stored)
        return stored.error();
    if (*stored)
        v.run = **stored;
    v.run.officeId = office.id;
    v.run.month = month;
    if (v.run.frozen()) {
        auto rule = RuleVersions(m_db).byId(v.run.ruleId);
        if (!rule)
            return rule.error();
        auto frozen = runs.frozenLines(v.run, *rule);
        if (!frozen)
            return frozen.error();
        v.figures = std::move(*frozen);
        auto adjustments = runs.adjustmentsPaidIn(v.run.id);
        if (!adjustments)
            return adjustments.error();
        v.adjustments = std::move(*adjustments);
        return v;
    }
    auto rule = RuleVersions(m_db).forMonth(month);
    if (!rule)
        return rule.error();
    if (v.open && last->isValid()) {
        auto pending = pendingCorrections(office);
        if (!pending)
            return pending.error();
        v.adjustments = std::move(*pending);
    }
    auto figures = live(office, month, *rule, adjustmentsByAgent(v.adjustments));
    if (!figures)
        return figures.error();
    v.figures = std::move(*figures);
    v.run.ruleId = rule->id;
    v.run.ruleVersion = rule->name;
    return v;
}

Result<MonthView> IncentiveService::month(const QString &officeCode, YearMonth month) const
{
    if (!month.isValid())
        return makeError(QCoreApplication::translate("Incentives", "the month is written YYYY-MM"));
    auto o = office(officeCode);
    if (!o)
        return o.error();
    return view(*o, month);
}

Result<MonthView> IncentiveService::prepare(const QString &officeCode, YearMonth month) const
{
    auto v = this->month(officeCode, month);
    if (!v || v->run.frozen())
        return v;
    auto stored = IncentiveRuns(m_db, m_user).prepare(v->officeId, v->figures);
    if (!stored)
        return stored.error();
    v->run = *stored;
    return v;
}

Result<MonthView> IncentiveService::approve(const QString &officeCode, YearMonth month) const
{
    auto v = this->month(officeCode, month);
    if (!v)
        return v;
    if (v->run.frozen())
        return makeError(
            QCoreApplication::translate("Incentives", "%1 is already %2").arg(month.toString(), statusText(v->run.status)));
    if (!v->open)
        return makeError(
            QCoreApplication::translate("Incentives", "months are approved in order: %1 is not the next month to approve")
                .arg(month.toString()));
    if (month > YearMonth::fromDate(QDate::currentDate()))
        return makeError(
            QCoreApplication::translate("Incentives", "%1 has not begun: it cannot be approved").arg(month.toString()));
    if (auto st = IncentiveRuns(m_db, m_user).approve(v->officeId, v->figures, v->adjustments); !st)
        return st.error();
    return this->month(officeCode, month);
}

Status IncentiveService::markPaid(const QString &officeCode, YearMonth month, const QString &reference, const QDate &paidOn) const
{
    auto o = office(officeCode);
    if (!o)
        return o.error();
    return IncentiveRuns(m_db, m_user).markPaid(o->id, month, reference, paidOn);
}

Result<std::vector<RunRecord>> IncentiveService::months(const QString &officeCode) const
{
    auto o = office(officeCode);
    if (!o)
        return o.error();
    IncentiveRuns runs(m_db, m_user);
    auto recorded = runs.runs(o->id);
    if (!recorded)
        return recorded.error();
    auto last = runs.lastApproved(o->id);
    if (!last)
        return last.error();
    auto dataUntil = figures::lastMonthWithData(m_db);
    if (!dataUntil)
        return dataUntil.error();
    YearMonth end = dataUntil->isValid() ? *dataUntil : YearMonth::fromDate(QDate::currentDate());
    if (last->isValid())
        end = std::max(end, last->addMonths(1));
    YearMonth start = end.addMonths(-23);
    QMap<int, RunRecord> byMonth;
    for (const RunRecord &r : *recorded) {
        byMonth.insert(r.month.key(), r);
        start = std::min(start, r.month);
    }
    std::vector<RunRecord> months;
    for (YearMonth m = end; m >= start; m = m.addMonths(-1)) {
        RunRecord r = byMonth.value(m.key());
        r.officeId = o->id;
        r.month = m;
        months.push_back(r);
    }
    return months;
}

Result<std::vector<figures::BasisParticipant>> IncentiveService::participants(qint64 agentId, YearMonth month) const
{
    auto fraud = review::excludedFromIncentives(m_db);
    if (!fraud)
        return fraud.error();
    return figures::incentiveParticipants(m_db, agentId, month, *fraud);
}

Result<std::vector<figures::BasisPayment>> IncentiveService::payments(qint64 agentId, YearMonth month) const
{
    auto fraud = review::excludedFromIncentives(m_db);
    if (!fraud)
        return fraud.error();
    return figures::incentivePayments(m_db, agentId, month, *fraud);
}

} // namespace perisai::incentives
