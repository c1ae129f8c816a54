#include "core/indicators.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <tuple>

namespace perisai::indicators {

double ratio(double numerator, double denominator)
{
    return denominator == 0.0 ? 0.0 : numerator / denominator;
}

Outlook yearEndOutlook(qint64 yearToDate, int monthsElapsed, const std::array<qint64, 12> &lastYearByMonth)
{
    Outlook o;
    if (monthsElapsed <= 0)
        return o;
    o.runRate = std::llround(static_cast<double>(yearToDate) * 12.0 / monthsElapsed);
    const qint64 lastYearTotal = std::accumulate(lastYearByMonth.begin(), lastYearByMonth.end(), qint64(0));
    const qint64 lastYearSameMonths =
        std::accumulate(lastYearByMonth.begin(), lastYearByMonth.begin() + std::min(monthsElapsed, 12), qint64(0));
    if (lastYearSameMonths > 0)
        o.seasonal = std::llround(static_cast<double>(yearToDate) * lastYearTotal / lastYearSameMonths);
    const qint64 expected = o.seasonal > 0 ? o.seasonal : o.runRate;
    o.beatsLastYear = lastYearTotal > 0 && expected > lastYearTotal;
    return o;
}

Achievement targetAchievement(qint64 acquisitions, qint64 target, double cap)
{
    Achievement a;
    a.ratio = ratio(static_cast<double>(acquisitions), static_cast<double>(target));
    a.aboveCap = target > 0 && a.ratio > cap;
    return a;
}

std::vector<qint64> cumulative(const std::vector<qint64> &values)
{
    std::vector<qint64> out(values.size());
    std::partial_sum(values.begin(), values.end(), out.begin());
    return out;
}

qint64 gainOnPrevious(qint64 current, qint64 previous)
{
    return current - previous;
}

double growth(qint64 current, qint64 base)
{
    return ratio(static_cast<double>(current - base), static_cast<double>(base));
}

OutlookPath outlookPath(const std::array<qint64, 12> &thisYearByMonth, int monthsElapsed,
                        const std::array<qint64, 12> &lastYearByMonth)
{
    OutlookPath path;
    const int elapsed = std::clamp(monthsElapsed, 0, 12);
    qint64 actual = 0;
    for (int m = 0; m < elapsed; ++m) {
        actual += thisYearByMonth[m];
        path.runRate[m] = actual;
    }
    const double perMonth = elapsed > 0 ? static_cast<double>(actual) / elapsed : 0.0;
    for (int m = elapsed; m < 12; ++m)
        path.runRate[m] = std::llround(actual + perMonth * (m + 1 - elapsed));

    // Last year's cumulative shape scaled so that it passes through this year's actual.
    std::array<qint64, 12> lastCum{};
    std::partial_sum(lastYearByMonth.begin(), lastYearByMonth.end(), lastCum.begin());
    const qint64 lastAtElapsed = elapsed > 0 ? lastCum[elapsed - 1] : 0;
    if (lastAtElapsed <= 0)
        return path;
    for (int m = 0; m < 12; ++m) {
        path.seasonal[m] = m < elapsed ? path.runRate[m]
                                       : std::llround(static_cast<double>(actual) * lastCum[m] / lastAtElapsed);
    }
    return path;
}

namespace {

// Whether a year has any monthly target (then its months are summed, not its annual figure spread).
bool hasMonthly(const TargetTable &t, int year)
{
    auto it = t.monthly.lower_bound(year * 100 + 1);
    return it != t.monthly.end() && it->first <= year * 100 + 12;
}

double monthTarget(const TargetTable &t, YearMonth m)
{
    if (hasMonthly(t, m.year())) {
        auto it = t.monthly.find(m.key());
        return it == t.monthly.end() ? 0.0 : static_cast<double>(it->second);
    }
    auto it = t.annual.find(m.year());
    return it == t.annual.end() ? 0.0 : static_cast<double>(it->second) / 12.0;
}

} // namespace

qint64 targetForPeriod(const TargetTable &targets, const PeriodRange &range)
{
    double total = 0.0;
    for (YearMonth m = range.from; m <= range.to; m = m.addMonths(1))
        total += monthTarget(targets, m);
    return std::llround(total);
}

qint64 targetForPeriod(const std::vector<YearTarget> &years, const PeriodRange &range)
{
    double total = 0.0;
    for (const auto &y : years) {
        const YearMonth first = std::max(range.from, YearMonth(y.year, 1));
        const YearMonth last = std::min(range.to, YearMonth(y.year, 12));
        if (last < first)
            continue;
        if (y.hasMonthly)
            total += static_cast<double>(y.monthlyInRange);
        else if (y.annual)
            total += static_cast<double>(*y.annual) * (first.monthsUntil(last) + 1) / 12.0;
    }
    return std::llround(total);
}

std::vector<double> targetByMonth(const TargetTable &targets, const PeriodRange &range)
{
    std::vector<double> out;
    for (YearMonth m = range.from; m <= range.to; m = m.addMonths(1))
        out.push_back(monthTarget(targets, m));
    return out;
}

double retentionAt(const CohortData &data, int k, const PeriodRange &cohorts, YearMonth lastObserved)
{
    qint64 size = 0;
    qint64 paid = 0;
    for (const auto &[key, n] : data.sizes) {
        const YearMonth cohort = YearMonth::fromKey(key);
        if (!cohorts.contains(cohort) || cohort.addMonths(k) > lastObserved || n <= 0)
            continue;
        size += n;
        if (auto it = data.paid.find({key, k}); it != data.paid.end())
            paid += it->second;
    }
    return ratio(static_cast<double>(paid), static_cast<double>(size));
}

std::optional<double> retentionShare(const CohortData &data, int k, const PeriodRange &cohorts, YearMonth lastObserved)
{
    RetentionCount count;
    for (const auto &[key, n] : data.sizes) {
        const YearMonth cohort = YearMonth::fromKey(key);
        if (!cohorts.contains(cohort) || cohort.addMonths(k) > lastObserved || n <= 0)
            continue;
        count.base += n;
        if (auto it = data.paid.find({key, k}); it != data.paid.end())
            count.paid += it->second;
    }
    return count.share();
}

PeriodRange observedCohorts(const PeriodRange &cohorts, int k, YearMonth lastObserved)
{
    if (!lastObserved.isValid())
        return {cohorts.from, cohorts.from.addMonths(-1)};
    return {cohorts.from, std::min(cohorts.to, lastObserved.addMonths(-k))};
}

std::optional<double> RetentionCount::share() const
{
    if (base <= 0)
        return std::nullopt;
    return ratio(static_cast<double>(paid), static_cast<double>(base));
}

RetentionCount &RetentionCount::operator+=(const RetentionCount &other)
{
    base += other.base;
    paid += other.paid;
    return *this;
}

std::vector<CohortRow> cohortTable(const CohortData &data, const PeriodRange &cohorts, int maxK,
                                   YearMonth lastObserved)
{
    std::vector<CohortRow> rows;
    for (YearMonth c = cohorts.from; c <= cohorts.to && c <= lastObserved; c = c.addMonths(1)) {
        CohortRow row;
        row.cohort = c;
        if (auto it = data.sizes.find(c.key()); it != data.sizes.end())
            row.size = it->second;
        for (int k = 0; k <= maxK; ++k) {
            if (c.addMonths(k) > lastObserved || row.size <= 0) {
                row.shares.emplace_back();
                continue;
            }
            auto it = data.paid.find({c.key(), k});
            const qint64 paid = it == data.paid.end() ? 0 : it->second;
            row.shares.emplace_back(ratio(static_cast<double>(paid), static_cast<double>(row.size)));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Coverage coverage(qint64 protectedWorkers, qint64 perisaiActive, qint64 informalWorkers, qint64 workingPopulation)
{
    Coverage c;
    c.informalWorkers = informalWorkers;
    c.workingPopulation = workingPopulation;
    c.protectedWorkers = protectedWorkers;
    c.perisaiActive = perisaiActive;
    c.otherChannels = protectedWorkers - perisaiActive;
    c.notCovered = std::max<qint64>(0, informalWorkers - protectedWorkers);
    c.ratio = ratio(static_cast<double>(protectedWorkers), static_cast<double>(informalWorkers));
    c.perisaiShare = ratio(static_cast<double>(perisaiActive), static_cast<double>(protectedWorkers));
    c.ucjContribution = ratio(static_cast<double>(perisaiActive), static_cast<double>(workingPopulation));
    return c;
}

void rankAgents(std::vector<AgentScore> &scores)
{
    auto key = [](const AgentScore &s) { return std::tuple(s.acquisitions, s.activeRecruits, s.collected); };
    std::stable_sort(scores.begin(), scores.end(), [&](const AgentScore &a, const AgentScore &b) { return key(a) > key(b); });
    for (size_t i = 0; i < scores.size(); ++i)
        scores[i].rank = (i > 0 && key(scores[i]) == key(scores[i - 1])) ? scores[i - 1].rank : static_cast<int>(i + 1);
}

bool registeredOn(const AgentTenure &agent, const QDate &day)
{
    if (agent.status == QLatin1String("candidate"))
        return false;
    if (agent.joinedOn.isValid() && agent.joinedOn > day)
        return false;
    if (agent.status == QLatin1String("dismissed") && (!agent.statusSince.isValid() || agent.statusSince <= day))
        return false;
    return true;
}

bool activeOn(const AgentTenure &agent, const QDate &day)
{
    if (!registeredOn(agent, day))
        return false;
    if (agent.status == QLatin1String("active"))
        return true;
    // Inactive or dismissed since a later day: active until then.
    return (agent.status == QLatin1String("inactive") || agent.status == QLatin1String("dismissed")) && agent.statusSince.isValid()
           && agent.statusSince > day;
}

// Terminated on day D: D is the first day it no longer binds.
QDate effectiveEnd(const AgreementTerm &a)
{
    return a.terminated && a.terminatedOn.isValid() && a.terminatedOn <= a.endsOn ? a.terminatedOn.addDays(-1) : a.endsOn;
}

namespace {

// The day an agreement was signed; its start when that day is unknown.
QDate signedDay(const AgreementTerm &a)
{
    return a.signedOn.isValid() ? a.signedOn : a.startsOn;
}

std::set<qint64> renewedIds(const std::vector<AgreementTerm> &agreements)
{
    std::set<qint64> ids;
    for (const auto &a : agreements) {
        if (!a.draft && a.previousId != 0 && a.startsOn.isValid())
            ids.insert(a.previousId);
    }
    return ids;
}

bool terminatedBy(const AgreementTerm &a, const QDate &day)
{
    return a.terminated && (!a.terminatedOn.isValid() || a.terminatedOn <= day);
}

bool inForce(const AgreementTerm &a, const QDate &day)
{
    return a.startsOn <= day && day <= effectiveEnd(a);
}

} // namespace

AgreementCounts agreementCounts(const std::vector<AgreementTerm> &agreements, const QDate &day)
{
    const std::set<qint64> renewed = renewedIds(agreements);
    AgreementCounts c;
    for (const auto &a : agreements) {
        if (a.draft)
            continue;
        if (terminatedBy(a, day)) {
            ++c.terminated;
            continue;
        }
        const bool isRenewed = renewed.count(a.id) > 0;
        if (inForce(a, day)) {
            ++c.active;
            c.renewed += a.previousId != 0;
            const qint64 left = day.daysTo(effectiveEnd(a));
            if (!isRenewed) {
                c.expiring30 += left <= 30;
                c.expiring60 += left <= 60;
                c.expiring90 += left <= 90;
            }
        } else if (a.endsOn < day && !isRenewed) {
            ++c.expired;
        }
    }
    return c;
}

std::map<QString, WadahAgreement> agreementsByWadah(const std::vector<AgreementTerm> &agreements, const QDate &day)
{
    std::map<QString, const AgreementTerm *> newest;
    std::map<QString, WadahAgreement> out;
    for (const auto &a : agreements) {
        if (a.draft) {
            out[a.wadahCode]; // at least listed, as a draft below
            continue;
        }
        if (signedDay(a) > day)
            continue;
        const AgreementTerm *&n = newest[a.wadahCode];
        if (!n || a.startsOn > n->startsOn || (a.startsOn == n->startsOn && a.id > n->id))
            n = &a;
    }
    for (auto &[code, w] : out)
        w.state = AgreementState::Draft;
    for (const auto &[code, a] : newest) {
        WadahAgreement &w = out[code];
        w.endsOn = effectiveEnd(*a);
        w.number = a->number;
        if (terminatedBy(*a, day))
            w.state = AgreementState::Terminated;
        else if (w.endsOn < day)
            w.state = AgreementState::Expired;
        else if (day.daysTo(w.endsOn) <= 90)
            w.state = AgreementState::Expiring;
        else
            w.state = AgreementState::Active;
    }
    return out;
}

std::vector<AgreementTerm> agreementsToRenew(const std::vector<AgreementTerm> &agreements, const QDate &day)
{
    const std::set<qint64> renewed = renewedIds(agreements);
    std::vector<AgreementTerm> expired;
    std::vector<AgreementTerm> expiring;
    for (const auto &a : agreements) {
        if (a.draft || terminatedBy(a, day) || renewed.count(a.id) > 0)
            continue;
        if (inForce(a, day) && day.daysTo(effectiveEnd(a)) <= 90)
            expiring.push_back(a);
        else if (a.endsOn < day)
            expired.push_back(a);
    }
    auto byEnd = [](const AgreementTerm &a, const AgreementTerm &b) { return a.endsOn < b.endsOn; };
    std::stable_sort(expired.begin(), expired.end(), byEnd);
    std::stable_sort(expiring.begin(), expiring.end(), byEnd);
    expired.insert(expired.end(), expiring.begin(), expiring.end());
    return expired;
}

namespace {

// The agreements whose `dayOf` falls between from and to, by that day (then by wadah name, as the reminders).
template <typename Day>
std::vector<AgreementTerm> happenedBetween(const std::vector<AgreementTerm> &agreements, const QDate &from, const QDate &to, Day dayOf)
{
    std::vector<AgreementTerm> out;
    for (const auto &a : agreements) {
        const QDate d = dayOf(a);
        if (d.isValid() && d >= from && d <= to)
            out.push_back(a);
    }
    std::stable_sort(out.begin(), out.end(), [&](const AgreementTerm &a, const AgreementTerm &b) {
        const QDate da = dayOf(a), db = dayOf(b);
        return da != db ? da < db : a.wadahName.compare(b.wadahName, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace

std::vector<AgreementTerm> renewedBetween(const std::vector<AgreementTerm> &agreements, const QDate &from, const QDate &to)
{
    return happenedBetween(agreements, from, to, [](const AgreementTerm &a) {
        return a.previousId == 0 || a.draft ? QDate() : signedDay(a);
    });
}

std::vector<AgreementTerm> terminatedBetween(const std::vector<AgreementTerm> &agreements, const QDate &from, const QDate &to)
{
    return happenedBetween(agreements, from, to, [](const AgreementTerm &a) { return a.terminated ? a.terminatedOn : QDate(); });
}

std::vector<QPointF> downsample(const std::vector<QPointF> &points, int maxPoints)
{
    if (maxPoints < 4 || static_cast<int>(points.size()) <= maxPoints)
        return points;
    // The two end points stay; the points between fall into buckets of consecutive points, each
    // contributing its lowest and highest point in x order.
    const size_t inner = points.size() - 2;
    const int buckets = (maxPoints - 2) / 2;
    std::vector<QPointF> out;
    out.reserve(static_cast<size_t>(maxPoints));
    out.push_back(points.front());
    for (int b = 0; b < buckets; ++b) {
        const size_t begin = 1 + inner * b / buckets;
        const size_t end = 1 + inner * (b + 1) / buckets;
        if (begin >= end)
            continue;
        size_t lo = begin;
        size_t hi = begin;
        for (size_t i = begin; i < end; ++i) {
            if (points[i].y() < points[lo].y())
                lo = i;
            if (points[i].y() > points[hi].y())
                hi = i;
        }
        out.push_back(points[std::min(lo, hi)]);
        if (lo != hi)
            out.push_back(points[std::max(lo, hi)]);
    }
    out.push_back(points.back());
    return out;
}

} // namespace perisai::indicators
