#include "incentives/transferfile.h"

#include "core/csvcell.h"
#include "core/format.h"
#include "core/outputfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace perisai::incentives {

QString transferReference(YearMonth month, const QString &wadahCode)
{
    return QStringLiteral("INS-%1-%2").arg(month.key()).arg(wadahCode);
}

ui::Sheet transferSheet(const MonthView &v, const Payees &payees)
{
    ui::Sheet sheet;
    sheet.name = QCoreApplication::translate("Incentives", "Transfer");
    sheet.title = QCoreApplication::translate("Incentives", "Incentive transfers %1, %2")
                      .arg(fmt::yearMonth(v.figures.month.year(), v.figures.month.month()), v.officeCode);
    sheet.headers = {QCoreApplication::translate("Incentives", "Wadah"),  QCoreApplication::translate("Incentives", "Name"),
                     QCoreApplication::translate("Incentives", "Bank"),   QCoreApplication::translate("Incentives", "Account"),
                     QCoreApplication::translate("Incentives", "Amount"), QCoreApplication::translate("Incentives", "Reference")};
    for (const WadahIncentive &w : v.figures.wadah) {
        if (w.wadahId == 0 || w.receives <= 0)
            continue;
        const Payee p = payees.wadah.value(w.wadahId);
        // Text as it is: the CSV and XLSX writers neutralise what a spreadsheet would run (core/csvcell).
        sheet.rows.push_back({w.wadahCode, p.name.isEmpty() ? w.wadahName : p.name, p.bank, p.account, w.receives,
                              transferReference(v.figures.month, w.wadahCode)});
    }
    return sheet;
}

Status writeTransferFile(const QString &path, const ui::Sheet &sheet)
{
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return ui::writeXlsx(path, {sheet});
    if (auto st = outputs::checkWritable(path, true); !st)
        return st;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QCoreApplication::translate("Incentives", "cannot write %1: %2").arg(path, file.errorString()));
    QStringList lines;
    QStringList header;
    for (const QString &h : sheet.headers)
        header << csv::cell(h);
    lines << header.join(QLatin1Char(','));
    for (const QVariantList &row : sheet.rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells << csv::value(value);
        lines << cells.join(QLatin1Char(','));
    }
    file.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    if (!file.commit())
        return makeError(QCoreApplication::translate("Incentives", "cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace perisai::incentives
