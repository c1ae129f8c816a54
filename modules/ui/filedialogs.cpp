#include "ui/filedialogs.h"

#include "core/format.h"

#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>

namespace perisai::ui {
namespace {

// QFileSystemModel's columns: name, size, type, date modified.
enum Column { Size = 1, Modified = 3 };

class LocalFileDetails final : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || !files || !index.isValid())
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        if (index.column() == Modified) {
            const QDateTime at = files->lastModified(source);
            return at.isValid() ? fmt::date(at.date()) + QLatin1Char(' ') + at.time().toString(QStringLiteral("HH:mm")) : QString();
        }
        if (index.column() == Size && !files->isDir(source))
            return QLocale().formattedDataSize(files->size(source), 1, QLocale::DataSizeTraditionalFormat);
        return QIdentityProxyModel::data(index, role);
    }
};

QString run(QFileDialog &dialog)
{
    dialog.setProxyModel(localFileDetails(&dialog));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

QAbstractProxyModel *localFileDetails(QObject *parent)
{
    return new LocalFileDetails(parent);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter, QFileDialog::Options options)
{
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOptions(options);
    return run(dialog);
}

QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    QFileDialog dialog(parent, caption, dir);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog);
}

} // namespace perisai::ui
