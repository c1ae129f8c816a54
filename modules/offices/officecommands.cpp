#include "officecommands.h"

#include "tr.h"

namespace perisai::offices {
namespace {

const QString kOffices = QStringLiteral("offices");

bool onlyStatusDiffers(const Office &a, const Office &b)
{
    Office x = a;
    x.closedOn = b.closedOn;
    return x.toJson() == b.toJson() && a.closedOn != b.closedOn;
}

} // namespace

AddOfficeCommand::AddOfficeCommand(CommandContext context, Office saved) : m_context(std::move(context)), m_office(std::move(saved))
{
    setText(Tr::tr("add office %1").arg(m_office.code));
    m_context.versions->set(kOffices, m_office.id, m_office.version);
}

void AddOfficeCommand::undo()
{
    const Status st = officeService(m_context).remove(m_office.id, m_context.versions->version(kOffices, m_office.id));
    if (!st) {
        m_context.fail(Tr::tr("Cannot undo adding office %1:").arg(m_office.code), st.error());
        setObsolete(true);
        return;
    }
    m_applied = false;
    m_context.changed({kOffices});
}

void AddOfficeCommand::redo()
{
    if (m_applied)
        return; // pushed after the save
    auto saved = officeService(m_context).add(m_office, true);
    if (!saved) {
        m_context.fail(Tr::tr("Cannot redo adding office %1:").arg(m_office.code), saved.error());
        setObsolete(true);
        return;
    }
    m_context.versions->set(kOffices, m_office.id, saved->version);
    m_applied = true;
    m_context.changed({kOffices});
}

EditOfficeCommand::EditOfficeCommand(CommandContext context, Office before, Office after)
    : m_context(std::move(context)), m_before(std::move(before)), m_after(std::move(after))
{
    if (onlyStatusDiffers(m_before, m_after))
        setText(m_after.isOpen() ? Tr::tr("reopen office %1").arg(m_after.code) : Tr::tr("close office %1").arg(m_after.code));
    else
        setText(Tr::tr("edit office %1").arg(m_after.code));
    m_context.versions->set(kOffices, m_after.id, m_after.version);
}

void EditOfficeCommand::write(const Office &data, bool undoing)
{
    OfficeService service = officeService(m_context);
    const int expected = m_context.versions->version(kOffices, data.id);
    // Closing and reopening keep their own rules (nothing may still hang under a closed office).
    auto saved = onlyStatusDiffers(m_before, m_after)
                     ? (data.isOpen() ? service.reopen(data.id, expected) : service.close(data.id, expected, data.closedOn))
                     : service.update(data, expected, undoing ? QStringLiteral("undo") : QStringLiteral("update"));
    if (!saved) {
        m_context.fail(undoing ? Tr::tr("Cannot undo the change of office %1:").arg(data.code)
                               : Tr::tr("Cannot redo the change of office %1:").arg(data.code),
                       saved.error());
        setObsolete(true);
        return;
    }
    m_context.versions->set(kOffices, data.id, saved->version);
    m_context.changed({kOffices});
}

void EditOfficeCommand::undo()
{
    write(m_before, true);
    m_applied = false;
}

void EditOfficeCommand::redo()
{
    if (m_applied)
        return;
    write(m_after, false);
    m_applied = true;
}

} // namespace perisai::offices
