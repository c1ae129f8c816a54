#pragma once
// The participants browser's queries. 300 k rows are never loaded at once: a page is one keyset query
// (WHERE (name, id) > (last name, last id) ORDER BY name, id LIMIT n) that reads an index range, with every
// filter in SQL. "Active" = a contribution for the reference month exists: one primary-key probe per row.

#include "core/result.h"

#include <QDate>
#include <QString>
#include <QVariant>
#include <functional>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::roster {

struct ParticipantFilter {
    enum class Channel { Any, Agents, Other };
    enum class Activity { Any, Active, Lapsed };

    QString search;            // name (contains) or, when all digits, KPJ / NIK (starts with)
    qint64 agentId = 0;        // one agent; 0: any
    Channel channel = Channel::Any;
    qint64 officeId = 0;
    QString occupation;
    QString program;           // "JKK+JKM" or "JKK+JKM+JHT"
    Activity activity = Activity::Any;

    bool operator==(const ParticipantFilter &) const = default;
};

enum class ParticipantSort { Name, Kpj, Registered };

struct ParticipantRow {
    qint64 id = 0;
    QString kpj;
    QString name;
    QString nik;
    QString sex;
    QString phone;
    QString occupation;
    QString program;
    QDate registeredOn;
    QString agentCode;
    QString agentName;
    QString officeCode;
    qint64 declaredIncome = 0;
    bool active = false;
};

// Where the next page starts: the sort value and id of the last row shown.
struct PageKey {
    QVariant value;
    qint64 id = 0;
    bool isStart() const { return id == 0; }
    static PageKey after(const ParticipantRow &row, ParticipantSort sort);
};

class ParticipantRepository {
public:
    explicit ParticipantRepository(const storage::Database &db) : m_db(db) {}

    // `activePeriod` (YYYYMM): the month whose contribution makes a participant active.
    Result<std::vector<ParticipantRow>> page(const ParticipantFilter &filter, ParticipantSort sort, bool descending,
                                             const PageKey &after, int limit, int activePeriod) const;
    // The rows of `ids`, in that order (the search index's answer).
    Result<std::vector<ParticipantRow>> byIds(const std::vector<qint64> &ids, int activePeriod) const;
    Result<qint64> count(const ParticipantFilter &filter, int activePeriod) const;
    // Every row of the filter in order, for an export; `visit` returns false to stop.
    Status forEach(const ParticipantFilter &filter, ParticipantSort sort, bool descending, int activePeriod,
                   const std::function<bool(const ParticipantRow &)> &visit) const;

private:
    const storage::Database &m_db;
};

} // namespace perisai::roster
