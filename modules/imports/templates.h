#pragma once
// An empty file of each kind to fill in: the headers (Indonesian names) and one example row that the importer
// accepts. The examples refer to each other (KC-CONTOH, WDH-CONTOH, AG-CONTOH, KPJ 25010000001), so the
// templates imported in the order of allKinds() go into a fresh database without a rejected row.

#include "core/result.h"
#include "importtypes.h"

#include <QStringList>

namespace perisai::imports {

struct ImportTemplate {
    QStringList headers;
    QStringList example;
};

ImportTemplate templateOf(Kind kind);
// Writes the template as CSV (UTF-8, comma) or XLSX, by the file's suffix; over an existing file only with
// `replaceExisting` (see core/outputfile.h).
Status writeTemplate(Kind kind, const QString &path, bool replaceExisting = false);
// perisai-desk import --template KIND --out FILE.csv|FILE.xlsx [--force]
int runTemplateCommand(const QString &kindName, const QString &out, bool replaceExisting);

} // namespace perisai::imports
