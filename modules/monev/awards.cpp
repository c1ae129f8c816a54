#include "awards.h"

#include "core/format.h"
#include "core/indicators.h"

#include <QCoreApplication>
#include <algorithm>

namespace perisai::monev::awards {

QStringList categories()
{
    return {topAcquisition, bestRetention, bestNewcomer, mostImproved};
}

QString title(const QString &category)
{
    if (category == topAcquisition)
        return QCoreApplication::translate("monev", "Top acquisition");
    if (category == bestRetention)
        return QCoreApplication::translate("monev", "Best retention");
    if (category == bestNewcomer)
        return QCoreApplication::translate("monev", "Best newcomer");
    if (category == mostImproved)
        return QCoreApplication::translate("monev", "Most improved");
    return category;
}

QString formatValue(const QString &category, double value)
{
    if (category == bestRetention)
        return fmt::percent(value);
    if (category == mostImproved)
        return QStringLiteral("+") + fmt::number(static_cast<qint64>(value));
    return QCoreApplication::translate("monev", "%1 participants").arg(fmt::number(static_cast<qint64>(value)));
}

double valueOf(const QString &category, const SnapshotRow &row)
{
    if (category == bestRetention)
        return row.retention3m.value_or(0.0);
    if (category == mostImproved)
        return static_cast<double>(indicators::gainOnPrevious(row.acquisitions, row.prevAcquisitions));
    return row.acquisitions;
}

figures::Term figureOf(const QString &category)
{
    if (category == bestRetention)
        return figures::Term::RetentionDue;
    if (category == mostImproved)
        return figures::Term::AcquisitionGain;
    return figures::Term::Acquisitions;
}

std::vector<Candidate> rank(const QString &category, const std::vector<SnapshotRow> &rows, const QDate &sessionDate,
                            const Rules &rules)
{
    std::vector<Candidate> out;
    const QDate newcomerSince = sessionDate.addMonths(-rules.newcomerMonths);
    for (const SnapshotRow &r : rows) {
        bool qualifies = false;
        if (category == topAcquisition)
            qualifies = true;
        else if (category == bestRetention)
            qualifies = r.retention3m && r.acquisitions + r.prevAcquisitions >= rules.minRecruits;
        else if (category == bestNewcomer)
            qualifies = r.joinedOn.isValid() && r.joinedOn >= newcomerSince && r.joinedOn <= sessionDate;
        else
            qualifies = category == mostImproved;
        const double value = valueOf(category, r);
        // Nobody is suggested for nothing: no acquisitions, no one retained, no gain.
        if (!qualifies || value <= 0)
            continue;
        out.push_back({r.agentId, r.code, r.name, r.wadahName, value});
    }
    std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        return a.value != b.value ? a.value > b.value : a.code < b.code;
    });
    if (out.size() > static_cast<size_t>(rules.places))
        out.resize(rules.places);
    return out;
}

} // namespace perisai::monev::awards
