#pragma once
// "Import a file": choose what the file holds and the file (and sheet), check how its columns map to
// fields, then check or import it on a background task with progress and cancel. Rejected rows are listed
// (file, line, column, value, what to change) and can be saved as CSV. The column choice can be remembered.

#include "core/result.h"
#include "importtypes.h"
#include "source.h"

#include "ui/backgroundtask.h"

#include <QPointer>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace perisai::ui {
class AppContext;
}

namespace perisai::imports {

class IssueModel;
class MappingEditor;

class ImportWizard : public QWidget {
    Q_OBJECT

public:
    explicit ImportWizard(ui::AppContext &context, QWidget *parent = nullptr);

    // Shows `path` as the file to import (the Browse button ends here too).
    void setFile(const QString &path);
    void setKind(Kind kind);
    void browse();
    // Writes the chosen kind's template (headers and an example row) to `path` (.csv or .xlsx), replacing a file
    // there (the save dialog has asked).
    Status saveTemplate(const QString &path);
    // Why the kind was chosen for the file (guessed from its columns), or that none fits.
    QString kindReason() const;
    // Starts the import (dryRun: check only). Does nothing while one runs or the mapping is incomplete.
    void start(bool dryRun);
    void cancel();
    bool isRunning() const { return m_task != nullptr; }
    MappingEditor *mappingEditor() const { return m_mapping; }

    // The import under way (kind, file, sheet, the columns as chosen, "remember"): kept across a rebuild of
    // the window, such as a language switch. Empty when no file is chosen.
    QVariantMap state() const;
    void restoreState(const QVariantMap &state);

signals:
    // After an import that wrote something.
    void imported();

private:
    Kind kind() const;
    void loadPreview();
    void fillPreview();
    void updateButtons();
    void showResult(const Result<ImportResult> &result, bool dryRun);
    void saveRejected();
    void downloadTemplate();

    ui::AppContext &m_context;
    QComboBox *m_kind;
    QLabel *m_kindReason;
    QLineEdit *m_file;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    MappingEditor *m_mapping;
    QTableWidget *m_preview;
    QCheckBox *m_remember;
    QCheckBox *m_clearEmpty;
    QPushButton *m_check;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    IssueModel *m_issues;
    QTableView *m_issueView;
    QPushButton *m_saveRejected;
    FilePreview m_filePreview;
    QStringList m_headers;
    QList<QStringList> m_rows;
    int m_headerRow = -1;
    bool m_guessKind = false; // a new file: guess its kind from its columns
    QPointer<ui::BackgroundTask> m_task;
};

} // namespace perisai::imports
