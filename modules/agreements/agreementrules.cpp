#include "agreements/agreementrules.h"

#include "core/format.h"

#include <QCoreApplication>

namespace perisai::agreements {
QString storedStatusKey(StoredStatus status)
{
    switch (status) {
    case StoredStatus::Draft: return QStringLiteral("draft");
    case StoredStatus::Active: return QStringLiteral("active");
    case StoredStatus::Renewed: return QStringLiteral("renewed");
    case StoredStatus::Terminated: return QStringLiteral("terminated");
    }
    return QStringLiteral("draft");
}

StoredStatus storedStatusFromKey(const QString &key)
{
    if (key == QLatin1String("active"))
        return StoredStatus::Active;
    if (key == QLatin1String("renewed"))
        return StoredStatus::Renewed;
    if (key == QLatin1String("terminated"))
        return StoredStatus::Terminated;
    return StoredStatus::Draft;
}

QString statusKey(AgreementStatus status)
{
    switch (status) {
    case AgreementStatus::Draft: return QStringLiteral("draft");
    case AgreementStatus::Active: return QStringLiteral("active");
    case AgreementStatus::Expiring: return QStringLiteral("expiring");
    case AgreementStatus::Expired: return QStringLiteral("expired");
    case AgreementStatus::Renewed: return QStringLiteral("renewed");
    case AgreementStatus::Terminated: return QStringLiteral("terminated");
    }
    return {};
}

QString statusLabel(AgreementStatus status)
{
    switch (status) {
    case AgreementStatus::Draft: return QCoreApplication::translate("Agreements", "Draft");
    case AgreementStatus::Active: return QCoreApplication::translate("Agreements", "Active");
    case AgreementStatus::Expiring: return QCoreApplication::translate("Agreements", "Expiring");
    case AgreementStatus::Expired: return QCoreApplication::translate("Agreements", "Expired");
    case AgreementStatus::Renewed: return QCoreApplication::translate("Agreements", "Renewed");
    case AgreementStatus::Terminated: return QCoreApplication::translate("Agreements", "Terminated");
    }
    return {};
}

QDate Agreement::effectiveEnd() const
{
    // Terminated on day D: D is the first day it no longer binds (as the indicators count it).
    if (status == StoredStatus::Terminated && terminatedOn.isValid() && terminatedOn <= endsOn)
        return terminatedOn.addDays(-1);
    return endsOn;
}

bool Agreement::inForceOn(const QDate &day) const
{
    return status != StoredStatus::Draft && startsOn.isValid() && startsOn <= day && day <= effectiveEnd();
}

QDate longestEnd(const QDate &start, int maxMonths)
{
    return start.addMonths(maxMonths).addDays(-1);
}

bool termTooLong(const QDate &start, const QDate &end, int maxMonths)
{
    return maxMonths > 0 && start.isValid() && end.isValid() && end > longestEnd(start, maxMonths);
}

std::optional<Agreement> findOverlap(const Agreement &candidate, const std::vector<Agreement> &sameWadah)
{
    if (!candidate.startsOn.isValid() || !candidate.endsOn.isValid())
        return std::nullopt;
    for (const Agreement &other : sameWadah) {
        if (other.id == candidate.id && candidate.id != 0)
            continue;
        if (other.wadahId != candidate.wadahId)
            continue;
        const QDate otherEnd = other.effectiveEnd();
        if (otherEnd < other.startsOn)
            continue; // terminated before it started: binds no day
        if (candidate.startsOn <= otherEnd && other.startsOn <= candidate.effectiveEnd())
            return other;
    }
    return std::nullopt;
}

std::vector<RuleIssue> checkAgreement(const Agreement &candidate, const std::vector<Agreement> &sameWadah,
                                      const WadahRules &rules)
{
    std::vector<RuleIssue> issues;
    auto error = [&](const char *code, const QString &message) {
        issues.push_back({Severity::Error, QString::fromLatin1(code), message});
    };
    if (candidate.wadahId == 0)
        error("wadah", QCoreApplication::translate("Agreements", "Choose the wadah the agreement is with."));
    if (candidate.number.trimmed().isEmpty())
        error("number", QCoreApplication::translate("Agreements", "The agreement needs its number (as written on the signed PKS)."));
    if (!candidate.startsOn.isValid() || !candidate.endsOn.isValid()) {
        error("dates", QCoreApplication::translate("Agreements", "The agreement needs a start and an end date."));
        return issues;
    }
    if (candidate.endsOn < candidate.startsOn) {
        error("dates", QCoreApplication::translate("Agreements", "The agreement ends (%1) before it starts (%2). Correct the end date.")
                           .arg(fmt::date(candidate.endsOn), fmt::date(candidate.startsOn)));
        return issues;
    }
    if (const auto other = findOverlap(candidate, sameWadah)) {
        error("overlap", QCoreApplication::translate("Agreements", "The dates overlap PKS %1 of the same wadah (%2 – %3). A wadah has one agreement at a "
                            "time: start after %3, or terminate PKS %1 first.")
                             .arg(other->number, fmt::date(other->startsOn), fmt::date(other->effectiveEnd())));
    }
    if (termTooLong(candidate.startsOn, candidate.endsOn, rules.pksMaxMonths)) {
        issues.push_back({Severity::Warning, QStringLiteral("term"),
                          QCoreApplication::translate("Agreements", "The term %1 – %2 is longer than %3 months, the longest a PKS may run since 2022 "
                             "(at the latest until %4). Shorten it, or override with a reason.")
                              .arg(fmt::date(candidate.startsOn), fmt::date(candidate.endsOn))
                              .arg(rules.pksMaxMonths)
                              .arg(fmt::date(longestEnd(candidate.startsOn, rules.pksMaxMonths)))});
    }
    return issues;
}

bool blocksSaving(const std::vector<RuleIssue> &issues, bool overrideGiven)
{
    for (const RuleIssue &issue : issues) {
        if (issue.severity == Severity::Error || !overrideGiven)
            return true;
    }
    return false;
}

QStringList messages(const std::vector<RuleIssue> &issues)
{
    QStringList out;
    for (const RuleIssue &issue : issues)
        out << issue.message;
    return out;
}

bool sameContent(const Agreement &a, const Agreement &b)
{
    auto trimmed = [](const QString &s) { return s.trimmed(); };
    return a.id == b.id && a.wadahId == b.wadahId && trimmed(a.number) == trimmed(b.number) && a.signedOn == b.signedOn
        && a.startsOn == b.startsOn && a.endsOn == b.endsOn && trimmed(a.signatoryBranch) == trimmed(b.signatoryBranch)
        && trimmed(a.signatoryWadah) == trimmed(b.signatoryWadah) && a.targetParticipants == b.targetParticipants
        && a.minMonthlyTarget == b.minMonthlyTarget && trimmed(a.partnerBank) == trimmed(b.partnerBank) && a.status == b.status
        && a.previousId == b.previousId && a.terminatedOn == b.terminatedOn
        && trimmed(a.terminationReason) == trimmed(b.terminationReason)
        && trimmed(a.termOverrideReason) == trimmed(b.termOverrideReason) && trimmed(a.notes) == trimmed(b.notes);
}

qint64 daysLeft(const Agreement &agreement, const QDate &today)
{
    return today.daysTo(agreement.effectiveEnd());
}

AgreementStatus deriveStatus(const Agreement &agreement, bool hasSuccessor, const QDate &today)
{
    switch (agreement.status) {
    case StoredStatus::Draft: return AgreementStatus::Draft;
    case StoredStatus::Terminated: return AgreementStatus::Terminated;
    case StoredStatus::Renewed: return AgreementStatus::Renewed;
    case StoredStatus::Active: break;
    }
    if (hasSuccessor)
        return AgreementStatus::Renewed;
    const qint64 left = daysLeft(agreement, today);
    if (left < 0)
        return AgreementStatus::Expired;
    return left <= kExpiringDays ? AgreementStatus::Expiring : AgreementStatus::Active;
}

int reminderBucket(qint64 days)
{
    if (days < 0)
        return -1;
    for (int threshold : kReminderThresholds) {
        if (days <= threshold)
            return threshold;
    }
    return 0;
}

Agreement proposeRenewal(const Agreement &previous, const WadahRules &rules, const QDate &signedOn)
{
    Agreement next = previous;
    next.id = 0;
    next.version = 0;
    next.number.clear();
    next.previousId = previous.id;
    next.status = StoredStatus::Active;
    next.signedOn = signedOn;
    // Renewed in time: the day after the previous one ends. Renewed late: from the signing, since nothing
    // bound the wadah in between.
    next.startsOn = previous.endsOn.addDays(1);
    if (signedOn.isValid() && signedOn > next.startsOn)
        next.startsOn = signedOn;
    next.endsOn = longestEnd(next.startsOn, rules.pksMaxMonths > 0 ? rules.pksMaxMonths : 12);
    next.terminatedOn = QDate();
    next.terminationReason.clear();
    next.termOverrideReason.clear();
    next.notes.clear();
    return next;
}

QString suggestNumber(const QString &wadahCode, const QDate &startsOn, const QSet<QString> &taken)
{
    const QString base = QStringLiteral("PKS/%1/%2").arg(wadahCode).arg(startsOn.year());
    QString number = base;
    for (int n = 2; taken.contains(number); ++n)
        number = base + QStringLiteral("-%1").arg(n);
    return number;
}

bool belowTargetForReview(const std::vector<MonthAgainstTarget> &lastMonths, int months)
{
    if (months <= 0 || static_cast<int>(lastMonths.size()) < months)
        return false;
    for (auto it = lastMonths.end() - months; it != lastMonths.end(); ++it) {
        if (it->minTarget <= 0 || it->acquisitions >= it->minTarget)
            return false;
    }
    return true;
}

} // namespace perisai::agreements
