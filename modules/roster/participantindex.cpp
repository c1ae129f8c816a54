#include "participantindex.h"

#include "storage/nativestatement.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QDate>
#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace perisai::roster {
namespace {

bool stop(const std::function<bool()> &cancelled)
{
    return cancelled && cancelled();
}

// 'YYYY-MM-DD' -> Julian day; 0 when not a date.
qint32 julianDay(std::string_view t)
{
    if (t.size() < 10)
        return 0;
    auto number = [t](size_t from, size_t n) {
        int v = 0;
        for (size_t i = from; i < from + n; ++i)
            v = v * 10 + (t[i] - '0');
        return v;
    };
    return qint32(QDate(number(0, 4), number(5, 2), number(8, 2)).toJulianDay());
}

// Lower-cases as the search does: ASCII directly, anything else through Unicode case folding.
void appendFolded(std::string &out, std::string_view name)
{
    const bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!ascii) {
        out += QString::fromUtf8(name.data(), qsizetype(name.size())).toCaseFolded().toStdString();
        return;
    }
    for (char c : name)
        out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isNumber(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

} // namespace

bool ParticipantIndex::handles(const ParticipantFilter &filter)
{
    const QString text = filter.search.simplified();
    return !text.isEmpty() && !isNumber(text);
}

size_t ParticipantIndex::memoryBytes() const
{
    return m_entries.capacity() * sizeof(Entry) + m_names.capacity();
}

Result<std::shared_ptr<const ParticipantIndex>> ParticipantIndex::build(const storage::Database &db, int activePeriod,
                                                                       const std::function<bool()> &cancelled)
{
    auto index = std::make_shared<ParticipantIndex>();
    index->m_activePeriod = activePeriod;
    std::unordered_map<std::string, quint16> occupations;

    // Rows as read, names as stored (for ordering) in one buffer.
    struct Raw {
        Entry entry;
        quint32 offset = 0;
        quint32 length = 0;
    };
    std::vector<Raw> raw;
    std::string rawNames;
    // SQLite orders TEXT by its bytes: reading in table order and sorting here is several times cheaper than
    // ORDER BY through the index. PostgreSQL orders by its collation, which only it knows: it sorts.
    const bool sortHere = db.dialect().isSqlite();
    const std::string sql = std::string("SELECT id, name, agent_id, office_id, occupation, program, registered_on FROM participants")
                            + (sortHere ? "" : " ORDER BY name, id");
    Status st = storage::forEachRow(db, sql, {}, [&](const storage::NativeRow &row) {
        if ((raw.size() & 0xFFF) == 0 && stop(cancelled))
            return false;
        Raw r;
        r.entry.id = row.integer(0);
        const std::string_view name = row.text(1);
        r.offset = quint32(rawNames.size());
        r.length = quint32(name.size());
        rawNames.append(name);
        r.entry.agentId = row.integer(2);
        r.entry.officeId = row.integer(3);
        if (const std::string_view occupation = row.text(4); !occupation.empty()) {
            auto [it, added] = occupations.try_emplace(std::string(occupation), quint16(occupations.size() + 1));
            if (added)
                index->m_occupations << QString::fromUtf8(occupation.data(), qsizetype(occupation.size()));
            r.entry.occupation = it->second;
        }
        r.entry.program = row.text(5) == "JKK+JKM+JHT" ? 1 : 0;
        r.entry.registered = julianDay(row.text(6));
        raw.push_back(r);
        return true;
    });
    if (!st)
        return st.error();
    if (sortHere)
        std::sort(raw.begin(), raw.end(), [&rawNames](const Raw &a, const Raw &b) {
            const int c = std::string_view(rawNames).substr(a.offset, a.length).compare(std::string_view(rawNames).substr(b.offset, b.length));
            return c != 0 ? c < 0 : a.entry.id < b.entry.id;
        });

    index->m_entries.reserve(raw.size());
    index->m_names.reserve(rawNames.size() + raw.size());
    for (const Raw &r : raw) {
        Entry e = r.entry;
        e.nameOffset = quint32(index->m_names.size());
        appendFolded(index->m_names, std::string_view(rawNames).substr(r.offset, r.length));
        index->m_names += '\n';
        index->m_entries.push_back(e);
    }
    raw = {};
    rawNames = {};

    // id -> position, to mark KPJ order and who paid.
    std::vector<std::pair<qint64, quint32>> byId;
    byId.reserve(index->m_entries.size());
    for (size_t i = 0; i < index->m_entries.size(); ++i)
        byId.emplace_back(index->m_entries[i].id, static_cast<quint32>(i));
    std::sort(byId.begin(), byId.end());
    auto position = [&byId](qint64 id) -> qint64 {
        auto it = std::lower_bound(byId.begin(), byId.end(), std::pair<qint64, quint32>{id, 0});
        return it != byId.end() && it->first == id ? qint64(it->second) : -1;
    };

    quint32 rank = 0;
    st = storage::forEachRow(db, "SELECT id FROM participants ORDER BY kpj", {}, [&](const storage::NativeRow &row) {
        if ((rank & 0xFFF) == 0 && stop(cancelled))
            return false;
        if (const qint64 pos = position(row.integer(0)); pos >= 0)
            index->m_entries[size_t(pos)].kpjRank = rank;
        ++rank;
        return true;
    });
    if (!st)
        return st.error();
    st = storage::forEachRow(db, "SELECT participant_id FROM contributions WHERE period = ?", {activePeriod}, [&](const storage::NativeRow &row) {
        if (const qint64 pos = position(row.integer(0)); pos >= 0)
            index->m_entries[size_t(pos)].active = true;
        return true;
    });
    if (!st)
        return st.error();
    index->m_entries.shrink_to_fit();
    index->m_names.shrink_to_fit();
    return std::shared_ptr<const ParticipantIndex>(std::move(index));
}

bool ParticipantIndex::passes(const Entry &e, const ParticipantFilter &f, int occupation, int program) const
{
    if (f.agentId > 0) {
        if (e.agentId != f.agentId)
            return false;
    } else if (f.channel == ParticipantFilter::Channel::Agents && e.agentId == 0) {
        return false;
    } else if (f.channel == ParticipantFilter::Channel::Other && e.agentId != 0) {
        return false;
    }
    if (f.officeId > 0 && e.officeId != f.officeId)
        return false;
    if (occupation >= 0 && e.occupation != occupation)
        return false;
    if (program >= 0 && e.program != program)
        return false;
    if (f.activity == ParticipantFilter::Activity::Active && !e.active)
        return false;
    if (f.activity == ParticipantFilter::Activity::Lapsed && e.active)
        return false;
    return true;
}

std::vector<qint64> ParticipantIndex::match(const ParticipantFilter &filter, ParticipantSort sort, bool descending) const
{
    // -1: no condition; an occupation or program the index does not know matches nothing.
    int occupation = -1;
    if (!filter.occupation.isEmpty()) {
        const qsizetype i = m_occupations.indexOf(filter.occupation);
        if (i < 0)
            return {};
        occupation = int(i) + 1;
    }
    int program = -1;
    if (!filter.program.isEmpty())
        program = filter.program == QLatin1String("JKK+JKM+JHT") ? 1 : filter.program == QLatin1String("JKK+JKM") ? 0 : 99;

    std::vector<quint32> positions;
    const std::string needle = filter.search.simplified().toCaseFolded().toStdString();
    const char *base = m_names.data();
    const char *end = base + m_names.size();
    const char *from = base;
    quint32 pos = 0;
    while (!needle.empty() && from < end) {
        const void *hit = memmem(from, size_t(end - from), needle.data(), needle.size());
        if (!hit)
            break;
        const quint32 offset = quint32(static_cast<const char *>(hit) - base);
        // The entry whose name holds the hit: hits only move forward, so a cursor finds it (amortised O(1)).
        while (pos + 1 < m_entries.size() && m_entries[pos + 1].nameOffset <= offset)
            ++pos;
        if (passes(m_entries[pos], filter, occupation, program))
            positions.push_back(pos);
        from = pos + 1 < m_entries.size() ? base + m_entries[pos + 1].nameOffset : end;
    }

    if (sort == ParticipantSort::Registered)
        std::stable_sort(positions.begin(), positions.end(), [this](quint32 a, quint32 b) {
            const Entry &x = m_entries[a];
            const Entry &y = m_entries[b];
            return x.registered != y.registered ? x.registered < y.registered : x.id < y.id;
        });
    else if (sort == ParticipantSort::Kpj)
        std::sort(positions.begin(), positions.end(), [this](quint32 a, quint32 b) { return m_entries[a].kpjRank < m_entries[b].kpjRank; });
    if (descending)
        std::reverse(positions.begin(), positions.end());
    std::vector<qint64> ids;
    ids.reserve(positions.size());
    for (quint32 p : positions)
        ids.push_back(m_entries[p].id);
    return ids;
}

} // namespace perisai::roster
