#pragma once
// The logins of a server, for its admins: who works for which office in which role, adding a login (its
// password generated and shown once, or typed) and disabling one. Everything goes through the server's
// functions, which check again that the admin may (docs/security.md).

#include "storage/database.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace perisai::access {

class UsersDialog : public QDialog {
    Q_OBJECT

public:
    explicit UsersDialog(storage::DatabasePtr db, QWidget *parent = nullptr);

    void reload();
    // Adds a login as the form would; returns the error text, empty on success. `password` empty: generated.
    QString addLogin(const QString &name, const QString &fullName, const QString &role, const QString &officeCode,
                     const QString &password, QString *shownPassword = nullptr);
    QString disableLogin(const QString &name);
    QTableWidget *table() const { return m_table; }

private:
    void openAddForm();
    void disableSelected();

    storage::DatabasePtr m_db;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_disable;
};

} // namespace perisai::access
