#pragma once
// The editable list of obstacle categories (participant awareness, payment channel, agent app, ...).
// Categories are switched off rather than deleted: old obstacles keep theirs.

#include "core/result.h"
#include "monevtypes.h"

#include <QWidget>

class QTableWidget;
class QTableWidgetItem;

namespace perisai::ui {
class AppContext;
class PageLoader;
}

namespace perisai::monev {

class CategoryEditor : public QWidget {
    Q_OBJECT

public:
    CategoryEditor(ui::AppContext &context, QWidget *parent = nullptr);
    // Reads the categories off the UI thread, then shows them.
    void refresh();
    bool isLoading() const;
    QTableWidget *table() const { return m_table; }

private:
    void fill(Result<std::vector<Category>> list);
    void add();
    void save(QTableWidgetItem *item);

    ui::AppContext &m_context;
    std::vector<Category> m_categories;
    QTableWidget *m_table;
    bool m_loading = false;
    ui::PageLoader *m_loader;
};

} // namespace perisai::monev
