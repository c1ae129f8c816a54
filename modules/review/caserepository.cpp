#include "caserepository.h"

#include "roster/conflict.h"
#include "storage/database.h"
#include "storage/query.h"

#include "review/reviewtext.h"

#include <QCoreApplication>

namespace perisai::review {
namespace {

using storage::Query;

const QString kColumns = QStringLiteral(
    "c.id, c.kind, c.source, COALESCE(c.agent_id, 0), COALESCE(g.code, ''), COALESCE(g.name, ''), COALESCE(g.wadah_id, 0), "
    "COALESCE(w.code, ''), COALESCE(c.flag_id, 0), c.period_from, c.period_to, c.value, c.baseline, c.count, c.detail, "
    "c.state, COALESCE(c.reason, ''), COALESCE(c.decided_by, ''), COALESCE(c.decided_at, ''), c.opened_at, c.updated_at, c.version "
    "FROM review_cases c LEFT JOIN agents g ON g.id = c.agent_id LEFT JOIN wadah w ON w.id = g.wadah_id");

QDateTime stamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')))
        t.setTimeSpec(Qt::UTC);
    return t;
}

ReviewCase readCase(const Query &q)
{
    ReviewCase c;
    c.id = q.intValue(0);
    c.kind = q.text(1);
    c.source = q.text(2) == QLatin1String("flag") ? CaseSource::Flag : CaseSource::Signal;
    c.agentId = q.intValue(3);
    c.agentCode = q.text(4);
    c.agentName = q.text(5);
    c.wadahId = q.intValue(6);
    c.wadahCode = q.text(7);
    c.flagId = q.intValue(8);
    c.periodFrom = static_cast<int>(q.intValue(9));
    c.periodTo = static_cast<int>(q.intValue(10));
    c.value = q.value(11).toDouble();
    c.baseline = q.value(12).toDouble();
    c.count = q.intValue(13);
    c.detail = q.text(14);
    c.state = stateFromKey(q.text(15)).value_or(CaseState::Open);
    c.reason = q.text(16);
    c.decidedBy = q.text(17);
    c.decidedAt = stamp(q.text(18));
    c.openedAt = stamp(q.text(19));
    c.updatedAt = stamp(q.text(20));
    c.version = static_cast<int>(q.intValue(21));
    return c;
}

Status readParticipants(const storage::Database &db, ReviewCase &c)
{
    Query q(db.connection(), QStringLiteral("SELECT participant_id FROM review_case_participants WHERE case_id = ? ORDER BY participant_id"));
    q.bind(c.id);
    if (auto st = q.exec(); !st)
        return st;
    c.participants.clear();
    while (q.next())
        c.participants.push_back(q.intValue(0));
    return {};
}

} // namespace

Result<std::vector<ReviewCase>> CaseRepository::list(const CaseFilter &filter) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (!filter.kind.isEmpty()) {
        where << QStringLiteral("c.kind = ?");
        values << filter.kind;
    }
    if (filter.state) {
        where << QStringLiteral("c.state = ?");
        values << stateKey(*filter.state);
    }
    if (filter.undecidedOnly)
        where << QStringLiteral("c.state IN ('open', 'under_review')");
    if (filter.agentId) {
        where << QStringLiteral("c.agent_id = ?");
        values << filter.agentId;
    }
    if (filter.wadahId) {
        where << QStringLiteral("g.wadah_id = ?");
        values << filter.wadahId;
    }
    if (filter.periodFrom && filter.periodTo) {
        where << QStringLiteral("c.period_to >= ? AND c.period_from <= ?");
        values << filter.periodFrom << filter.periodTo;
    }
    Query q(m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))
                                   + QStringLiteral(" ORDER BY c.updated_at DESC, c.id DESC"));
    q.bind(values);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<ReviewCase> out;
    while (q.next())
        out.push_back(readCase(q));
    return out;
}

Result<ReviewCase> CaseRepository::load(qint64 id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE c.id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(Review::tr("Review case %1 no longer exists").arg(id));
    ReviewCase c = readCase(q);
    if (auto st = readParticipants(m_db, c); !st)
        return st.error();
    return c;
}

Result<ReviewCase> CaseRepository::latestSignalCase(qint64 agentId, const QString &kind) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT ") + kColumns
                                   + QStringLiteral(" WHERE c.source = 'signal' AND c.agent_id = ? AND c.kind = ? ORDER BY c.id DESC"));
    q.bind({agentId, kind});
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return ReviewCase{};
    ReviewCase c = readCase(q);
    if (auto st = readParticipants(m_db, c); !st)
        return st.error();
    return c;
}

