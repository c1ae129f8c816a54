#include "incentives/monthexport.h"

#include "core/csvcell.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace perisai::incentives {

namespace {

template <typename Value> QJsonObject byReason(const QMap<Exclusion, Value> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(exclusionCode(it.key()), qint64(it.value()));
    return o;
}

QJsonValue codeOrNull(const QString &code) { return code.isEmpty() ? QJsonValue() : QJsonValue(code); }

QJsonObject agentJson(const AgentIncentive &a, bool taxed)
{
    QJsonObject o{{QStringLiteral("agent"), a.basis.agentCode},
                  {QStringLiteral("wadah"), codeOrNull(a.basis.wadahCode)},
                  {QStringLiteral("new_participants"), a.newParticipants},
                  {QStringLiteral("acquisition"), a.acquisition},
                  {QStringLiteral("contributions_counted"), a.contributionsCounted},
                  {QStringLiteral("contribution"), a.contribution},
                  {QStringLiteral("adjustment"), a.adjustment},
                  {QStringLiteral("total"), a.total}};
    if (!a.basis.notCounted.isEmpty())
        o.insert(QStringLiteral("not_counted"), byReason(a.basis.notCounted));
    if (!a.basis.paidNotCounted.isEmpty())
        o.insert(QStringLiteral("contributions_not_counted"), byReason(a.basis.paidNotCounted));
    if (taxed) {
        o.insert(QStringLiteral("tax"), a.tax);
        o.insert(QStringLiteral("net"), a.net);
    }
    return o;
}

QJsonObject wadahJson(const WadahIncentive &w, bool taxed)
{
    QJsonObject o{{QStringLiteral("wadah"), w.wadahCode},
                  {QStringLiteral("agents_total"), w.agentsTotal},
                  {QStringLiteral("share"), w.share},
                  {QStringLiteral("receives"), w.receives}};
    if (taxed)
        o.insert(QStringLiteral("share_tax"), w.shareTax);
    return o;
}

} // namespace

QString monthJson(const MonthView &v)
{
    const MonthIncentives &m = v.figures;
    const bool taxed = m.rule.withholdingTaxPpm != 0;
    QJsonArray agents;
    for (const AgentIncentive &a : m.agents)
        agents.append(agentJson(a, taxed));
    QJsonArray wadah;
    for (const WadahIncentive &w : m.wadah) {
        if (w.wadahId != 0)
            wadah.append(wadahJson(w, taxed));
    }
    QJsonObject o{{QStringLiteral("period"), m.month.toString()},
                  {QStringLiteral("office"), v.officeCode},
                  {QStringLiteral("rule"), m.rule.name},
                  {QStringLiteral("status"), statusCode(v.run.status)},
                  {QStringLiteral("agents"), agents},
                  {QStringLiteral("wadah"), wadah},
                  {QStringLiteral("total"), m.total}};
    if (taxed) {
        o.insert(QStringLiteral("tax"), m.tax);
        o.insert(QStringLiteral("payable"), m.payable);
    }
    if (!v.adjustments.empty()) {
        QJsonArray lines;
        for (const AdjustmentLine &adj : v.adjustments)
            lines.append(QJsonObject{{QStringLiteral("agent"), adj.agentCode},
                                     {QStringLiteral("for_period"), adj.forMonth.toString()},
                                     {QStringLiteral("amount"), adj.amount},
                                     {QStringLiteral("reason"), adj.reason}});
        o.insert(QStringLiteral("adjustments"), lines);
    }
    if (v.run.status == RunStatus::Paid)
        o.insert(QStringLiteral("payment_reference"), v.run.paymentReference);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString monthCsv(const MonthView &v)
{
    const MonthIncentives &m = v.figures;
    QStringList lines{QStringLiteral("period,office,rule,status,level,code,wadah,new_participants,not_counted,acquisition,"
                                     "contributions_counted,contribution,adjustment,total,share,tax,receives")};
    const QStringList head{m.month.toString(), csv::cell(v.officeCode), csv::cell(m.rule.name), statusCode(v.run.status)};
    auto number = [](qint64 n) { return QString::number(n); };
    for (const AgentIncentive &a : m.agents) {
        lines << (head
                  + QStringList{QStringLiteral("agent"), csv::cell(a.basis.agentCode), csv::cell(a.basis.wadahCode),
                                number(a.newParticipants), number(a.notCounted), number(a.acquisition),
                                number(a.contributionsCounted), number(a.contribution), number(a.adjustment), number(a.total),
                                QString(), number(a.tax), number(a.net)})
                     .join(QLatin1Char(','));
    }
    for (const WadahIncentive &w : m.wadah) {
        if (w.wadahId == 0)
            continue;
        lines << (head
                  + QStringList{QStringLiteral("wadah"), csv::cell(w.wadahCode), csv::cell(w.wadahCode), QString(), QString(),
                                QString(), QString(), QString(), QString(), number(w.agentsTotal), number(w.share),
                                number(w.shareTax), number(w.receives)})
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace perisai::incentives
