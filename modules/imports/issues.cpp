#include "issues.h"

#include "values.h"

namespace perisai::imports {

IssueSink::IssueSink(QString file, QStringList headers, QList<ImportIssue> *out, qsizetype limit)
    : m_file(std::move(file)), m_headers(std::move(headers)), m_out(out), m_limit(limit)
{
}

void IssueSink::add(qint64 line, int column, std::string_view value, const QString &reason)
{
    add(line, column, values::toQString(values::trim(value)), reason);
}

void IssueSink::add(qint64 line, int column, const QString &value, const QString &reason)
{
    // Issues of one row arrive together, except duplicates found after the whole file was read.
    if (line != m_lastLine) {
        ++m_rejectedRows;
        m_lastLine = line;
    }
    ++m_issues;
    if (m_out->size() >= m_limit)
        return;
    ++m_kept;
    m_out->append({m_file, line, column >= 0 ? m_headers.value(column).trimmed() : QString(), value, reason});
}

} // namespace perisai::imports
