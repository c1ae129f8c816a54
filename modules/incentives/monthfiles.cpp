#include "incentives/monthfiles.h"

#include "incentives/documents.h"
#include "incentives/transferfile.h"

#include <QDir>

namespace perisai::incentives {

Status writeMonthFiles(const MonthView &v, const Payees &payees, const QString &folder, const QString &source, bool reveal)
{
    const QDir dir(folder);
    const QString stem = QStringLiteral("insentif-%1").arg(v.figures.month.key());
    for (const AgentIncentive &a : v.figures.agents) {
        const auto doc = agentStatement(v, a, payees, source, reveal);
        if (auto st = doc->writePdf(dir.filePath(QStringLiteral("%1-%2.pdf").arg(stem, a.basis.agentCode))); !st)
            return st;
    }
    for (const WadahIncentive &w : v.figures.wadah) {
        if (w.wadahId == 0)
            continue;
        const auto doc = payoutSheet(v, w, payees, source, reveal);
        if (auto st = doc->writePdf(dir.filePath(QStringLiteral("%1-%2.pdf").arg(stem, w.wadahCode))); !st)
            return st;
    }
    const ui::Sheet transfers = transferSheet(v, payees);
    if (auto st = writeTransferFile(dir.filePath(stem + QStringLiteral("-transfer.csv")), transfers); !st)
        return st;
    return writeTransferFile(dir.filePath(stem + QStringLiteral("-transfer.xlsx")), transfers);
}

} // namespace perisai::incentives
