#include "agentform.h"

#include "core/format.h"
#include "core/nik.h"
#include "core/phone.h"
#include "roster/agentrepository.h"
#include "roster/conflict.h"
#include "roster/formparts.h"
#include "roster/statusrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

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

AgentForm::AgentForm(CommandContext context, QUndoStack *undoStack, const Lookups &lookups, QWidget *parent)
    : QDialog(parent), m_context(std::move(context)), m_undo(undoStack), m_lookups(lookups)
{
    setWindowTitle(tr("New agent"));
    setMinimumWidth(880);
    auto *layout = new QVBoxLayout(this);

    Banner conflict = makeBanner(tr("Load their version"));
    m_conflict = conflict.widget;
    m_conflictText = conflict.text;
    connect(conflict.button, &QPushButton::clicked, this, &AgentForm::reloadLatest);
    layout->addWidget(m_conflict);
    m_formError = makeFieldError();
    layout->addWidget(m_formError);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(14);
    auto *left = new QVBoxLayout;
    left->addWidget(identitySection());
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(placementSection());
    right->addWidget(eligibilitySection());
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setMinimumWidth(buttons->button(QDialogButtonBox::Save)->sizeHint().width() + 24); // bold
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    updateNikInfo();
    updateBankFromWadah();
    updateEligibility();
}

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

    m_nik = new QLineEdit;
    m_nik->setObjectName(QStringLiteral("nik"));
    m_nik->setMaxLength(20);
    m_nik->setPlaceholderText(tr("16 digits from the KTP"));
    m_nikInfo = new QLabel;
    m_nikInfo->setObjectName(QStringLiteral("hint"));
    m_nikInfo->setWordWrap(true);
    form->addRow(tr("NIK"), m_nik);
    form->addRow(QString(), m_nikInfo);
    form->addRow(QString(), errorLabel(AgentField::Nik));
    connect(m_nik, &QLineEdit::textChanged, this, &AgentForm::updateNikInfo);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    form->addRow(tr("Full name"), m_name);
    form->addRow(QString(), errorLabel(AgentField::Name));

    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("0812-3456-7890"));
    m_phoneInfo = new QLabel;
    m_phoneInfo->setObjectName(QStringLiteral("hint"));
    form->addRow(tr("Phone (WhatsApp)"), m_phone);
    form->addRow(QString(), m_phoneInfo);
    form->addRow(QString(), errorLabel(AgentField::Phone));
    connect(m_phone, &QLineEdit::textChanged, this, &AgentForm::updatePhoneInfo);
    connect(m_phone, &QLineEdit::editingFinished, this, [this]() {
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
    m_account = new QLineEdit;
    m_account->setObjectName(QStringLiteral("accountNo"));
    form->addRow(tr("Account number"), m_account);
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

void AgentForm::setAgent(const Agent &a)
{
    m_original = a;
    setWindowTitle(a.id ? tr("Agent %1").arg(a.code) : tr("New agent"));
    m_code->setText(a.code);
    m_nik->setText(a.nik);
    m_name->setText(a.name);
    m_phone->setText(a.phone);
    m_address->setText(a.address);
    m_notes->setPlainText(a.notes);
    selectId(m_wadah, a.wadahId);
    selectId(m_office, a.officeId);
    m_joined->setDate(a.joinedOn.isValid() ? a.joinedOn : QDate::currentDate());
    m_bank->setCurrentText(a.bank);
    m_account->setText(a.accountNo);
    m_bpu->setChecked(a.isBpuParticipant);
    m_kpj->setText(a.kpj);
    m_hasAccount->setChecked(a.hasAccount);
    m_device->setChecked(a.hasDevice);
    m_employee->setChecked(a.isAgencyEmployee);
    m_briefed->setChecked(a.briefedOn.isValid());
    m_briefedOn->setDate(a.briefedOn.isValid() ? a.briefedOn : QDate::currentDate());
    m_activate->setVisible(a.id == 0);
    m_activate->setChecked(a.id == 0 && a.status == AgentStatus::Active);
    clearIssues();
    m_conflict->hide();
    updateNikInfo();
    updateEligibility();
}

Agent AgentForm::agentFromFields() const
{
    Agent a = m_original;
    a.code = m_code->text();
    a.nik = m_nik->text();
    a.name = m_name->text();
    a.phone = m_phone->text();
    a.address = m_address->text();
    a.notes = m_notes->toPlainText();
    a.wadahId = selectedId(m_wadah);
    a.officeId = selectedId(m_office);
    a.joinedOn = m_joined->date();
    a.bank = m_bank->currentText().trimmed();
    a.accountNo = m_account->text();
    a.isBpuParticipant = m_bpu->isChecked();
    a.kpj = m_kpj->text();
    a.hasAccount = m_hasAccount->isChecked();
    a.hasDevice = m_device->isChecked();
    a.isAgencyEmployee = m_employee->isChecked();
    a.briefedOn = m_briefed->isChecked() ? m_briefedOn->date() : QDate();
    if (isNew())
        a.status = m_activate->isChecked() ? AgentStatus::Active : AgentStatus::Candidate;
    return a;
}

void AgentForm::updateNikInfo()
{
    // Typing again replaces the message of the last save with the live reading of the NIK.
    if (QLabel *error = m_errors.value(int(AgentField::Nik)); error && !error->isHidden() && m_nik->hasFocus())
        setFieldError(error, m_nik, QString());
    const QString nik = m_nik->text().trimmed();
    m_nikInfo->setText(describeNik(nik));
    m_nikInfo->setVisible(m_errors.value(int(AgentField::Nik))->isHidden());
    const bool bad = nik.size() >= 16 && !Nik::isValid(nik);
    m_nikInfo->setObjectName(bad ? QStringLiteral("fieldError") : QStringLiteral("hint"));
    m_nikInfo->style()->unpolish(m_nikInfo);
    m_nikInfo->style()->polish(m_nikInfo);
}

void AgentForm::updatePhoneInfo()
{
    const QString text = m_phone->text().trimmed();
    auto normalized = Phone::normalize(text);
    m_phoneInfo->setText(text.isEmpty() ? QString() : normalized ? tr("Saved as %1").arg(*normalized) : QString());
}

void AgentForm::updateBankFromWadah()
{
    const qint64 id = selectedId(m_wadah);
    for (const Option &w : std::as_const(m_lookups.wadah)) {
        if (w.id != id)
            continue;
        // The account must be at the wadah's partner bank, and the wadah's KCP is the usual one.
        if (!w.extra.isEmpty() && (m_bank->currentText().isEmpty() || isNew()))
            m_bank->setCurrentText(w.extra);
        if (isNew() && w.officeId > 0)
            selectId(m_office, w.officeId);
        m_hasAccount->setText(w.extra.isEmpty() ? tr("Has an account at the wadah's partner bank")
                                                : tr("Has an account at %1, the wadah's partner bank").arg(w.extra));
    }
}

void AgentForm::updateEligibility()
{
    const Eligibility e = eligibilityOf(agentFromFields(), QDate::currentDate());
    if (m_employee->isChecked())
        m_eligibility->setText(tr("✗ BPJS Ketenagakerjaan employees may not be agents."));
    else if (e.complete())
        m_eligibility->setText(tr("✓ Meets every requirement to be active."));
    else
        m_eligibility->setText(tr("Still missing: %1.").arg(e.missing().join(QStringLiteral(", "))));
    m_eligibility->setStyleSheet(e.complete() ? QStringLiteral("color: #1A8A4A;") : QStringLiteral("color: #6B7A89;"));
    m_activate->setEnabled(e.complete());
    if (!e.complete())
        m_activate->setChecked(false);
}

void AgentForm::clearIssues()
{
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        setFieldError(it.value(), m_inputs.value(it.key()), QString());
    setFieldError(m_formError, nullptr, QString());
}

void AgentForm::showIssues(const QList<FieldIssue> &issues)
{
    clearIssues();
    QHash<int, QStringList> byField;
    for (const FieldIssue &i : issues)
        byField[int(i.field)] << i.message;
    for (auto it = byField.begin(); it != byField.end(); ++it)
        setFieldError(m_errors.value(it.key()), m_inputs.value(it.key()), it.value().join(QLatin1Char('\n')));
    m_nikInfo->setVisible(!byField.contains(int(AgentField::Nik))); // the same words once, not twice
    if (!issues.isEmpty())
        if (QWidget *first = m_inputs.value(int(issues.first().field)))
            first->setFocus();
}

bool AgentForm::save()
{
    const Agent data = agentFromFields();
    RosterService service = m_context.service();
    auto result = isNew() ? service.addAgent(data) : service.updateAgent(data, m_original.version);
    if (auto *failure = std::get_if<SaveFailure>(&result)) {
        if (!failure->issues.isEmpty()) {
            showIssues(failure->issues);
        } else if (isConflict(failure->error)) {
            clearIssues();
            m_conflictText->setText(tr("<b>Not saved.</b> %1 Your changes are still in the form; load their version "
                                       "to see what changed, then edit again.").arg(failure->error.message.toHtmlEscaped()));
            m_conflict->show();
        } else {
            setFieldError(m_formError, nullptr, failure->error.text());
        }
        return false;
    }
    m_saved = std::get<Agent>(result);
    if (m_undo) {
        if (isNew())
            m_undo->push(new AddAgentCommand(m_context, m_saved));
        else
            m_undo->push(new EditAgentCommand(m_context, m_original, m_saved));
    }
    m_context.changed({QStringLiteral("agents")});
    accept();
    return true;
}

void AgentForm::reloadLatest()
{
    auto latest = AgentRepository(*m_context.db).load(m_original.id);
    if (!latest) {
        setFieldError(m_formError, nullptr, latest.error().message);
        return;
    }
    setAgent(*latest);
}

QString AgentForm::fieldMessage(AgentField field) const
{
    const QLabel *label = m_errors.value(int(field));
    return label && !label->isHidden() ? label->text() : QString();
}

bool AgentForm::conflictShown() const
{
    return !m_conflict->isHidden();
}

QString AgentForm::conflictText() const
{
    return m_conflictText->text();
}

} // namespace perisai::roster
