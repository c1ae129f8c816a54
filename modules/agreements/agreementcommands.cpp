#include "agreements/agreementcommands.h"

#include "agreements/agreementservice.h"
#include "agreements/documentstore.h"

#include <QCoreApplication>
#include <memory>

namespace perisai::agreements {
namespace {

class ActionCommand : public QUndoCommand {
public:
    using Action = std::function<Status()>;

    ActionCommand(const QString &text, Action redo, Action undo, CommandDone done)
        : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)), m_done(std::move(done)) {}

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const Action &action)
    {
        const Status st = action();
        if (!st)
            setObsolete(true); // the stored data moved on; this step can no longer be replayed
        if (m_done)
            m_done(st.errorText());
    }

    Action m_redo;
    Action m_undo;
    CommandDone m_done;
    bool m_first = true;
};

} // namespace

QUndoCommand *createCommand(storage::DatabasePtr db, const Agreement &created, CommandDone done)
{
    auto state = std::make_shared<Agreement>(created);
    auto redo = [db, state]() -> Status {
        AgreementService service(*db);
        Agreement again = *state;
        again.id = 0;
        auto id = service.create(again);
        if (!id)
            return id.error();
        auto stored = service.agreement(*id);
        if (!stored)
            return stored.error();
        *state = *stored;
        return {};
    };
    auto undo = [db, state]() { return AgreementService(*db).removeCreated(*state); };
    return new ActionCommand(QCoreApplication::translate("Agreements", "New PKS %1").arg(created.number), redo, undo, std::move(done));
}

QUndoCommand *changeCommand(storage::DatabasePtr db, const QString &text, const Agreement &before, const Agreement &after,
                            CommandDone done)
{
    auto redo = [db, before, after]() { return AgreementService(*db).restore(before, after); };
    auto undo = [db, before, after]() { return AgreementService(*db).restore(after, before); };
    return new ActionCommand(text, redo, undo, std::move(done));
}

QUndoCommand *renewCommand(storage::DatabasePtr db, std::vector<std::pair<Agreement, Agreement>> renewals, CommandDone done)
{
    auto state = std::make_shared<std::vector<std::pair<Agreement, Agreement>>>(std::move(renewals));
    const QString text = state->size() == 1
        ? QCoreApplication::translate("Agreements", "Renew PKS %1").arg(state->front().first.number)
        : QCoreApplication::translate("Agreements", "Renew %1 PKS").arg(state->size());
    auto redo = [db, state]() -> Status {
        AgreementService service(*db);
        std::vector<std::pair<Agreement, Agreement>> again;
        for (const auto &[previous, next] : *state) {
            auto now = service.agreement(previous.id);
            if (!now)
                return now.error();
            Agreement fresh = next;
            fresh.id = 0;
            again.emplace_back(*now, fresh);
        }
        auto ids = service.renewBatch(again);
        if (!ids)
            return ids.error();
        for (size_t i = 0; i < ids->size(); ++i) {
            auto stored = service.agreement((*ids)[i]);
            if (!stored)
                return stored.error();
            (*state)[i].second = *stored;
        }
        return {};
    };
    auto undo = [db, state]() { return AgreementService(*db).undoRenewals(*state); };
    return new ActionCommand(text, redo, undo, std::move(done));
}

QUndoCommand *attachCommand(storage::DatabasePtr db, qint64 agreementId, qint64 documentId, const QString &fileName,
                            const QByteArray &content, CommandDone done)
{
    auto id = std::make_shared<qint64>(documentId);
    auto redo = [db, id, agreementId, fileName, content]() -> Status {
        auto again = DocumentStore(*db).attach(agreementId, fileName, content);
        if (!again)
            return again.error();
        *id = *again;
        return {};
    };
    auto undo = [db, id]() { return DocumentStore(*db).remove(*id); };
    return new ActionCommand(QCoreApplication::translate("Agreements", "Attach %1").arg(fileName), redo, undo, std::move(done));
}

QUndoCommand *removeDocumentCommand(storage::DatabasePtr db, qint64 agreementId, qint64 documentId, const QString &fileName,
                                    const QByteArray &content, CommandDone done)
{
    auto id = std::make_shared<qint64>(documentId);
    auto redo = [db, id]() { return DocumentStore(*db).remove(*id); };
    auto undo = [db, id, agreementId, fileName, content]() -> Status {
        auto again = DocumentStore(*db).attach(agreementId, fileName, content);
        if (!again)
            return again.error();
        *id = *again;
        return {};
    };
    return new ActionCommand(QCoreApplication::translate("Agreements", "Remove %1").arg(fileName), redo, undo, std::move(done));
}

} // namespace perisai::agreements
