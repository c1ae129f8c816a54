#pragma once
// The signed PKS kept with its agreement: the file's bytes in the database (BLOB on SQLite, BYTEA on
// PostgreSQL) with its SHA-256 and size, so that a backup holds the document too and a damaged copy is noticed.

#include "agreements/agreement.h"
#include "core/result.h"

#include <QByteArray>

namespace perisai::storage {
class Database;
}

namespace perisai::agreements {

// A scan of a few signed pages is a few MB; anything larger is a mistake (a video, a whole folder zipped).
inline constexpr qint64 kMaxDocumentBytes = 20 * 1024 * 1024;

class DocumentStore {
public:
    explicit DocumentStore(const storage::Database &db) : m_db(db) {}

    // Checks the size and kind, then stores the bytes in one transaction with an audit entry.
    Result<qint64> attach(qint64 agreementId, const QString &fileName, const QByteArray &content);
    // Reads a file from disk (refusing one over the limit before reading it) and attaches it.
    Result<qint64> attachFile(qint64 agreementId, const QString &path);
    Result<std::vector<DocumentInfo>> list(qint64 agreementId) const;
    // The stored bytes, checked against the stored SHA-256.
    Result<QByteArray> content(qint64 documentId) const;
    Result<DocumentInfo> info(qint64 documentId) const;
    Status remove(qint64 documentId);

    // Why a file of this size cannot be stored, or an empty string.
    static QString sizeProblem(const QString &fileName, qint64 size);
    static QString sha256Hex(const QByteArray &content);

private:
    const storage::Database &m_db;
};

// Writes the document to a private temporary folder and returns the file's path (for QDesktopServices).
Result<QString> exportToTemp(const DocumentInfo &info, const QByteArray &content);
// Removes every document exportToTemp() wrote: when the window closes, and when it opens (after a crash).
void removeExportedDocuments();

} // namespace perisai::agreements
