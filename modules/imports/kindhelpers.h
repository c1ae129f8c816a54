#pragma once
// Small pieces the entity kinds share: codes that must point at something, and the office of a row.

#include "entity.h"

#include <QCoreApplication>

namespace perisai::imports {

// Bit for column i in EntityRow::insertOnly.
constexpr quint32 bit(int column) { return 1u << column; }

// The referenced row for a code field, or nothing (the row is rejected with `unknown`, which takes %1 = code).
const CodeRef *resolveCode(RowReader &reader, int field, const QHash<QString, CodeRef> &codes, const char *unknown);

// The office a row belongs to: its kcp column, else the office of what it belongs to (wadah, agent),
// else the branch office as a default for new rows only. Sets `insertOnly` when the default was used.
// Rejects the row when no office can be told.
QVariant resolveOffice(RowReader &reader, int kcpField, const CodeRef *owner, const QHash<QString, CodeRef> &offices,
                       std::optional<qint64> defaultOffice, bool *insertOnly);

} // namespace perisai::imports
