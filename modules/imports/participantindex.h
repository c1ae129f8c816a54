#pragma once
// Participants by KPJ for the checking of large files: a million lookups a second matter when a year of
// contributions (3.5 million rows) is checked. KPJ numbers are digits, so most keys become integers in an
// open-addressing table (no string hashing, no pointer chasing); anything else goes to a string map.

#include <QString>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace perisai::imports {

struct ParticipantRef {
    qint64 id = 0;
    qint64 officeId = 0;
    int regPeriod = 0; // YYYYMM of registration
};

// Hash for string keys that also looks up std::string_view without building a string.
struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class ParticipantIndex {
public:
    void add(std::string_view kpj, ParticipantRef ref);
    const ParticipantRef *find(std::string_view kpj) const;
    size_t size() const { return m_count + m_other.size(); }
    // The KPJ of a participant id (a scan: for messages only).
    QString kpjOf(qint64 id) const;

private:
    struct Slot {
        quint64 key = 0; // 0: empty
        ParticipantRef ref;
    };
    static quint64 numericKey(std::string_view kpj); // 0 when not 1-15 digits
    size_t slotOf(quint64 key) const;
    void grow();

    std::vector<Slot> m_slots;
    size_t m_count = 0;
    std::unordered_map<std::string, ParticipantRef, StringHash, std::equal_to<>> m_other;
};

} // namespace perisai::imports
