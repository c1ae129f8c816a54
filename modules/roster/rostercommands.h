#pragma once
// Every roster edit as a QUndoCommand on AppContext::undoStack(). The edit itself is written when the user
// saves (the command is pushed already applied); undo and redo write back through RosterService, so they are
// validated, audited and conflict-checked like any edit. An undo that meets a newer change from another desk
// is refused with who made it, and the command leaves the stack (never overwrites their change).

#include "roster/agent.h"
#include "roster/rosterservice.h"
#include "roster/wadah.h"
#include "storage/database.h"

#include <QHash>
#include <QPointer>
#include <QUndoCommand>
#include <functional>
#include <memory>

namespace perisai::ui {
class AppContext;
}

namespace perisai::roster {

// The version of each row as this desk last wrote it: undo expects to find the row exactly so.
class VersionBook {
public:
    int version(const QString &table, qint64 id) const { return m_versions.value(key(table, id), 0); }
    void set(const QString &table, qint64 id, int version) { m_versions.insert(key(table, id), version); }

private:
    static QString key(const QString &table, qint64 id) { return table + QLatin1Char(':') + QString::number(id); }
    QHash<QString, int> m_versions;
};

struct CommandContext {
    storage::DatabasePtr db;
    QPointer<ui::AppContext> app;                     // null in tests
    std::shared_ptr<VersionBook> versions = std::make_shared<VersionBook>();
    std::function<void(const QString &)> reportError; // shown on the page
    std::function<QDate()> today = [] { return QDate::currentDate(); };

    RosterService service() const { return RosterService(*db, today()); }
    void changed(const QStringList &tables) const;
    void fail(const QString &what, const Error &error) const;
};

class AddAgentCommand : public QUndoCommand {
public:
    AddAgentCommand(CommandContext context, Agent saved);
    void undo() override;
    void redo() override;

private:
    CommandContext m_context;
    Agent m_agent;
    bool m_applied = true;
};

class EditAgentCommand : public QUndoCommand {
public:
    EditAgentCommand(CommandContext context, Agent before, Agent after);
    void undo() override;
    void redo() override;

private:
    void write(const Agent &data, const QString &action);
    CommandContext m_context;
    Agent m_before;
    Agent m_after;
    bool m_applied = true;
};

class StatusCommand : public QUndoCommand {
public:
    StatusCommand(CommandContext context, StatusChange change);
    void undo() override;
    void redo() override;

private:
    CommandContext m_context;
    StatusChange m_change;
    bool m_applied = true;
};

class AddWadahCommand : public QUndoCommand {
public:
    AddWadahCommand(CommandContext context, Wadah saved);
    void undo() override;
    void redo() override;

private:
    CommandContext m_context;
    Wadah m_wadah;
    bool m_applied = true;
};

class EditWadahCommand : public QUndoCommand {
public:
    EditWadahCommand(CommandContext context, Wadah before, Wadah after);
    void undo() override;
    void redo() override;

private:
    void write(const Wadah &data, const QString &action);
    CommandContext m_context;
    Wadah m_before;
    Wadah m_after;
    bool m_applied = true;
};

class AddNoteCommand : public QUndoCommand {
public:
    AddNoteCommand(CommandContext context, qint64 agentId, QString agentCode, qint64 noteId, QString text);
    void undo() override;
    void redo() override;

private:
    CommandContext m_context;
    qint64 m_agentId;
    qint64 m_noteId;
    QString m_text;
    bool m_applied = true;
};

} // namespace perisai::roster
