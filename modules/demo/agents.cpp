// Agents: who they are, when they joined and were briefed, and what became of them
// (active, inactive after three quiet months, reactivated, dismissed, still a candidate).
#include "demo/people.h"

#include <algorithm>
#include <cmath>

namespace perisai::demo {
namespace {

std::string agentCode(const Office &branch, int serial)
{
    const QString stem = QString::fromUtf8(branch.seed.code).section(QLatin1Char('-'), 1);
    return QStringLiteral("AG-%1-%2").arg(stem).arg(serial, 4, 10, QLatin1Char('0')).toStdString();
}

// Joined on: the first wave right at the start, the rest over the months, never before the wadah existed.
qint64 joinDate(const Plan &plan, const Wadah &w, Rng &rng)
{
    const qint64 start = plan.firstDayJd(0);
    const qint64 latest = plan.refJd - 100;
    const qint64 earliest = std::max(start, w.foundedJd + 7);
    if (w.fate == AgreementFate::None || w.fate == AgreementFate::Draft)
        return std::min(plan.refJd - 10, w.foundedJd + rng.between(10, 50));
    if (earliest >= latest)
        return latest;
    if (w.foundedJd < start && rng.chance(0.65))
        return start + rng.between(0, 9);
    // Early months are busier: the square of a uniform draw leans towards the start.
    const double u = rng.unit();
    return earliest + static_cast<qint64>(u * u * static_cast<double>(latest - earliest));
}

void addHistory(Agent &a, const char *status, qint64 jd, std::string reason, bool automatic = false)
{
    a.history.push_back({status, jd, std::move(reason), automatic});
}

} // namespace

void buildAgents(Plan &plan, Rng &rng)
{
    const Scenario &sc = plan.scenario;
    const int last = plan.months - 1;
    for (int b : plan.branches()) {
        std::vector<int> wadahOfBranch;
        for (size_t i = 0; i < plan.wadah.size(); ++i)
            if (plan.offices[static_cast<size_t>(plan.wadah[i].office)].branch == b)
                wadahOfBranch.push_back(static_cast<int>(i));
        // At least five agents per wadah (the 2022 rule), the rest where the wadah are strong.
        std::vector<double> strength;
        for (size_t k = 0; k < wadahOfBranch.size(); ++k)
            strength.push_back(std::exp(rng.normal(0, 0.6)));
        const int base = std::min<int>(5, sc.agentsPerBranch / std::max<int>(1, static_cast<int>(wadahOfBranch.size())));
        auto extra = apportion(sc.agentsPerBranch - base * static_cast<int>(wadahOfBranch.size()), strength);
        const size_t firstOfBranch = plan.agents.size();
        for (size_t k = 0; k < wadahOfBranch.size(); ++k) {
            const Wadah &w = plan.wadah[static_cast<size_t>(wadahOfBranch[k])];
            for (qint64 n = 0; n < base + extra[k]; ++n) {
                Agent a;
                const size_t index = plan.agents.size();
                a.id = static_cast<qint64>(index) + 1;
                a.code = agentCode(plan.offices[static_cast<size_t>(b)], static_cast<int>(index - firstOfBranch) + 1);
                a.wadah = wadahOfBranch[k];
                a.office = w.office;
                a.branch = b;
                Stream s(plan.options.seed, KindAgent, index);
                a.female = s.chance(0.42);
                a.name = personName(s, sc.names, a.female);
                a.joinedJd = joinDate(plan, w, rng);
                a.birthJd = birthDate(s, a.joinedJd, 21, 55).toJulianDay();
                a.nik = uniqueNik(plan, s, nikRegency(plan, s, w.office), QDate::fromJulianDay(a.birthJd), a.female);
                a.phone = mobilePhone(s);
                a.address = streetAddress(s, s.pick(plan.offices[static_cast<size_t>(w.office)].places));
                // The account is at the wadah's partner bank, as the incentive is paid through it.
                a.bank = s.chance(0.85) ? w.bank : banks(sc.names)[s.below(banks(sc.names).size())].name;
                int digits = 10;
                for (const Bank &bank : banks(sc.names))
                    if (a.bank == bank.name)
                        digits = bank.accountDigits;
                a.account = accountNumber(s, digits);
                a.briefedJd = a.joinedJd + rng.between(2, 14);
                a.productivity = rng.chance(0.15) ? 0.05 : std::exp(rng.normal(0, 0.7));
                a.firstOnlyRate = 0.06 + 0.06 * rng.unit();
                plan.agents.push_back(std::move(a));
            }
        }
        // Candidates: joined in the last weeks, not briefed yet. One works for the agency (not eligible),
        // one has no account at the partner bank yet.
        std::vector<size_t> order;
        for (size_t i = firstOfBranch; i < plan.agents.size(); ++i)
            order.push_back(i);
        rng.shuffle(order);
        size_t next = 0;
        for (int c = 0; c < 3 && next < order.size(); ++c) {
            Agent &a = plan.agents[order[next++]];
            a.joinedJd = plan.refJd - rng.between(4, 25);
            a.briefedJd = 0;
            a.hasAccount = c != 1;
            a.agencyEmployee = c == 2;
            a.hasDevice = true;
            a.bpuParticipant = c != 2;
        }
        for (size_t i = firstOfBranch; i < plan.agents.size(); ++i) {
            Agent &a = plan.agents[i];
            addHistory(a, "candidate", a.joinedJd, "Pendaftaran calon agen");
            if (a.briefedJd == 0 || a.briefedJd > plan.refJd) {
                a.briefedJd = 0;
                continue;
            }
            addHistory(a, "active", a.briefedJd, "Selesai pembekalan");
            a.activeFrom = plan.monthOf(a.briefedJd);
            a.activeTo = last;
            const Wadah &w = plan.wadah[static_cast<size_t>(a.wadah)];
            if (w.fate == AgreementFate::Terminated && w.terminatedJd > a.briefedJd) {
                a.activeTo = plan.monthOf(w.terminatedJd);
                a.stopJd = w.terminatedJd;
                addHistory(a, "inactive", w.terminatedJd, "PKS wadah diakhiri");
            }
        }
        // One dismissed for keeping participants' contributions, one whose recruits mostly pay once,
        // and some who went quiet for three months (one of them back after six months).
        auto eligible = [&](const Agent &a, int minMonths) {
            return a.briefedJd != 0 && a.activeTo == last && a.activeFrom <= last - minMonths;
        };
        int dismissed = 0, suspicious = 0, inactive = 0, reactivated = 0;
        const int wantInactive = std::max(2, sc.agentsPerBranch / 12);
        for (; next < order.size(); ++next) {
            Agent &a = plan.agents[order[next]];
            if (dismissed < 1 && eligible(a, 12)) {
                a.activeTo = static_cast<int>(rng.between(a.activeFrom + 8, last - 3));
                a.productivity = std::max(a.productivity, 1.2);
                const qint64 on = plan.firstDayJd(a.activeTo) + rng.between(5, 25);
                a.stopJd = on;
                addHistory(a, "dismissed", on, "Iuran peserta yang dititipkan tidak disetorkan (penyimpangan)");
                ++dismissed;
            } else if (suspicious < 1 && eligible(a, 9)) {
                a.suspicious = true;
                a.firstOnlyRate = 0.55;
                a.productivity = std::max(a.productivity, 1.5);
                ++suspicious;
            } else if (inactive < wantInactive && eligible(a, 8)) {
                a.activeTo = static_cast<int>(rng.between(a.activeFrom + 2, last - 5));
                const qint64 quietFrom = plan.firstDayJd(a.activeTo + 4);
                addHistory(a, "inactive", quietFrom, "Tiga bulan tanpa akuisisi dan iuran", true);
                if (reactivated < 1 && a.activeTo + 10 <= last - 1) {
                    a.resumeFrom = a.activeTo + 10;
                    addHistory(a, "active", plan.firstDayJd(a.resumeFrom), "Diaktifkan kembali atas permintaan wadah");
                    ++reactivated;
                }
                ++inactive;
            }
        }
    }
}

} // namespace perisai::demo
