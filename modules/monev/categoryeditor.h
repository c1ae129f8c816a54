#pragma once
// The editable list of obstacle categories (participant awareness, payment channel, agent app, ...).
// Categories are switched off rather than deleted: old obstacles keep theirs.

#include "monevtypes.h"

#include <QWidget>

class QTableWidget;
class QTableWidgetItem;

namespace perisai::ui {
class AppContext;
}

namespace perisai::monev {

class CategoryEditor : public QWidget {
    Q_OBJECT

public:
    CategoryEditor(ui::AppContext &context, QWidget *parent = nullptr);
    void refresh();

private:
    void add();
    void save(QTableWidgetItem *item);

    ui::AppContext &m_context;
    std::vector<Category> m_categories;
    QTableWidget *m_table;
    bool m_loading = false;
};

} // namespace perisai::monev
