#include "usersdialog.h"

#include "logins.h"
#include "storage/scram.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace perisai::access {

namespace {

class AddLoginForm : public QDialog {
public:
    AddLoginForm(const QList<std::pair<QString, QString>> &offices, QWidget *parent) : QDialog(parent)
    {
        setWindowTitle(UsersDialog::tr("Add a login"));
        auto *form = new QFormLayout;
        name = new QLineEdit;
        name->setObjectName(QStringLiteral("loginName"));
        name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z_][a-z0-9_.-]{0,62}")), name));
        name->setPlaceholderText(UsersDialog::tr("e.g. sri.wahyuni"));
        fullName = new QLineEdit;
        fullName->setObjectName(QStringLiteral("fullName"));
        role = new QComboBox;
        role->setObjectName(QStringLiteral("role"));
        for (const QString &r : roles())
            role->addItem(roleLabel(r), r);
        role->setCurrentIndex(2); // staff: the usual new login
        office = new QComboBox;
        office->setObjectName(QStringLiteral("office"));
        for (const auto &[code, officeName] : offices)
            office->addItem(QStringLiteral("%1 – %2").arg(code, officeName), code);
        password = new QLineEdit;
        password->setObjectName(QStringLiteral("password"));
        password->setEchoMode(QLineEdit::Password);
        password->setPlaceholderText(UsersDialog::tr("empty: one is generated and shown once"));
        form->addRow(UsersDialog::tr("Login"), name);
        form->addRow(UsersDialog::tr("Full name"), fullName);
        form->addRow(UsersDialog::tr("Role"), role);
        form->addRow(UsersDialog::tr("Office"), office);
        form->addRow(UsersDialog::tr("Password"), password);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        buttons->button(QDialogButtonBox::Ok)->setText(UsersDialog::tr("Add"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        auto *note = new QLabel(UsersDialog::tr("The role decides what the login may do: viewers read; staff import and edit; "
                                                "heads also approve incentives and decide review cases; admins also manage "
                                                "logins, offices and reference data. The login sees its office and the offices under it."));
        note->setWordWrap(true);
        layout->addWidget(note);
        layout->addLayout(form);
        layout->addWidget(buttons);
    }
    QLineEdit *name;
    QLineEdit *fullName;
    QComboBox *role;
    QComboBox *office;
    QLineEdit *password;
};

} // namespace

UsersDialog::UsersDialog(storage::DatabasePtr db, QWidget *parent) : QDialog(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Users"));
    resize(760, 460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The logins of the offices you see. Each works for one office, in one role; a disabled "
                                "login can no longer connect. Their changes are in the audit log under their login."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("logins"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Office"), tr("Status"), tr("Added")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *add = buttons->addButton(tr("Add a login…"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("add"));
    m_disable = buttons->addButton(tr("Disable"), QDialogButtonBox::ActionRole);
    m_disable->setObjectName(QStringLiteral("disable"));
    m_disable->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &UsersDialog::openAddForm);
    connect(m_disable, &QPushButton::clicked, this, &UsersDialog::disableSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        const int row = m_table->currentRow();
        m_disable->setEnabled(row >= 0 && m_table->item(row, 4)->data(Qt::UserRole).toBool());
    });
    layout->addWidget(buttons);
    reload();
}

void UsersDialog::reload()
{
    m_table->setRowCount(0);
    auto rows = listLogins(*m_db);
    if (!rows) {
        m_error->setText(rows.errorText());
        m_error->show();
        return;
    }
    for (const LoginRow &r : *rows) {
        const int i = m_table->rowCount();
        m_table->insertRow(i);
        m_table->setItem(i, 0, new QTableWidgetItem(r.name));
        m_table->setItem(i, 1, new QTableWidgetItem(r.fullName));
        m_table->setItem(i, 2, new QTableWidgetItem(roleLabel(r.role)));
        m_table->setItem(i, 3, new QTableWidgetItem(QStringLiteral("%1 – %2").arg(r.officeCode, r.officeName)));
        auto *status = new QTableWidgetItem(r.active ? tr("Active") : tr("Disabled"));
        status->setData(Qt::UserRole, r.active);
        m_table->setItem(i, 4, status);
        m_table->setItem(i, 5, new QTableWidgetItem(r.createdAt.left(10) + QStringLiteral(" · ") + r.createdBy));
    }
    m_table->resizeColumnsToContents();
}

QString UsersDialog::addLogin(const QString &name, const QString &fullName, const QString &role, const QString &officeCode,
                              const QString &password, QString *shownPassword)
{
    const QString used = password.isEmpty() ? storage::generatePassword() : password;
    if (auto st = access::addLogin(*m_db, name, role, officeCode, used, fullName); !st)
        return st.errorText();
    if (shownPassword)
        *shownPassword = password.isEmpty() ? used : QString();
    reload();
    return {};
}

QString UsersDialog::disableLogin(const QString &name)
{
    if (auto st = access::disableLogin(*m_db, name); !st)
        return st.errorText();
    reload();
    return {};
}

void UsersDialog::openAddForm()
{
    auto offices = officeChoices(*m_db);
    AddLoginForm form(offices ? *offices : QList<std::pair<QString, QString>>{}, this);
    while (form.exec() == QDialog::Accepted) {
        QString generated;
        const QString error = addLogin(form.name->text().trimmed(), form.fullName->text().trimmed(),
                                       form.role->currentData().toString(), form.office->currentData().toString(),
                                       form.password->text(), &generated);
        if (error.isEmpty()) {
            if (!generated.isEmpty())
                QMessageBox::information(this, tr("Login added"),
                                         tr("The password of %1 is shown only now; give it to the person in private:\n\n%2")
                                             .arg(form.name->text().trimmed(), generated));
            return;
        }
        QMessageBox::warning(this, tr("Login not added"), error);
    }
}

void UsersDialog::disableSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = m_table->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Disable login"),
                              tr("Disable %1? The login can no longer connect; what it did stays in the audit log.").arg(name))
        != QMessageBox::Yes)
        return;
    if (const QString error = disableLogin(name); !error.isEmpty())
        QMessageBox::warning(this, tr("Login not disabled"), error);
}

} // namespace perisai::access
