#pragma once
// Every edit on the agreements page as a QUndoCommand on the shared undo stack. The page does the work
// first (so that a refused edit never enters the stack) and pushes the command; the first redo() is
// therefore a no-op. Undo and redo go through AgreementService, which refuses to overwrite an agreement
// changed since (on another desk); such a command is dropped from the stack with a message.

#include "agreements/agreement.h"
#include "storage/database.h"

#include <QUndoCommand>
#include <functional>

namespace perisai::agreements {

// Called after each undo/redo with an empty string on success, or the reason it failed.
using CommandDone = std::function<void(const QString &error)>;

QUndoCommand *createCommand(storage::DatabasePtr db, const Agreement &created, CommandDone done);
// before/after as stored (an edit, a termination, activating a draft).
QUndoCommand *changeCommand(storage::DatabasePtr db, const QString &text, const Agreement &before, const Agreement &after,
                            CommandDone done);
// Pairs of (previous as it was, renewal as created): one renewal or a batch.
QUndoCommand *renewCommand(storage::DatabasePtr db, std::vector<std::pair<Agreement, Agreement>> renewals, CommandDone done);
QUndoCommand *attachCommand(storage::DatabasePtr db, qint64 agreementId, qint64 documentId, const QString &fileName,
                            const QByteArray &content, CommandDone done);
QUndoCommand *removeDocumentCommand(storage::DatabasePtr db, qint64 agreementId, qint64 documentId, const QString &fileName,
                                    const QByteArray &content, CommandDone done);

} // namespace perisai::agreements
