#include "summaryscan.h"

#include "storage/nativestatement.h"
#include "storage/bulkwriter.h"
#include "storage/database.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace perisai::figures {
namespace {

// Up to four integer key parts (agent, period), (office, period, channel), (office, agent, cohort, period).
using Key = std::array<qint64, 4>;
struct KeyHash {
    size_t operator()(const Key &k) const
    {
        size_t h = 1469598103934665603ULL;
        for (qint64 v : k)
            h = (h ^ size_t(v)) * 1099511628211ULL;
        return h;
    }
};
struct Sums {
    qint64 a = 0, b = 0, c = 0;
};
using Table = std::unordered_map<Key, Sums, KeyHash>;

constexpr qint64 kPerisai = 1, kOther = 0; // summary_office_month.channel

int monthIndex(int yyyymm) { return yyyymm / 100 * 12 + yyyymm % 100; }

// Inserts the table's rows in key order (the primary key grows at its end rather than everywhere), through
// storage::BulkWriter (multi-row INSERT statements). `values(key, sums, writer)` adds one row's values.
template <typename Values>
Status insertSorted(const storage::Database &db, const char *table, const QStringList &columns, const Table &rows, Values values)
{
    std::vector<const Table::value_type *> sorted;
    sorted.reserve(rows.size());
    for (const auto &entry : rows)
        sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(), [](auto *a, auto *b) { return a->first < b->first; });
    auto created = storage::BulkWriter::create(db, db.connection(), QString::fromLatin1(table), columns);
    if (!created)
        return created.error();
    storage::BulkWriter &writer = **created;
    for (const auto *row : sorted) {
        values(row->first, row->second, writer);
        if (auto st = writer.endRow(); !st)
            return st;
    }
    return writer.finish();
}

} // namespace

Status refreshSummariesByScan(const storage::Database &db, int from, int to, const QList<qint64> &offices)
{
    using storage::forEachRow;
    using storage::NativeRow;
    Table agentMonth, officeMonth, cohort; // sums: (acquisitions, active, collected) and (paid, -, -)

    // Each agent's office: it goes into summary_agent_month, and decides which agents a set of offices covers.
    std::unordered_map<qint64, qint64> agentOffice;
    auto st = forEachRow(db, "SELECT id, office_id FROM agents", {}, [&](const NativeRow &r) {
        agentOffice[r.integer(0)] = r.integer(1);
    });
    if (!st)
        return st;
    const std::unordered_set<qint64> covered(offices.begin(), offices.end());
    const auto officeCovered = [&](qint64 office) { return covered.empty() || covered.count(office) > 0; };
    const auto agentCovered = [&](qint64 agent) {
        if (covered.empty())
            return true;
        const auto it = agentOffice.find(agent);
        return it != agentOffice.end() && covered.count(it->second) > 0;
    };

    // Every participant once, kept by id (ids are dense), counting the range's acquisitions on the way:
    // then contributions need no join, only a sequential range scan of their primary key.
    struct Person {
        qint64 office = -1; // -1: no such participant
        qint64 agent = 0;   // 0: another channel
        qint64 reg = 0;
    };
    std::vector<Person> people;
    std::unordered_map<qint64, Person> sparse; // ids far apart (copied databases)
    qint64 count = 0, maxId = 0;
    st = forEachRow(db, "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM participants", {}, [&](const NativeRow &r) {
        count = r.integer(0);
        maxId = r.integer(1);
    });
    if (!st)
        return st;
    const bool dense = maxId <= 4 * count + 1024;
    if (dense)
        people.resize(size_t(maxId) + 1);
    st = forEachRow(db, "SELECT id, agent_id, office_id, reg_period FROM participants", {}, [&](const NativeRow &r) {
        const qint64 id = r.integer(0);
        const bool perisai = !r.isNull(1);
        Person p{r.integer(2), perisai ? r.integer(1) : 0, r.integer(3)};
        (dense ? people[size_t(id)] : sparse[id]) = p;
        if (p.reg < from || p.reg > to)
            return;
        if (perisai && agentCovered(p.agent))
            ++agentMonth[{p.agent, p.reg, 0, 0}].a;
        if (officeCovered(p.office))
            ++officeMonth[{p.office, p.reg, perisai ? kPerisai : kOther, 0}].a;
    });
    if (!st)
        return st;
    const auto personOf = [&](qint64 id) -> const Person * {
        if (dense)
            return id >= 0 && id < qint64(people.size()) && people[size_t(id)].office >= 0 ? &people[size_t(id)] : nullptr;
        const auto it = sparse.find(id);
        return it == sparse.end() ? nullptr : &it->second;
    };
    // Paid months: active recruits and what agents collected themselves (channel 'agen'), per office all
    // collected, and the retention cohorts (months paid from the registration month on).
    st = forEachRow(db, "SELECT period, participant_id, amount, channel = 'agen' FROM contributions WHERE period BETWEEN ? AND ?",
                   {from, to}, [&](const NativeRow &r) {
                       const Person *p = personOf(r.integer(1));
                       if (!p)
                           return; // as the inner join of the SQL definition
                       const qint64 period = r.integer(0);
                       const qint64 amount = r.integer(2);
                       const bool byAgent = r.integer(3) == 1;
                       const bool perisai = p->agent != 0;
                       if (perisai && agentCovered(p->agent)) {
                           Sums &a = agentMonth[{p->agent, period, 0, 0}];
                           ++a.b;
                           a.c += byAgent ? amount : 0;
                       }
                       if (!officeCovered(p->office))
                           return;
                       Sums &o = officeMonth[{p->office, period, perisai ? kPerisai : kOther, 0}];
                       ++o.b;
                       o.c += amount;
                       if (period >= p->reg)
                           ++cohort[{p->office, p->agent, p->reg, period}].a;
                   });
    if (!st)
        return st;

    using Writer = storage::BulkWriter;
    st = insertSorted(db, "summary_agent_month", {QStringLiteral("agent_id"), QStringLiteral("period"), QStringLiteral("acquisitions"),
                                                  QStringLiteral("active_recruits"), QStringLiteral("collected"), QStringLiteral("office_id")},
                      agentMonth, [&agentOffice](const Key &k, const Sums &v, Writer &w) {
                          const auto office = agentOffice.find(k[0]);
                          for (qint64 value : {k[0], k[1], v.a, v.b, v.c, office == agentOffice.end() ? 0 : office->second})
                              w.addInt(value);
                      });
    if (!st)
        return st;
    st = insertSorted(db, "summary_office_month", {QStringLiteral("office_id"), QStringLiteral("period"), QStringLiteral("channel"),
                                                   QStringLiteral("acquisitions"), QStringLiteral("active"), QStringLiteral("collected")},
                      officeMonth, [](const Key &k, const Sums &v, Writer &w) {
                          w.addInt(k[0]);
                          w.addInt(k[1]);
                          w.addText(std::string_view(k[2] == kPerisai ? "perisai" : "other"));
                          for (qint64 value : {v.a, v.b, v.c})
                              w.addInt(value);
                      });
    if (!st)
        return st;
    return insertSorted(db, "summary_cohort", {QStringLiteral("office_id"), QStringLiteral("agent_id"), QStringLiteral("cohort"),
                                               QStringLiteral("k"), QStringLiteral("period"), QStringLiteral("paid")},
                        cohort, [](const Key &k, const Sums &v, Writer &w) {
                            for (qint64 value : {k[0], k[1], k[2], qint64(monthIndex(int(k[3])) - monthIndex(int(k[2]))), k[3], v.a})
                                w.addInt(value);
                        });
}

} // namespace perisai::figures
