#include "core/csvcell.h"

namespace perisai::csv {

QString neutralised(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
                         || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    return formula ? QLatin1Char('\'') + value : value;
}

QString quoted(const QString &value)
{
    QString v = neutralised(value);
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString cell(const QString &value, QChar separator)
{
    const QString v = neutralised(value);
    if (!v.contains(separator) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n')) && !v.contains(QLatin1Char('\r')))
        return v;
    QString quoted = v;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace perisai::csv
