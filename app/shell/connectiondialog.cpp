#include "shell/connectiondialog.h"

#include "shell/passwordstore.h"
#include "ui/filedialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace perisai::shell {

ConnectionDialog::ConnectionDialog(const storage::Location &current, QWidget *parent)
    : QDialog(parent), m_sqlite(new QRadioButton(tr("A database file on this computer (SQLite)"))),
      m_postgres(new QRadioButton(tr("A database server shared by several desks (PostgreSQL)"))), m_stack(new QStackedWidget),
      m_path(new QLineEdit), m_host(new QLineEdit), m_port(new QSpinBox), m_dbName(new QLineEdit), m_user(new QLineEdit),
      m_password(new QLineEdit), m_remember(new QCheckBox(tr("Remember the password in the system keychain"))), m_error(new QLabel)
{
    setWindowTitle(tr("Open database"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_postgres);

    auto *filePage = new QWidget;
    auto *fileRow = new QHBoxLayout(filePage);
    fileRow->setContentsMargins(0, 8, 0, 0);
    fileRow->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("Browse…"));
    fileRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browse);
    m_stack->addWidget(filePage);

    auto *serverPage = new QWidget;
    auto *form = new QFormLayout(serverPage);
    form->setContentsMargins(0, 8, 0, 0);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from PGPASSWORD or .pgpass"));
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_dbName);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setToolTip(tr("Tick it with an empty password to remove the stored one."));
    form->addRow(QString(), m_remember);
    m_stack->addWidget(serverPage);
    layout->addWidget(m_stack);

    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sqlite, &QRadioButton::toggled, this, &ConnectionDialog::showChoice);

    if (current.backend == storage::Backend::SQLite) {
        m_sqlite->setChecked(true);
        m_path->setText(current.path);
        m_host->setText(QStringLiteral("127.0.0.1"));
    } else {
        m_postgres->setChecked(true);
        m_host->setText(current.host);
        m_port->setValue(current.port);
        m_dbName->setText(current.dbName);
        m_user->setText(current.user);
    }
    showChoice();
}

// Only the chosen kind's fields take room: a file needs one line, not the height of the server's form.
void ConnectionDialog::showChoice()
{
    const int current = m_sqlite->isChecked() ? 0 : 1;
    m_stack->setCurrentIndex(current);
    for (int i = 0; i < m_stack->count(); ++i)
        m_stack->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_stack->adjustSize();
    if (isVisible())
        adjustSize();
    else
        resize(width(), minimumSizeHint().height());
}

void ConnectionDialog::browse()
{
    const QString path = ui::saveFileName(this, tr("Database file"), m_path->text(), tr("Perisai database (*.db);;All files (*)"),
                                          QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ConnectionDialog::validate()
{
    if (m_sqlite->isChecked() && m_path->text().trimmed().isEmpty()) {
        m_error->setText(tr("Choose a database file."));
        return;
    }
    if (m_postgres->isChecked() && (m_host->text().trimmed().isEmpty() || m_dbName->text().trimmed().isEmpty())) {
        m_error->setText(tr("Enter the server and the database name."));
        return;
    }
    if (m_postgres->isChecked() && m_remember->isChecked()) {
        if (auto st = passwords::write(location(), m_password->text()); !st)
            QMessageBox::warning(this, windowTitle(), tr("The password could not be kept in the system keychain: %1").arg(st.errorText()));
    }
    accept();
}

storage::Location ConnectionDialog::location() const
{
    if (m_sqlite->isChecked())
        return storage::Location::sqliteFile(m_path->text().trimmed());
    storage::Location l;
    l.backend = storage::Backend::PostgreSQL;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.dbName = m_dbName->text().trimmed();
    l.user = m_user->text().trimmed();
    l.password = m_password->text();
    return l;
}

} // namespace perisai::shell
