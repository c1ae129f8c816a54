#pragma once
// A partnership agreement (PKS, Perjanjian Kerja Sama) between the branch and one wadah, as stored,
// and the status a person reads, derived from the stored status, the chain of renewals and today's date.

#include <QDate>
#include <QString>
#include <vector>

namespace perisai::agreements {

// What the agreements table stores. "expiring" and "expired" are never stored: they follow from the dates.
enum class StoredStatus { Draft, Active, Renewed, Terminated };

// What the user sees on a chip.
enum class AgreementStatus { Draft, Active, Expiring, Expired, Renewed, Terminated };

QString storedStatusKey(StoredStatus status);           // "draft", "active", ... as in the database
StoredStatus storedStatusFromKey(const QString &key);   // unknown keys read as draft
QString statusKey(AgreementStatus status);                     // "expiring", for filters and tests
QString statusLabel(AgreementStatus status); // translated: "Akan berakhir"

struct Agreement {
    qint64 id = 0;
    qint64 wadahId = 0;
    QString number;
    QDate signedOn;
    QDate startsOn;
    QDate endsOn;
    QString signatoryBranch;     // who signed for the branch (Kepala Kantor Cabang)
    QString signatoryWadah;      // who signed for the wadah
    int targetParticipants = 0;  // new participants agreed for the whole term
    int minMonthlyTarget = 0;    // acquisitions a month below which the wadah is reviewed
    QString partnerBank;
    StoredStatus status = StoredStatus::Draft;
    qint64 previousId = 0;       // the agreement this one renews
    QDate terminatedOn;
    QString terminationReason;
    QString termOverrideReason;  // why a term longer than the rule allows was accepted
    QString notes;
    int version = 0;             // optimistic concurrency: the version read

    // The last day the agreement binds: its end date, or the termination date when earlier.
    QDate effectiveEnd() const;
    bool inForceOn(const QDate &day) const;
};

// The host organisation an agreement is with, as the agreement screens need it.
struct WadahInfo {
    qint64 id = 0;
    QString code;
    QString name;
    QString kind;
    QString leaderName;
    QString partnerBank;
    bool active = true;
};

// A stored signed document (scanned PKS), without its content.
struct DocumentInfo {
    qint64 id = 0;
    qint64 agreementId = 0;
    QString fileName;
    QString mimeType;
    QString sha256;
    qint64 sizeBytes = 0;
    QString uploadedBy;
    QString uploadedAt;
};

// An agreement with what the lists show beside it.
struct AgreementRow {
    Agreement agreement;
    QString wadahCode;
    QString wadahName;
    bool wadahActive = true;
    AgreementStatus status = AgreementStatus::Draft;
    qint64 daysLeft = 0;          // to the effective end; negative once ended
    QString successorNumber;      // the renewal that follows, if any
    int documentCount = 0;
};

} // namespace perisai::agreements
