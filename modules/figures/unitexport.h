#pragma once
// `kpi --by kcp|wadah|agent`: the per-unit figures as JSON ({"period", "office", "level", "rows": [...]}) or
// CSV (one line per unit), each value exactly as the views show it. The columns are listed once, in
// unitColumns(): a new per-unit figure is one more entry there. Rows of kc, kcp and wadah also give their
// agents registered and active (agents_registered, agents_active).

#include "kpiexport.h"
#include "unitfigures.h"

#include <functional>

namespace perisai::figures {

struct UnitColumn {
    QString path; // "retention.m3"
    std::function<QVariant(const UnitFigures &)> value;
    bool groupsOnly = false; // only for units of agents (kc, kcp, wadah), not for one agent
};

// The columns of a level's rows.
std::vector<UnitColumn> unitColumns(UnitLevel level);
QString unitJson(const UnitTable &table, const QString &officeCode);
QString unitCsv(const UnitTable &table);

} // namespace perisai::figures
