#include "signalexport.h"

#include "figures/kpiexport.h"

#include <cmath>

namespace perisai::review {
namespace {

using figures::KpiField;

QVariant rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

std::vector<KpiField> fields(const ReportedSignal &r)
{
    const figures::AgentSignal &s = *r.signal;
    return {{QStringLiteral("agent"), s.agentCode},
            {QStringLiteral("wadah"), s.wadahCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.wadahCode)},
            {QStringLiteral("kind"), figures::signalKey(s.kind)},
            {QStringLiteral("value"), rounded(s.value)},
            {QStringLiteral("baseline"), rounded(s.baseline)},
            {QStringLiteral("count"), QVariant::fromValue(s.count)},
            {QStringLiteral("status"), stateKey(r.state)},
            {QStringLiteral("detail"), s.detail}};
}

} // namespace

QString signalsJson(const figures::SignalTable &table, const std::vector<ReportedSignal> &rows)
{
    std::vector<KpiField> head;
    figures::addPeriod(head, table.period);
    head.push_back({QStringLiteral("office"), table.officeCode});
    QString out = figures::fieldsJson(head, 0);
    out.chop(2); // reopen the object for "signals"
    out += QStringLiteral(",\n  \"signals\": [");
    for (size_t i = 0; i < rows.size(); ++i)
        out += (i ? QStringLiteral(",\n    ") : QStringLiteral("\n    ")) + figures::fieldsJson(fields(rows[i]), 4);
    out += rows.empty() ? QStringLiteral("]\n}\n") : QStringLiteral("\n  ]\n}\n");
    return out;
}

QString signalsCsv(const std::vector<ReportedSignal> &rows)
{
    QString out = QStringLiteral("agent,wadah,kind,value,baseline,count,status,detail\n");
    for (const ReportedSignal &r : rows) {
        QStringList cells;
        for (const KpiField &f : fields(r))
            cells << figures::fieldText(f.value, false);
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace perisai::review
