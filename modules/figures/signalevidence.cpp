#include "signalevidence.h"

#include "storage/database.h"
#include "storage/query.h"
#include "storage/values.h"

#include <QHash>

namespace perisai::figures {

using storage::Query;

Result<std::vector<EvidenceRow>> loadEvidence(const storage::Database &db, const QList<qint64> &participantIds)
{
    std::vector<EvidenceRow> out;
    QHash<qint64, size_t> at;
    // In chunks, so that a case naming hundreds of participants stays within the bound-value limits.
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < participantIds.size(); from += kChunk) {
        const QList<qint64> ids = participantIds.mid(from, kChunk);
        const QString in = storage::placeholders(ids.size());
        Query p(db.connection(), QStringLiteral("SELECT p.id, p.kpj, p.name, p.nik, COALESCE(p.phone, ''), COALESCE(g.code, ''), "
                                                "p.registered_on FROM participants p LEFT JOIN agents g ON g.id = p.agent_id "
                                                "WHERE p.id IN (%1) ORDER BY p.registered_on, p.kpj").arg(in));
        p.bind(storage::idValues(ids));
        if (auto st = p.exec(); !st)
            return st.error();
        while (p.next()) {
            at.insert(p.intValue(0), out.size());
            out.push_back({p.intValue(0), p.text(1), p.text(2), p.text(3), p.text(4), p.text(5), storage::readDate(p.value(6)), {}, 0});
        }
        Query c(db.connection(), QStringLiteral("SELECT participant_id, period, amount FROM contributions WHERE participant_id IN (%1) "
                                                "ORDER BY participant_id, period").arg(in));
        c.bind(storage::idValues(ids));
        if (auto st = c.exec(); !st)
            return st.error();
        while (c.next()) {
            const auto it = at.find(c.intValue(0));
            if (it == at.end())
                continue;
            EvidenceRow &row = out[*it];
            row.paidMonths.push_back(static_cast<int>(c.intValue(1)));
            row.paidTotal += c.intValue(2);
        }
    }
    return out;
}

} // namespace perisai::figures
