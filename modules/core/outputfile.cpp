#include "core/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace perisai::outputs {
namespace {

QMutex mutex;
QHash<QString, int> &registry()
{
    static QHash<QString, int> files; // path as compared -> how many registered it
    return files;
}

// The same file under any spelling: links resolved, for files that do not exist yet through their folder.
QString comparable(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (dir.isEmpty() ? info.absolutePath() : dir) + QLatin1Char('/') + info.fileName();
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Outputs)
};

} // namespace

void protect(const QString &path)
{
    QMutexLocker lock(&mutex);
    ++registry()[comparable(path)];
}

void unprotect(const QString &path)
{
    QMutexLocker lock(&mutex);
    const QString key = comparable(path);
    auto it = registry().find(key);
    if (it != registry().end() && --it.value() <= 0)
        registry().erase(it);
}

bool isProtected(const QString &path)
{
    QMutexLocker lock(&mutex);
    return registry().contains(comparable(path));
}

Status checkWritable(const QString &path, bool replaceExisting)
{
    if (path.trimmed().isEmpty())
        return makeError(Tr::tr("no file name given"));
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(Tr::tr("%1 is a folder; give a file name").arg(path));
    if (isProtected(path))
        return makeError(Tr::tr("%1 is a file the program has open (the database or a file being read); it is never overwritten: "
                            "choose another name").arg(path));
    if (info.exists() && !replaceExisting)
        return makeError(Tr::tr("%1 exists already; choose another name, or add --force to replace it").arg(path));
    if (!QFileInfo(info.absolutePath()).isDir())
        return makeError(Tr::tr("cannot write %1: the folder %2 does not exist").arg(path, QDir::toNativeSeparators(info.absolutePath())));
    if ((info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable())
        return makeError(Tr::tr("%1 cannot be written (no permission)").arg(path));
    return {};
}

} // namespace perisai::outputs
