#pragma once
// How a part of the application joins the main window: one small interface per module.
//
// A module (roster, monev, agreements, performance, imports, ...) implements Module and is registered in
// app/shell/modules.cpp with one line. The main window calls createPage() once the database is open, shows
// the page in its navigation, puts toolbarActions() on the toolbar while the page is current, and calls
// open() when another page drills down into this one (AppContext::navigate). Widgets never run SQL:
// a page talks to its module's services, which talk to repositories.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace perisai::ui {

class AppContext;

class Module {
public:
    virtual ~Module() = default;

    virtual QString id() const = 0;      // stable: "roster"; navigation targets and saved state use it
    virtual QString title() const = 0;   // translated, shown in the navigation
    // A name from resources/icons (see its README): "agents". The navigation uses its "-light" variant.
    virtual QString iconName() const = 0;
    virtual int order() const { return 100; } // position in the navigation, small first

    // Creates the page. Called once per main window (again after a language switch or a new database).
    virtual QWidget *createPage(AppContext &context, QWidget *parent) = 0;
    // Actions for the window's toolbar while the page is shown; owned by the page.
    virtual QList<QAction *> toolbarActions() const { return {}; }
    // Shows the item named by args, e.g. {"agent": "AG-0012"} or {"filter": {...}}: drill-down target.
    virtual void open(const QVariantMap &args) { Q_UNUSED(args) }
    // One line each for the reminders shown when the window opens (e.g. "3 PKS expire within 30 days").
    // Called off the UI thread; use context.database()->connection() freely there.
    virtual QStringList startupNotices(AppContext &context) { Q_UNUSED(context) return {}; }
    // Work in progress on the page that a rebuild of the window (a language switch) must not throw away,
    // e.g. the file and columns of an import not yet run; the new page gets it back in restoreState().
    virtual QVariantMap saveState() const { return {}; }
    virtual void restoreState(const QVariantMap &state) { Q_UNUSED(state) }
};

using ModuleList = std::vector<std::unique_ptr<Module>>;

} // namespace perisai::ui
