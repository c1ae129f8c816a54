#include "storage/summaryscan.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <string>
#include <array>
#include <initializer_list>
#include <sqlite3.h>
#include <unordered_map>
#include <vector>

namespace perisai::storage {
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

class Db {
public:
    explicit Db(sqlite3 *h) : m_h(h) {}
    Status error() const
    {
        return makeError(QCoreApplication::translate("Query", "database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_h))));
    }
    // Runs a query with the values bound in order and calls row(stmt) for each result row.
    template <typename Row>
    Status select(const char *sql, std::initializer_list<qint64> values, Row row)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_h, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return error();
        int i = 0;
        for (const qint64 v : values)
            sqlite3_bind_int64(stmt, ++i, v);
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            row(stmt);
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE ? Status() : error();
    }
    // Inserts the table's rows in key order, kRows rows per statement (SQLite's per-statement cost is paid
    // once per batch). `values(key, sums, stmt, first)` binds one row from parameter `first` on.
    template <typename Bind>
    Status insert(const char *table, const char *columns, int columnCount, const Table &rows, Bind values)
    {
        std::vector<const Table::value_type *> sorted;
        sorted.reserve(rows.size());
        for (const auto &entry : rows)
            sorted.push_back(&entry);
        std::sort(sorted.begin(), sorted.end(), [](auto *a, auto *b) { return a->first < b->first; });
        for (size_t from = 0; from < sorted.size(); from += kRows) {
            const int n = int(std::min<size_t>(kRows, sorted.size() - from));
            sqlite3_stmt *stmt = statement(table, columns, columnCount, n);
            if (!stmt)
                return error();
            for (int r = 0; r < n; ++r)
                values(sorted[from + size_t(r)]->first, sorted[from + size_t(r)]->second, stmt, r * columnCount + 1);
            const int rc = sqlite3_step(stmt);
            sqlite3_reset(stmt);
            if (n != kRows)
                sqlite3_finalize(stmt);
            if (rc != SQLITE_DONE)
                return error();
        }
        sqlite3_finalize(m_full);
        m_full = nullptr;
        return {};
    }
    ~Db() { sqlite3_finalize(m_full); }

private:
    static constexpr int kRows = 100;

    // INSERT INTO table (columns) VALUES (?, ...), ... for n rows; the full-size one is kept.
    sqlite3_stmt *statement(const char *table, const char *columns, int columnCount, int n)
    {
        if (n == kRows && m_full)
            return m_full;
        std::string sql = std::string("INSERT INTO ") + table + " (" + columns + ") VALUES ";
        for (int r = 0; r < n; ++r) {
            sql += r ? ",(" : "(";
            for (int c = 0; c < columnCount; ++c)
                sql += c ? ",?" : "?";
            sql += ')';
        }
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_h, sql.c_str(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
            return nullptr;
        if (n == kRows)
            m_full = stmt;
        return stmt;
    }

    sqlite3 *m_h;
    sqlite3_stmt *m_full = nullptr;
};

} // namespace

Status refreshSummariesByScan(const QSqlDatabase &conn, int from, int to)
{
    const QVariant handle = conn.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(QCoreApplication::translate("BulkWriter", "no native SQLite handle"));
    Db db(*static_cast<sqlite3 *const *>(handle.constData()));
    Table agentMonth, officeMonth, cohort; // sums: (acquisitions, active, collected) and (paid, -, -)

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
    auto st = db.select("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM participants", {}, [&](sqlite3_stmt *s) {
        count = sqlite3_column_int64(s, 0);
        maxId = sqlite3_column_int64(s, 1);
    });
    if (!st)
        return st;
    const bool dense = maxId <= 4 * count + 1024;
    if (dense)
        people.resize(size_t(maxId) + 1);
    st = db.select("SELECT id, agent_id, office_id, reg_period FROM participants", {}, [&](sqlite3_stmt *s) {
        const qint64 id = sqlite3_column_int64(s, 0);
        const bool perisai = sqlite3_column_type(s, 1) != SQLITE_NULL;
        Person p{sqlite3_column_int64(s, 2), perisai ? sqlite3_column_int64(s, 1) : 0, sqlite3_column_int64(s, 3)};
        (dense ? people[size_t(id)] : sparse[id]) = p;
        if (p.reg < from || p.reg > to)
            return;
        if (perisai)
            ++agentMonth[{p.agent, p.reg, 0, 0}].a;
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
    st = db.select("SELECT period, participant_id, amount, channel = 'agen' FROM contributions WHERE period BETWEEN ? AND ?",
                   {from, to}, [&](sqlite3_stmt *s) {
                       const Person *p = personOf(sqlite3_column_int64(s, 1));
                       if (!p)
                           return; // as the inner join of the SQL definition
                       const qint64 period = sqlite3_column_int64(s, 0);
                       const qint64 amount = sqlite3_column_int64(s, 2);
                       const bool byAgent = sqlite3_column_int(s, 3) == 1;
                       const bool perisai = p->agent != 0;
                       if (perisai) {
                           Sums &a = agentMonth[{p->agent, period, 0, 0}];
                           ++a.b;
                           a.c += byAgent ? amount : 0;
                       }
                       Sums &o = officeMonth[{p->office, period, perisai ? kPerisai : kOther, 0}];
                       ++o.b;
                       o.c += amount;
                       if (period >= p->reg)
                           ++cohort[{p->office, p->agent, p->reg, period}].a;
                   });
    if (!st)
        return st;

    st = db.insert("summary_agent_month", "agent_id, period, acquisitions, active_recruits, collected", 5, agentMonth,
                   [](const Key &k, const Sums &v, sqlite3_stmt *s, int p) {
                       sqlite3_bind_int64(s, p, k[0]);
                       sqlite3_bind_int64(s, p + 1, k[1]);
                       sqlite3_bind_int64(s, p + 2, v.a);
                       sqlite3_bind_int64(s, p + 3, v.b);
                       sqlite3_bind_int64(s, p + 4, v.c);
                   });
    if (!st)
        return st;
    st = db.insert("summary_office_month", "office_id, period, channel, acquisitions, active, collected", 6, officeMonth,
                   [](const Key &k, const Sums &v, sqlite3_stmt *s, int p) {
                       sqlite3_bind_int64(s, p, k[0]);
                       sqlite3_bind_int64(s, p + 1, k[1]);
                       sqlite3_bind_text(s, p + 2, k[2] == kPerisai ? "perisai" : "other", -1, SQLITE_STATIC);
                       sqlite3_bind_int64(s, p + 3, v.a);
                       sqlite3_bind_int64(s, p + 4, v.b);
                       sqlite3_bind_int64(s, p + 5, v.c);
                   });
    if (!st)
        return st;
    return db.insert("summary_cohort", "office_id, agent_id, cohort, k, period, paid", 6, cohort,
                     [](const Key &k, const Sums &v, sqlite3_stmt *s, int p) {
                         sqlite3_bind_int64(s, p, k[0]);
                         sqlite3_bind_int64(s, p + 1, k[1]);
                         sqlite3_bind_int64(s, p + 2, k[2]);
                         sqlite3_bind_int64(s, p + 3, monthIndex(int(k[3])) - monthIndex(int(k[2])));
                         sqlite3_bind_int64(s, p + 4, k[3]);
                         sqlite3_bind_int64(s, p + 5, v.a);
                     });
}

} // namespace perisai::storage
