#include "rostercommands.h"

#include "roster/conflict.h"
#include "ui/appcontext.h"

#include <QCoreApplication>

namespace perisai::roster {
namespace {

const QString kAgents = QStringLiteral("agents");
const QString kWadah = QStringLiteral("wadah");

// The message of a failed save, whichever way it failed.
Error firstError(const SaveFailure &f)
{
    if (!f.issues.isEmpty())
        return makeError(f.issues.first().message);
    return f.error;
}

} // namespace

void CommandContext::changed(const QStringList &tables) const
{
    if (app)
        app->notifyDataChanged(tables);
}

void CommandContext::fail(const QString &what, const Error &error) const
{
    const QString message = what + QStringLiteral(" ") + error.message;
    if (reportError)
        reportError(message);
    else if (app)
        app->showStatus(message, 10000);
}

AddAgentCommand::AddAgentCommand(CommandContext context, Agent saved) : m_context(std::move(context)), m_agent(std::move(saved))
{
    setText(QCoreApplication::translate("RosterCommands", "add agent %1").arg(m_agent.code));
    m_context.versions->set(kAgents, m_agent.id, m_agent.version);
}

void AddAgentCommand::undo()
{
    const Status st = m_context.service().removeAgent(m_agent.id, m_context.versions->version(kAgents, m_agent.id));
    if (!st) {
        m_context.fail(QCoreApplication::translate("RosterCommands", "Cannot undo adding agent %1:").arg(m_agent.code), st.error());
        setObsolete(true);
        return;
    }
    m_applied = false;
    m_context.changed({kAgents});
}

void AddAgentCommand::redo()
{
    if (m_applied)
        return; // pushed after the save
    auto result = m_context.service().addAgent(m_agent, true);
    if (auto *f = std::get_if<SaveFailure>(&result)) {
        m_context.fail(QCoreApplication::translate("RosterCommands", "Cannot redo adding agent %1:").arg(m_agent.code), firstError(*f));
        setObsolete(true);
        return;
    }
    m_context.versions->set(kAgents, m_agent.id, std::get<Agent>(result).version);
    m_applied = true;
    m_context.changed({kAgents});
}

EditAgentCommand::EditAgentCommand(CommandContext context, Agent before, Agent after)
    : m_context(std::move(context)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("RosterCommands", "edit agent %1").arg(m_after.code));
    m_context.versions->set(kAgents, m_after.id, m_after.version);
}

void EditAgentCommand::write(const Agent &data, const QString &action)
{
    auto result = m_context.service().updateAgent(data, m_context.versions->version(kAgents, data.id), action);
    if (auto *f = std::get_if<SaveFailure>(&result)) {
        m_context.fail(action == QLatin1String("undo")
                           ? QCoreApplication::translate("RosterCommands", "Cannot undo the edit of agent %1:").arg(data.code)
                           : QCoreApplication::translate("RosterCommands", "Cannot redo the edit of agent %1:").arg(data.code),
                       firstError(*f));
        setObsolete(true);
        return;
    }
    m_context.versions->set(kAgents, data.id, std::get<Agent>(result).version);
    m_context.changed({kAgents});
}

void EditAgentCommand::undo()
{
    write(m_before, QStringLiteral("undo"));
    m_applied = false;
}

void EditAgentCommand::redo()
{
    if (m_applied)
        return;
    write(m_after, QStringLiteral("update"));
    m_applied = true;
}

StatusCommand::StatusCommand(CommandContext context, StatusChange change) : m_context(std::move(context)), m_change(std::move(change))
{
    setText(QCoreApplication::translate("RosterCommands", "set %1 %2").arg(m_change.agentLabel.section(QLatin1Char(' '), 0, 0),
                                                                           statusLabel(m_change.to).toLower()));
    m_context.versions->set(kAgents, m_change.agentId, m_change.version);
}

void StatusCommand::undo()
{
    auto version = m_context.service().revertStatus(m_change, m_context.versions->version(kAgents, m_change.agentId));
    if (!version) {
        m_context.fail(QCoreApplication::translate("RosterCommands", "Cannot undo the status change of %1:").arg(m_change.agentLabel), version.error());
        setObsolete(true);
        return;
    }
    m_context.versions->set(kAgents, m_change.agentId, *version);
    m_applied = false;
    m_context.changed({kAgents});
}