Result<std::vector<CaseNote>> CaseRepository::notes(qint64 caseId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, written_at, author, text FROM review_case_notes WHERE case_id = ? ORDER BY written_at, id"));
    q.bind(caseId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<CaseNote> out;
    while (q.next())
        out.push_back({q.intValue(0), stamp(q.text(1)), q.text(2), q.text(3)});
    return out;
}

Result<std::vector<PendingFlag>> CaseRepository::pendingFlags() const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT f.id, f.kind, f.subject_id, COALESCE(p.agent_id, 0), p.reg_period, f.detail, f.status, COALESCE(f.reviewed_by, ''), "
        "COALESCE(f.review_note, '') FROM review_flags f JOIN participants p ON p.id = f.subject_id "
        "WHERE f.subject = 'participant' AND f.kind IN (?, ?, ?, ?) "
        "AND NOT EXISTS (SELECT 1 FROM review_cases c WHERE c.flag_id = f.id) ORDER BY f.id"));
    for (const QString &kind : participantFlagKinds())
        q.bind(kind);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<PendingFlag> out;
    while (q.next())
        out.push_back({q.intValue(0), q.text(1), q.intValue(2), q.intValue(3), static_cast<int>(q.intValue(4)), q.text(5),
                       q.text(6), q.text(7), q.text(8)});
    return out;
}

Result<qint64> CaseRepository::insert(const ReviewCase &c)
{
    const QString now = storage::nowIso();
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO review_cases (kind, source, agent_id, flag_id, period_from, period_to, value, baseline, count, detail, "
        "state, reason, decided_by, decided_at, opened_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
    q.bind({c.kind, c.source == CaseSource::Flag ? QStringLiteral("flag") : QStringLiteral("signal"), storage::idOrNull(c.agentId),
            storage::idOrNull(c.flagId), c.periodFrom, c.periodTo, c.value, c.baseline, c.count, c.detail, stateKey(c.state),
            storage::nullIfEmpty(c.reason), storage::nullIfEmpty(c.decidedBy),
            c.decidedAt.isValid() ? QVariant(c.decidedAt.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
            now, now});
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (auto st = addParticipants(id->toLongLong(), c.participants); !st)
        return st.error();
    return id->toLongLong();
}

Status CaseRepository::update(const ReviewCase &c)
{
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE review_cases SET state = ?, reason = ?, decided_by = ?, decided_at = ?, value = ?, baseline = ?, count = ?, "
        "detail = ?, period_to = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.bind({stateKey(c.state), storage::nullIfEmpty(c.reason), storage::nullIfEmpty(c.decidedBy),
            c.decidedAt.isValid() ? QVariant(c.decidedAt.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
            c.value, c.baseline, c.count, c.detail, c.periodTo, storage::nowIso(), c.id, c.version});
    if (auto st = q.exec(); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return roster::conflictNamed(m_db, QStringLiteral("review_cases"), c.id,
                                     Review::tr("Someone else changed this case meanwhile; it was read again"));
    return {};
}

Status CaseRepository::addParticipants(qint64 caseId, const QList<qint64> &participantIds)
{
    // In chunks of rows per statement: a lapse case may name a few hundred participants.
    constexpr qsizetype kChunk = 200;
    for (qsizetype at = 0; at < participantIds.size(); at += kChunk) {
        const QList<qint64> chunk = participantIds.mid(at, kChunk);
        QStringList rows(chunk.size(), QStringLiteral("(?, ?)"));
        Query q(m_db.connection(), QStringLiteral("INSERT INTO review_case_participants (case_id, participant_id) VALUES ")
                                       + rows.join(QStringLiteral(", ")));
        for (qint64 id : chunk)
            q.bind({caseId, id});
        if (auto st = q.exec(); !st)
            return st;
    }
    return {};
}

Status CaseRepository::addNote(qint64 caseId, const QString &author, const QString &text)
{
    Query q(m_db.connection(), QStringLiteral("INSERT INTO review_case_notes (case_id, written_at, author, text) VALUES (?, ?, ?, ?)"));
    q.bind({caseId, storage::nowIso(), author, text});
    return q.exec();
}

Status CaseRepository::setFlagStatus(qint64 flagId, const QString &status, const QString &by, const QString &note)
{
    Query q(m_db.connection(), QStringLiteral("UPDATE review_flags SET status = ?, reviewed_by = ?, review_note = ? WHERE id = ?"));
    q.bind({status, storage::nullIfEmpty(by), storage::nullIfEmpty(note), flagId});
    return q.exec();
}

} // namespace perisai::review
