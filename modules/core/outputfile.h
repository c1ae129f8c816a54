#pragma once
// Where the program may write a file it makes (a report, an export, a list of rejected rows): never over the
// database it has open or that database's journal files, never over a file it is reading, never over a folder,
// and over an existing file only when the user said so (--force on the command line, the save dialog's
// confirmation in the window).

#include "core/result.h"

#include <QString>

namespace perisai::outputs {

// Files no output may replace while they are registered. The database registers itself when it opens.
void protect(const QString &path);
void unprotect(const QString &path);
bool isProtected(const QString &path);

// Protects a file for as long as the guard lives (a file being imported).
class ProtectedFile {
public:
    explicit ProtectedFile(QString path) : m_path(std::move(path)) { protect(m_path); }
    ~ProtectedFile() { unprotect(m_path); }
    ProtectedFile(const ProtectedFile &) = delete;
    ProtectedFile &operator=(const ProtectedFile &) = delete;

private:
    QString m_path;
};

// An error naming why `path` may not be written, or Ok.
Status checkWritable(const QString &path, bool replaceExisting);

} // namespace perisai::outputs
