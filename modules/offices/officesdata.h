#pragma once
// What the offices page shows, read in one go off the UI thread: the tree's rows and the regions that
// have workforce figures (an office's region should be one of them, or coverage has nothing to divide by).

#include "offices/office.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace perisai::storage {
class Database;
}

namespace perisai::offices {

struct OfficesData {
    QList<OfficeRow> rows;
    QStringList regions;          // to choose from: workforce regions, then those already given to offices
    QSet<QString> workforceRegions;
    QString error;                // when the read failed
};

OfficesData loadOfficesData(const storage::Database &db);

} // namespace perisai::offices
