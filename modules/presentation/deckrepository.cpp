#include "deckrepository.h"

#include "deckqueries.h"
#include "privacy.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/summaries.h"

#include <QCoreApplication>

namespace perisai::presentation {

using storage::Query;
using namespace detail;

namespace {

struct Deck {
    Q_DECLARE_TR_FUNCTIONS(Deck)
};

struct Office {
    qint64 id = 0;
    qint64 parentId = 0;
    QString code;
    QString name;
    QString kind;
};

struct SessionRow {
    qint64 officeId = 0;
    int reviewFrom = 0;
    int reviewTo = 0;
};

Result<QList<Office>> loadOffices(const storage::Database &db)
{
    Query q(db.connection(), QStringLiteral("SELECT id, COALESCE(parent_id, 0), code, name, kind FROM offices ORDER BY id"));
    if (auto st = q.exec(); !st)
        return st.error();
    QList<Office> offices;
    while (q.next())
        offices.append({q.intValue(0), q.intValue(1), q.text(2), q.text(3), q.text(4)});
    return offices;
}

void collectBelow(const QList<Office> &all, qint64 parent, Scope &scope)
{
    for (const Office &o : all) {
        if (o.parentId == parent && o.id != parent) {
            scope.officeIds.append(o.id);
            if (o.kind == QLatin1String("kcp"))
                scope.kcpIds.append(o.id);
            collectBelow(all, o.id, scope);
        }
    }
}

// The office named, else the session's, else the demo's, else the top of the tree.
Result<Scope> resolveScope(const storage::Database &db, const QString &code, qint64 sessionOfficeId)
{
    auto offices = loadOffices(db);
    if (!offices)
        return offices.error();
    if (offices->isEmpty())
        return makeError(Deck::tr("the database holds no office yet: set up the branch on the Offices page, or import them (import --kind offices)"));
    auto find = [&](auto matches) -> const Office * {
        for (const Office &o : *offices) {
            if (matches(o))
                return &o;
        }
        return nullptr;
    };
    const Office *chosen = nullptr;
    if (!code.isEmpty()) {
        chosen = find([&](const Office &o) { return o.code == code; });
        if (!chosen)
            return makeError(Deck::tr("no office with the code %1").arg(code));
    }
    if (!chosen && sessionOfficeId != 0)
        chosen = find([&](const Office &o) { return o.id == sessionOfficeId; });
    if (!chosen) {
        const QString demo = storage::readMeta(db, QStringLiteral("demo_office"));
        chosen = find([&](const Office &o) { return !demo.isEmpty() && o.code == demo; });
    }
    if (!chosen) {
        auto rank = [](const QString &kind) { return kind == QLatin1String("kanwil") ? 0 : kind == QLatin1String("kc") ? 1 : 2; };
        for (const Office &o : *offices) {
            if (o.parentId == 0 && (!chosen || rank(o.kind) < rank(chosen->kind)))
                chosen = &o;
        }
        if (!chosen)
            chosen = &offices->first();
    }
    Scope scope{chosen->id, chosen->code, chosen->name, chosen->kind, {chosen->id}, {}, {}, {}};
    collectBelow(*offices, chosen->id, scope);
    if (chosen->kind == QLatin1String("kcp")) {
        scope.kcpIds.prepend(chosen->id);
        scope.targetLevel = QStringLiteral("kcp");
        scope.targetCodes = {chosen->code};
    } else {
        scope.targetLevel = QStringLiteral("cabang");
        for (const Office &o : *offices) {
            if (o.kind == QLatin1String("kc") && scope.officeIds.contains(o.id))
                scope.targetCodes.append(o.code);
        }
    }
    return scope;
}

Result<SessionRow> loadSession(const storage::Database &db, qint64 id, DeckHeader &header)
{
    Query q(db.connection(), QStringLiteral(
        "SELECT s.title, s.held_on, COALESCE(s.place, ''), COALESCE(s.facilitator, ''),"
        " COALESCE(s.office_id, w.office_id, 0), COALESCE(s.review_from, 0), COALESCE(s.review_to, 0) "
        "FROM monev_sessions s LEFT JOIN wadah w ON w.id = s.wadah_id WHERE s.id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(Deck::tr("no Monev session with the number %1").arg(id));
    header.sessionId = id;
    header.sessionTitle = q.text(0);
    header.sessionDate = q.value(1).toDate();
    header.sessionPlace = q.text(2);
    header.facilitator = q.text(3);
    SessionRow row{q.intValue(4), static_cast<int>(q.intValue(5)), static_cast<int>(q.intValue(6))};

    Query a(db.connection(), QStringLiteral(
        "SELECT COUNT(*), SUM(CASE WHEN attendance = 'present' THEN 1 ELSE 0 END) FROM monev_attendance WHERE session_id = ?"));
    a.bind(id);
    if (auto st = a.exec(); !st)
        return st.error();
    if (a.next()) {
        header.agentsInvited = static_cast<int>(a.intValue(0));
        header.agentsPresent = static_cast<int>(a.intValue(1));
    }
    return row;
}

// The months the deck reviews: the session's review period, else January up to the month before the
// session, else January up to the last month with data.
Result<PeriodRange> choosePeriod(const storage::Database &db, const SessionRow *session, const DeckHeader &header)
{
    if (session && YearMonth::fromKey(session->reviewFrom).isValid() && YearMonth::fromKey(session->reviewTo).isValid())
        return PeriodRange{YearMonth::fromKey(session->reviewFrom), YearMonth::fromKey(session->reviewTo)};
    YearMonth last;
    if (session && header.sessionDate.isValid()) {
        last = YearMonth::fromDate(header.sessionDate).addMonths(-1);
    } else {
        storage::Summaries summaries(db);
        auto range = summaries.dataRange();
        if (!range)
            return range.error();
        last = range->to.isValid() ? range->to : YearMonth::fromDate(header.asOf);
        last = std::min(last, YearMonth::fromDate(header.asOf));
    }
    return PeriodRange{{last.year(), 1}, last};
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

} // namespace

Result<DeckData> loadDeck(const storage::Database &db, const DeckRequest &request)
{
    DeckData deck;
    DeckHeader &header = deck.header;
    header.asOf = request.today;
    std::optional<SessionRow> session;
    if (request.sessionId != 0) {
        auto row = loadSession(db, request.sessionId, header);
        if (!row)
            return row.error();
        session = *row;
        // A session already held is shown as it stood on its day; a planned one as of today.
        if (header.sessionDate.isValid() && header.sessionDate < header.asOf)
            header.asOf = header.sessionDate;
    }
    auto scope = resolveScope(db, request.officeCode, session ? session->officeId : 0);
    if (!scope)
        return scope.error();
    header.officeCode = scope->code;
    header.officeName = scope->name;
    auto period = choosePeriod(db, session ? &*session : nullptr, header);
    if (!period)
        return period.error();
    header.period = *period;

    // One after another: the achievement table needs the cap the headline read.
    Status st = loadHeadline(db, *scope, header, deck.headline);
    if (st)
        st = loadMonthly(db, *scope, header.period, deck.monthly);
    if (st)
        st = loadRetention(db, *scope, header.period, deck.retention);
    if (st)
        st = loadAchievement(db, *scope, header.period, deck.headline.cap, deck.achievement);
    if (st)
        st = loadLeaders(db, *scope, header.period, 10, deck.leaders);
    if (st)
        st = loadAwards(db, header.sessionId, deck.awards);
    if (st)
        st = loadFollowUp(db, *scope, header, deck.followUp);
    if (st)
        st = loadAgreements(db, *scope, header.asOf, deck.agreements);
    if (!st)
        return st.error();
    if (!deck.headline.retention3)
        deck.headline.retention3 = deck.retention.perisai[3];
    scrubDeck(deck);
    return deck;
}

Result<std::vector<SessionChoice>> listSessions(const storage::Database &db, int limit)
{
    Query q(db.connection(), QStringLiteral("SELECT id, title, held_on, status FROM monev_sessions "
                                            "WHERE status <> 'cancelled' ORDER BY held_on DESC, id DESC LIMIT ?"));
    q.bind(limit);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<SessionChoice> sessions;
    while (q.next())
        sessions.push_back({q.intValue(0), q.text(1), q.value(2).toDate(), q.text(3)});
    return sessions;
}

} // namespace perisai::presentation
