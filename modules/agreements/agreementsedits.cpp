// The agreements page's edits, after their dialogs (also what the tests drive): each goes through
// AgreementService and, once it succeeded, onto the shared undo stack.
#include "agreementspage.h" // relative: lupdate resolves it without include paths

#include "agreements/agreementcommands.h"
#include "agreements/documentstore.h"
#include "ui/appcontext.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>

namespace perisai::agreements {

// --- edits (also driven by the tests) ---

Status AgreementsPage::createAgreement(const Agreement &agreement)
{
    auto db = m_context.database();
    AgreementService service(*db, m_today);
    auto id = service.create(agreement);
    if (!id)
        return id.error();
    auto stored = service.agreement(*id);
    QUndoCommand *command = stored ? createCommand(db, *stored, [this](const QString &e) {
        if (!e.isEmpty())
            showError(tr("Undo"), e);
        m_context.notifyDataChanged({QStringLiteral("agreements")});
    }) : nullptr;
    return afterEdit({}, command, *id);
}

Status AgreementsPage::saveAgreement(const Agreement &before, const Agreement &edited)
{
    auto db = m_context.database();
    AgreementService service(*db, m_today);
    if (auto st = service.update(edited); !st)
        return st;
    auto after = service.agreement(edited.id);
    if (!after)
        return after.error();
    return afterEdit({}, changeCommand(db, tr("Edit PKS %1").arg(edited.number), before, *after, [this](const QString &e) {
        if (!e.isEmpty())
            showError(tr("Undo"), e);
        m_context.notifyDataChanged({QStringLiteral("agreements")});
    }), edited.id);
}

Status AgreementsPage::renewAgreement(const Agreement &previous, const Agreement &next)
{
    return renewBatch({{previous, next}});
}

Status AgreementsPage::renewBatch(const std::vector<std::pair<Agreement, Agreement>> &renewals)
{
    auto db = m_context.database();
    AgreementService service(*db, m_today);
    auto ids = service.renewBatch(renewals);
    if (!ids)
        return ids.error();
    std::vector<std::pair<Agreement, Agreement>> done;
    for (size_t i = 0; i < ids->size(); ++i) {
        auto stored = service.agreement((*ids)[i]);
        if (!stored)
            return stored.error();
        done.emplace_back(renewals[i].first, *stored);
    }
    m_context.showStatus(tr("%n PKS renewed", nullptr, static_cast<int>(ids->size())));
    return afterEdit({}, renewCommand(db, done, [this](const QString &e) {
        if (!e.isEmpty())
            showError(tr("Undo"), e);
        m_context.notifyDataChanged({QStringLiteral("agreements")});
    }), ids->front());
}

Status AgreementsPage::terminateAgreement(const Agreement &agreement, const QDate &on, const QString &reason)
{
    auto db = m_context.database();
    AgreementService service(*db, m_today);
    if (auto st = service.terminate(agreement, on, reason); !st)
        return st;
    auto after = service.agreement(agreement.id);
    if (!after)
        return after.error();
    return afterEdit({}, changeCommand(db, tr("Terminate PKS %1").arg(agreement.number), agreement, *after, [this](const QString &e) {
        if (!e.isEmpty())
            showError(tr("Undo"), e);
        m_context.notifyDataChanged({QStringLiteral("agreements")});
    }), agreement.id);
}

Status AgreementsPage::attachDocument(qint64 agreementId, const QString &path)
{
    const QFileInfo info(path);
    if (const QString problem = DocumentStore::sizeProblem(info.fileName(), info.size()); !problem.isEmpty())
        return makeError(problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    auto db = m_context.database();
    auto id = DocumentStore(*db).attach(agreementId, info.fileName(), content);
    if (!id)
        return id.error();
    return afterEdit({}, attachCommand(db, agreementId, *id, info.fileName(), content, [this](const QString &e) {
        if (!e.isEmpty())
            showError(tr("Undo"), e);
        m_context.notifyDataChanged({QStringLiteral("agreement_documents")});
    }), agreementId);
}

} // namespace perisai::agreements
