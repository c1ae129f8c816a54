#pragma once
// What every page may use from the shell: the open database, the user, the personal-data switch,
// navigation between pages, change notifications, the shared undo stack, background tasks.

#include "storage/database.h"

#include <QObject>
#include <QVariantMap>

class QUndoStack;

namespace perisai::ui {

class BackgroundTask;

class AppContext : public QObject {
    Q_OBJECT

public:
    explicit AppContext(storage::DatabasePtr database, QObject *parent = nullptr);
    ~AppContext() override;

    storage::DatabasePtr database() const { return m_database; }
    QString userName() const;

    // Personal data (NIK, phone, bank account) is masked unless the user reveals it deliberately.
    bool revealPersonalData() const { return m_reveal; }
    void setRevealPersonalData(bool reveal);

    // Every user edit is a QUndoCommand pushed here; Edit > Undo/Redo act on it.
    QUndoStack *undoStack() const { return m_undo; }

    // Ask the window to show another module's page, optionally at an item: navigate("roster", {{"agent", code}}).
    void navigate(const QString &moduleId, const QVariantMap &args = {});
    // Tell other pages that data changed (after an import, an edit, an undo): names of the tables touched.
    void notifyDataChanged(const QStringList &tables);
    // A short message in the status bar.
    void showStatus(const QString &message, int timeoutMs = 5000);
    // Shows a running task in the status bar (progress and cancel) until it finishes.
    void trackTask(BackgroundTask *task);

signals:
    void navigationRequested(const QString &moduleId, const QVariantMap &args);
    void dataChanged(const QStringList &tables);
    void revealPersonalDataChanged(bool reveal);
    void statusMessage(const QString &message, int timeoutMs);
    void taskStarted(perisai::ui::BackgroundTask *task);

private:
    storage::DatabasePtr m_database;
    QUndoStack *m_undo;
    bool m_reveal = false;
};

} // namespace perisai::ui
