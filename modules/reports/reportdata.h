#pragma once
// What the agent and wadah scorecards read beside their figures (which come from the figures layer): the
// roster rows, Monev attendance and the PKS chain. Runs on the calling thread's connection, so a worker
// thread reads through its own.

#include "core/period.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <map>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::reports {

struct OfficeRef {
    qint64 id = 0;
    QString code;
    QString name;
};

struct AgentIdentity {
    qint64 id = 0;
    QString code, nik, name, sex, phone, address, bank, accountNo, kpj, status;
    QDate birthDate, joinedOn, briefedOn, statusSince;
    bool bpuParticipant = false, hasAccount = false, hasDevice = false;
    qint64 wadahId = 0;
    QString wadahCode, wadahName;
    OfficeRef office;
};

struct StatusChange {
    QDate from;
    QString status;
    QString reason;
    bool automatic = false;
    QString changedBy;
};

struct AttendanceRow {
    QDate heldOn;
    QString title;
    QString attendance; // invited, present, excused, absent
};

struct WadahIdentity {
    qint64 id = 0;
    QString code, name, kind, address, village, supervisor, leader, phone, partnerBank, legalStatus, status;
    OfficeRef office;
};

struct AgentSummaryRow {
    qint64 id = 0;
    QString code, name, status;
    QDate joinedOn;
};

struct AgreementRow {
    qint64 id = 0;
    qint64 previousId = 0;
    QString number, status, signatoryBranch, signatoryWadah, terminationReason;
    QDate signedOn, startsOn, endsOn, terminatedOn;
    qint64 targetParticipants = 0;
};

// Choices the Reports page offers.
struct Choice {
    QString key;   // code, or session id as text
    QString label; // "AG-0001 · Siti Aminah"
};

class ReportData {
public:
    explicit ReportData(const storage::Database &db) : m_db(db) {}

    // An unknown code is an error naming it.
    Result<AgentIdentity> agent(const QString &code) const;
    Result<std::vector<StatusChange>> statusHistory(qint64 agentId) const;
    // Monev sessions held in the range to which the agent was invited.
    Result<std::vector<AttendanceRow>> attendance(qint64 agentId, const PeriodRange &range) const;

    Result<WadahIdentity> wadah(const QString &code) const;
    Result<std::vector<AgentSummaryRow>> wadahAgents(qint64 wadahId) const;
    // The wadah's agreements, oldest first.
    Result<std::vector<AgreementRow>> agreements(qint64 wadahId) const;

    Result<std::vector<Choice>> offices() const;
    Result<std::vector<Choice>> agentChoices() const;
    Result<std::vector<Choice>> wadahChoices() const;
    Result<std::vector<Choice>> sessionChoices() const;
    // From the first registration to the last month with data (the page's default period); invalid when empty.
    Result<PeriodRange> dataRange() const;

private:
    const storage::Database &m_db;
};

} // namespace perisai::reports
