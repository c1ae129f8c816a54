#pragma once
// What the offices page shows, read in one go off the UI thread: the tree's rows and the regions that
// have workforce figures (an office's region should be one of them, or coverage has nothing to divide by).

#include "core/period.h"
#include "offices/office.h"

#include <QDate>
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
    YearMonth month;              // the reference month: agents are counted on its last day
    QString error;                // when the read failed
};

OfficesData loadOfficesData(const storage::Database &db, const QDate &today = QDate::currentDate());

} // namespace perisai::offices
