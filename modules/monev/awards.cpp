#include "awards.h"

#include "core/format.h"

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

std::vector<Candidate> rank(const QString &category, const std::vector<SnapshotRow> &rows, const QDate &sessionDate,
                            const Rules &rules)
{
    std::vector<Candidate> out;
    const QDate newcomerSince = sessionDate.addMonths(-rules.newcomerMonths);
    for (const SnapshotRow &r : rows) {
        double value = 0;
        if (category == topAcquisition) {
            if (r.acquisitions <= 0)
                continue;
            value = r.acquisitions;
        } else if (category == bestRetention) {
            if (!r.retention3m || *r.retention3m <= 0 || r.acquisitions + r.prevAcquisitions < rules.minRecruits)
                continue;
            value = *r.retention3m;
        } else if (category == bestNewcomer) {
            if (!r.joinedOn.isValid() || r.joinedOn < newcomerSince || r.joinedOn > sessionDate || r.acquisitions <= 0)
                continue;
            value = r.acquisitions;
        } else if (category == mostImproved) {
            const int gain = r.acquisitions - r.prevAcquisitions;
            if (gain <= 0)
                continue;
            value = gain;
        } else {
            continue;
        }
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
