#include "core/csvcell.h"

#include <QDate>

namespace perisai::csv {

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
           || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString neutralised(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString quoted(const QString &text)
{
    QString v = neutralised(text);
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString cell(const QString &text, QChar separator)
{
    const QString v = neutralised(text);
    for (const QChar c : v)
        if (c == separator || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('"') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r'))
            return quoted(text);
    return v;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

QString value(const QVariant &value, QChar separator)
{
    if (value.isNull())
        return {};
    if (isNumber(value))
        return value.toString();
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    return cell(value.toString(), separator);
}

} // namespace perisai::csv
