// The deck's figures come from the figures layer (the same as the dashboard's, the PDFs' and `kpi`'s); the
// session itself from the Monev repository. Nothing here counts or divides.
#include "deckrepository.h"

#include "figures/agreementfigures.h"
#include "figures/followup.h"
#include "figures/kpiservice.h"
#include "figures/retentioncurve.h"
#include "monev/monevrepository.h"
#include "privacy.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <algorithm>

namespace perisai::presentation {

namespace {

struct Deck {
    Q_DECLARE_TR_FUNCTIONS(Deck)
};

constexpr int kLeaders = 10;
constexpr int kListed = 8;

Result<std::optional<monev::Session>> loadSession(const storage::Database &db, qint64 id, DeckHeader &header)
{
    if (id == 0)
        return std::optional<monev::Session>();
    monev::MonevRepository repo(db);
    auto session = repo.session(id);
    if (!session)
        return makeError(Deck::tr("no Monev session with the number %1").arg(id));
    header.sessionId = id;
    header.sessionTitle = session->title;
    header.sessionDate = session->heldOn;
    header.sessionPlace = session->place;
    header.facilitator = session->facilitator;
    auto attendees = repo.attendees(id);
    if (!attendees)
        return attendees.error();
    figures::AttendanceCounts counts;
    for (const monev::Attendee &a : *attendees)
        counts.add(a.attendance);
    header.agentsInvited = static_cast<int>(counts.invited);
    header.agentsPresent = static_cast<int>(counts.present);
    return std::optional<monev::Session>(*session);
}

// The office named, else the session's, else the default (the demo's, else the top of the tree).
Result<QString> officeCode(const storage::Database &db, const QString &asked, const std::optional<monev::Session> &session)
{
    if (!asked.isEmpty() || !session || session->officeId == 0)
        return asked;
    auto offices = figures::loadOffices(db);
    if (!offices)
        return offices.error();
    for (const figures::OfficeNode &o : *offices) {
        if (o.id == session->officeId)
            return o.code;
    }
    return QString();
}

// The months the deck reviews: the session's review period, else January up to the month before the
// session, else January up to the last month with data.
Result<PeriodRange> choosePeriod(const storage::Database &db, const std::optional<monev::Session> &session, const DeckHeader &header)
{
    const YearMonth from = session ? YearMonth::fromKey(session->reviewFrom) : YearMonth();
    const YearMonth to = session ? YearMonth::fromKey(session->reviewTo) : YearMonth();
    if (from.isValid() && to.isValid())
        return PeriodRange{from, to};
    YearMonth last;
    if (session && header.sessionDate.isValid()) {
        last = YearMonth::fromDate(header.sessionDate).addMonths(-1);
    } else {
        auto until = figures::lastMonthWithData(db);
        if (!until)
            return until.error();
        last = until->isValid() ? std::min(*until, YearMonth::fromDate(header.asOf)) : YearMonth::fromDate(header.asOf);
    }
    return PeriodRange{{last.year(), 1}, last};
}

Headline headline(const figures::KpiSummary &s)
{
    Headline h;
    h.acquisitions = s.acquisitions;
    h.acquisitionsSamePeriodLastYear = s.acquisitionsSamePeriodLastYear;
    h.target = s.target;
    h.targetSource = figures::targetSourceText(s.targetSource);
    h.achievement = s.achievement;
    h.cap = s.cap;
    h.activePerisai = s.activeRecruits;
    h.collected = s.recruitContributions;
    h.agentsRegistered = s.agentsRegistered;
    h.agentsProductive = s.agentsProductive;
    h.retention3 = s.retention3;
    return h;
}

// Many wadah over several KCP would not fit one slide: the KCP then stand for theirs, and the wadah the
// branch keeps itself (under no KCP) are listed one by one beside them.
AchievementTable achievementTable(const figures::DashboardData &d)
{
    AchievementTable t;
    std::vector<const figures::UnitFigures *> wadah;
    for (const auto &w : d.byWadah) {
        if (w.status == QLatin1String("active"))
            wadah.push_back(&w);
    }
    t.level = d.byKcp.size() >= 2 && wadah.size() > 8 ? AchievementTable::Level::Kcp : AchievementTable::Level::Wadah;
    std::vector<const figures::UnitFigures *> units = wadah;
    if (t.level == AchievementTable::Level::Kcp) {
        units.clear();
        for (const auto &k : d.byKcp)
            units.push_back(&k);
        for (const figures::UnitFigures *w : wadah) {
            const bool underKcp = std::any_of(d.byKcp.begin(), d.byKcp.end(), [w](const auto &k) { return k.id == w->officeId; });
            if (!underKcp)
                units.push_back(w);
        }
    }
    for (const figures::UnitFigures *u : units) {
        t.rows.push_back({u->name, u->acquisitions, u->target.value, u->achievement});
        t.withTarget += u->target.value > 0;
        t.atOrAboveTarget += u->reachedTarget();
    }
    // Units with a target first, best achievement first; then by acquisitions.
    std::stable_sort(t.rows.begin(), t.rows.end(), [](const AchievementRow &a, const AchievementRow &b) {
        if ((a.target > 0) != (b.target > 0))
            return a.target > 0;
        if (a.target > 0 && a.achievement.ratio != b.achievement.ratio)
            return a.achievement.ratio > b.achievement.ratio;
        return a.acquisitions > b.acquisitions;
    });
    return t;
}

std::vector<LeaderRow> leaders(const figures::DashboardData &d)
{
    // Names only: the leaderboard is shown to a room. byAgent is in rank order.
    std::vector<LeaderRow> out;
    for (const auto &a : d.byAgent) {
        if (a.acquisitions <= 0 || static_cast<int>(out.size()) >= kLeaders)
            break;
        out.push_back({a.rank, a.name, a.wadahName, a.acquisitions, a.activeRecruits});
    }
    return out;
}

Result<std::vector<Award>> awards(const storage::Database &db, qint64 sessionId)
{
    // Only the awards the meeting confirmed; suggestions stay on the Monev page.
    std::vector<Award> out;
    if (sessionId == 0)
        return out;
    auto stored = monev::MonevRepository(db).awards(sessionId);
    if (!stored)
        return stored.error();
    for (const monev::Award &a : *stored) {
        if (a.confirmed)
            out.push_back({a.category, a.rank, a.agentName, a.value});
    }
    // The categories in the order the meeting hands them out.
    static const QStringList order = {QStringLiteral("top_acquisition"), QStringLiteral("best_retention"),
                                      QStringLiteral("best_newcomer"), QStringLiteral("most_improved")};
    auto position = [](const QString &c) {
        const auto i = order.indexOf(c);
        return i < 0 ? order.size() : i;
    };
    std::stable_sort(out.begin(), out.end(), [&](const Award &a, const Award &b) {
        return position(a.category) != position(b.category) ? position(a.category) < position(b.category) : a.rank < b.rank;
    });
    return out;
}

FollowUp followUp(const figures::FollowUpFigures &f, bool fromSession)
{
    FollowUp out;
    out.fromSession = fromSession;
    out.sessionsHeld = static_cast<int>(f.sessions);
    for (const auto &o : f.obstacles) {
        out.obstacles.push_back({o.category.isEmpty() ? Deck::tr("Other") : o.category, static_cast<int>(o.count)});
    }
    out.obstaclesTotal = static_cast<int>(f.obstaclesRaised());
    out.open = static_cast<int>(f.openActions);
    out.overdue = static_cast<int>(f.overdueActions);
    out.done = static_cast<int>(f.doneActions);
    for (const auto &item : f.overdueItems)
        out.overdueItems.push_back({item.description, item.owner, item.due});
    return out;
}

AgreementStatus agreementStatus(const figures::AgreementFigures &f)
{
    AgreementStatus out;
    out.active = f.counts.active;
    out.expiring30 = f.counts.expiring30;
    out.expiring90 = f.counts.expiring90;
    out.expired = f.counts.expired;
    out.terminated = f.counts.terminated;
    for (const auto &a : f.toRenew) {
        if (static_cast<int>(out.soonest.size()) >= kListed)
            break;
        out.soonest.push_back({a.wadahName, a.endsOn, static_cast<int>(f.day.daysTo(a.endsOn))});
    }
    return out;
}

// Every text that came from the database passes here: whatever staff typed, no NIK or phone number reaches
// a slide.
void scrubDeck(DeckData &deck)
{
    auto scrub = [](QString &text) { text = scrubPersonalData(text); };
    DeckHeader &h = deck.header;
    for (QString *text : {&h.officeName, &h.sessionTitle, &h.sessionPlace, &h.facilitator})
        scrub(*text);
    for (auto &row : deck.achievement.rows)
        scrub(row.name);
    for (auto &row : deck.leaders) {
        scrub(row.name);
        scrub(row.wadah);
    }
    for (auto &award : deck.awards)
        scrub(award.agentName);
    for (auto &item : deck.followUp.overdueItems) {
        scrub(item.description);
        scrub(item.owner);
    }
    for (auto &row : deck.agreements.soonest)
        scrub(row.wadahName);
}

#define TRY(var, expr)                \
    auto var = (expr);                \
    if (!var)                         \
        return var.error();

} // namespace

Result<DeckData> loadDeck(const storage::Database &db, const DeckRequest &request)
{
    DeckData deck;
    DeckHeader &header = deck.header;
    header.asOf = request.today;
    TRY(session, loadSession(db, request.sessionId, header));
    // A session already held is shown as it stood on its day; a planned one as of today.
    if (header.sessionDate.isValid() && header.sessionDate < header.asOf)
        header.asOf = header.sessionDate;
    TRY(code, officeCode(db, request.officeCode, *session));
    const figures::KpiScope scope{*code, {}, {}};
    TRY(resolved, figures::resolveScope(db, scope));
    TRY(asked, choosePeriod(db, *session, header));
    TRY(dash, figures::KpiService(db).dashboard(scope, *asked, header.asOf));
    const figures::KpiSummary &s = dash->summary;
    header.officeCode = resolved->office.code;
    header.officeName = resolved->office.name;
    header.period = s.period;
    header.periodNote = figures::cutNote(s.figuresPeriod);
    header.asOf = s.asOf;

    deck.headline = headline(s);
    deck.monthly = {dash->year, dash->monthsElapsed, dash->thisYear, dash->lastYear, dash->yearToDate,
                    dash->yearToDateLastYear, s.acquisitionsLastFullYear, dash->yearToDateAgainstLastFullYear, s.outlook};
    TRY(curve, figures::retentionCurve(db, *resolved, s.period.to));
    deck.retention = {curve->perisai, curve->other, curve->cohortSize, curve->firstCohort, curve->lastCohort};
    deck.achievement = achievementTable(*dash);
    deck.leaders = leaders(*dash);
    TRY(confirmed, awards(db, header.sessionId));
    deck.awards = std::move(*confirmed);
    TRY(follow, figures::followUpFigures(db, *resolved, {s.period, s.asOf, true, header.sessionId, kListed}));
    deck.followUp = followUp(*follow, header.sessionId != 0);
    TRY(pks, figures::agreementFigures(db, *resolved, s.asOf));
    deck.agreements = agreementStatus(*pks);
    scrubDeck(deck);
    return deck;
}

Result<std::vector<SessionChoice>> listSessions(const storage::Database &db, int limit)
{
    auto sessions = monev::MonevRepository(db).sessions();
    if (!sessions)
        return sessions.error();
    std::vector<SessionChoice> out;
    for (const monev::SessionSummary &row : *sessions) {
        const monev::Session &s = row.session;
        if (s.status != monev::status::cancelled)
            out.push_back({s.id, s.title, s.heldOn, s.status});
    }
    std::stable_sort(out.begin(), out.end(), [](const SessionChoice &a, const SessionChoice &b) {
        return a.heldOn != b.heldOn ? a.heldOn > b.heldOn : a.id > b.id;
    });
    if (static_cast<int>(out.size()) > limit)
        out.resize(static_cast<size_t>(limit));
    return out;
}

} // namespace perisai::presentation
