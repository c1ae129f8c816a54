#include "ui/xlsxexport.h"
#include "core/csvcell.h"
#include "core/outputfile.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <xlsxwriter.h>

namespace perisai::ui {
namespace {

// Text as a cell: never a formula (core/csvcell).
QByteArray text(const QString &value)
{
    return csv::neutralised(value).toUtf8();
}

Status writeWorkbook(const QString &path, const QString &shownPath, const std::vector<Sheet> &sheets);

} // namespace

// The workbook is written to a temporary file of the target's folder (owner-only, removed whatever happens)
// and then put in place whole, so that a failure or a crash never leaves a half-written file under the name
// the user chose, nor replaces a good one.
Status writeXlsx(const QString &path, const std::vector<Sheet> &sheets)
{
    if (auto st = outputs::checkWritable(path, true); !st)
        return st;
    const QFileInfo info(path);
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    if (!temp.open())
        return makeError(QCoreApplication::translate("XlsxExport", "cannot create %1: %2").arg(path, temp.errorString()));
    temp.close();
    if (auto st = writeWorkbook(temp.fileName(), path, sheets); !st)
        return st;
    if (!temp.open())
        return makeError(QCoreApplication::translate("XlsxExport", "cannot write %1: %2").arg(path, temp.errorString()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(QCoreApplication::translate("XlsxExport", "cannot write %1: %2").arg(path, out.errorString()));
    while (!temp.atEnd()) {
        const QByteArray chunk = temp.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return makeError(QCoreApplication::translate("XlsxExport", "cannot write %1: %2").arg(path, out.errorString()));
    }
    if (!out.commit())
        return makeError(QCoreApplication::translate("XlsxExport", "cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

namespace {

Status writeWorkbook(const QString &path, const QString &shownPath, const std::vector<Sheet> &sheets)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return makeError(QCoreApplication::translate("XlsxExport", "cannot create %1").arg(shownPath));
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EEF5);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *integer = workbook_add_format(book);
    format_set_num_format(integer, "#,##0");

    for (const Sheet &sheet : sheets) {
        const QByteArray name = sheet.name.left(31).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(book, name.constData());
        lxw_row_t row = 0;
        if (!sheet.title.isEmpty()) {
            worksheet_write_string(ws, row, 0, text(sheet.title).constData(), bold);
            row += 2;
        }
        for (int c = 0; c < sheet.headers.size(); ++c) {
            worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), text(sheet.headers[c]).constData(), header);
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), std::max<double>(10, sheet.headers[c].size() + 4), nullptr);
        }
        worksheet_freeze_panes(ws, row + 1, 0);
        ++row;
        for (const QVariantList &values : sheet.rows) {
            for (int c = 0; c < values.size(); ++c) {
                const QVariant &v = values[c];
                const auto col = static_cast<lxw_col_t>(c);
                if (csv::isNumber(v)) {
                    // Numbers stay numbers, a negative amount included: only text can be a formula.
                    const bool fraction = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float;
                    worksheet_write_number(ws, row, col, v.toDouble(), fraction ? nullptr : integer);
                } else if (v.typeId() == QMetaType::QDate) {
                    const QDate d = v.toDate();
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(ws, row, col, &dt, date);
                } else if (!v.isNull()) {
                    worksheet_write_string(ws, row, col, text(v.toString()).constData(), nullptr);
                }
            }
            ++row;
        }
    }
    const lxw_error err = workbook_close(book);
    if (err != LXW_NO_ERROR)
        return makeError(QCoreApplication::translate("XlsxExport", "cannot write %1: %2").arg(shownPath, QString::fromUtf8(lxw_strerror(err))));
    return {};
}

} // namespace

Sheet sheetFromModel(const QAbstractItemModel &model, const QString &name, const QString &title)
{
    Sheet sheet;
    sheet.name = name;
    sheet.title = title;
    for (int c = 0; c < model.columnCount(); ++c)
        sheet.headers << model.headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < model.rowCount(); ++r) {
        QVariantList values;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant raw = model.data(index, Qt::EditRole);
            const bool numeric = csv::isNumber(raw) || raw.typeId() == QMetaType::QDate;
            values << (numeric ? raw : model.data(index, Qt::DisplayRole));
        }
        sheet.rows.push_back(values);
    }
    return sheet;
}

} // namespace perisai::ui
