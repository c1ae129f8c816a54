#pragma once
// Small conversions between roster values and bound SQL values, the same on SQLite and PostgreSQL:
// dates travel as ISO text ('YYYY-MM-DD'), empty text as NULL.

#include <QDate>
#include <QVariant>

namespace perisai::roster {

inline QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate readDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

inline QVariant textValue(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t);
}

inline QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace perisai::roster
