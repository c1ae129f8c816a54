#include "incentives/linedetail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace perisai::incentives {

namespace {

const Exclusion kReasons[] = {Exclusion::Reregistered, Exclusion::AgentDismissed, Exclusion::FraudCase, Exclusion::OutsideBands};

template <typename Value> QJsonObject byReason(const QMap<Exclusion, Value> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(exclusionCode(it.key()), qint64(it.value()));
    return o;
}

template <typename Value> QMap<Exclusion, Value> readByReason(const QJsonObject &o)
{
    QMap<Exclusion, Value> map;
    for (Exclusion reason : kReasons) {
        if (o.contains(exclusionCode(reason)))
            map.insert(reason, Value(o.value(exclusionCode(reason)).toInteger()));
    }
    return map;
}

} // namespace

QString lineDetail(const AgentIncentive &line)
{
    QJsonObject programs;
    for (auto it = line.basis.newByProgram.begin(); it != line.basis.newByProgram.end(); ++it)
        programs.insert(it.key(), it.value());
    QJsonArray bands;
    for (qint64 amount : line.paidByBand)
        bands.append(amount);
    const QJsonObject o{{QStringLiteral("new_by_program"), programs},
                        {QStringLiteral("not_counted"), byReason(line.basis.notCounted)},
                        {QStringLiteral("paid_by_band"), bands},
                        {QStringLiteral("paid_not_counted"), byReason(line.basis.paidNotCounted)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void readLineDetail(const QString &json, AgentIncentive &line)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject programs = o.value(QStringLiteral("new_by_program")).toObject();
    for (auto it = programs.begin(); it != programs.end(); ++it)
        line.basis.newByProgram.insert(it.key(), it.value().toInt());
    line.basis.notCounted = readByReason<int>(o.value(QStringLiteral("not_counted")).toObject());
    line.basis.paidNotCounted = readByReason<qint64>(o.value(QStringLiteral("paid_not_counted")).toObject());
    line.paidByBand.clear();
    for (const QJsonValue v : o.value(QStringLiteral("paid_by_band")).toArray())
        line.paidByBand.push_back(v.toInteger());
}

} // namespace perisai::incentives
