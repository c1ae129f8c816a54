#include "storage/values.h"

namespace perisai::storage {

QString placeholders(qsizetype n)
{
    if (n <= 0)
        return QStringLiteral("NULL");
    QString marks = QStringLiteral("?");
    marks.reserve(n * 3);
    for (qsizetype i = 1; i < n; ++i)
        marks += QStringLiteral(", ?");
    return marks;
}

QVariantList idValues(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    return values;
}

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate readDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant countOrNull(qint64 count)
{
    return count != 0 ? QVariant(count) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullIfEmpty(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text.trimmed());
}

} // namespace perisai::storage
