// Offices and wadah: the tree of the branch and the host organisations its agents belong to.
#include "demo/plan.h"
#include "demo/people.h"

#include <QStringList>
#include <algorithm>

namespace perisai::demo {
namespace {

std::string shortRegion(const char *region)
{
    QString r = QString::fromUtf8(region);
    r.remove(QStringLiteral("Kabupaten ")).remove(QStringLiteral("Kota "));
    return r.toStdString();
}

std::string codeStem(const Office &branch)
{
    return QString::fromUtf8(branch.seed.code).section(QLatin1Char('-'), 1).toStdString();
}

const char *const kStreets[] = {"Jl. Raya", "Jl. Pemuda", "Jl. Merdeka", "Jl. Pahlawan", "Jl. Diponegoro",
                                "Jl. Sudirman", "Jl. Ahmad Yani", "Jl. Kartini", "Jl. Pasar", "Jl. Masjid"};

} // namespace

std::string streetAddress(Stream &s, const std::string &place)
{
    return std::string(s.pick(kStreets)) + " No. " + std::to_string(s.between(1, 180)) + ", " + place;
}

std::vector<int> Plan::branches() const
{
    std::vector<int> result;
    for (size_t i = 0; i < offices.size(); ++i)
        if (offices[i].seed.kind == OfficeKind::Branch)
            result.push_back(static_cast<int>(i));
    return result;
}

void buildOffices(Plan &plan, Rng &)
{
    const auto &seeds = plan.scenario.offices;
    for (size_t i = 0; i < seeds.size(); ++i) {
        Office o;
        o.id = static_cast<qint64>(i) + 1;
        o.seed = seeds[i];
        o.branch = o.seed.kind == OfficeKind::Branch ? static_cast<int>(i)
                 : o.seed.kind == OfficeKind::SubBranch ? o.seed.parent : -1;
        if (o.seed.places) {
            for (const QString &p : QString::fromUtf8(o.seed.places).split(QLatin1Char('|')))
                o.places.push_back(p.toStdString());
        } else {
            for (const char *v : genericVillages())
                o.places.emplace_back(v);
        }
        Stream s(plan.options.seed, KindOffice, i);
        o.head = staffName(s, s.chance(0.4));
        o.address = streetAddress(s, shortRegion(o.seed.region));
        if (o.seed.kind == OfficeKind::Branch) {
            const int staff = std::max(2, plan.scenario.wadahPerBranch / 8);
            for (int k = 0; k < staff; ++k)
                o.pembina.push_back(staffName(s, s.chance(0.5)));
        }
        plan.offices.push_back(std::move(o));
    }
}

void buildWadah(Plan &plan, Rng &rng)
{
    const Scenario &sc = plan.scenario;
    const qint64 startJd = plan.firstDayJd(0);
    const qint64 ref = plan.refJd;
    for (int b : plan.branches()) {
        const Office &branch = plan.offices[static_cast<size_t>(b)];
        std::vector<int> offices;
        std::vector<double> weights;
        for (size_t i = 0; i < plan.offices.size(); ++i) {
            if (plan.offices[i].branch == b) {
                offices.push_back(static_cast<int>(i));
                weights.push_back(plan.offices[i].seed.weight);
            }
        }
        const auto perOffice = apportion(sc.wadahPerBranch, weights);
        const size_t firstOfBranch = plan.wadah.size();
        int serial = 0;
        for (size_t k = 0; k < offices.size(); ++k) {
            for (qint64 n = 0; n < perOffice[k]; ++n, ++serial) {
                Wadah w;
                w.id = static_cast<qint64>(plan.wadah.size()) + 1;
                w.office = offices[k];
                w.code = "WDH-" + codeStem(branch) + "-" + QStringLiteral("%1").arg(serial + 1, 3, 10, QLatin1Char('0')).toStdString();
                plan.wadah.push_back(std::move(w));
            }
        }
        // Kantor Perisai first (one per office in turn), the rest by the usual mix of host organisations.
        static const char *const kinds[] = {"koperasi", "komunitas", "bumdes", "koperasi", "bumdes", "komunitas", "serikat", "lainnya"};
        std::vector<std::vector<size_t>> byOffice(offices.size());
        for (size_t i = firstOfBranch; i < plan.wadah.size(); ++i) {
            const auto k = std::find(offices.begin(), offices.end(), plan.wadah[i].office) - offices.begin();
            byOffice[static_cast<size_t>(k)].push_back(i);
        }
        int perisaiLeft = sc.kantorPerisaiPerBranch;
        for (size_t round = 0; perisaiLeft > 0 && round < 100; ++round)
            for (auto &list : byOffice)
                if (round < list.size() && perisaiLeft > 0) {
                    plan.wadah[list[round]].kind = "kantor_perisai";
                    --perisaiLeft;
                }
        // Every kind shows up even in a small branch: the usual mix dealt in turn, then shuffled.
        std::vector<std::string> deck;
        for (size_t i = firstOfBranch; i < plan.wadah.size(); ++i)
            if (plan.wadah[i].kind.empty())
                deck.push_back(kinds[deck.size() % std::size(kinds)]);
        rng.shuffle(deck);
        for (size_t i = firstOfBranch, k = 0; i < plan.wadah.size(); ++i)
            if (plan.wadah[i].kind.empty())
                plan.wadah[i].kind = deck[k++];
        int perisaiSerial = 0;
        for (size_t i = firstOfBranch; i < plan.wadah.size(); ++i) {
            Wadah &w = plan.wadah[i];
            const Office &office = plan.offices[static_cast<size_t>(w.office)];
            Stream s(plan.options.seed, KindWadah, i);
            w.village = s.pick(office.places);
            const std::string place = w.kind == "kantor_perisai" ? shortRegion(office.seed.region) : w.village;
            w.name = wadahName(s, w.kind, place, w.kind == "kantor_perisai" ? perisaiSerial++ : 0);
            w.address = streetAddress(s, w.village);
            w.supervisor = s.pick(branch.pembina);
            w.leader = personName(s, sc.names, s.chance(0.3));
            w.phone = mobilePhone(s);
            const auto bankList = banks(sc.names);
            static const double bankWeights[] = {0.34, 0.24, 0.16, 0.12, 0.08, 0.06, 0.04};
            w.bank = bankList[static_cast<size_t>(rng.weighted(std::span(bankWeights, bankList.size())))].name;
            w.legal = legalStatus(w.kind, s);
            // Most wadah existed before the data starts; the others were founded during the first two years.
            w.foundedJd = rng.chance(0.6) ? startJd - rng.between(30, 700)
                                          : startJd + rng.between(20, std::min<qint64>(700, (ref - startJd) * 2 / 3));
            w.finalEndJd = ref + rng.between(1, 365);
        }
        // Fates of the agreement in force at the end: a few expiring soon, one expired, one terminated,
        // new wadah without a signed PKS. Kantor Perisai keep renewing.
        std::vector<size_t> candidates;
        for (size_t i = firstOfBranch; i < plan.wadah.size(); ++i)
            if (plan.wadah[i].kind != "kantor_perisai")
                candidates.push_back(i);
        rng.shuffle(candidates);
        size_t next = 0;
        auto take = [&]() -> Wadah * { return next < candidates.size() ? &plan.wadah[candidates[next++]] : nullptr; };
        for (const auto &[from, to] : {std::pair{8, 28}, std::pair{35, 58}, std::pair{66, 88}}) {
            if (Wadah *w = take()) {
                w->fate = AgreementFate::ExpiringSoon;
                w->finalEndJd = ref + rng.between(from, to);
            }
        }
        if (Wadah *w = take()) {
            w->fate = AgreementFate::Expired;
            w->finalEndJd = ref - rng.between(10, 40);
        }
        if (Wadah *w = take()) {
            w->fate = AgreementFate::Terminated;
            w->foundedJd = std::min(w->foundedJd, startJd - 200);
            w->terminatedJd = ref - rng.between(90, 200);
            w->finalEndJd = w->terminatedJd + rng.between(60, 200);
            w->active = false;
        }
        if (Wadah *w = take()) {
            w->fate = AgreementFate::None;
            w->foundedJd = ref - rng.between(60, 110);
        }
        if (sc.wadahPerBranch >= 20) {
            if (Wadah *w = take()) {
                w->fate = AgreementFate::Draft;
                w->foundedJd = ref - rng.between(40, 90);
            }
        }
        if (sc.renewKantorPerisaiInLastYear) {
            // All four renewed at the branch's evaluation meeting in the middle of the month.
            const qint64 renewedOn = sc.kantorPerisaiRenewal.firstDay().addDays(14).toJulianDay();
            for (size_t i = firstOfBranch; i < plan.wadah.size(); ++i) {
                Wadah &w = plan.wadah[i];
                if (w.kind == "kantor_perisai")
                    w.finalEndJd = QDate::fromJulianDay(renewedOn).addYears(1).addDays(-1).toJulianDay();
            }
        }
    }
    planAgreementTerms(plan, rng);
}

} // namespace perisai::demo
