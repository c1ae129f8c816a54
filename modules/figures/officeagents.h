#pragma once
// The agents of each office with every office below it, on the last day of the reference month: the offices
// tree's "active of registered" column, counted as the roster's wadah list and `kpi --by kcp|kc` count them
// (glossary: Agents registered, Active agents).

#include "core/period.h"
#include "core/result.h"

#include <QDate>
#include <QHash>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

// The month the roster and the offices page show figures for: the last month with data, or the current
// month when there are none yet (never a month after the current one).
Result<YearMonth> referenceMonth(const storage::Database &db, const QDate &today);

struct OfficeAgents {
    qint64 registered = 0;
    qint64 active = 0;
};

// Every office's agents and those of the offices below it, on `day`.
Result<QHash<qint64, OfficeAgents>> agentsByOffice(const storage::Database &db, const QDate &day);

} // namespace perisai::figures
