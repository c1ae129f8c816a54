#pragma once
// What the scope pickers offer: the office tree, wadah and agents, and the months that hold data.

#include "core/period.h"
#include "core/result.h"
#include "kpiscope.h"

#include <vector>

namespace perisai::figures {

struct ScopeItem {
    qint64 id = 0;
    QString code;
    QString name;
    qint64 officeId = 0;
    qint64 wadahId = 0; // agents only
};

struct ScopeLists {
    QList<OfficeNode> offices; // parents before children
    std::vector<ScopeItem> wadah;
    std::vector<ScopeItem> agents;
    QString defaultOffice;
    PeriodRange dataRange; // invalid months when there is no data yet
};

Result<ScopeLists> loadScopeLists(const storage::Database &db);

// The offices in tree order with their depth (0 for the top), for an indented list.
std::vector<std::pair<OfficeNode, int>> officeTree(const QList<OfficeNode> &offices);
// The ids of an office and every office below it.
QList<qint64> subtreeIds(const QList<OfficeNode> &offices, qint64 officeId);

} // namespace perisai::figures
