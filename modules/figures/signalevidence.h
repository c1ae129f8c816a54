#pragma once
// The evidence behind a signal or a review case: the participants it names, each with the months it paid
// for. A drill-down list like the dashboard's, read from the participants and their contribution rows by
// participant (an index range each), never a scan.

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

struct EvidenceRow {
    qint64 id = 0;
    QString kpj, name, nik, phone; // NIK and phone as stored: the view masks them
    QString agentCode;
    QDate registeredOn;
    QList<int> paidMonths;         // YYYYMM, ascending
    qint64 paidTotal = 0;          // rupiah
};

Result<std::vector<EvidenceRow>> loadEvidence(const storage::Database &db, const QList<qint64> &participantIds);

} // namespace perisai::figures
