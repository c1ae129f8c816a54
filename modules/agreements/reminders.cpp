// Figures and reminders: what the dashboard, the kpi command and the window's opening notices read.
#include "agreements/agreementrepository.h"
#include "agreements/agreementservice.h"
#include "figures/agentfigures.h"
#include "figures/agreementfigures.h"

#include <QCoreApplication>
#include <algorithm>

namespace perisai::agreements {
namespace {

ExpiryReminder reminderOf(const indicators::AgreementTerm &a, const QDate &today)
{
    const QDate end = indicators::effectiveEnd(a);
    const qint64 left = today.daysTo(end);
    return {a.id, a.number, a.wadahCode, a.wadahName, end, left, reminderBucket(left)};
}

// The minimum monthly target each month from the agreement of the wadah that binds in it (the latest one).
int minTargetIn(const std::vector<const Agreement *> &chain, YearMonth month)
{
    int target = 0;
    QDate latestStart;
    for (const Agreement *a : chain) {
        if (a->status == StoredStatus::Draft || a->startsOn > month.lastDay() || a->effectiveEnd() < month.firstDay())
            continue;
        if (!latestStart.isValid() || a->startsOn > latestStart) {
            latestStart = a->startsOn;
            target = a->minMonthlyTarget;
        }
    }
    return target;
}

} // namespace

AgreementFigures agreementFigures(const storage::Database &db, const QDate &today)
{
    AgreementFigures f;
    auto computed = figures::agreementFigures(db, figures::KpiScope{}, today);
    if (!computed) {
        f.error = computed.errorText();
        return f;
    }
    const indicators::AgreementCounts &c = computed->counts;
    f.active = c.active;
    f.expiring_30 = c.expiring30;
    f.expiring_60 = c.expiring60;
    f.expiring_90 = c.expiring90;
    f.expired = c.expired;
    f.renewed = c.renewed;
    f.terminated = c.terminated;
    return f;
}

int Reminders::count(int days) const
{
    if (days < 0)
        return static_cast<int>(expired.size());
    return static_cast<int>(std::count_if(expiring.begin(), expiring.end(), [days](const auto &r) { return r.daysLeft <= days; }));
}

QStringList Reminders::lines() const
{
    QStringList parts;
    // Counted as the tiles count them: "within 60 days" includes those within 30.
    for (int days : {30, 60, 90}) {
        if (int n = count(days); n > 0 && (days == 30 || n > count(days - 30)))
            parts << QCoreApplication::translate("Agreements", "%1 PKS ending within %2 days").arg(n).arg(days);
    }
    if (int n = count(-1))
        parts << QCoreApplication::translate("Agreements", "%1 PKS ended without renewal").arg(n);
    QStringList lines;
    if (!parts.isEmpty())
        lines << parts.join(QStringLiteral("; "));
    if (!belowTarget.empty()) {
        QStringList codes;
        for (const ReviewFlag &f : belowTarget)
            codes << f.wadahCode;
        lines << QCoreApplication::translate("Agreements", "%1 wadah below their minimum target for %2 months in a row (%3): "
                                                           "review their PKS")
                     .arg(belowTarget.size()).arg(reviewMonths).arg(codes.join(QStringLiteral(", ")));
    }
    return lines;
}

Result<Reminders> agreementReminders(const storage::Database &db, const QDate &today)
{
    auto stored = AgreementRepository(db).all();
    if (!stored)
        return stored.error();
    // Expired and expiring as the figures layer counts them for the tiles and the dashboard.
    auto counted = figures::agreementFigures(db, figures::KpiScope{}, today);
    if (!counted)
        return counted.error();
    return agreementReminders(db, today, deriveRows(*stored, today), *counted);
}

Result<Reminders> agreementReminders(const storage::Database &db, const QDate &today, const std::vector<AgreementRow> &rows,
                                     const figures::AgreementFigures &counted)
{
    auto rules = AgreementRepository(db).rulesOn(today);
    if (!rules)
        return rules.error();
    Reminders r;
    r.reviewMonths = rules->belowTargetMonths;
    for (const indicators::AgreementTerm &a : counted.toRenew) {
        ExpiryReminder reminder = reminderOf(a, today);
        if (reminder.daysLeft < 0)
            r.expired.push_back(reminder);
        else if (reminder.daysLeft <= kExpiringDays)
            r.expiring.push_back(reminder);
    }
    // Same day: by wadah name, so that every engine lists them in one order.
    auto byName = [](const ExpiryReminder &a, const ExpiryReminder &b) {
        const int byWadah = QString::compare(a.wadahName, b.wadahName, Qt::CaseInsensitive);
        return byWadah != 0 ? byWadah < 0 : a.number < b.number;
    };
    std::sort(r.expiring.begin(), r.expiring.end(), [&](const auto &a, const auto &b) {
        return a.daysLeft != b.daysLeft ? a.daysLeft < b.daysLeft : byName(a, b);
    });
    std::sort(r.expired.begin(), r.expired.end(), [&](const auto &a, const auto &b) {
        return a.daysLeft != b.daysLeft ? a.daysLeft > b.daysLeft : byName(a, b);
    });
    QHash<qint64, std::vector<const Agreement *>> chains;
    for (const AgreementRow &row : rows)
        chains[row.agreement.wadahId].push_back(&row.agreement);

    // Below the minimum target: the last N complete months, for wadah with an agreement in force today.
    const int months = rules->belowTargetMonths;
    if (months <= 0)
        return r;
    const YearMonth last = YearMonth::fromDate(today).addMonths(-1);
    const YearMonth first = last.addMonths(-(months - 1));
    auto acquisitions = figures::wadahMonths(db, {first, last});
    if (!acquisitions)
        return acquisitions.error();
    for (const AgreementRow &row : rows) {
        if (!row.agreement.inForceOn(today) || row.agreement.status == StoredStatus::Terminated)
            continue;
        std::vector<MonthAgainstTarget> figures;
        for (YearMonth m = first; m <= last; m = m.addMonths(1))
            figures.push_back({m.key(), acquisitions->value(row.agreement.wadahId).value(m.key()),
                               minTargetIn(chains.value(row.agreement.wadahId), m)});
        if (belowTargetForReview(figures, months))
            r.belowTarget.push_back({row.agreement.wadahId, row.wadahCode, row.wadahName, row.agreement.id, row.agreement.number, figures});
    }
    return r;
}

} // namespace perisai::agreements
