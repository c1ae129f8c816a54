#include "agentform.h"

#include "core/format.h"
#include "core/nik.h"
#include "core/phone.h"
#include "roster/agentrepository.h"
#include "roster/conflict.h"
#include "roster/formparts.h"
#include "roster/personaldataedit.h"
#include "ui/appcontext.h"
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

    for (AgentField f : {AgentField::Nik, AgentField::Phone, AgentField::Account})
        connect(personalBox(f), &PersonalDataEdit::revealRequested, this, [this, f]() { revealField(f); });
    updateNikInfo();
    updateBankFromWadah();
    updateEligibility();
}

void AgentForm::setAgent(const Agent &a)
{
    m_original = a;
    setWindowTitle(a.id ? tr("Agent %1").arg(a.code) : tr("New agent"));
    m_code->setText(a.code);
    // Someone already on file: personal data masked, as everywhere else in the window.
    const bool mask = a.id != 0 && !revealWindowWide();
    m_nikBox->setValue(a.nik, mask);
    m_name->setText(a.name);
    m_phoneBox->setValue(a.phone, mask);
    m_address->setText(a.address);
    m_notes->setPlainText(a.notes);
    selectId(m_wadah, a.wadahId);
    selectId(m_office, a.officeId);
    m_joined->setDate(a.joinedOn.isValid() ? a.joinedOn : QDate::currentDate());
    m_bank->setCurrentText(a.bank);
    m_accountBox->setValue(a.accountNo, mask);
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
    updatePhoneInfo();
    updateEligibility();
    // The window shows personal data: the form does too, and the log says whose was shown.
    if (a.id != 0 && revealWindowWide()) {
        QStringList shown;
        for (AgentField f : {AgentField::Nik, AgentField::Phone, AgentField::Account})
            if (!personalBox(f)->value().isEmpty())
                shown << personalFieldName(f);
        if (!shown.isEmpty())
            if (auto st = m_context.service().recordReveal(m_original, shown); !st)
                setFieldError(m_formError, nullptr, st.errorText());
    }
}

QString AgentForm::personalFieldName(AgentField field)
{
    switch (field) {
    case AgentField::Nik: return tr("NIK");
    case AgentField::Phone: return tr("phone");
    case AgentField::Account: return tr("bank account");
    default: return {};
    }
}

bool AgentForm::revealWindowWide() const
{
    return m_context.app && m_context.app->revealPersonalData();
}

PersonalDataEdit *AgentForm::personalBox(AgentField field) const
{
    switch (field) {
    case AgentField::Nik: return m_nikBox;
    case AgentField::Phone: return m_phoneBox;
    case AgentField::Account: return m_accountBox;
    default: return nullptr;
    }
}

bool AgentForm::isMasked(AgentField field) const
{
    const PersonalDataEdit *box = personalBox(field);
    return box && box->isMasked();
}

void AgentForm::revealField(AgentField field)
{
    PersonalDataEdit *box = personalBox(field);
    if (!box || !box->isMasked())
        return;
    // Logged first: a value is never shown without its line in the audit log.
    if (auto st = m_context.service().recordReveal(m_original, {personalFieldName(field)}); !st) {
        setFieldError(m_formError, nullptr, tr("Not shown: the audit log could not be written (%1).").arg(st.errorText()));
        return;
    }
    box->reveal();
    if (field == AgentField::Nik)
        updateNikInfo();
    if (field == AgentField::Phone)
        updatePhoneInfo();
}

Agent AgentForm::agentFromFields() const
{
    Agent a = m_original;
    a.code = m_code->text();
    a.nik = m_nikBox->value();
    a.name = m_name->text();
    a.phone = m_phoneBox->value();
    a.address = m_address->text();
    a.notes = m_notes->toPlainText();
    a.wadahId = selectedId(m_wadah);
    a.officeId = selectedId(m_office);
    a.joinedOn = m_joined->date();
    a.bank = m_bank->currentText().trimmed();
    a.accountNo = m_accountBox->value();
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
    // A masked NIK says nothing, and what it would say (birth date, sex) is personal data too.
    const QString nik = m_nikBox->isMasked() ? QString() : m_nik->text().trimmed();
    m_nikInfo->setText(describeNik(nik));
    m_nikInfo->setVisible(m_errors.value(int(AgentField::Nik))->isHidden() && !m_nikBox->isMasked());
    const bool bad = nik.size() >= 16 && !Nik::isValid(nik);
    m_nikInfo->setObjectName(bad ? QStringLiteral("fieldError") : QStringLiteral("hint"));
    m_nikInfo->style()->unpolish(m_nikInfo);
    m_nikInfo->style()->polish(m_nikInfo);
}

void AgentForm::updatePhoneInfo()
{
    const QString text = m_phoneBox->isMasked() ? QString() : m_phone->text().trimmed();
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
