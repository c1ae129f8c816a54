#pragma once
// Values as they are bound and read back, the same on SQLite and PostgreSQL: dates travel as ISO text
// ('YYYY-MM-DD'), an empty optional value as a typed NULL, a list of ids as "?, ?, ?" bound in order.

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace perisai::storage {

// "?, ?, ?" for n bound values; "NULL" for none, so that `x IN (NULL)` matches nothing.
QString placeholders(qsizetype n);
// The ids as values to bind, in order (with placeholders(ids.size())).
QVariantList idValues(const QList<qint64> &ids);

// 'YYYY-MM-DD'; empty for an invalid date.
QString iso(const QDate &date);
// The date as ISO text, or NULL for an invalid date.
QVariant dateOrNull(const QDate &date);
// A date read back from a DATE or TEXT column (either backend); invalid for NULL.
QDate readDate(const QVariant &value);
// The id, or NULL for 0 (no row referenced).
QVariant idOrNull(qint64 id);
// The count, or NULL for 0 (not recorded).
QVariant countOrNull(qint64 count);
// The trimmed text, or NULL when nothing is left.
QVariant nullIfEmpty(const QString &text);

} // namespace perisai::storage
