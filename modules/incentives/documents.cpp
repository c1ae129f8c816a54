#include "incentives/documents.h"

#include "core/format.h"
#include "incentives/transferfile.h"
#include "ui/personaldata.h"

#include <QCoreApplication>

namespace perisai::incentives {

namespace {

QString monthText(YearMonth m) { return fmt::yearMonth(m.year(), m.month()); }

QString bandText(const ContributionBand &band)
{
    const QString rate = fmt::percent(double(band.ratePpm) / double(kPpm), 1);
    if (band.toMonth == 0)
        return band.fromMonth <= 1 ? QCoreApplication::translate("Incentives", "%1 of every contribution").arg(rate)
                                   : QCoreApplication::translate("Incentives", "%1 from month %2").arg(rate).arg(band.fromMonth);
    return QCoreApplication::translate("Incentives", "%1 for months %2–%3").arg(rate).arg(band.fromMonth).arg(band.toMonth);
}

reports::ReportMeta meta(const QString &title, const MonthView &v, const QString &source, bool reveal)
{
    reports::ReportMeta m;
    m.title = title;
    m.subtitle = QCoreApplication::translate("Incentives", "%1 · rule %2 · %3")
                     .arg(monthText(v.figures.month), v.figures.rule.name, statusText(v.run.status));
    m.office = v.officeName.isEmpty() ? v.officeCode : v.officeName;
    m.source = source;
    m.masked = !reveal;
    return m;
}

QString statusNote(const MonthView &v)
{
    switch (v.run.status) {
    case RunStatus::Draft:
        return QCoreApplication::translate("Incentives", "Draft: the figures may still change until the month is approved.");
    case RunStatus::Approved:
        return QCoreApplication::translate(
                   "Incentives", "Approved by %1: these figures are frozen; later corrections are paid in a later month.")
            .arg(v.run.approvedBy);
    case RunStatus::Paid:
        return QCoreApplication::translate("Incentives", "Paid on %1, bank reference %2.")
            .arg(fmt::date(v.run.paidOn), v.run.paymentReference);
    }
    return {};
}

} // namespace

QString ruleSummary(const RuleVersion &rule)
{
    QStringList parts;
    if (rule.acquisitionFlat)
        parts << QCoreApplication::translate("Incentives", "%1 in a month with at least %2 new participants")
                     .arg(fmt::rupiah(rule.acquisitionFlat))
                     .arg(rule.minNewParticipants);
    if (!rule.acquisitionPerProgram.isEmpty()) {
        QStringList amounts;
        for (auto it = rule.acquisitionPerProgram.begin(); it != rule.acquisitionPerProgram.end(); ++it)
            amounts << QCoreApplication::translate("Incentives", "%1 on %2").arg(fmt::rupiah(it.value()), it.key());
        parts << QCoreApplication::translate("Incentives", "%1 per new participant, in a month with at least %2")
                     .arg(amounts.join(QStringLiteral(", ")))
                     .arg(rule.minNewParticipants);
    }
    QStringList bands;
    for (const ContributionBand &band : rule.bands)
        bands << bandText(band);
    if (!bands.isEmpty())
        parts << QCoreApplication::translate("Incentives", "contributions: %1").arg(bands.join(QStringLiteral(", ")));
    if (rule.wadahSharePpm)
        parts << QCoreApplication::translate("Incentives", "wadah: %1 of its agents' total")
                     .arg(fmt::percent(double(rule.wadahSharePpm) / double(kPpm), 0));
    if (rule.withholdingTaxPpm)
        parts << QCoreApplication::translate("Incentives", "tax withheld: %1")
                     .arg(fmt::percent(double(rule.withholdingTaxPpm) / double(kPpm), 1));
    return rule.name + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

std::unique_ptr<reports::ReportDocument> agentStatement(const MonthView &v, const AgentIncentive &a, const Payees &payees,
                                                        const QString &source, bool reveal)
{
    auto doc = std::make_unique<reports::ReportDocument>(
        meta(QCoreApplication::translate("Incentives", "Incentive statement"), v, source, reveal));
    const Payee who = payees.agents.value(a.basis.agentId);
    doc->addKeyValues(
        {{QCoreApplication::translate("Incentives", "Agent"), a.basis.agentCode + QStringLiteral(" · ") + a.basis.agentName},
         {QCoreApplication::translate("Incentives", "Wadah"),
          a.basis.wadahCode.isEmpty() ? QCoreApplication::translate("Incentives", "none")
                                      : a.basis.wadahCode + QStringLiteral(" · ") + a.basis.wadahName},
         {QCoreApplication::translate("Incentives", "NIK"), ui::showNik(who.nik, reveal)},
         {QCoreApplication::translate("Incentives", "Bank account"),
          who.bank + QStringLiteral(" ") + ui::showAccount(who.account, reveal)}});
    doc->addFigures({{QCoreApplication::translate("Incentives", "New participants"), fmt::number(a.newParticipants)},
                     {QCoreApplication::translate("Incentives", "Acquisition"), fmt::rupiah(a.acquisition)},
                     {QCoreApplication::translate("Incentives", "Contribution"), fmt::rupiah(a.contribution)},
                     {QCoreApplication::translate("Incentives", "Total"), fmt::rupiah(a.total)}});

    doc->addHeading(QCoreApplication::translate("Incentives", "New participants"));
    QList<QStringList> rows;
    for (auto it = a.basis.newByProgram.begin(); it != a.basis.newByProgram.end(); ++it)
        rows << QStringList{it.key(), fmt::number(it.value()),
                            fmt::rupiah(a.thresholdMet ? v.figures.rule.acquisitionPerProgram.value(it.key()) : 0)};
    for (auto it = a.basis.notCounted.begin(); it != a.basis.notCounted.end(); ++it)
        rows << QStringList{QCoreApplication::translate("Incentives", "not counted: %1").arg(exclusionText(it.key())),
                            fmt::number(it.value()), fmt::rupiah(0)};
    doc->addTable({QCoreApplication::translate("Incentives", "Program"),
                   QCoreApplication::translate("Incentives", "Participants"),
                   QCoreApplication::translate("Incentives", "Per participant")},
                  rows, {1, 2});
    doc->addNote(a.thresholdMet
                     ? QCoreApplication::translate("Incentives", "The month reached the threshold of %1 new participants.")
                           .arg(v.figures.rule.minNewParticipants)
                     : QCoreApplication::translate(
                           "Incentives", "Below the threshold of %1 new participants: no acquisition incentive this month.")
                           .arg(v.figures.rule.minNewParticipants));

    doc->addHeading(QCoreApplication::translate("Incentives", "Contributions paid in the month"));
    QList<QStringList> bands;
    for (std::size_t i = 0; i < a.paidByBand.size() && i < v.figures.rule.bands.size(); ++i)
        bands << QStringList{bandText(v.figures.rule.bands[i]), fmt::rupiah(a.paidByBand[i])};
    for (auto it = a.basis.paidNotCounted.begin(); it != a.basis.paidNotCounted.end(); ++it)
        bands << QStringList{QCoreApplication::translate("Incentives", "not counted: %1").arg(exclusionText(it.key())),
                             fmt::rupiah(it.value())};
    doc->addTable({QCoreApplication::translate("Incentives", "Band"), QCoreApplication::translate("Incentives", "Paid")}, bands,
                  {1});

    doc->addHeading(QCoreApplication::translate("Incentives", "Incentive"));
    QList<QStringList> money{{QCoreApplication::translate("Incentives", "Acquisition"), fmt::rupiah(a.acquisition)},
                             {QCoreApplication::translate("Incentives", "Contribution"), fmt::rupiah(a.contribution)}};
    for (const AdjustmentLine &adj : v.adjustments) {
        if (adj.agentId == a.basis.agentId)
            money << QStringList{adj.reason, fmt::rupiah(adj.amount)};
    }
    money << QStringList{QCoreApplication::translate("Incentives", "Total (gross)"), fmt::rupiah(a.total)};
    if (v.figures.rule.withholdingTaxPpm) {
        money << QStringList{QCoreApplication::translate("Incentives", "Tax withheld"), fmt::rupiah(-a.tax)};
        money << QStringList{QCoreApplication::translate("Incentives", "Net"), fmt::rupiah(a.net)};
    }
    doc->addTable({QCoreApplication::translate("Incentives", "Item"), QCoreApplication::translate("Incentives", "Amount")}, money,
                  {1});
    doc->addNote(ruleSummary(v.figures.rule) + QStringLiteral(". ")
                 + QCoreApplication::translate("Incentives", "Amounts are rounded down to the rupiah."));
    doc->addNote(statusNote(v));
    return doc;
}

std::unique_ptr<reports::ReportDocument> payoutSheet(const MonthView &v, const WadahIncentive &w, const Payees &payees,
                                                     const QString &source, bool reveal)
{
    auto doc = std::make_unique<reports::ReportDocument>(
        meta(QCoreApplication::translate("Incentives", "Incentive payout sheet"), v, source, reveal));
    const Payee payee = payees.wadah.value(w.wadahId);
    doc->addKeyValues(
        {{QCoreApplication::translate("Incentives", "Wadah"), w.wadahCode + QStringLiteral(" · ") + w.wadahName},
         {QCoreApplication::translate("Incentives", "Partner bank"), payee.bank},
         {QCoreApplication::translate("Incentives", "Account"), ui::showAccount(payee.account, reveal)},
         {QCoreApplication::translate("Incentives", "Reference"), transferReference(v.figures.month, w.wadahCode)}});
    doc->addFigures({{QCoreApplication::translate("Incentives", "Agents' total"), fmt::rupiah(w.agentsTotal)},
                     {QCoreApplication::translate("Incentives", "Wadah share"), fmt::rupiah(w.share)},
                     {QCoreApplication::translate("Incentives", "Transferred"), fmt::rupiah(w.receives)}});
    doc->addHeading(QCoreApplication::translate("Incentives", "Agents"));
    QList<QStringList> rows;
    for (const AgentIncentive &a : v.figures.agents) {
        if (a.basis.wadahId != w.wadahId)
            continue;
        rows << QStringList{a.basis.agentCode,          a.basis.agentName,           fmt::number(a.newParticipants),
                            fmt::rupiah(a.acquisition), fmt::rupiah(a.contribution), fmt::rupiah(a.adjustment),
                            fmt::rupiah(a.total)};
    }
    rows << QStringList{QCoreApplication::translate("Incentives", "Total"),
                        QString(),
                        QString(),
                        QString(),
                        QString(),
                        QString(),
                        fmt::rupiah(w.agentsTotal)};
    doc->addTable({QCoreApplication::translate("Incentives", "Agent"), QCoreApplication::translate("Incentives", "Name"),
                   QCoreApplication::translate("Incentives", "New"), QCoreApplication::translate("Incentives", "Acquisition"),
                   QCoreApplication::translate("Incentives", "Contribution"),
                   QCoreApplication::translate("Incentives", "Adjustment"), QCoreApplication::translate("Incentives", "Total")},
                  rows, {2, 3, 4, 5, 6}, {0});
    doc->addHeading(QCoreApplication::translate("Incentives", "Payout"));
    QList<QStringList> money{{QCoreApplication::translate("Incentives", "Agents' total"), fmt::rupiah(w.agentsTotal)},
                             {QCoreApplication::translate("Incentives", "Wadah share (%1)")
                                  .arg(fmt::percent(double(v.figures.rule.wadahSharePpm) / double(kPpm), 0)),
                              fmt::rupiah(w.share)}};
    if (v.figures.rule.withholdingTaxPpm)
        money << QStringList{QCoreApplication::translate("Incentives", "Tax withheld"),
                             fmt::rupiah(-(w.agentsTotal - w.agentsNet) - w.shareTax)};
    money << QStringList{QCoreApplication::translate("Incentives", "Transferred to the wadah"), fmt::rupiah(w.receives)};
    doc->addTable({QCoreApplication::translate("Incentives", "Item"), QCoreApplication::translate("Incentives", "Amount")}, money,
                  {1});
    if (v.figures.rule.payByDay)
        doc->addNote(QCoreApplication::translate(
                         "Incentives",
                         "Paid through the wadah's partner bank by day %1 of the next month; the wadah pays each agent's line.")
                         .arg(v.figures.rule.payByDay));
    doc->addNote(ruleSummary(v.figures.rule) + QStringLiteral(". ")
                 + QCoreApplication::translate("Incentives", "Amounts are rounded down to the rupiah."));
    doc->addNote(statusNote(v));
    return doc;
}

} // namespace perisai::incentives
