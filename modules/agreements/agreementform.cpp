#include "agreementform.h" // relative: lupdate resolves it without include paths

#include "core/format.h"
#include "figures/glossary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace perisai::agreements {
namespace {

QDateEdit *dateEdit(const QString &name)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setDate(QDate::currentDate());
    return edit;
}

QSpinBox *countEdit(const QString &name)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setRange(0, 1000000);
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace

AgreementForm::AgreementForm(Mode mode, const Agreement &initial, FormContext context, QWidget *parent, const Agreement *previous)
    : QDialog(parent), m_mode(mode), m_initial(initial), m_context(std::move(context))
{
    setObjectName(QStringLiteral("agreementForm"));
    switch (mode) {
    case Mode::Create: setWindowTitle(tr("New PKS")); break;
    case Mode::Edit: setWindowTitle(tr("Edit PKS %1").arg(initial.number)); break;
    case Mode::Renew: setWindowTitle(tr("Renew PKS %1").arg(previous ? previous->number : QString())); break;
    }
    m_recheck = new QTimer(this);
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(150);
    connect(m_recheck, &QTimer::timeout, this, &AgreementForm::revalidate);
    buildForm(previous);
    load(initial);
    revalidate();
}

void AgreementForm::buildForm(const Agreement *previous)
{
    auto *layout = new QVBoxLayout(this);
    if (previous) {
        auto *info = new QLabel(tr("Renews <b>%1</b> (%2 – %3). The terms below are carried over; change what was agreed anew.")
                                    .arg(previous->number.toHtmlEscaped(), fmt::date(previous->startsOn), fmt::date(previous->endsOn)));
        info->setObjectName(QStringLiteral("hint"));
        info->setWordWrap(true);
        layout->addWidget(info);
    }
    auto *form = new QFormLayout;
    m_wadah = new QComboBox;
    m_wadah->setObjectName(QStringLiteral("wadah"));
    for (const WadahInfo &w : m_context.wadah)
        m_wadah->addItem(w.code + QStringLiteral(" · ") + w.name, w.id);
    m_wadah->setEnabled(m_mode == Mode::Create);
    form->addRow(tr("Wadah"), m_wadah);
    m_number = new QLineEdit;
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setPlaceholderText(tr("as written on the signed PKS"));
    form->addRow(tr("PKS number"), m_number);
    m_signedOn = dateEdit(QStringLiteral("signedOn"));
    form->addRow(tr("Signed on"), m_signedOn);

    m_startsOn = dateEdit(QStringLiteral("startsOn"));
    m_endsOn = dateEdit(QStringLiteral("endsOn"));
    auto *oneYear = new QPushButton(tr("One year"));
    oneYear->setObjectName(QStringLiteral("oneYear"));
    oneYear->setAutoDefault(false);
    oneYear->setToolTip(tr("End the term one year after the start, the longest a PKS may run since 2022"));
    auto *term = new QHBoxLayout;
    term->addWidget(m_startsOn);
    term->addWidget(new QLabel(tr("to")));
    term->addWidget(m_endsOn);
    term->addWidget(oneYear);
    form->addRow(tr("Term"), term);

    m_signatoryBranch = new QLineEdit;
    m_signatoryBranch->setObjectName(QStringLiteral("signatoryBranch"));
    form->addRow(tr("Signed for the branch by"), m_signatoryBranch);
    m_signatoryWadah = new QLineEdit;
    m_signatoryWadah->setObjectName(QStringLiteral("signatoryWadah"));
    form->addRow(tr("Signed for the wadah by"), m_signatoryWadah);
    m_target = countEdit(QStringLiteral("targetParticipants"));
    m_target->setSuffix(tr(" participants"));
    m_target->setToolTip(figures::definition(figures::Term::PksTarget));
    form->addRow(tr("PKS target for the term"), m_target);
    m_minimum = countEdit(QStringLiteral("minMonthlyTarget"));
    m_minimum->setSuffix(tr(" a month"));
    m_minimum->setToolTip(figures::definition(figures::Term::PksMonthlyMinimum));
    form->addRow(tr("PKS monthly minimum"), m_minimum);
    m_bank = new QLineEdit;
    m_bank->setObjectName(QStringLiteral("partnerBank"));
    form->addRow(tr("Partner bank"), m_bank);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Draft (not signed yet)"), storedStatusKey(StoredStatus::Draft));
    m_status->addItem(tr("Active (signed)"), storedStatusKey(StoredStatus::Active));
    const bool statusEditable = m_mode == Mode::Create || (m_mode == Mode::Edit && m_initial.status == StoredStatus::Draft);
    if (statusEditable)
        form->addRow(tr("Status"), m_status);
    else
        m_status->hide();
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMaximumHeight(60);
    form->addRow(tr("Notes"), m_notes);
    layout->addLayout(form);

    m_messages = new QLabel;
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::RichText);
    layout->addWidget(m_messages);
    m_override = new QCheckBox(tr("Accept the longer term anyway"));
    m_override->setObjectName(QStringLiteral("overrideTerm"));
    m_overrideReason = new QLineEdit;
    m_overrideReason->setObjectName(QStringLiteral("overrideReason"));
    m_overrideReason->setPlaceholderText(tr("Reason (kept with the PKS), e.g. addendum approved by the regional office"));
    layout->addWidget(m_override);
    layout->addWidget(m_overrideReason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_save = buttons->addButton(m_mode == Mode::Renew ? tr("Renew") : tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        revalidate();
        if (canSave())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto changed = [this] { m_recheck->start(); };
    connect(m_wadah, &QComboBox::currentIndexChanged, this, [this, changed] { wadahChanged(); changed(); });
    connect(m_number, &QLineEdit::textEdited, this, [this, changed] { m_numberSuggested = false; changed(); });
    for (QDateEdit *d : {m_startsOn, m_endsOn, m_signedOn})
        connect(d, &QDateEdit::dateChanged, this, changed);
    connect(m_override, &QCheckBox::toggled, this, changed);
    connect(m_overrideReason, &QLineEdit::textChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(oneYear, &QPushButton::clicked, this, &AgreementForm::setOneYear);
    setMinimumWidth(560);
}

void AgreementForm::load(const Agreement &a)
{
    const int w = m_wadah->findData(a.wadahId);
    m_wadah->setCurrentIndex(w >= 0 ? w : (m_mode == Mode::Create && m_wadah->count() > 0 ? 0 : -1));
    m_number->setText(a.number);
    m_signedOn->setDate(a.signedOn.isValid() ? a.signedOn : QDate::currentDate());
    m_startsOn->setDate(a.startsOn.isValid() ? a.startsOn : QDate::currentDate());
    m_endsOn->setDate(a.endsOn.isValid() ? a.endsOn : longestEnd(m_startsOn->date(), 12));
    m_signatoryBranch->setText(a.signatoryBranch);
    m_signatoryWadah->setText(a.signatoryWadah);
    m_target->setValue(a.targetParticipants);
    m_minimum->setValue(a.minMonthlyTarget);
    m_bank->setText(a.partnerBank);
    m_status->setCurrentIndex(m_status->findData(storedStatusKey(a.status)) >= 0 ? m_status->findData(storedStatusKey(a.status)) : 1);
    m_notes->setPlainText(a.notes);
    m_override->setChecked(!a.termOverrideReason.isEmpty());
    m_overrideReason->setText(a.termOverrideReason);
    if (m_mode == Mode::Create && a.number.isEmpty())
        wadahChanged();
}

void AgreementForm::wadahChanged()
{
    if (m_mode != Mode::Create)
        return;
    const qint64 id = m_wadah->currentData().toLongLong();
    for (const WadahInfo &w : m_context.wadah) {
        if (w.id != id)
            continue;
        if (m_number->text().isEmpty() || m_numberSuggested) {
            m_number->setText(suggestNumber(w.code, m_startsOn->date(), m_context.takenNumbers));
            m_numberSuggested = true;
        }
        if (m_bank->text().isEmpty())
            m_bank->setText(w.partnerBank);
        if (m_signatoryWadah->text().isEmpty())
            m_signatoryWadah->setText(w.leaderName);
    }
}

void AgreementForm::setOneYear()
{
    m_endsOn->setDate(longestEnd(m_startsOn->date(), 12));
}

Agreement AgreementForm::agreement() const
{
    Agreement a = m_initial;
    a.wadahId = m_wadah->currentData().toLongLong();
    a.number = m_number->text().trimmed();
    a.signedOn = m_signedOn->date();
    a.startsOn = m_startsOn->date();
    a.endsOn = m_endsOn->date();
    a.signatoryBranch = m_signatoryBranch->text().trimmed();
    a.signatoryWadah = m_signatoryWadah->text().trimmed();
    a.targetParticipants = m_target->value();
    a.minMonthlyTarget = m_minimum->value();
    a.partnerBank = m_bank->text().trimmed();
    if (m_mode == Mode::Create || (m_mode == Mode::Edit && m_initial.status == StoredStatus::Draft))
        a.status = storedStatusFromKey(m_status->currentData().toString());
    a.notes = m_notes->toPlainText().trimmed();
    // The override reason is kept only while the term needs it.
    a.termOverrideReason = m_termIssue && m_override->isChecked() ? m_overrideReason->text().trimmed() : QString();
    return a;
}

bool AgreementForm::canSave() const
{
    return !m_blocked;
}

void AgreementForm::revalidate()
{
    m_recheck->stop();
    Agreement candidate = agreement();
    candidate.termOverrideReason = m_overrideReason->text().trimmed(); // judged below, with the check box
    std::vector<RuleIssue> issues;
    if (m_context.check) {
        auto checked = m_context.check(candidate);
        if (checked)
            issues = *checked;
        else
            issues.push_back({Severity::Error, QStringLiteral("database"), checked.errorText()});
    }
    m_termIssue = std::any_of(issues.begin(), issues.end(), [](const RuleIssue &i) { return i.code == QLatin1String("term"); });
    const bool overridden = m_termIssue && m_override->isChecked() && !m_overrideReason->text().trimmed().isEmpty();
    m_blocked = blocksSaving(issues, overridden);

    m_messageList.clear();
    QStringList html;
    for (const RuleIssue &issue : issues) {
        m_messageList << issue.message;
        const bool error = issue.severity == Severity::Error;
        html << QStringLiteral("<p style='color:%1; margin:2px 0'>%2 %3</p>")
                    .arg(error ? QStringLiteral("#C62828") : QStringLiteral("#8A5A00"), error ? QStringLiteral("✖") : QStringLiteral("⚠"),
                         issue.message.toHtmlEscaped());
    }
    if (m_termIssue && m_override->isChecked() && m_overrideReason->text().trimmed().isEmpty()) {
        const QString need = tr("Write the reason for accepting the longer term.");
        m_messageList << need;
        html << QStringLiteral("<p style='color:#8A5A00; margin:2px 0'>⚠ %1</p>").arg(need.toHtmlEscaped());
    }
    m_messages->setText(html.join(QString()));
    m_messages->setVisible(!html.isEmpty());
    m_override->setVisible(m_termIssue);
    m_overrideReason->setVisible(m_termIssue);
    m_overrideReason->setEnabled(m_override->isChecked());
    m_save->setEnabled(!m_blocked);
}

} // namespace perisai::agreements
