#pragma once
// Choosing a file or folder. Where Qt draws its own file dialog (no desktop dialog takes over), the files'
// dates and sizes read as everywhere else in the desk, "19/11/2025 14:05" and "1,2 MB", not in the
// system's locale (often English on an office PC set up in English). Same arguments as QFileDialog's.

#include <QFileDialog>
#include <QString>

namespace perisai::ui {

QString openFileName(QWidget *parent, const QString &caption, const QString &dir = {}, const QString &filter = {});
QString saveFileName(QWidget *parent, const QString &caption, const QString &dir = {}, const QString &filter = {},
                     QFileDialog::Options options = {});
QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir = {});

// The model a file dialog lists files through: the date and size columns in the desk's own form.
QAbstractProxyModel *localFileDetails(QObject *parent);

} // namespace perisai::ui
