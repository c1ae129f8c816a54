#include "unitexport.h"

namespace perisai::figures {

std::vector<UnitColumn> unitColumns(UnitLevel level)
{
    auto count = [](qint64 UnitFigures::*field) {
        return [field](const UnitFigures &u) { return QVariant::fromValue(u.*field); };
    };
    static const std::vector<UnitColumn> columns = {
        {QStringLiteral("code"), [](const UnitFigures &u) { return QVariant(u.code); }},
        {QStringLiteral("name"), [](const UnitFigures &u) { return QVariant(u.name); }},
        {QStringLiteral("acquisitions"), count(&UnitFigures::acquisitions)},
        {QStringLiteral("acquisitions_same_period_last_year"), count(&UnitFigures::acquisitionsSamePeriodLastYear)},
        {QStringLiteral("target"), [](const UnitFigures &u) { return QVariant::fromValue(u.target.value); }},
        {QStringLiteral("target_source"), [](const UnitFigures &u) { return QVariant(targetSourceKey(u.target.source)); }},
        {QStringLiteral("target_achievement"), [](const UnitFigures &u) { return QVariant(u.achievement.ratio); }},
        {QStringLiteral("above_cap"), [](const UnitFigures &u) { return QVariant(u.achievement.aboveCap); }},
        {QStringLiteral("active_recruits"), count(&UnitFigures::activeRecruits)},
        {QStringLiteral("collected"), count(&UnitFigures::collected)},
        {QStringLiteral("retention.m3"), [](const UnitFigures &u) { return share(u.retention(3)); }},
        {QStringLiteral("retention.m6"), [](const UnitFigures &u) { return share(u.retention(6)); }},
        {QStringLiteral("retention.m12"), [](const UnitFigures &u) { return share(u.retention(12)); }},
        {QStringLiteral("rank"), [](const UnitFigures &u) { return QVariant::fromValue(static_cast<qint64>(u.rank)); }},
        {QStringLiteral("agents_registered"), count(&UnitFigures::agentsRegistered), true},
        {QStringLiteral("agents_active"), count(&UnitFigures::agentsActive), true},
    };
    std::vector<UnitColumn> out;
    for (const UnitColumn &c : columns) {
        if (!c.groupsOnly || level != UnitLevel::Agent)
            out.push_back(c);
    }
    return out;
}

namespace {

std::vector<KpiField> rowFields(const std::vector<UnitColumn> &columns, const UnitFigures &u)
{
    std::vector<KpiField> fields;
    for (const UnitColumn &c : columns)
        fields.push_back({c.path, c.value(u)});
    return fields;
}

} // namespace

QString unitJson(const UnitTable &table, const QString &officeCode)
{
    std::vector<KpiField> head;
    addPeriod(head, table.period);
    head.push_back({QStringLiteral("office"), officeCode});
    head.push_back({QStringLiteral("level"), unitLevelKey(table.level)});
    QString out = fieldsJson(head, 0);
    out.chop(2); // reopen the object for "rows"
    out += QStringLiteral(",\n  \"rows\": [");
    const std::vector<UnitColumn> columns = unitColumns(table.level);
    for (size_t i = 0; i < table.rows.size(); ++i)
        out += (i ? QStringLiteral(",\n    ") : QStringLiteral("\n    ")) + fieldsJson(rowFields(columns, table.rows[i]), 4);
    out += table.rows.empty() ? QStringLiteral("]\n}\n") : QStringLiteral("\n  ]\n}\n");
    return out;
}

QString unitCsv(const UnitTable &table)
{
    const std::vector<UnitColumn> columns = unitColumns(table.level);
    QStringList header;
    for (const UnitColumn &c : columns)
        header << c.path;
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const UnitFigures &u : table.rows) {
        QStringList cells;
        for (const UnitColumn &c : columns)
            cells << fieldText(c.value(u), false);
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace perisai::figures
