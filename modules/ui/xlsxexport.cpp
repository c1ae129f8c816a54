#include "ui/xlsxexport.h"
#include "core/outputfile.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <xlsxwriter.h>

namespace perisai::ui {

Status writeXlsx(const QString &path, const std::vector<Sheet> &sheets)
{
    if (auto st = outputs::checkWritable(path, true); !st)
        return st;
    const QByteArray file = path.toUtf8();
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return makeError(QCoreApplication::translate("XlsxExport", "cannot create %1").arg(path));
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
            worksheet_write_string(ws, row, 0, sheet.title.toUtf8().constData(), bold);
            row += 2;
        }
        for (int c = 0; c < sheet.headers.size(); ++c) {
            worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), sheet.headers[c].toUtf8().constData(), header);
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), std::max<double>(10, sheet.headers[c].size() + 4), nullptr);
        }
        worksheet_freeze_panes(ws, row + 1, 0);
        ++row;
        for (const QVariantList &values : sheet.rows) {
            for (int c = 0; c < values.size(); ++c) {
                const QVariant &v = values[c];
                const auto col = static_cast<lxw_col_t>(c);
                switch (v.typeId()) {
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                    worksheet_write_number(ws, row, col, v.toDouble(), integer);
                    break;
                case QMetaType::Double:
                    worksheet_write_number(ws, row, col, v.toDouble(), nullptr);
                    break;
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(ws, row, col, &dt, date);
                    break;
                }
                default:
                    if (!v.isNull())
                        worksheet_write_string(ws, row, col, v.toString().toUtf8().constData(), nullptr);
                }
            }
            ++row;
        }
    }
    const lxw_error err = workbook_close(book);
    if (err != LXW_NO_ERROR)
        return makeError(QCoreApplication::translate("XlsxExport", "cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(err))));
    return {};
}

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
            const bool numeric = raw.typeId() == QMetaType::Int || raw.typeId() == QMetaType::LongLong
                                 || raw.typeId() == QMetaType::Double || raw.typeId() == QMetaType::QDate;
            values << (numeric ? raw : model.data(index, Qt::DisplayRole));
        }
        sheet.rows.push_back(values);
    }
    return sheet;
}

} // namespace perisai::ui
