#pragma once
// The indicators as interfaces.md's kpi JSON (counts integers, money integer rupiah, ratios fractions)
// or as CSV rows "indicator,value" with the JSON's dotted key paths.

#include "kpidata.h"

#include <QString>
#include <QVariant>
#include <vector>

namespace perisai::performance {

// One value of the export, in the order the JSON shows it: "coverage.ratio" -> 0.26.
struct KpiField {
    QString path;
    QVariant value; // qint64, double (a ratio), bool or QString
};

std::vector<KpiField> kpiFields(const KpiSummary &summary);
QString kpiJson(const KpiSummary &summary);
QString kpiCsv(const KpiSummary &summary);

} // namespace perisai::performance