void StatusCommand::redo()
{
    if (m_applied)
        return;
    auto change = m_context.service().reapplyStatus(m_change, m_context.versions->version(kAgents, m_change.agentId));
    if (!change) {
        m_context.fail(QCoreApplication::translate("RosterCommands", "Cannot redo the status change of %1:").arg(m_change.agentLabel), change.error());
        setObsolete(true);
        return;
    }
    m_change = *change;
    m_context.versions->set(kAgents, m_change.agentId, m_change.version);
    m_applied = true;
    m_context.changed({kAgents});
}

AddWadahCommand::AddWadahCommand(CommandContext context, Wadah saved) : m_context(std::move(context)), m_wadah(std::move(saved))
{
    setText(QCoreApplication::translate("RosterCommands", "add wadah %1").arg(m_wadah.code));
    m_context.versions->set(kWadah, m_wadah.id, m_wadah.version);
}

void AddWadahCommand::undo()
{
    const Status st = m_context.service().removeWadah(m_wadah.id, m_context.versions->version(kWadah, m_wadah.id));
    if (!st) {
        m_context.fail(QCoreApplication::translate("RosterCommands", "Cannot undo adding wadah %1:").arg(m_wadah.code), st.error());
        setObsolete(true);
        return;
    }
    m_applied = false;
    m_context.changed({kWadah});
}

void AddWadahCommand::redo()
{
    if (m_applied)
        return;
    auto result = m_context.service().addWadah(m_wadah, true);
    if (auto *f = std::get_if<SaveFailure>(&result)) {
        m_context.fail(QCoreApplication::translate("RosterCommands", "Cannot redo adding wadah %1:").arg(m_wadah.code), firstError(*f));
        setObsolete(true);
        return;
    }
    m_context.versions->set(kWadah, m_wadah.id, std::get<Wadah>(result).version);
    m_applied = true;
    m_context.changed({kWadah});
}

EditWadahCommand::EditWadahCommand(CommandContext context, Wadah before, Wadah after)
    : m_context(std::move(context)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("RosterCommands", "edit wadah %1").arg(m_after.code));
    m_context.versions->set(kWadah, m_after.id, m_after.version);
}

void EditWadahCommand::write(const Wadah &data, const QString &action)
{
    auto result = m_context.service().updateWadah(data, m_context.versions->version(kWadah, data.id), action);
    if (auto *f = std::get_if<SaveFailure>(&result)) {
        m_context.fail(QCoreApplication::translate("RosterCommands", "Cannot change wadah %1 back:").arg(data.code), firstError(*f));
        setObsolete(true);
        return;
    }
    m_context.versions->set(kWadah, data.id, std::get<Wadah>(result).version);
    m_context.changed({kWadah});
}

void EditWadahCommand::undo()
{
    write(m_before, QStringLiteral("undo"));
    m_applied = false;
}

void EditWadahCommand::redo()
{
    if (m_applied)
        return;
    write(m_after, QStringLiteral("update"));
    m_applied = true;
}

AddNoteCommand::AddNoteCommand(CommandContext context, qint64 agentId, QString agentCode, qint64 noteId, QString text)
    : m_context(std::move(context)), m_agentId(agentId), m_noteId(noteId), m_text(std::move(text))
{
    setText(QCoreApplication::translate("RosterCommands", "add a note to %1").arg(agentCode));
}

void AddNoteCommand::undo()
{
    if (const Status st = m_context.service().removeNote(m_agentId, m_noteId); !st) {
        m_context.fail(QCoreApplication::translate("RosterCommands", "Cannot undo the note:"), st.error());
        setObsolete(true);
        return;
    }
    m_applied = false;
    m_context.changed({QStringLiteral("agent_notes")});
}

void AddNoteCommand::redo()
{
    if (m_applied)
        return;
    auto id = m_context.service().addNote(m_agentId, m_text);
    if (!id) {
        m_context.fail(QCoreApplication::translate("RosterCommands", "Cannot redo the note:"), id.error());
        setObsolete(true);
        return;
    }
    m_noteId = *id;
    m_applied = true;
    m_context.changed({QStringLiteral("agent_notes")});
}

} // namespace perisai::roster
