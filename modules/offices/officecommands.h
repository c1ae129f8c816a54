#pragma once
// Office edits as QUndoCommands on the shared undo stack, the way the roster's are: pushed already applied
// when the user saves; undo and redo write back through OfficeService (validated, audited, conflict-checked).
// An undo that meets a newer change from another desk is refused with who made it, and leaves the stack.

#include "offices/office.h"
#include "offices/officeservice.h"
#include "roster/rostercommands.h"

#include <QUndoCommand>

namespace perisai::offices {

using roster::CommandContext;

inline OfficeService officeService(const CommandContext &context)
{
    return OfficeService(*context.db, context.today());
}

class AddOfficeCommand : public QUndoCommand {
public:
    AddOfficeCommand(CommandContext context, Office saved);
    void undo() override;
    void redo() override;

private:
    CommandContext m_context;
    Office m_office;
    bool m_applied = true;
};

// An edit of the fields, or closing and reopening (before and after differ in closedOn only).
class EditOfficeCommand : public QUndoCommand {
public:
    EditOfficeCommand(CommandContext context, Office before, Office after);
    void undo() override;
    void redo() override;

private:
    void write(const Office &data, bool undoing);
    CommandContext m_context;
    Office m_before;
    Office m_after;
    bool m_applied = true;
};

} // namespace perisai::offices
