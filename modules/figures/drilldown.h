#pragma once
// The list behind a tile, bar or point of the dashboard: the participants, claims or agents it counts.

#include "core/period.h"
#include "core/result.h"
#include "kpiscope.h"

#include <QStringList>
#include <QVariantList>
#include <vector>

namespace perisai::figures {

struct DrillDown {
    enum class Kind {
        Acquisitions, // participants registered by agents in the range
        Active,       // participants paid up for the range's last month
        Claims,       // claims of agent-recruited participants in the range
        Agents,       // the scope's agents with their figures for the range
    };
    Kind kind = Kind::Acquisitions;
    KpiScope scope;
    PeriodRange range;
    QString program;            // Claims: JKK, JKM or JHT; empty for all
    bool perisaiOnly = false;   // Active: only participants recruited by an agent
    bool productiveOnly = false; // Agents: only those with a transaction in the range's last month
    QString title;              // what the list is, for the window title and the export
};

// Rows as values (numbers, dates, text) so that an export keeps numbers as numbers.
struct DrillDownTable {
    QStringList headers;
    QList<int> moneyColumns;
    QString codeColumnKind; // "agent" when column 0 holds agent codes (for navigation), else empty
    std::vector<QVariantList> rows;
    qint64 total = 0; // rows there are; more than rows.size() when the list was cut at the limit
};

// NIK and phone are masked unless revealPersonalData.
Result<DrillDownTable> loadDrillDown(const storage::Database &db, const DrillDown &request, bool revealPersonalData,
                                     int limit = 5000);

} // namespace perisai::figures
