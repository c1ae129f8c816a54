#pragma once
// Choose the database: a SQLite file on this computer, or a PostgreSQL server shared by several desks.

#include "storage/location.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;
class QRadioButton;
class QLabel;
class QStackedWidget;

namespace perisai::shell {

class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectionDialog(const storage::Location &current, QWidget *parent = nullptr);
    // The chosen location; the password (if typed) is kept in memory, and in the system keychain when the
    // user ticks "remember".
    storage::Location location() const;

private:
    void browse();
    void validate();
    void showChoice();

    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QStackedWidget *m_stack;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_dbName;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
};

} // namespace perisai::shell
