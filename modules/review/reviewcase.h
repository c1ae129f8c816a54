#pragma once
// A review case: one fraud signal of an agent, or one participant flag the import raised, that a person
// looks at and decides. Its life: open -> under review -> cleared (a reason is required) or confirmed.
// The evidence is the participants it names; a cleared case stays cleared while the signal names no one
// new, and a participant it did not name opens it again.

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace perisai::review {

enum class CaseState { Open, UnderReview, Cleared, Confirmed };

QString stateKey(CaseState state); // "open", "under_review", "cleared", "confirmed"
std::optional<CaseState> stateFromKey(const QString &key);
QString stateTitle(CaseState state); // translated
bool decided(CaseState state);      // cleared or confirmed

// The participant flags the import writes to review_flags, each of which becomes a case.
QStringList participantFlagKinds(); // invalid_nik, duplicate_nik, reregistered_after_lapse, shared_phone
// A translated short title for any case kind: a signal kind or a participant flag kind.
QString caseKindTitle(const QString &kind);

enum class CaseSource { Signal, Flag };

struct ReviewCase {
    qint64 id = 0;
    QString kind;            // signal kind (first_payment_only ...) or flag kind (invalid_nik ...)
    CaseSource source = CaseSource::Signal;
    qint64 agentId = 0;      // the agent concerned (a flag: its participant's agent), 0: none
    QString agentCode, agentName;
    qint64 wadahId = 0;
    QString wadahCode;
    qint64 flagId = 0;       // the review_flags row of a flag case
    int periodFrom = 0, periodTo = 0; // YYYYMM: the signal's period; a flag: its registration month
    double value = 0, baseline = 0;
    qint64 count = 0;
    QString detail;
    CaseState state = CaseState::Open;
    QString reason;          // why it was cleared or confirmed
    QString decidedBy;
    QDateTime decidedAt;
    QDateTime openedAt;
    QDateTime updatedAt;
    int version = 1;
    QList<qint64> participants; // the evidence, ascending ids
};

struct CaseNote {
    qint64 id = 0;
    QDateTime writtenAt;
    QString author;
    QString text;
};

// What the page's filters ask; empty or 0 fields match everything. A case matches the period when its
// own period overlaps it.
struct CaseFilter {
    QString kind;
    std::optional<CaseState> state;
    bool undecidedOnly = false; // open or under review
    qint64 agentId = 0;
    qint64 wadahId = 0;
    int periodFrom = 0, periodTo = 0;
};

} // namespace perisai::review
