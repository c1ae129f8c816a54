// Writes participants and their monthly contributions: the big tables, one row per member and per month paid.
#include "demo/people.h"
#include "demo/writers.h"
#include "storage/partitions.h"

#include <unordered_map>

namespace perisai::demo {
namespace {

constexpr quint64 KindPayment = 20;
const char *const kChannels[] = {"agen", "bank", "kantor", "online"};

struct Person {
    std::string nik, name, phone;
    bool female = false;
    qint64 birthJd = 0;
};

} // namespace

Status writeParticipants(Plan &plan, Sink &sink)
{
    const auto occ = occupations();
    std::vector<double> occWeights;
    for (const Occupation &o : occ)
        occWeights.push_back(plan.scenario.names == NameStyle::Ntb ? o.weightNtb : o.weightJava);
    const WeightedPicker occupation(occWeights);
    // The NIK of a member someone else registers again later.
    std::unordered_map<int, std::string> twinNiks;
    for (const auto &pairs : {plan.reregistered, plan.duplicates})
        for (const auto &[earlier, later] : pairs)
            twinNiks.emplace(earlier, std::string());

    Table t(sink, "participants", {"id", "kpj", "nik", "name", "birth_date", "sex", "phone", "occupation", "program",
                                   "declared_income", "registered_on", "reg_period", "agent_id", "office_id"});
    for (size_t i = 0; i < plan.members.size(); ++i) {
        const Member &m = plan.members[i];
        const int identity = m.has(MemberFlag::Twin) ? m.twinOf : static_cast<int>(i);
        Stream s(plan.options.seed, KindMember, static_cast<quint64>(identity));
        Person p;
        const int job = occupation.pick(s);
        if (m.has(MemberFlag::AgentSelf)) {
            const Agent &a = plan.agents[static_cast<size_t>(m.twinOf)];
            p = {a.nik, a.name, a.phone, a.female, a.birthJd};
        } else {
            p.female = s.chance(0.44);
            const QDate birth = birthDate(s, plan.members[static_cast<size_t>(identity)].regJd, 18, 62);
            p.birthJd = birth.toJulianDay();
            const int regency = nikRegency(plan, s, plan.members[static_cast<size_t>(identity)].office);
            p.name = personName(s, plan.scenario.names, p.female);
            p.phone = mobilePhone(s);
            if (m.has(MemberFlag::Twin)) {
                p.nik = twinNiks[identity];
            } else {
                p.nik = uniqueNik(plan, s, regency, birth, p.female);
                if (const auto it = twinNiks.find(static_cast<int>(i)); it != twinNiks.end())
                    it->second = p.nik;
            }
            if (m.has(MemberFlag::SharedPhone))
                p.phone = plan.agents[static_cast<size_t>(m.agent)].phone;
        }
        const YearMonth reg = plan.monthAt(m.regMonth);
        t.id(static_cast<qint64>(i) + 1).text(kpjFor(plan, static_cast<int>(i))).text(p.nik).text(p.name).date(p.birthJd);
        t.text(p.female ? "P" : "L").text(p.phone).text(occ[static_cast<size_t>(job)].name);
        t.text(m.program ? "JKK+JKM+JHT" : "JKK+JKM").num(incomeBrackets()[m.bracket]).date(m.regJd).num(reg.key());
        t.optNum(m.agent >= 0 ? plan.agents[static_cast<size_t>(m.agent)].id : 0, m.agent >= 0);
        t.num(plan.offices[static_cast<size_t>(m.office)].id);
        if (!t.end())
            break;
    }
    return t.finish();
}

qint64 expectedContributions(const Plan &plan)
{
    qint64 rows = 0;
    for (const Member &m : plan.members)
        rows += m.lastPaid - m.regMonth + 1;
    return rows;
}

Status writeContributions(const Plan &plan, Sink &sink, qint64 *rows)
{
    std::vector<int> monthKeys;
    std::vector<qint64> firstDays, lastDays;
    for (int k = 0; k < plan.months; ++k) {
        monthKeys.push_back(plan.monthAt(k).key());
        firstDays.push_back(plan.firstDayJd(k));
        lastDays.push_back(plan.lastDayJd(k));
    }
    if (plan.months > 0) {
        const int first = plan.monthAt(0).key(), last = plan.monthAt(plan.months - 1).key();
        if (auto st = storage::ensureContributionPartitions(sink.db(), sink.connection(), first, last); !st)
            return st;
    }
    Table t(sink, "contributions", {"period", "participant_id", "amount", "paid_on", "channel"});
    for (size_t i = 0; i < plan.members.size() && t.ok(); ++i) {
        const Member &m = plan.members[i];
        Stream s(plan.options.seed, KindPayment, i);
        const qint64 amount = contributionAmount(m.program, m.bracket);
        const qint64 payDay = s.between(1, 24); // the day of the month this person usually pays
        const Agent *agent = m.agent >= 0 ? &plan.agents[static_cast<size_t>(m.agent)] : nullptr;
        const auto id = static_cast<qint64>(i) + 1;
        int owed = -1; // a skipped month paid together with the next one
        for (int k = m.regMonth; k <= m.lastPaid; ++k) {
            const auto kk = static_cast<size_t>(k);
            if (m.has(MemberFlag::Arrears) && k != m.regMonth && k != m.lastPaid && owed < 0 && s.chance(0.15)) {
                if (s.chance(0.5))
                    owed = k; // paid late; otherwise never paid
                continue;
            }
            qint64 paidOn = k == m.regMonth ? m.regJd : firstDays[kk] + payDay - 1 + s.between(-2, 4);
            paidOn = std::clamp(paidOn, firstDays[kk], std::min(lastDays[kk], plan.refJd));
            // Agents collect from their own recruits while they work; otherwise people pay where they can.
            quint8 channel = m.channel;
            if (channel == ChannelAgen && (!agent || !agent->activeIn(k)))
                channel = (i + static_cast<size_t>(k)) % 3 ? ChannelOnline : ChannelBank;
            else if (s.chance(0.04))
                channel = channel == ChannelAgen ? ChannelBank : ChannelOnline;
            const std::string_view name = kChannels[channel];
            for (const int month : {owed, k}) {
                if (month < 0)
                    continue;
                t.num(monthKeys[static_cast<size_t>(month)]).num(id).num(amount).date(paidOn).text(name);
                if (!t.end())
                    break;
            }
            owed = -1;
        }
    }
    *rows = t.rows();
    return t.finish();
}

} // namespace perisai::demo
