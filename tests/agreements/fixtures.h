#pragma once
// Small hand-made data for the agreement tests: one office, wadah, their agents and monthly acquisitions.

#include "agreements/agreement.h"
#include "storage/database.h"

namespace perisai::testing {

qint64 addOffice(const storage::Database &db, const QString &code);
qint64 addWadah(const storage::Database &db, qint64 officeId, const QString &code, const QString &name);
qint64 addAgent(const storage::Database &db, qint64 officeId, qint64 wadahId, const QString &code, const QString &nik);
void addAcquisitions(const storage::Database &db, qint64 agentId, int period, int acquisitions);

// An agreement with the usual terms; insert it with AgreementService::create.
agreements::Agreement makeAgreement(qint64 wadahId, const QString &number, QDate start, QDate end);

} // namespace perisai::testing
