#include "terminatedialog.h" // relative: lupdate resolves it without include paths

#include "core/format.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace perisai::agreements {

TerminateDialog::TerminateDialog(const AgreementRow &row, const QDate &today, const QString &suggestedReason, QWidget *parent)
    : QDialog(parent), m_row(row)
{
    setObjectName(QStringLiteral("terminateDialog"));
    setWindowTitle(tr("Terminate PKS %1").arg(row.agreement.number));
    auto *layout = new QVBoxLayout(this);
    auto *info = new QLabel(tr("<b>%1 · %2</b><br>PKS %3, %4 – %5. From the termination date the wadah no longer "
                               "works under this PKS.")
                                .arg(row.wadahCode.toHtmlEscaped(), row.wadahName.toHtmlEscaped(), row.agreement.number.toHtmlEscaped(),
                                     fmt::date(row.agreement.startsOn), fmt::date(row.agreement.endsOn)));
    info->setWordWrap(true);
    layout->addWidget(info);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(std::clamp(today, row.agreement.startsOn, row.agreement.endsOn));
    m_date->setObjectName(QStringLiteral("terminatedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setDateRange(row.agreement.startsOn, row.agreement.endsOn);
    form->addRow(tr("Terminated from"), m_date);
    m_reason = new QPlainTextEdit(suggestedReason);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why the PKS ends early (required), e.g. below the minimum target for 3 months in a row"));
    m_reason->setMaximumHeight(90);
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("fieldError"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(tr("Terminate"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("terminate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TerminateDialog::update);
    setMinimumWidth(480);
    update();
}

QDate TerminateDialog::terminatedOn() const
{
    return m_date->date();
}

QString TerminateDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void TerminateDialog::update()
{
    const bool ok = !reason().isEmpty();
    m_problem->setText(ok ? QString() : tr("Give the reason: it is kept with the PKS and shown in the status report."));
    m_ok->setEnabled(ok);
}

} // namespace perisai::agreements
