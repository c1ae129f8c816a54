#pragma once
// The indicators as interfaces.md's kpi JSON (counts integers, money integer rupiah, ratios fractions)
// or as CSV rows "indicator,value" with the JSON's dotted key paths.

#include "kpidata.h"

#include <QString>
#include <QVariant>
#include <vector>

namespace perisai::figures {

// One value of the export, in the order the JSON shows it: "coverage.ratio" -> 0.26.
struct KpiField {
    QString path;
    QVariant value; // qint64, double (a ratio), bool or QString
};

std::vector<KpiField> kpiFields(const KpiSummary &summary);
// The period's fields: from, to, data_until and, when the period was cut, asked_to.
void addPeriod(std::vector<KpiField> &fields, const FiguresPeriod &period);
// A ratio that may be unknown (null in JSON, empty in CSV).
QVariant share(const std::optional<double> &value);
QString targetSourceKey(TargetSource source); // own, offices, wadah, agents, below, none
// The fields as one JSON object, nested by their dotted paths, each line indented by `indent` more.
QString fieldsJson(const std::vector<KpiField> &fields, int indent);
// One value as JSON or as a CSV cell.
QString fieldText(const QVariant &value, bool json);
QString kpiJson(const KpiSummary &summary);
QString kpiCsv(const KpiSummary &summary);

} // namespace perisai::figures
