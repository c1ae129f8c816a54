#pragma once
// An agent as the roster edits it, and the row the roster list shows (with its figures from the summaries).

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace perisai::roster {

enum class AgentStatus { Candidate, Active, Inactive, Dismissed };

QString statusKey(AgentStatus status);                 // as stored: "candidate", "active", ...
std::optional<AgentStatus> statusFromKey(const QString &key);
QString statusLabel(AgentStatus status);               // translated, for people

// Everything the agent form edits. `id` 0 and `version` 0 for a new agent.
struct Agent {
    qint64 id = 0;
    int version = 0;
    QString code;
    QString nik;
    QString name;
    QString sex;            // "L" / "P", derived from the NIK
    QDate birthDate;        // derived from the NIK
    QString phone;          // +62 form
    QString address;
    qint64 wadahId = 0;     // 0: none
    qint64 officeId = 0;    // the KCP (or KC)
    QDate joinedOn;
    QString bank;
    QString accountNo;
    QString kpj;            // the agent's own participant number
    bool isBpuParticipant = false;
    bool hasAccount = false;
    bool hasDevice = false;
    bool isAgencyEmployee = false;
    QDate briefedOn;
    AgentStatus status = AgentStatus::Candidate;
    QDate statusSince;
    QString notes;

    // The editable fields as JSON, for the audit log and for comparing two versions.
    QJsonObject toJson() const;
    bool sameDataAs(const Agent &other) const { return toJson() == other.toJson(); }
};

// One line of the roster list. Its figures come from the figures layer: the reference month, and January up
// to the reference month (the same values as the dashboard's tables and `kpi --by agent`).
struct AgentRow {
    qint64 id = 0;
    int version = 0;
    QString code;
    QString name;
    QString nik;
    QString phone;
    AgentStatus status = AgentStatus::Candidate;
    QDate statusSince;
    QDate joinedOn;
    qint64 wadahId = 0;
    QString wadahCode;
    QString wadahName;
    qint64 officeId = 0;
    QString officeCode;
    QString officeName;
    int lastActivePeriod = 0;     // YYYYMM of the last month with an acquisition or collected contribution
    qint64 monthAcquisitions = 0;
    bool productive = false;      // an acquisition or a contribution collected in the reference month
    qint64 yearAcquisitions = 0;  // January up to the reference month
    qint64 activeRecruits = 0;    // recruits paid up for the reference month
    qint64 target = 0;            // for January up to the reference month; 0: no target set
    double achievement = 0.0;     // yearAcquisitions ÷ target
    bool aboveCap = false;
};

struct StatusEntry {
    qint64 id = 0;
    AgentStatus status = AgentStatus::Candidate;
    QDate fromDate;
    QString reason;
    bool automatic = false;
    QString changedBy;
    QString changedAt;
};

struct AgentNote {
    qint64 id = 0;
    QDate writtenOn;
    QString author;
    QString text;
};

} // namespace perisai::roster
