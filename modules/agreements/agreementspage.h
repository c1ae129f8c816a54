#pragma once
// The agreements page: figures on top, the list of PKS with status chips and filters, and beside it the
// chosen wadah's history with its signed documents, and the reminders. Edits go through AgreementService
// and onto the shared undo stack; loading runs off the UI thread.

#include "agreements/agreementservice.h"
#include "core/result.h"

#include <QDate>
#include <QVariantMap>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoCommand;

namespace perisai::ui {
class AppContext;
class StatTile;
} // namespace perisai::ui

namespace perisai::agreements {

class AgreementFilterModel;
class AgreementListModel;
struct FormContext;
class HistoryPanel;
class RemindersPanel;

class AgreementsPage : public QWidget {
    Q_OBJECT

public:
    explicit AgreementsPage(ui::AppContext &context, QWidget *parent = nullptr);

    QList<QAction *> toolbarActions() const { return m_actions; }
    // {"wadah": code}: that wadah's chain; {"agreement": number}: that agreement.
    void open(const QVariantMap &args);
    void reload();
    // The day statuses are derived for (today; tests fix it).
    void setToday(const QDate &today);

    // The edits, after their dialogs (also what the tests drive). Each pushes an undo command.
    Status createAgreement(const Agreement &agreement);
    Status saveAgreement(const Agreement &before, const Agreement &edited);
    Status renewAgreement(const Agreement &previous, const Agreement &next);
    Status renewBatch(const std::vector<std::pair<Agreement, Agreement>> &renewals);
    Status terminateAgreement(const Agreement &agreement, const QDate &on, const QString &reason);
    Status attachDocument(qint64 agreementId, const QString &path);

    qint64 selectedAgreementId() const;
    void selectAgreement(qint64 id);
    const AgreementListModel *model() const { return m_model; }
    AgreementFilterModel *filter() const { return m_filter; }
    HistoryPanel *history() const { return m_history; }
    RemindersPanel *reminders() const { return m_reminders; }
    const Reminders &currentReminders() const { return m_snapshot.reminders; }
    const AgreementFigures &figures() const { return m_snapshot.figures; }

signals:
    void loaded();

private:
    struct Snapshot {
        std::vector<AgreementRow> rows;
        std::vector<WadahInfo> wadah;
        Reminders reminders;
        AgreementFigures figures;
    };

    void buildLayout();
    void buildActions();
    void apply(Result<Snapshot> snapshot);
    void showSelection();
    void updateActions();
    void applyPendingOpen();
    void filterByTile(int withinDays, const QSet<AgreementStatus> &statuses);
    Status afterEdit(const Status &status, QUndoCommand *command, qint64 select);
    FormContext formContext() const;
    const AgreementRow *selectedRow() const;

    // Dialog flows (agreementsactions.cpp).
    void newAgreementDialog();
    void editDialog();
    void renewDialog(qint64 agreementId);
    void batchRenewDialog();
    void terminateDialog(qint64 agreementId, const QString &suggestedReason);
    void attachDialog();
    void openDocument(qint64 documentId);
    void removeDocument(qint64 documentId);
    void printPreview();
    void savePdf();
    void exportXlsx();
    void showError(const QString &title, const QString &message);

    ui::AppContext &m_context;
    QDate m_today;
    Snapshot m_snapshot;
    QVariantMap m_pendingOpen;
    qint64 m_selectAfterLoad = 0;
    bool m_loading = false;
    bool m_reloadAgain = false;

    AgreementListModel *m_model = nullptr;
    AgreementFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_clearFilter = nullptr;
    QCheckBox *m_showRenewed = nullptr;
    QTabWidget *m_tabs = nullptr;
    HistoryPanel *m_history = nullptr;
    RemindersPanel *m_reminders = nullptr;
    QList<ui::StatTile *> m_tiles;
    QList<QAction *> m_actions;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_renew = nullptr;
    QAction *m_batch = nullptr;
    QAction *m_terminate = nullptr;
    QAction *m_attach = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_xlsx = nullptr;
};

} // namespace perisai::agreements
