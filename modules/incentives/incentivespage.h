#pragma once
// The "Insentif" page: the office's months with their state and totals on the left; the chosen month's
// figures, its agents and its wadah on the right; approve, mark paid, and the month's files (statements,
// payout sheets, the bank transfer file). Everything shown comes from IncentiveService, computed off the
// UI thread; double-clicking an agent lists the participants and payments behind its line.

#include "incentives/service.h"

#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace perisai::ui {
class AppContext;
class PageHeader;
class StatTile;
} // namespace perisai::ui

namespace perisai::incentives {

class IncentivesPage : public QWidget {
    Q_OBJECT

public:
    explicit IncentivesPage(ui::AppContext &context, QWidget *parent = nullptr);

    QList<QAction *> toolbarActions() const { return m_actions; }
    void reload();
    // {"period": "YYYY-MM"}: shows that month.
    void open(const QVariantMap &args);

    // What the buttons do once their dialogs are answered (the tests call these).
    void approveShown();
    void markShownPaid(const QString &reference, const QDate &paidOn);
    Status exportMonth(const QString &folder) const; // statements, payout sheets, transfer CSV and XLSX

    const MonthView *shown() const { return m_view ? &*m_view : nullptr; }
    QStandardItemModel *monthsModel() const { return m_months; }
    QStandardItemModel *agentsModel() const { return m_agents; }
    QStandardItemModel *wadahModel() const { return m_wadah; }

signals:
    void loaded();

private:
    void buildLayout();
    void buildActions();
    void showMonths(const std::vector<RunRecord> &runs);
    void loadMonth(YearMonth month);
    void showMonth(MonthView view);
    void updateActions();
    void askPaid();
    void askExport();
    void showBasis(int agentRow);
    YearMonth selectedMonth() const;

    ui::AppContext &m_context;
    ui::PageHeader *m_header = nullptr;
    ui::StatTile *m_totalTile = nullptr;
    ui::StatTile *m_agentsTile = nullptr;
    ui::StatTile *m_shareTile = nullptr;
    ui::StatTile *m_statusTile = nullptr;
    QLabel *m_note = nullptr;
    QTableView *m_monthsView = nullptr;
    QTableView *m_agentsView = nullptr;
    QTableView *m_wadahView = nullptr;
    QStandardItemModel *m_months = nullptr;
    QStandardItemModel *m_agents = nullptr;
    QStandardItemModel *m_wadah = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_paid = nullptr;
    QAction *m_export = nullptr;
    QAction *m_refresh = nullptr;
    QList<QAction *> m_actions;
    std::optional<MonthView> m_view;
    YearMonth m_wanted; // the month to show once the list is read (open() before it was)
    bool m_filling = false; // the months list is being filled: selection changes load nothing
};

} // namespace perisai::incentives
