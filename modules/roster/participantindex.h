#pragma once
// An in-memory index of the participants for typing in the browser's search field.
//
// A name "contains" search cannot use a B-tree index: in SQL every keystroke is a scan of the whole table
// (~0.1–0.2 s for 300 k rows, worse on a busy machine). This index holds, per participant, the case-folded
// name (in one buffer, in the browser's name order) and the few attributes the filters use (~45 bytes a row:
// 14 MB for 300 k), so a keystroke is one memmem over the names plus attribute checks: a few milliseconds.
// Only the matching ids come out; the page's rows are then read from SQL by primary key.
//
// It is a snapshot: built off the UI thread, rebuilt when this desk's data changes. Searches by number
// (KPJ / NIK prefixes) and browsing without search text go to SQL, which has indexes for them.

#include "core/result.h"
#include "roster/participantrepository.h"

#include <QHash>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace perisai::roster {

class ParticipantIndex {
public:
    // Beyond this the snapshot would take too much memory; the browser stays on SQL.
    static constexpr qint64 kMaxRows = 2'000'000;

    // Reads every participant (name order) and who paid for `activePeriod`. `cancelled` may stop it.
    static Result<std::shared_ptr<const ParticipantIndex>> build(const storage::Database &db, int activePeriod,
                                                                 const std::function<bool()> &cancelled = {});

    // Whether this index answers `filter` (a search text that is not a number).
    static bool handles(const ParticipantFilter &filter);
    // The ids of the matching participants in the order asked for.
    std::vector<qint64> match(const ParticipantFilter &filter, ParticipantSort sort, bool descending) const;

    int activePeriod() const { return m_activePeriod; }
    size_t size() const { return m_entries.size(); }
    size_t memoryBytes() const;

private:
    struct Entry {
        qint64 id = 0;
        qint64 agentId = 0;
        qint64 officeId = 0;
        quint32 nameOffset = 0;   // into m_names
        quint32 kpjRank = 0;      // position in KPJ order
        qint32 registered = 0;    // Julian day
        quint16 occupation = 0;   // 1-based into m_occupations; 0 none
        quint8 program = 0;       // 0 JKK+JKM, 1 JKK+JKM+JHT
        bool active = false;
    };

    bool passes(const Entry &e, const ParticipantFilter &f, int occupation, int program) const;

    std::vector<Entry> m_entries;  // in (name, id) order
    std::string m_names;           // case-folded UTF-8 names, each followed by '\n'
    QStringList m_occupations;
    int m_activePeriod = 0;
};

} // namespace perisai::roster
