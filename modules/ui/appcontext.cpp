#include "ui/appcontext.h"

#include "ui/backgroundtask.h"

#include <QUndoStack>

namespace perisai::ui {

AppContext::AppContext(storage::DatabasePtr database, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_undo(new QUndoStack(this))
{
}

AppContext::~AppContext() = default;

QString AppContext::userName() const
{
    return m_database ? m_database->currentUser() : QString();
}

void AppContext::setRevealPersonalData(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    emit revealPersonalDataChanged(reveal);
}

void AppContext::navigate(const QString &moduleId, const QVariantMap &args)
{
    emit navigationRequested(moduleId, args);
}

void AppContext::notifyDataChanged(const QStringList &tables)
{
    emit dataChanged(tables);
}

void AppContext::showStatus(const QString &message, int timeoutMs)
{
    emit statusMessage(message, timeoutMs);
}

void AppContext::trackTask(BackgroundTask *task)
{
    emit taskStarted(task);
}

} // namespace perisai::ui
