#pragma once
// What the agent form checks before saving, field by field, with messages a branch officer can act on.
// Pure: the service looks up what needs the database (duplicates, the wadah's partner bank) and passes it in.

#include "roster/agent.h"

#include <QList>

namespace perisai::roster {

enum class AgentField { Code, Nik, Name, Phone, Wadah, Office, Bank, Account, Kpj, Eligibility, Briefing, JoinedOn };

struct FieldIssue {
    AgentField field;
    QString message; // translated
};

struct ValidationContext {
    QString partnerBank;        // the chosen wadah's partner bank; empty when none is recorded
    QString nikOwner;           // "AG-0012 Siti Aminah" when another agent holds the NIK
    QString codeOwner;          // the same for the agent code
    bool activating = false;    // the agent is to be active: the eligibility checklist must be complete
    QDate today;
};

// Trims, normalises the phone to +62 and takes sex and birth date from a valid NIK. Invalid values stay as typed.
Agent normalizedAgent(Agent agent);
QList<FieldIssue> validateAgent(const Agent &agent, const ValidationContext &context);
// A sentence about the NIK for the form: "Jawa Tengah · born 12/03/1985 · female", or why it is not valid.
QString describeNik(const QString &nik);

} // namespace perisai::roster
