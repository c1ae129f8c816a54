// Claims, targets (branch, KCP, wadah, agent; per year and month) and the workforce reference figures.
#include "demo/writers.h"

#include <cmath>
#include <map>

namespace perisai::demo {
namespace {

qint64 roundTo(double value, qint64 step)
{
    return std::max<qint64>(step, std::llround(value / static_cast<double>(step)) * step);
}

struct Acquisitions {
    std::map<std::pair<int, int>, qint64> byAgent, byWadah, byOffice, byBranch; // (index, year) -> count
};

Acquisitions countAcquisitions(const Plan &plan)
{
    Acquisitions a;
    for (const Member &m : plan.members) {
        if (m.agent < 0)
            continue;
        const int year = plan.monthAt(m.regMonth).year();
        const Agent &agent = plan.agents[static_cast<size_t>(m.agent)];
        ++a.byAgent[{m.agent, year}];
        ++a.byWadah[{agent.wadah, year}];
        ++a.byOffice[{m.office, year}];
        ++a.byBranch[{agent.branch, year}];
    }
    return a;
}

qint64 get(const std::map<std::pair<int, int>, qint64> &counts, int index, int year)
{
    const auto it = counts.find({index, year});
    return it == counts.end() ? 0 : it->second;
}

} // namespace

Status writeClaims(const Plan &plan, Sink &sink)
{
    static const char *const programs[] = {"JKK", "JKM", "JHT"};
    Table t(sink, "claims", {"id", "participant_id", "program", "claim_date", "amount", "case_type"});
    qint64 id = 0;
    for (const Claim &c : plan.claims)
        t.id(++id).num(c.member + 1).text(programs[c.program]).date(c.dateJd).num(c.amount).text(c.caseType).end();
    return t.finish();
}

Status writeReference(const Plan &plan, Sink &sink)
{
    Rng rng(plan.options.seed ^ 0x7461726765747321ULL);
    const Acquisitions acq = countAcquisitions(plan);
    const YearMonth first = plan.scenario.first, last = plan.scenario.last;
    std::vector<double> season;
    for (int m = 1; m <= 12; ++m)
        season.push_back(acquisitionSeason(m));

    Table t(sink, "targets", {"id", "year", "month", "level", "code", "target"});
    qint64 id = 0;
    auto row = [&](int year, int month, const char *level, const char *code, qint64 target) {
        t.id(++id).num(year).num(month).text(level).text(code).num(target).end();
    };
    auto yearAndMonths = [&](int year, const char *level, const char *code, qint64 annual) {
        row(year, 0, level, code, annual);
        const auto months = apportion(annual, season);
        for (int m = 1; m <= 12; ++m)
            row(year, m, level, code, months[static_cast<size_t>(m - 1)]);
    };
    for (int year = first.year(); year <= last.year(); ++year) {
        const int from = year == first.year() ? first.month() : 1;
        const int to = year == last.year() ? last.month() : 12;
        const double annualise = 12.0 / (to - from + 1);
        for (int b : plan.branches()) {
            const Office &branch = plan.offices[static_cast<size_t>(b)];
            const qint64 branchTarget = roundTo(get(acq.byBranch, b, year) * annualise * (1.0 + 0.2 * rng.unit()), 50);
            yearAndMonths(year, "cabang", branch.seed.code, branchTarget);
            for (size_t o = 0; o < plan.offices.size(); ++o) {
                const Office &office = plan.offices[o];
                if (office.branch == b && office.seed.kind == OfficeKind::SubBranch)
                    yearAndMonths(year, "kcp", office.seed.code,
                                  roundTo(get(acq.byOffice, static_cast<int>(o), year) * annualise * (1.0 + 0.2 * rng.unit()), 10));
            }
            for (size_t w = 0; w < plan.wadah.size(); ++w) {
                const Wadah &wadah = plan.wadah[w];
                if (plan.offices[static_cast<size_t>(wadah.office)].branch == b && wadah.active)
                    yearAndMonths(year, "wadah", wadah.code.c_str(),
                                  roundTo(std::max<double>(60, get(acq.byWadah, static_cast<int>(w), year) * annualise * (0.95 + 0.3 * rng.unit())), 10));
            }
            // Agents' targets add up to at most the branch's target (additions capped at 100 %).
            std::vector<std::pair<size_t, qint64>> agentTargets;
            qint64 sum = 0;
            for (size_t a = 0; a < plan.agents.size(); ++a) {
                const Agent &agent = plan.agents[a];
                bool working = false;
                for (int k = first.monthsUntil({year, from}); k <= first.monthsUntil({year, to}); ++k)
                    working = working || (agent.briefedJd != 0 && agent.activeIn(k));
                if (agent.branch != b || !working)
                    continue;
                const qint64 target = std::max<qint64>(24, std::llround(get(acq.byAgent, static_cast<int>(a), year) * annualise * (0.9 + 0.4 * rng.unit())));
                agentTargets.emplace_back(a, target);
                sum += target;
            }
            const double scale = sum > branchTarget ? static_cast<double>(branchTarget) / static_cast<double>(sum) : 1.0;
            for (const auto &[a, target] : agentTargets)
                row(year, 0, "agen", plan.agents[a].code.c_str(), std::max<qint64>(1, std::llround(target * scale)));
        }
    }
    if (auto st = t.finish(); !st)
        return st;

    // Workforce per region and year. The headline region's last year can be exact (ntb); its regencies
    // then share the same totals so that they add up.
    Table w(sink, "workforce", {"id", "region", "year", "labour_force", "informal_workers", "working_population"});
    const Scenario &sc = plan.scenario;
    std::vector<const OfficeSeed *> regions;
    for (const Office &o : plan.offices) {
        bool seen = false;
        for (const OfficeSeed *r : regions)
            seen = seen || QByteArray(r->region) == o.seed.region;
        if (!seen)
            regions.push_back(&o.seed);
    }
    std::vector<double> regencyWeights;
    for (size_t r = 1; r < regions.size(); ++r)
        regencyWeights.push_back(static_cast<double>(regions[r]->labourForce));
    const bool exact = sc.headlineWorking > 0;
    const auto labourShares = apportion(sc.headlineLabour, regencyWeights);
    const auto informalShares = apportion(sc.headlineInformal, regencyWeights);
    const auto workingShares = apportion(sc.headlineWorking, regencyWeights);
    id = 0;
    for (size_t r = 0; r < regions.size(); ++r) {
        const OfficeSeed &seed = *regions[r];
        for (int year = first.year(); year <= last.year(); ++year) {
            const double back = std::pow(1.015, last.year() - year);
            qint64 labour = std::llround(static_cast<double>(seed.labourForce) / back);
            qint64 working = std::llround(static_cast<double>(labour) * 0.955);
            qint64 informal = std::llround(static_cast<double>(working) * (seed.informalShare + 0.004 * (last.year() - year)));
            if (exact) {
                const qint64 l = r == 0 ? sc.headlineLabour : labourShares[r - 1];
                const qint64 i = r == 0 ? sc.headlineInformal : informalShares[r - 1];
                const qint64 p = r == 0 ? sc.headlineWorking : workingShares[r - 1];
                labour = std::llround(static_cast<double>(l) / back);
                informal = std::llround(static_cast<double>(i) / back);
                working = std::llround(static_cast<double>(p) / back);
            }
            w.id(++id).text(seed.region).num(year).num(labour).num(informal).num(working).end();
        }
    }
    return w.finish();
}

} // namespace perisai::demo
