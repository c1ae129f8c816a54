#include "signalfigures.h"

#include "core/format.h"
#include "glossary.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

// The signals' words, in the "Signals" translation context (read by lupdate from Signals::tr).
struct Signals {
    Q_DECLARE_TR_FUNCTIONS(Signals)
};

namespace perisai::figures {
namespace {

// Shares are compared with a hair of tolerance, so that 6 of 20 meets "office share + 0.20" at 0.10
// although 0.1 + 0.2 is a little over 0.3 in binary.
constexpr double kTolerance = 1e-9;

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

using Recruits = std::vector<const SignalParticipant *>;

struct Context {
    const SignalData &data;
    const SignalSettings &settings;
    std::unordered_map<qint64, Recruits> byAgent;
    std::vector<AgentSignal> out;

    AgentSignal &raise(SignalKind kind, const SignalAgent &agent, double value, double baseline, qint64 count,
                       QString detail, QList<qint64> participants)
    {
        std::sort(participants.begin(), participants.end());
        out.push_back({kind, agent.id, agent.code, agent.name, agent.wadahId, agent.wadahCode, value, baseline, count, 0,
                       std::move(detail), std::move(participants)});
        return out.back();
    }
};

void firstPaymentOnly(Context &c)
{
    const auto &s = c.settings;
    if (!c.data.lastObserved.isValid())
        return;
    const int observedUntil = c.data.lastObserved.addMonths(-s.firstOnlyObservedMonths).key();
    auto count = [&](const Recruits &recruits, QList<qint64> *once) {
        std::pair<qint64, qint64> n{0, 0}; // observed, paid only the first month
        for (const SignalParticipant *p : recruits) {
            if (p->regPeriod > observedUntil)
                continue;
            ++n.first;
            if (p->lastPaid == p->regPeriod) {
                ++n.second;
                if (once)
                    once->push_back(p->id);
            }
        }
        return n;
    };
    qint64 officeObserved = 0, officeOnce = 0;
    for (const auto &[agent, recruits] : c.byAgent) {
        const auto n = count(recruits, nullptr);
        officeObserved += n.first;
        officeOnce += n.second;
    }
    const double baseline = share(officeOnce, officeObserved);
    const double bar = std::max(s.firstOnlyFactor * baseline, baseline + s.firstOnlyMargin);
    for (const SignalAgent &agent : c.data.agents) {
        QList<qint64> once;
        const auto n = count(c.byAgent[agent.id], &once);
        const double value = share(n.second, n.first);
        if (n.first < s.firstOnlyMinRecruits || value + kTolerance < bar)
            continue;
        c.raise(SignalKind::FirstPaymentOnly, agent, value, baseline, n.second,
                Signals::tr("%1 of %2 recruits observed at least %3 months paid only the first month")
                    .arg(fmt::number(n.second), fmt::number(n.first)).arg(s.firstOnlyObservedMonths),
                once);
    }
}

void reRegistration(Context &c)
{
    const auto &set = c.data.reRegistered;
    const double baseline = share(qint64(set.size()), qint64(c.data.recruits.size()));
    for (const SignalAgent &agent : c.data.agents) {
        const Recruits &recruits = c.byAgent[agent.id];
        QList<qint64> again;
        for (const SignalParticipant *p : recruits) {
            if (set.count(p->id))
                again.push_back(p->id);
        }
        if (again.size() < c.settings.reRegistrationMin)
            continue;
        const qint64 n = again.size();
        c.raise(SignalKind::ReRegistration, agent, share(n, qint64(recruits.size())), baseline, n,
                Signals::tr("%1 of %2 registrations in the period carry a NIK that an earlier participant had")
                    .arg(fmt::number(n), fmt::number(qint64(recruits.size()))),
                again);
    }
}

bool late(const SignalParticipant &p, int lastDays)
{
    return p.regDay > YearMonth::fromKey(p.regPeriod).lastDay().day() - lastDays;
}

void thresholdBunching(Context &c)
{
    const auto &s = c.settings;
    qint64 officeLate = 0;
    for (const SignalParticipant &p : c.data.recruits)
        officeLate += late(p, s.bunchingLastDays);
    const double baseline = share(officeLate, qint64(c.data.recruits.size()));
    for (const SignalAgent &agent : c.data.agents) {
        std::map<int, Recruits> months;
        for (const SignalParticipant *p : c.byAgent[agent.id])
            months[p->regPeriod].push_back(p);
        int bunched = 0;
        qint64 total = 0;
        QList<qint64> lateOnes;
        std::set<int> thresholds;
        for (const auto &[month, recruits] : months) {
            const auto t = c.data.thresholds.find(month);
            const int threshold = t != c.data.thresholds.end() ? t->second : 0;
            const qint64 n = qint64(recruits.size());
            if (threshold <= 0 || n < threshold || n > threshold + s.bunchingBand)
                continue;
            QList<qint64> lateHere;
            for (const SignalParticipant *p : recruits) {
                if (late(*p, s.bunchingLastDays))
                    lateHere.push_back(p->id);
            }
            if (share(lateHere.size(), n) + kTolerance < s.bunchingLateShare)
                continue;
            ++bunched;
            total += n;
            lateOnes += lateHere;
            thresholds.insert(threshold);
        }
        if (bunched < s.bunchingMonths)
            continue;
        QStringList bars;
        for (int t : thresholds)
            bars << fmt::number(t);
        c.raise(SignalKind::ThresholdBunching, agent, share(lateOnes.size(), total), baseline, bunched,
                Signals::tr("In %1 months the new participants ended at or just above the incentive threshold (%2); %3 of them "
                   "were registered in the last %4 days of the month")
                    .arg(bunched)
                    .arg(bars.join(QStringLiteral(", ")), fmt::number(qint64(lateOnes.size())))
                    .arg(s.bunchingLastDays),
                lateOnes);
    }
}

void collectiveLapse(Context &c)
{
    const auto &s = c.settings;
    if (!c.data.lastObserved.isValid())
        return;
    // A month needs a later month in the data before anyone can be said to have paid for no later month.
    const YearMonth until = std::min(c.data.range.to, c.data.lastObserved.addMonths(-1));
    for (const SignalAgent &agent : c.data.agents) {
        const std::vector<qint64> *best = nullptr;
        qint64 bestPayers = 0;
        int bestMonth = 0;
        double bestOffice = 0;
        for (YearMonth m = c.data.range.from; m <= until; m = m.addMonths(1)) {
            const auto lapsed = c.data.agentLapsed.find({agent.id, m.key()});
            if (lapsed == c.data.agentLapsed.end() || qint64(lapsed->second.size()) < s.lapseMinPeople)
                continue;
            const qint64 n = qint64(lapsed->second.size());
            const auto paid = c.data.agentPayers.find({agent.id, m.key()});
            const qint64 payers = std::max(n, paid != c.data.agentPayers.end() ? paid->second : 0);
            const auto office = c.data.officePayers.find(m.key());
            const auto officeLapsed = c.data.officeLapsed.find(m.key());
            const qint64 otherPayers = (office != c.data.officePayers.end() ? office->second : 0) - payers;
            const qint64 otherLapsed = (officeLapsed != c.data.officeLapsed.end() ? officeLapsed->second : 0) - n;
            const double officeShare = share(std::max<qint64>(otherLapsed, 0), otherPayers);
            if (share(n, payers) + kTolerance < s.lapseShare || officeShare > s.lapseOfficeMax + kTolerance)
                continue;
            if (!best || n > qint64(best->size())) {
                best = &lapsed->second;
                bestPayers = payers;
                bestMonth = m.key();
                bestOffice = officeShare;
            }
        }
        if (!best)
            continue;
        const qint64 n = qint64(best->size());
        const YearMonth m = YearMonth::fromKey(bestMonth);
        AgentSignal &signal = c.raise(SignalKind::CollectiveLapse, agent, share(n, bestPayers), bestOffice, n,
                                      Signals::tr("%1 of %2 recruits who paid for %3 paid for no later month; of the office's other "
                                         "payers %4 did so")
                                          .arg(fmt::number(n), fmt::number(bestPayers),
                                               fmt::yearMonth(m.year(), m.month()), fmt::percent(bestOffice)),
                                      QList<qint64>(best->begin(), best->end()));
        signal.month = bestMonth;
    }
}

// A phone number as an integer: a leading digit that says whether it began with '+', then its digits. 0 when
// it is not such a number (more than 17 digits or any other character); those are numbered by their text.
quint64 phoneKey(const QString &phone)
{
    const bool plus = phone.startsWith(QLatin1Char('+'));
    const qsizetype digits = phone.size() - (plus ? 1 : 0);
    if (digits < 1 || digits > 17)
        return 0;
    quint64 key = plus ? 2 : 1;
    for (qsizetype i = plus ? 1 : 0; i < phone.size(); ++i) {
        const char16_t ch = phone[i].unicode();
        if (ch < u'0' || ch > u'9')
            return 0;
        key = key * 10 + (ch - u'0');
    }
    return key;
}

void sharedPhone(Context &c)
{
    const auto &s = c.settings;
    // Each number once as a small integer, found by sorting integer keys: a hash of strings per recruit was
    // most of the five signals' evaluation.
    const SignalParticipant *first = c.data.recruits.data();
    std::vector<std::pair<quint64, int>> keyed; // (key, position in recruits)
    std::map<QString, quint64> otherKeys;        // numbers that are not plain digits, numbered above every digit key
    for (const SignalParticipant &p : c.data.recruits) {
        if (p.phone.isEmpty())
            continue;
        quint64 key = phoneKey(p.phone);
        if (key == 0)
            key = otherKeys.try_emplace(p.phone, (quint64(1) << 63) + otherKeys.size()).first->second;
        keyed.emplace_back(key, int(&p - first));
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<int> number(c.data.recruits.size(), -1); // by position in recruits; -1: no phone
    int numbers = 0;
    for (size_t i = 0; i < keyed.size(); ++i) {
        if (i > 0 && keyed[i].first != keyed[i - 1].first)
            ++numbers;
        number[size_t(keyed[i].second)] = numbers;
    }
    auto numberOfPhone = [&](const QString &phone) {
        quint64 key = phoneKey(phone);
        if (key == 0) {
            const auto other = otherKeys.find(phone);
            if (other == otherKeys.end())
                return -1;
            key = other->second;
        }
        const auto at = std::lower_bound(keyed.begin(), keyed.end(), std::pair<quint64, int>{key, -1});
        return at != keyed.end() && at->first == key ? number[size_t(at->second)] : -1;
    };
    const qint64 officeWithPhone = qint64(keyed.size());
    const qint64 distinct = keyed.empty() ? 0 : numbers + 1;
    const double baseline = share(officeWithPhone, distinct);
    std::vector<std::pair<int, qint64>> held; // (number, participant), sorted to put each number's recruits together
    for (const SignalAgent &agent : c.data.agents) {
        held.clear();
        for (const SignalParticipant *p : c.byAgent[agent.id]) {
            if (const int n = number[size_t(p - first)]; n >= 0)
                held.emplace_back(n, p->id);
        }
        std::sort(held.begin(), held.end());
        const int ownNumber = agent.phone.isEmpty() ? -1 : numberOfPhone(agent.phone);
        qint64 largest = 0;
        bool agentsOwn = false;
        QList<qint64> shared;
        for (size_t i = 0, j = 0; i < held.size(); i = j) {
            while (j < held.size() && held[j].first == held[i].first)
                ++j;
            const bool isOwn = held[i].first == ownNumber;
            const qint64 people = qint64(j - i) + (isOwn ? 1 : 0);
            if (people < s.sharedPhoneMin)
                continue;
            for (size_t k = i; k < j; ++k)
                shared.push_back(held[k].second);
            if (people > largest) {
                largest = people;
                agentsOwn = isOwn;
            }
        }
        if (shared.isEmpty())
            continue;
        const qint64 n = shared.size();
        c.raise(SignalKind::SharedPhone, agent, double(largest), baseline, n,
                agentsOwn ? Signals::tr("%1 recruits were registered with the agent's own phone number").arg(fmt::number(largest - 1))
                          : Signals::tr("%1 recruits were registered with one phone number").arg(fmt::number(largest)),
                shared);
    }
}

} // namespace

QList<SignalKind> allSignalKinds()
{
    return {SignalKind::FirstPaymentOnly, SignalKind::ReRegistration, SignalKind::ThresholdBunching,
            SignalKind::CollectiveLapse, SignalKind::SharedPhone};
}

QString signalKey(SignalKind kind)
{
    switch (kind) {
    case SignalKind::FirstPaymentOnly: return QStringLiteral("first_payment_only");
    case SignalKind::ReRegistration: return QStringLiteral("re_registration");
    case SignalKind::ThresholdBunching: return QStringLiteral("threshold_bunching");
    case SignalKind::CollectiveLapse: return QStringLiteral("collective_lapse");
    case SignalKind::SharedPhone: return QStringLiteral("shared_phone");
    }
    return {};
}

std::optional<SignalKind> signalKindFromKey(const QString &key)
{
    for (SignalKind k : allSignalKinds()) {
        if (signalKey(k) == key)
            return k;
    }
    return std::nullopt;
}

Term signalTerm(SignalKind kind)
{
    switch (kind) {
    case SignalKind::FirstPaymentOnly: return Term::SignalFirstPaymentOnly;
    case SignalKind::ReRegistration: return Term::SignalReRegistration;
    case SignalKind::ThresholdBunching: return Term::SignalThresholdBunching;
    case SignalKind::CollectiveLapse: return Term::SignalCollectiveLapse;
    case SignalKind::SharedPhone: return Term::SignalSharedPhone;
    }
    return Term::SignalFirstPaymentOnly;
}

QString signalTitle(SignalKind kind)
{
    return label(signalTerm(kind));
}

std::vector<AgentSignal> evaluateSignals(const SignalData &data, const SignalSettings &settings)
{
    Context c{data, settings, {}, {}};
    for (const SignalParticipant &p : data.recruits)
        c.byAgent[p.agentId].push_back(&p);
    firstPaymentOnly(c);
    reRegistration(c);
    thresholdBunching(c);
    collectiveLapse(c);
    sharedPhone(c);
    std::stable_sort(c.out.begin(), c.out.end(), [](const AgentSignal &a, const AgentSignal &b) {
        return a.agentCode != b.agentCode ? a.agentCode < b.agentCode : a.kind < b.kind;
    });
    return std::move(c.out);
}

Result<SignalTable> signalFigures(const storage::Database &db, const KpiScope &scope, const PeriodRange &asked, const QDate &today)
{
    auto resolved = resolveScope(db, {scope.officeCode, {}, {}});
    if (!resolved)
        return resolved.error();
    auto period = fitPeriod(db, asked, today);
    if (!period)
        return period.error();
    auto data = loadSignalData(db, *resolved, period->range);
    if (!data)
        return data.error();
    SignalTable table;
    table.period = *period;
    table.officeCode = resolved->office.code;
    table.settings = loadSignalSettings(db);
    for (AgentSignal &s : evaluateSignals(*data, table.settings)) {
        if ((!scope.agentCode.isEmpty() && s.agentCode != scope.agentCode) || (!scope.wadahCode.isEmpty() && s.wadahCode != scope.wadahCode))
            continue;
        table.raised.push_back(std::move(s));
    }
    return table;
}

} // namespace perisai::figures
