#pragma once
// The fields each kind of file holds, with the headers Indonesian and English offices write for them,
// and the matching of a file's header row to those fields.

#include "importtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace perisai::imports {

struct FieldDef {
    QString id;          // English canonical name, also accepted in a mapping: "member_no"
    QString indonesian;  // Indonesian canonical name: "kpj"
    QStringList aliases; // other headers seen in office files: "No. KPJ", "Nomor KPJ"
    bool required = false;
    const char *labelText = ""; // English, translated by label()
    QString label() const;      // translated name for the window: "Member number (KPJ)"
};

const QList<FieldDef> &fieldsOf(Kind kind);
// Index into fieldsOf(kind) of the field with this id or any of its names; -1 if none.
int fieldIndex(Kind kind, const QString &nameOrAlias);

// Lower case, without spaces, dots, underscores, dashes and slashes: "No. HP" -> "nohp".
QString normalizeHeader(const QString &header);

// Which file column feeds each field: columnOfField[i] is the column of fieldsOf(kind)[i], or -1.
struct ColumnMap {
    QList<int> columnOfField;
    QStringList unused;        // file headers that feed no field
    QStringList missing;       // labels of required fields no column feeds
    int matched = 0;           // how many fields found a column
    bool has(int field) const { return columnOfField.value(field, -1) >= 0; }
};

// An entry of `mapping` for a header wins over the automatic match; it may also switch a column off ("").
ColumnMap matchHeaders(Kind kind, const QStringList &headers, const Mapping &mapping);

} // namespace perisai::imports
