#pragma once
// A page's reads off the UI thread, the newest answer winning: load() runs the work as a background task (shown
// in the status bar, like every task) and cancels the page's previous load if it still runs, whose answer is
// then dropped. The page fills itself in `done`, on the UI thread, from what the work returned; the work uses
// the page's service or repository, never widgets.
//
//   m_loader->load<Result<Sessions>>(tr("Reading Monev sessions"),
//       [db](ui::TaskControl &) { return MonevService(*db).sessions(); },
//       [this](Result<Sessions> s) { fill(std::move(s)); });

#include "ui/backgroundtask.h"

#include <QObject>
#include <QPointer>

namespace perisai::ui {

class PageLoader : public QObject {
    Q_OBJECT

public:
    // `parent` is the page: when it goes, a load still running is cancelled and its answer dropped.
    PageLoader(AppContext *context, QObject *parent);

    template <typename T>
    void load(const QString &title, std::function<T(TaskControl &)> work, std::function<void(T)> done)
    {
        if (m_task)
            m_task->cancel();
        m_task = runTask<T>(m_context, this, title, std::move(work), [this, done = std::move(done)](T value) {
            m_task = nullptr; // `done` may start the next load
            done(std::move(value));
            emit loaded();
        });
    }

    // Whether an answer is still due (tests wait for it; a page may show that it is reading).
    bool isLoading() const { return !m_task.isNull(); }

signals:
    // After `done` of the newest load has filled the page.
    void loaded();

private:
    QPointer<AppContext> m_context;
    QPointer<BackgroundTask> m_task;
};

} // namespace perisai::ui
