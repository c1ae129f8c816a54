#pragma once
// Writes a table to an .xlsx workbook: what a branch sends on to the regional office.

#include "core/result.h"

#include <QStringList>
#include <QVariant>
#include <vector>

class QAbstractItemModel;

namespace perisai::ui {

// Text cells (the title and headers included) are formula-neutralised (core/csvcell); numbers and dates are
// written as numbers and dates.
struct Sheet {
    QString name;                          // at most 31 characters
    QString title;                         // first row, bold; empty for none
    QStringList headers;
    std::vector<QVariantList> rows;        // numbers stay numbers, QDate becomes a date cell
};

Status writeXlsx(const QString &path, const std::vector<Sheet> &sheets);
// The model's visible columns and rows as shown (DisplayRole; numbers from Qt::EditRole when numeric).
Sheet sheetFromModel(const QAbstractItemModel &model, const QString &name, const QString &title = {});

} // namespace perisai::ui
