#pragma once
// Awards (apresiasi): per category the agents the rankings suggest, and the one the user confirmed.
// Also the frozen snapshot the rankings come from.

#include "core/result.h"
#include "monevtypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace perisai::ui {
class AppContext;
}

namespace perisai::monev {

class AwardsTab : public QWidget {
    Q_OBJECT

public:
    AwardsTab(ui::AppContext &context, QWidget *parent = nullptr);
    void setSession(const SessionDetail &detail);

private:
    QString selectedCategory() const;
    void confirmSuggestion();
    void chooseOther();
    void remove();
    void report(const Status &st);

    ui::AppContext &m_context;
    SessionDetail m_detail;
    QTableWidget *m_table;
    QLabel *m_hint;
    QList<QPushButton *> m_buttons;
};

class SnapshotTab : public QWidget {
    Q_OBJECT

public:
    explicit SnapshotTab(QWidget *parent = nullptr);
    void setSession(const SessionDetail &detail);

private:
    QLabel *m_hint;
    QTableWidget *m_table;
};

} // namespace perisai::monev
