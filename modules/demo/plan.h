#pragma once
// The demo data held in memory before it is written: everything the big loops need, compactly.
// Dates are Julian day numbers (QDate::toJulianDay); months are indexes from the scenario's first month.

#include "demo/random.h"
#include "demo/scenario.h"

#include <QDate>
#include <string>
#include <unordered_set>
#include <vector>

namespace perisai::demo {

struct Office {
    qint64 id = 0;
    OfficeSeed seed;
    int branch = -1;                 // index of its KC (itself for a KC, -1 for the kanwil)
    std::vector<std::string> places; // kecamatan / villages
    std::string head;
    std::string address;
    std::vector<std::string> pembina; // a branch's staff who supervise its wadah (KC only)
};

// Separate per-row streams (see Stream) for each kind of row.
enum StreamKind : quint64 { KindOffice = 1, KindWadah, KindAgent, KindMember, KindClaim, KindAgreement, KindMonev, KindMisc };

enum class AgreementFate { Renewing, ExpiringSoon, Expired, Terminated, Draft, None };

struct Wadah {
    qint64 id = 0;
    std::string code, name, kind, village, address, supervisor, leader, phone, bank, legal;
    int office = 0;
    qint64 foundedJd = 0;
    qint64 finalEndJd = 0;      // end of the agreement in force at the end of the data
    AgreementFate fate = AgreementFate::Renewing;
    qint64 terminatedJd = 0;    // when its PKS was terminated (fate Terminated)
    bool active = true;
    std::vector<std::pair<qint64, qint64>> terms; // its PKS, oldest first: (starts_on, ends_on)
};

struct StatusChange {
    std::string status;
    qint64 fromJd = 0;
    std::string reason;
    bool automatic = false;
};

struct Agent {
    qint64 id = 0;
    std::string code, nik, name, phone, address, bank, account, kpj;
    bool female = false;
    qint64 birthJd = 0;
    int wadah = -1;
    int office = 0;
    int branch = 0;
    qint64 joinedJd = 0;
    qint64 briefedJd = 0;         // 0: not briefed yet (candidate)
    bool bpuParticipant = true, hasAccount = true, hasDevice = true, agencyEmployee = false;
    // Months in which the agent recruits and collects: [activeFrom, activeTo], and again from resumeFrom.
    int activeFrom = -1, activeTo = -1, resumeFrom = -1;
    qint64 stopJd = 0;            // the day in month activeTo after which nothing more (dismissal, PKS ended)
    double productivity = 1.0;
    double firstOnlyRate = 0.0;   // share of recruits who pay the first month only
    bool suspicious = false;      // high first-payment-only rate (a review flag, never a verdict)
    std::vector<StatusChange> history;
    int selfMember = -1;          // the agent's own participant row

    bool activeIn(int month) const
    {
        return (activeFrom >= 0 && month >= activeFrom && month <= activeTo) || (resumeFrom >= 0 && month >= resumeFrom);
    }
    const std::string &status() const { return history.back().status; }
};

enum Channel : quint8 { ChannelAgen, ChannelBank, ChannelKantor, ChannelOnline };

namespace MemberFlag {
enum : quint8 {
    Locked = 1,      // fate fixed (a death, an agent's own membership): exact adjustments leave it alone
    AgentSelf = 2,   // the row of an agent's own membership
    Twin = 4,        // shares the NIK (and the person) of member `twinOf`
    SharedPhone = 8, // registered with the agent's phone number
    Arrears = 16,    // skips a month now and then and pays some of them late
};
}

struct Member {
    qint32 regJd = 0;
    qint16 regMonth = 0;
    qint16 lastPaid = 0;   // last month paid; >= regMonth
    qint32 agent = -1;     // index into agents, -1: another channel
    qint32 twinOf = -1;    // Twin: the earlier member; AgentSelf: the agent's index
    qint16 office = 0;
    quint8 program = 0;    // 0 JKK+JKM, 1 JKK+JKM+JHT
    quint8 bracket = 0;    // index into incomeBrackets()
    quint8 channel = ChannelBank;
    quint8 flags = 0;

    bool has(quint8 flag) const { return (flags & flag) != 0; }
};

enum ClaimProgram : quint8 { ClaimJkk, ClaimJkm, ClaimJht };

struct Claim {
    int member = 0;
    ClaimProgram program = ClaimJkk;
    qint64 dateJd = 0;
    qint64 amount = 0;
    const char *caseType = "";
};

struct Plan {
    Options options;
    Scenario scenario;
    int months = 0;
    qint64 refJd = 0;            // last day of the last month: "today" for the demo
    std::vector<Office> offices;
    std::vector<Wadah> wadah;
    std::vector<Agent> agents;
    std::vector<Member> members;
    std::vector<Claim> claims;
    // Patterns a person should look at (review_flags): pairs (earlier member, later member) sharing a NIK.
    std::vector<std::pair<int, int>> reregistered; // lapsed, then registered again as new
    std::vector<std::pair<int, int>> duplicates;   // registered twice within weeks
    std::vector<int> sharedPhone;                  // recruits registered with their agent's phone
    std::unordered_set<quint64> usedNiks; // NIKs handed out so far, as numbers (agents first, then participants)

    YearMonth monthAt(int index) const { return scenario.first.addMonths(index); }
    int monthOf(qint64 jd) const { return scenario.first.monthsUntil(YearMonth::fromDate(QDate::fromJulianDay(jd))); }
    qint64 firstDayJd(int month) const { return monthAt(month).firstDay().toJulianDay(); }
    qint64 lastDayJd(int month) const { return monthAt(month).lastDay().toJulianDay(); }
    std::vector<int> branches() const;
};

// Declared monthly income brackets (rupiah) and the monthly contribution for each program:
// JKK 1 % of income + JKM Rp6,800 (+ JHT 2 %): Rp16,800 / Rp36,800 at the lowest bracket.
std::span<const qint64> incomeBrackets();
qint64 contributionAmount(quint8 program, quint8 bracket);

// Lapse hazard multiplier for a calendar month: Lebaran, the new school year and January cost payers.
double lapseSeason(int calendarMonth);
// Relative registrations by calendar month.
double acquisitionSeason(int calendarMonth);

// The building steps, in order.
void buildOffices(Plan &plan, Rng &rng);
void buildWadah(Plan &plan, Rng &rng);
void planAgreementTerms(Plan &plan, Rng &rng); // the PKS chain of each wadah (ends with buildWadah)
void buildAgents(Plan &plan, Rng &rng);
void buildMembers(Plan &plan, Rng &rng);
void buildClaims(Plan &plan, Rng &rng);
void settleExactFigures(Plan &plan, Rng &rng);

Plan buildPlan(const Options &options);

} // namespace perisai::demo
