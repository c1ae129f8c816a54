#pragma once
// Exports of what the roster shows: a table view (agents, wadah) as XLSX or CSV, and the participants of the
// current filter (any number of rows, off the UI thread). Personal data stays masked unless the user has
// chosen to show it.

#include "core/result.h"
#include "roster/participantrepository.h"

#include <QString>
#include <functional>

class QAbstractItemModel;
class QTableView;

namespace perisai::roster {

// The visible columns of `view`, rows as displayed; .xlsx or .csv by the file's suffix.
Status exportView(const QTableView &view, const QString &path, const QString &sheetName, const QString &title);

struct ParticipantExport {
    ParticipantFilter filter;
    ParticipantSort sort = ParticipantSort::Name;
    bool descending = false;
    int activePeriod = 0;
    bool reveal = false;
};
// Writes every participant of the filter; `progress(rows)` returns false to cancel.
Status exportParticipants(const storage::Database &db, const ParticipantExport &what, const QString &path,
                          const std::function<bool(qint64)> &progress);

// CSV as spreadsheets in Indonesia read it: UTF-8 with BOM, semicolons, quotes where needed, never a formula
// (core/csvcell).
QString csvField(const QString &value);

} // namespace perisai::roster
