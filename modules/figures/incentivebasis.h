#pragma once
// The incentive basis of a month: per agent, the new participants that count (by program) and the ones
// that do not with their reason, and the contributions paid in the month by contribution month; with the
// drill-down lists of participants and payments behind those figures. The incentives module turns these
// into rupiah under the rule version of the month and computes nothing from the database itself.
//
// Definitions (interfaces.md § Incentives):
// - new participant: registered by the agent in the month (registration date) whose NIK no participant
//   registered before had (registered earlier, or the same day under a smaller id);
// - contributions counted: rows paid (paid_on) in the month by the agent's recruits, whatever the channel;
//   the contribution month (1 = the registration month) decides the band;
// - a dismissed agent earns nothing from the dismissal date on (agents.status_since of status 'dismissed');
// - a participant in a confirmed fraud case counts for nothing: the caller passes them (review owns the cases).

#include "core/period.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

// Why a registration or a payment of the month counts for nothing. Shown, never hidden.
enum class Exclusion {
    Reregistered, // a participant with the same NIK was registered before: not new
    AgentDismissed, // registered or paid on or after the agent's dismissal date
    FraudCase, // the participant is in a confirmed fraud case (the review module decides)
    OutsideBands, // paid for a contribution month the rule pays nothing for (decided by the rule)
};

// One agent's month.
struct AgentBasis {
    qint64 agentId = 0;
    QString agentCode;
    QString agentName;
    qint64 wadahId = 0; // 0: no wadah
    QString wadahCode;
    QString wadahName;
    QMap<QString, int> newByProgram; // new participants that count, by program ("JKK+JKM")
    QMap<Exclusion, int> notCounted; // registrations of the month left out, by reason
    QMap<int, qint64> paidByContributionMonth; // paid in the month, by contribution month (1 = registration month)
    QMap<Exclusion, qint64> paidNotCounted; // paid in the month but left out, by reason

    bool isEmpty() const
    {
        return newByProgram.isEmpty() && notCounted.isEmpty() && paidByContributionMonth.isEmpty() && paidNotCounted.isEmpty();
    }
};

// Every agent of the offices (each office id given: pass an office and all below it), with its wadah, and
// the month's basis. Agents with nothing in the month are returned empty.
Result<std::vector<AgentBasis>> incentiveBasis(const storage::Database &db, const QList<qint64> &officeIds, YearMonth month,
                                               const QSet<qint64> &fraudCases);

// Drill-down: the registrations of an agent's month with the reason each one does not count.
struct BasisParticipant {
    qint64 id = 0;
    QString kpj;
    QString nik;
    QString name;
    QString program;
    QDate registeredOn;
    std::optional<Exclusion> reason;
};
Result<std::vector<BasisParticipant>> incentiveParticipants(const storage::Database &db, qint64 agentId, YearMonth month,
                                                            const QSet<qint64> &fraudCases);

// Drill-down: the payments made in the month by an agent's recruits. `reason` is set for a dismissal or a
// fraud case; whether the contribution month earns anything is the rule's to say.
struct BasisPayment {
    qint64 participantId = 0;
    QString kpj;
    QString name;
    YearMonth period; // the month the contribution covers
    int contributionMonth = 0; // 1 = the registration month
    qint64 amount = 0;
    QDate paidOn;
    QString channel;
    std::optional<Exclusion> reason;
};
Result<std::vector<BasisPayment>> incentivePayments(const storage::Database &db, qint64 agentId, YearMonth month,
                                                    const QSet<qint64> &fraudCases);

} // namespace perisai::figures
