#include "agreements/documentstore.h"

#include "core/format.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QStandardPaths>

namespace perisai::agreements {
namespace {

using storage::Query;

const QString kInfoColumns = QStringLiteral("id, agreement_id, file_name, mime_type, sha256, size_bytes, uploaded_by, uploaded_at");

DocumentInfo readInfo(const Query &q)
{
    return {q.intValue(0), q.intValue(1), q.text(2), q.text(3), q.text(4), q.intValue(5), q.text(6), q.text(7)};
}

QJsonObject toJson(const DocumentInfo &d)
{
    return {{QStringLiteral("agreement_id"), d.agreementId}, {QStringLiteral("file_name"), d.fileName},
            {QStringLiteral("mime_type"), d.mimeType}, {QStringLiteral("sha256"), d.sha256},
            {QStringLiteral("size_bytes"), d.sizeBytes}};
}

} // namespace

QString DocumentStore::sizeProblem(const QString &fileName, qint64 size)
{
    if (size <= 0)
        return QCoreApplication::translate("Agreements", "%1 is empty; choose the scanned, signed PKS.").arg(fileName);
    if (size > kMaxDocumentBytes)
        return QCoreApplication::translate("Agreements", "%1 is %2 MB; a PKS document may be at most %3 MB. Scan it at a lower "
                                                         "resolution or save it as a smaller PDF.")
            .arg(fileName, fmt::decimal(size / (1024.0 * 1024.0)), fmt::number(kMaxDocumentBytes / (1024 * 1024)));
    return {};
}

QString DocumentStore::sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<qint64> DocumentStore::attach(qint64 agreementId, const QString &fileName, const QByteArray &content)
{
    const QString name = QFileInfo(fileName).fileName();
    if (const QString problem = sizeProblem(name, content.size()); !problem.isEmpty())
        return makeError(problem);
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, content).name();

    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError().error();
    DocumentInfo info{0, agreementId, name, mime, sha256Hex(content), content.size(), m_db.currentUser(), storage::nowIso()};
    QString number;
    {
        // Statements are finished (out of scope) before the commit: SQLite refuses to commit under a live one.
        Query exists(m_db.connection(), QStringLiteral("SELECT number FROM agreements WHERE id = ?"));
        auto found = exists.bind(agreementId).scalar();
        if (!found)
            return found.error();
        if (found->isNull())
            return makeError(QCoreApplication::translate("Agreements", "The agreement no longer exists; the document was not stored."));
        number = found->toString();
        Query q(m_db.connection(), QStringLiteral("INSERT INTO agreement_documents (agreement_id, file_name, mime_type, sha256, "
                                                  "size_bytes, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.bind({agreementId, info.fileName, info.mimeType, info.sha256, info.sizeBytes, content, info.uploadedBy, info.uploadedAt});
        auto id = q.scalar();
        if (!id)
            return id.error();
        info.id = id->toLongLong();
    }
    const QString summary = QCoreApplication::translate("Agreements", "Attached %1 to PKS %2").arg(name, number);
    if (auto st = storage::writeAudit(m_db.connection(), {m_db.currentUser(), QStringLiteral("insert"),
                                                          QStringLiteral("agreement_documents"), info.id, summary, {}, toJson(info)}); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return info.id;
}

Result<qint64> DocumentStore::attachFile(qint64 agreementId, const QString &path)
{
    const QFileInfo fi(path);
    if (const QString problem = sizeProblem(fi.fileName(), fi.size()); !problem.isEmpty())
        return makeError(problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("Agreements", "Cannot read %1: %2").arg(path, file.errorString()));
    return attach(agreementId, fi.fileName(), file.readAll());
}

Result<std::vector<DocumentInfo>> DocumentStore::list(qint64 agreementId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM agreement_documents WHERE agreement_id = ? ORDER BY uploaded_at, id").arg(kInfoColumns));
    q.bind(agreementId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<DocumentInfo> out;
    while (q.next())
        out.push_back(readInfo(q));
    return out;
}

Result<DocumentInfo> DocumentStore::info(qint64 documentId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM agreement_documents WHERE id = ?").arg(kInfoColumns));
    q.bind(documentId);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("Agreements", "The document no longer exists."));
    return readInfo(q);
}

Result<QByteArray> DocumentStore::content(qint64 documentId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT content, sha256, file_name FROM agreement_documents WHERE id = ?"));
    q.bind(documentId);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("Agreements", "The document no longer exists."));
    QByteArray bytes = q.value(0).toByteArray();
    if (sha256Hex(bytes) != q.text(1))
        return makeError(QCoreApplication::translate("Agreements", "The stored copy of %1 is damaged (its checksum does not "
                                                                   "match). Attach the signed PKS again.").arg(q.text(2)));
    return bytes;
}

Status DocumentStore::remove(qint64 documentId)
{
    storage::Transaction tx(m_db.connection());
    if (!tx.started())
        return tx.beginError();
    auto before = info(documentId);
    if (!before)
        return before.error();
    Query q(m_db.connection(), QStringLiteral("DELETE FROM agreement_documents WHERE id = ?"));
    if (auto st = q.bind(documentId).exec(); !st)
        return st;
    const QString summary = QCoreApplication::translate("Agreements", "Removed document %1").arg(before->fileName);
    if (auto st = storage::writeAudit(m_db.connection(), {m_db.currentUser(), QStringLiteral("delete"),
                                                          QStringLiteral("agreement_documents"), documentId, summary, toJson(*before), {}}); !st)
        return st;
    return tx.commit();
}

namespace {

QString exportFolder()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("user")));
    return QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/perisai-pks-") + user;
}

} // namespace

void removeExportedDocuments()
{
    QDir(exportFolder()).removeRecursively();
}

Result<QString> exportToTemp(const DocumentInfo &info, const QByteArray &content)
{
    // One folder per document so that two documents with the same file name never overwrite each other.
    // The folder is the user's own (0700): a signed PKS names people and is not for other accounts to read.
    const QString base = exportFolder();
    QDir dir(base + QLatin1Char('/') + QString::number(info.id));
    if (!dir.mkpath(QStringLiteral(".")))
        return makeError(QCoreApplication::translate("Agreements", "Cannot create the folder %1.").arg(dir.path()));
    QFile::setPermissions(base, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile file(dir.filePath(QFileInfo(info.fileName).fileName()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(content) != content.size())
        return makeError(QCoreApplication::translate("Agreements", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.fileName();
}

} // namespace perisai::agreements
