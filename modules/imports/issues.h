#pragma once
// Collects the reasons rows are rejected, each with file, line, column header and value as written.

#include "importtypes.h"

#include <string_view>

namespace perisai::imports {

class IssueSink {
public:
    // Beyond `limit` issues only the count grows (a wrong file can reject millions of rows).
    IssueSink(QString file, QStringList headers, QList<ImportIssue> *out, qsizetype limit = 1'000'000);

    // A problem with one value: `column` is the file column (its header names it), -1 for the whole row.
    void add(qint64 line, int column, std::string_view value, const QString &reason);
    void add(qint64 line, int column, const QString &value, const QString &reason);

    qint64 rejectedRows() const { return m_rejectedRows; }
    qint64 issues() const { return m_issues; }
    qint64 omitted() const { return m_issues - m_kept; }
    const QString &file() const { return m_file; }

private:
    QString m_file;
    QStringList m_headers;
    QList<ImportIssue> *m_out;
    qsizetype m_limit;
    qint64 m_lastLine = -1;
    qint64 m_rejectedRows = 0;
    qint64 m_issues = 0;
    qint64 m_kept = 0;
};

} // namespace perisai::imports
