#include "participantindex.h"

namespace perisai::imports {
namespace {

constexpr int kLengthShift = 50; // 15 digits < 2^50; the length keeps "0012" apart from "12"

} // namespace

quint64 ParticipantIndex::numericKey(std::string_view kpj)
{
    if (kpj.empty() || kpj.size() > 15)
        return 0;
    quint64 value = 0;
    for (const char c : kpj) {
        if (c < '0' || c > '9')
            return 0;
        value = value * 10 + quint64(c - '0');
    }
    return value | (quint64(kpj.size()) << kLengthShift);
}

size_t ParticipantIndex::slotOf(quint64 key) const
{
    // Fibonacci hashing, then linear probing.
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t((key * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
    while (m_slots[i].key != 0 && m_slots[i].key != key)
        i = (i + 1) & mask;
    return i;
}

void ParticipantIndex::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    for (const Slot &s : old)
        if (s.key)
            m_slots[slotOf(s.key)] = s;
}

void ParticipantIndex::add(std::string_view kpj, ParticipantRef ref)
{
    const quint64 key = numericKey(kpj);
    if (!key) {
        m_other[std::string(kpj)] = ref;
        return;
    }
    if ((m_count + 1) * 2 > m_slots.size())
        grow();
    Slot &slot = m_slots[slotOf(key)];
    if (!slot.key)
        ++m_count;
    slot = {key, ref};
}

const ParticipantRef *ParticipantIndex::find(std::string_view kpj) const
{
    const quint64 key = numericKey(kpj);
    if (!key) {
        const auto it = m_other.find(kpj);
        return it == m_other.end() ? nullptr : &it->second;
    }
    if (m_slots.empty())
        return nullptr;
    const Slot &slot = m_slots[slotOf(key)];
    return slot.key ? &slot.ref : nullptr;
}

QString ParticipantIndex::kpjOf(qint64 id) const
{
    for (const Slot &s : m_slots) {
        if (s.key && s.ref.id == id) {
            const int length = int(s.key >> kLengthShift);
            return QStringLiteral("%1").arg(s.key & ((quint64(1) << kLengthShift) - 1), length, 10, QLatin1Char('0'));
        }
    }
    for (const auto &[text, ref] : m_other)
        if (ref.id == id)
            return QString::fromStdString(text);
    return {};
}

} // namespace perisai::imports
