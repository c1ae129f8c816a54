// The agent form's three sections: identity, placement (wadah, KCP, account), eligibility checklist.
#include "agentform.h"

#include "core/phone.h"
#include "roster/formparts.h"
#include "roster/personaldataedit.h"
#include "ui/personaldata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace perisai::roster {
namespace {

QDateEdit *dateEdit(const QDate &date)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate());
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

} // namespace

QLabel *AgentForm::errorLabel(AgentField field)
{
    QLabel *label = makeFieldError();
    m_errors.insert(int(field), label);
    return label;
}

QWidget *AgentForm::identitySection()
{
    auto *box = new QGroupBox(tr("Identity"));
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("e.g. AG-0123"));
    form->addRow(tr("Agent code"), m_code);
    form->addRow(QString(), errorLabel(AgentField::Code));

    m_nikBox = new PersonalDataEdit([](const QString &v) { return ui::showNik(v, false); });
    m_nikBox->setObjectName(QStringLiteral("nikField"));
    m_nik = m_nikBox->lineEdit();
    m_nik->setObjectName(QStringLiteral("nik"));
    m_nik->setMaxLength(20);
    m_nik->setPlaceholderText(tr("16 digits from the KTP"));
    m_nikInfo = new QLabel;
    m_nikInfo->setObjectName(QStringLiteral("hint"));
    m_nikInfo->setWordWrap(true);
    form->addRow(tr("NIK"), m_nikBox);
    form->addRow(QString(), m_nikInfo);
    form->addRow(QString(), errorLabel(AgentField::Nik));
    connect(m_nik, &QLineEdit::textChanged, this, &AgentForm::updateNikInfo);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    form->addRow(tr("Full name"), m_name);
    form->addRow(QString(), errorLabel(AgentField::Name));

    m_phoneBox = new PersonalDataEdit([](const QString &v) { return ui::showPhone(v, false); });
    m_phoneBox->setObjectName(QStringLiteral("phoneField"));
    m_phone = m_phoneBox->lineEdit();
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("0812-3456-7890"));
    m_phoneInfo = new QLabel;
    m_phoneInfo->setObjectName(QStringLiteral("hint"));
    m_phoneInfo->setWordWrap(true);
    form->addRow(tr("Phone (WhatsApp)"), m_phoneBox);
    form->addRow(QString(), m_phoneInfo);
    form->addRow(QString(), errorLabel(AgentField::Phone));
    connect(m_phone, &QLineEdit::textChanged, this, &AgentForm::updatePhoneInfo);
    connect(m_phone, &QLineEdit::editingFinished, this, [this]() {
        if (m_phoneBox->isMasked())
            return;
        if (auto normalized = Phone::normalize(m_phone->text()))
            m_phone->setText(*normalized);
    });

    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("address"));
    form->addRow(tr("Address"), m_address);

    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setFixedHeight(70);
    form->addRow(tr("Notes"), m_notes);

    m_inputs = {{int(AgentField::Code), m_code}, {int(AgentField::Nik), m_nik}, {int(AgentField::Name), m_name},
                {int(AgentField::Phone), m_phone}};
    return box;
}

QWidget *AgentForm::placementSection()
{
    auto *box = new QGroupBox(tr("Wadah, KCP and account"));
    auto *form = new QFormLayout(box);
    m_wadah = new QComboBox;
    m_wadah->setObjectName(QStringLiteral("wadah"));
    fillOptions(m_wadah, m_lookups.wadah, tr("– choose –"));
    form->addRow(tr("Wadah"), m_wadah);
    form->addRow(QString(), errorLabel(AgentField::Wadah));
    connect(m_wadah, &QComboBox::currentIndexChanged, this, &AgentForm::updateBankFromWadah);

    m_office = new QComboBox;
    m_office->setObjectName(QStringLiteral("office"));
    fillOptions(m_office, m_lookups.offices, tr("– choose –"));
    form->addRow(tr("KCP"), m_office);
    form->addRow(QString(), errorLabel(AgentField::Office));

    m_joined = dateEdit(QDate::currentDate());
    m_joined->setObjectName(QStringLiteral("joinedOn"));
    form->addRow(tr("Joined on"), m_joined);
    form->addRow(QString(), errorLabel(AgentField::JoinedOn));

    m_bank = new QComboBox;
    m_bank->setObjectName(QStringLiteral("bank"));
    m_bank->setEditable(true);
    m_bank->addItem(QString());
    m_bank->addItems(m_lookups.banks);
    form->addRow(tr("Bank"), m_bank);
    form->addRow(QString(), errorLabel(AgentField::Bank));
    m_accountBox = new PersonalDataEdit([](const QString &v) { return ui::showAccount(v, false); });
    m_accountBox->setObjectName(QStringLiteral("accountField"));
    m_account = m_accountBox->lineEdit();
    m_account->setObjectName(QStringLiteral("accountNo"));
    form->addRow(tr("Account number"), m_accountBox);
    form->addRow(QString(), errorLabel(AgentField::Account));
    connect(m_account, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_hasAccount->setChecked(true);
    });
    m_inputs.insert(int(AgentField::Account), m_account);
    return box;
}

QWidget *AgentForm::eligibilitySection()
{
    auto *box = new QGroupBox(tr("Eligibility"));
    auto *form = new QFormLayout(box);
    m_bpu = new QCheckBox(tr("Registered as a BPU participant"));
    m_bpu->setObjectName(QStringLiteral("isBpuParticipant"));
    m_kpj = new QLineEdit;
    m_kpj->setObjectName(QStringLiteral("kpj"));
    m_kpj->setPlaceholderText(tr("the agent's own KPJ"));
    form->addRow(m_bpu, m_kpj);
    form->addRow(QString(), errorLabel(AgentField::Kpj));
    m_hasAccount = new QCheckBox(tr("Has an account at the wadah's partner bank"));
    m_hasAccount->setObjectName(QStringLiteral("hasAccount"));
    form->addRow(m_hasAccount);
    m_device = new QCheckBox(tr("Has a phone with internet for the agent app"));
    m_device->setObjectName(QStringLiteral("hasDevice"));
    form->addRow(m_device);
    m_employee = new QCheckBox(tr("Is a BPJS Ketenagakerjaan employee"));
    m_employee->setObjectName(QStringLiteral("isAgencyEmployee"));
    form->addRow(m_employee);
    m_briefed = new QCheckBox(tr("Briefed on"));
    m_briefed->setObjectName(QStringLiteral("briefed"));
    m_briefedOn = dateEdit(QDate::currentDate());
    m_briefedOn->setObjectName(QStringLiteral("briefedOn"));
    m_briefedOn->setEnabled(false);
    form->addRow(m_briefed, m_briefedOn);
    form->addRow(QString(), errorLabel(AgentField::Briefing));
    connect(m_briefed, &QCheckBox::toggled, m_briefedOn, &QWidget::setEnabled);
    m_eligibility = new QLabel;
    m_eligibility->setWordWrap(true);
    form->addRow(m_eligibility);
    form->addRow(QString(), errorLabel(AgentField::Eligibility));
    m_activate = new QCheckBox(tr("Activate at once (the checklist is complete)"));
    m_activate->setObjectName(QStringLiteral("activate"));
    form->addRow(m_activate);
    for (QCheckBox *c : {m_bpu, m_hasAccount, m_device, m_employee, m_briefed})
        connect(c, &QCheckBox::toggled, this, &AgentForm::updateEligibility);
    connect(m_account, &QLineEdit::textChanged, this, &AgentForm::updateEligibility);
    return box;
}

} // namespace perisai::roster
