#pragma once
// Targets, read one way everywhere. The targets table holds figures per level (cabang, kcp, wadah, agen),
// code, year and month (0: the whole year). The target of a range of months: a year's monthly figures
// within the range, or its whole-year figure spread evenly over twelve months. What has no target of its
// own shows the sum of what is below it and says so: an office the sum of its offices, its wadah and its
// agents without a wadah; a wadah the sum of its agents.

#include "core/indicators.h"
#include "core/result.h"
#include "org.h"

#include <QDate>
#include <QHash>
#include <map>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

// Where a target figure comes from.
enum class TargetSource {
    None,    // no target anywhere at or below the unit
    Own,     // recorded for the unit itself
    Offices, // the sum of the offices below
    Wadah,   // the sum of the wadah (and their agents) below
    Agents,  // the sum of the agents below
    Mixed,   // the sum of several of those
};

struct TargetFigure {
    std::vector<double> byMonth; // one per month of the range, unrounded
    qint64 value = 0;            // the range's total, rounded to whole participants
    TargetSource source = TargetSource::None;

    bool recorded() const { return source != TargetSource::None; }
};

// "sum of the KCP targets", "sum of the wadah targets", ...; empty for Own and None (translated).
QString targetSourceText(TargetSource source);

class TargetBook {
public:
    TargetBook() = default;
    // The targets of every level for the years of `range`, for the units of `org`.
    static Result<TargetBook> load(const storage::Database &db, const Org &org, const PeriodRange &range);

    const PeriodRange &range() const { return m_range; }
    TargetFigure agent(qint64 agentId) const;
    TargetFigure wadah(qint64 wadahId) const;
    TargetFigure office(qint64 officeId) const;

private:
    using Key = std::pair<QString, QString>; // level, code
    TargetFigure own(const QString &level, const QString &code) const;

    const Org *m_org = nullptr; // outlives the book
    QHash<qint64, QString> m_agentCodes;
    PeriodRange m_range;
    std::map<Key, indicators::TargetTable> m_tables;
};

// The share of the target up to which agents' acquisitions count (program_rules 'target', agent_cap) in
// force on the day; 1.0 when none is recorded.
Result<double> targetCap(const storage::Database &db, const QDate &day);

// The targets level of an office kind: kc -> "cabang", kcp -> "kcp"; a kanwil has none of its own.
QString targetLevel(const QString &officeKind);

} // namespace perisai::figures
