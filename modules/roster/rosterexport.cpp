#include "rosterexport.h"
#include "core/csvcell.h"
#include "core/outputfile.h"

#include "core/format.h"
#include "ui/personaldata.h"
#include "ui/xlsxexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>
#include <QTextStream>

namespace perisai::roster {
namespace {

bool isCsv(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

Status writeCsv(const QString &path, const QStringList &headers, const std::vector<QVariantList> &rows)
{
    if (auto st = outputs::checkWritable(path, true); !st)
        return st;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QCoreApplication::translate("roster", "cannot write %1: %2").arg(path, file.errorString()));
    QTextStream out(&file);
    out.setGenerateByteOrderMark(true);
    QStringList fields;
    for (const QString &h : headers)
        fields << csvField(h);
    out << fields.join(QLatin1Char(';')) << "\r\n";
    for (const QVariantList &row : rows) {
        fields.clear();
        for (const QVariant &v : row)
            fields << csv::value(v, QLatin1Char(';'));
        out << fields.join(QLatin1Char(';')) << "\r\n";
    }
    out.flush();
    if (!file.commit())
        return makeError(QCoreApplication::translate("roster", "cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QString csvField(const QString &value)
{
    return csv::cell(value, QLatin1Char(';'));
}

Status exportView(const QTableView &view, const QString &path, const QString &sheetName, const QString &title)
{
    const QAbstractItemModel &model = *view.model();
    ui::Sheet full = ui::sheetFromModel(model, sheetName, title);
    // Only the columns the user sees, in the order shown.
    ui::Sheet sheet{full.name, full.title, {}, {}};
    QList<int> columns;
    for (int visual = 0; visual < model.columnCount(); ++visual) {
        const int logical = view.horizontalHeader()->logicalIndex(visual);
        if (!view.isColumnHidden(logical))
            columns << logical;
    }
    for (int c : columns)
        sheet.headers << full.headers[c];
    for (const QVariantList &row : full.rows) {
        QVariantList values;
        for (int c : columns)
            values << row.value(c);
        sheet.rows.push_back(values);
    }
    return isCsv(path) ? writeCsv(path, sheet.headers, sheet.rows) : ui::writeXlsx(path, {sheet});
}

Status exportParticipants(const storage::Database &db, const ParticipantExport &what, const QString &path,
                          const std::function<bool(qint64)> &progress)
{
    ui::Sheet sheet;
    sheet.name = QCoreApplication::translate("roster", "Participants");
    sheet.headers = {QCoreApplication::translate("roster", "KPJ"), QCoreApplication::translate("roster", "Name"),
                     QCoreApplication::translate("roster", "NIK"), QCoreApplication::translate("roster", "Phone"),
                     QCoreApplication::translate("roster", "Occupation"), QCoreApplication::translate("roster", "Program"),
                     QCoreApplication::translate("roster", "Registered"), QCoreApplication::translate("roster", "Agent"),
                     QCoreApplication::translate("roster", "KCP"),
                     QCoreApplication::translate("roster", "Paid for %1").arg(fmt::yearMonth(what.activePeriod / 100, what.activePeriod % 100))};
    bool cancelled = false;
    const Status st = ParticipantRepository(db).forEach(what.filter, what.sort, what.descending, what.activePeriod, [&](const ParticipantRow &r) {
        sheet.rows.push_back({r.kpj, r.name, ui::showNik(r.nik, what.reveal), ui::showPhone(r.phone, what.reveal), r.occupation,
                              r.program, r.registeredOn, r.agentCode, r.officeCode,
                              r.active ? QCoreApplication::translate("roster", "yes") : QCoreApplication::translate("roster", "no")});
        if (sheet.rows.size() % 2000 == 0 && progress && !progress(qint64(sheet.rows.size())))
            cancelled = true;
        return !cancelled;
    });
    if (!st)
        return st;
    if (cancelled)
        return makeError(QCoreApplication::translate("roster", "cancelled"));
    return isCsv(path) ? writeCsv(path, sheet.headers, sheet.rows) : ui::writeXlsx(path, {sheet});
}

} // namespace perisai::roster
