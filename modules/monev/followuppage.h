#pragma once
// Follow-up across sessions: every action item with its status, filtered to open, overdue or done.
// Status changes are undoable; double-click opens the session where the item was agreed.

#include "core/result.h"
#include "monevtypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace perisai::ui {
class AppContext;
class PageLoader;
}

namespace perisai::monev {

class ActionModel;

class FollowUpPage : public QWidget {
    Q_OBJECT

public:
    FollowUpPage(ui::AppContext &context, QWidget *parent = nullptr);
    void setFilter(ActionFilter filter);
    // Reads the list off the UI thread, then shows it.
    void refresh();
    bool isLoading() const;
    QTableView *view() const { return m_view; }
    void setStatusOfCurrent(const QString &status);

signals:
    void openSession(qint64 sessionId);

private:
    void fill(Result<std::vector<Action>> list, const QDate &today);
    const ActionReview *current() const;
    void updateButtons();

    ui::AppContext &m_context;
    ActionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_done;
    QPushButton *m_reopen;
    QPushButton *m_drop;
    ui::PageLoader *m_loader;
};

} // namespace perisai::monev
