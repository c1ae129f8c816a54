#include "statusdialog.h"

#include "core/format.h"
#include "roster/conflict.h"
#include "roster/delegates.h"
#include "roster/formparts.h"
#include "roster/statusrules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace perisai::roster {

QList<AgentStatus> StatusDialog::allowedTargets(AgentStatus from)
{
    switch (from) {
    case AgentStatus::Candidate: return {AgentStatus::Active, AgentStatus::Dismissed};
    case AgentStatus::Active: return {AgentStatus::Inactive, AgentStatus::Dismissed};
    case AgentStatus::Inactive: return {AgentStatus::Active, AgentStatus::Dismissed};
    case AgentStatus::Dismissed: return {};
    }
    return {};
}

StatusDialog::StatusDialog(CommandContext context, QUndoStack *undoStack, const Agent &agent, QWidget *parent)
    : QDialog(parent), m_context(std::move(context)), m_undo(undoStack), m_agent(agent)
{
    setWindowTitle(tr("Status of %1").arg(agent.code));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *current = new QLabel(tr("<b>%1</b> is <b>%2</b> since %3.")
                                   .arg(agent.name.toHtmlEscaped(), statusLabel(agent.status).toLower(),
                                        agent.statusSince.isValid() ? fmt::date(agent.statusSince) : QStringLiteral("–")));
    current->setWordWrap(true);
    layout->addWidget(current);

    auto *form = new QFormLayout;
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("target"));
    for (AgentStatus s : allowedTargets(agent.status))
        m_target->addItem(s == AgentStatus::Active && agent.status == AgentStatus::Inactive ? tr("Active again (rejoin)") : statusLabel(s),
                          int(s));
    form->addRow(tr("New status"), m_target);
    m_date = new QDateEdit(m_context.today());
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    form->addRow(tr("From"), m_date);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. moved away, contributions not passed on, request of the wadah"));
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_error = makeFieldError();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Change status"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_target->count() > 0);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // The default button is drawn bold: leave room for it.
    buttons->button(QDialogButtonBox::Save)->setMinimumWidth(buttons->button(QDialogButtonBox::Save)->sizeHint().width() + 24);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_target, &QComboBox::currentIndexChanged, this, &StatusDialog::updateHint);
    updateHint();
}

void StatusDialog::updateHint()
{
    const StatusRules rules = m_context.service().rules(m_context.today());
    if (m_target->count() == 0) {
        m_hint->setText(tr("A dismissed agent does not return."));
        return;
    }
    const auto to = AgentStatus(m_target->currentData().toInt());
    if (to == AgentStatus::Active && m_agent.status == AgentStatus::Inactive) {
        const QDate from = rejoinAllowedFrom(m_agent.statusSince, rules);
        m_hint->setText(tr("An inactive agent may rejoin at the wadah's request from %1 (%n month(s) after the deactivation).",
                           nullptr, rules.rejoinAfterMonths).arg(fmt::date(from)));
        if (m_date->date() < from && from <= m_context.today())
            m_date->setDate(from);
    } else if (to == AgentStatus::Dismissed) {
        m_hint->setText(tr("Dismissal is final: for fraud, a crime or gratification. The reason is kept in the history."));
    } else if (to == AgentStatus::Inactive) {
        m_hint->setText(tr("Agents also become inactive automatically after %n month(s) without an acquisition or a "
                           "contribution collected.", nullptr, rules.inactiveAfterMonths));
    } else {
        m_hint->setText(tr("To be active the eligibility checklist must be complete."));
    }
}

void StatusDialog::choose(AgentStatus to, const QDate &date, const QString &reason)
{
    m_target->setCurrentIndex(m_target->findData(int(to)));
    m_date->setDate(date);
    m_reason->setText(reason);
}

bool StatusDialog::save()
{
    if (m_target->currentIndex() < 0)
        return false;
    const auto to = AgentStatus(m_target->currentData().toInt());
    auto change = m_context.service().changeStatus(m_agent.id, m_agent.version, to, m_date->date(), m_reason->text());
    if (!change) {
        setFieldError(m_error, nullptr, change.error().message);
        return false;
    }
    if (m_undo)
        m_undo->push(new StatusCommand(m_context, *change));
    m_context.changed({QStringLiteral("agents")});
    accept();
    return true;
}

QString StatusDialog::message() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace perisai::roster
