#pragma once
// The fraud signals of an office's agents over a period (interfaces.md § Signals): for each agent and kind
// that passes its threshold, the agent's value, the office's baseline, the count behind it, a plain
// sentence, and the participants that are the evidence. Indicators for a person to review, never verdicts:
// the wording says what the figures show and nothing about intent.
//
//   first_payment_only   recruits observed >= 3 months who paid only the registration month
//   re_registration      registrations carrying a NIK an earlier participant had
//   threshold_bunching   months ending just over the incentive threshold with late-month registrations
//   collective_lapse     recruits who paid for a month and for no later month, while the office went on
//   shared_phone         recruits on one phone number (or on the agent's own)
//
// The review module turns each into a case a person decides; `signals` prints them.

#include "core/period.h"
#include "core/result.h"
#include "kpiscope.h"
#include "period.h"
#include "signalrepository.h"
#include "signalsettings.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

enum class SignalKind { FirstPaymentOnly, ReRegistration, ThresholdBunching, CollectiveLapse, SharedPhone };

QList<SignalKind> allSignalKinds();
QString signalKey(SignalKind kind); // "first_payment_only"
std::optional<SignalKind> signalKindFromKey(const QString &key);
enum class Term;
Term signalTerm(SignalKind kind);     // its glossary entry: label and definition
QString signalTitle(SignalKind kind); // the glossary's label, translated

struct AgentSignal {
    SignalKind kind = SignalKind::FirstPaymentOnly;
    qint64 agentId = 0;
    QString agentCode, agentName;
    qint64 wadahId = 0;
    QString wadahCode;
    double value = 0;    // the agent's share (or, for shared_phone, the people on the largest number)
    double baseline = 0; // the same for the office
    qint64 count = 0;    // people (bunching: months) behind the value
    int month = 0;       // collective_lapse: the month after which they stopped (YYYYMM); else 0
    QString detail;      // translated sentence
    QList<qint64> participants; // the evidence, ascending ids
};

struct SignalTable {
    FiguresPeriod period;
    QString officeCode;
    SignalSettings settings;
    std::vector<AgentSignal> raised; // by agent code, then kind
};

// Pure: the signals in `data` under `settings` (tests plant data through the database instead).
std::vector<AgentSignal> evaluateSignals(const SignalData &data, const SignalSettings &settings);

// The office of `scope` (its wadah or agent narrowing filters the result); thresholds from app_meta.
Result<SignalTable> signalFigures(const storage::Database &db, const KpiScope &scope, const PeriodRange &asked,
                                  const QDate &today = QDate::currentDate());

} // namespace perisai::figures
