#pragma once
// The Reports page: choose a report, its period and subject, masked or not; the report is built off the
// UI thread and shown in a preview beside the form; print, print preview and Save PDF from there.

#include "reports/reportcatalog.h"
#include "reports/reportcatalog.h"

#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace perisai::ui {
class AppContext;
}

namespace perisai::reports {

class ReportsPage : public QWidget {
    Q_OBJECT

public:
    explicit ReportsPage(ui::AppContext &context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    QList<QAction *> actions() const { return {m_previewAction, m_printAction, m_saveAction}; }
    // {"type": "agent", "agent": "AG-0001"} selects that report and builds it.
    void open(const QVariantMap &args);
    // The request the form describes (for tests).
    ReportRequest request() const;
    bool hasDocument() const { return m_document != nullptr; }

public slots:
    void build();
    void printPreview();
    void print();
    void savePdf();

signals:
    void documentReady();

private:
    struct Choices {
        std::vector<Choice> offices, agents, wadah, sessions;
        PeriodRange range;
    };
    void loadChoices();
    void applyChoices(const Choices &choices);
    void updateFields();
    void onMaskToggled(bool reveal);
    void showDocument(std::shared_ptr<ReportDocument> document);
    void setBusy(bool busy, const QString &text = {});

    ui::AppContext &m_context;
    QComboBox *m_type;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_office;
    QComboBox *m_agent;
    QComboBox *m_wadah;
    QComboBox *m_session;
    QCheckBox *m_reveal;
    QPushButton *m_build;
    QLabel *m_status;
    QFormLayout *m_form;
    QPrintPreviewWidget *m_preview;
    std::unique_ptr<QPrinter> m_printer;
    QAction *m_previewAction;
    QAction *m_printAction;
    QAction *m_saveAction;
    std::shared_ptr<ReportDocument> m_document;
    QVariantMap m_pendingOpen; // open() before the choices were loaded
    bool m_choicesLoaded = false;
};

} // namespace perisai::reports
