#include "importwizard.h"

#include "core/format.h"
#include "core/outputfile.h"
#include "header.h"
#include "importer.h"
#include "kindguess.h"
#include "templates.h"
#include "issuemodel.h"
#include "mapping.h"
#include "mappingeditor.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/theme.h"
#include "ui/filedialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace perisai::imports {

ImportWizard::ImportWizard(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_kind(new QComboBox), m_kindReason(new QLabel), m_file(new QLineEdit), m_sheet(new QComboBox),
      m_sheetLabel(new QLabel(tr("Sheet"))), m_mapping(new MappingEditor), m_preview(new QTableWidget),
      m_remember(new QCheckBox(tr("Remember these columns for the next file of this kind"))),
      m_clearEmpty(new QCheckBox(tr("Empty cells clear the stored value"))),
      m_check(new QPushButton(ui::icon(QStringLiteral("check")), tr("Check only"))),
      m_import(new QPushButton(ui::icon(QStringLiteral("import")), tr("Import"))), m_cancel(new QPushButton(tr("Cancel"))),
      m_progress(new QProgressBar), m_summary(new QLabel), m_issues(new IssueModel(this)), m_issueView(new QTableView),
      m_saveRejected(new QPushButton(ui::icon(QStringLiteral("export")), tr("Save rejected rows as CSV…")))
{
    for (Kind k : allKinds())
        m_kind->addItem(kindLabel(k), int(k));
    m_kind->setCurrentIndex(int(Kind::Participants));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV or XLSX file from the office"));
    auto *browse = new QPushButton(ui::icon(QStringLiteral("open")), tr("Choose file…"));
    auto *templateButton = new QPushButton(ui::icon(QStringLiteral("spreadsheet")), tr("Download template"));
    templateButton->setObjectName(QStringLiteral("downloadTemplate"));
    templateButton->setToolTip(tr("An empty file of this kind: its columns and one example row to replace with your own"));
    auto *source = new QHBoxLayout;
    source->addWidget(new QLabel(tr("The file holds")));
    source->addWidget(m_kind);
    source->addWidget(templateButton);
    source->addSpacing(12);
    source->addWidget(m_file, 1);
    source->addWidget(browse);
    source->addWidget(m_sheetLabel);
    source->addWidget(m_sheet);

    auto *columns = new QGroupBox(tr("Columns"));
    auto *columnsLayout = new QVBoxLayout(columns);
    columnsLayout->addWidget(m_mapping, 1);
    columnsLayout->addWidget(m_remember);
    m_clearEmpty->setToolTip(tr("Off: an empty cell leaves what is stored as it is, so a column left blank by mistake "
                                "blanks nothing. On: an empty cell in a column of the file clears the stored value."));
    columnsLayout->addWidget(m_clearEmpty);
    auto *preview = new QGroupBox(tr("First rows of the file"));
    auto *previewLayout = new QVBoxLayout(preview);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    previewLayout->addWidget(m_preview);
    auto *top = new QSplitter;
    top->addWidget(columns);
    top->addWidget(preview);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);

    auto *run = new QHBoxLayout;
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    run->addWidget(m_progress, 1);
    run->addStretch();
    run->addWidget(m_cancel);
    run->addWidget(m_check);
    run->addWidget(m_import);
    m_import->setDefault(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_issueView->setObjectName(QStringLiteral("rejectedRows"));
    m_issueView->setModel(m_issues);
    m_issueView->verticalHeader()->hide();
    m_issueView->setAlternatingRowColors(true);
    m_issueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issueView->horizontalHeader()->setSectionResizeMode(IssueModel::Reason, QHeaderView::Stretch);
    auto *rejected = new QGroupBox(tr("Rejected rows"));
    auto *rejectedLayout = new QVBoxLayout(rejected);
    rejectedLayout->addWidget(m_issueView, 1);
    auto *rejectedBar = new QHBoxLayout;
    rejectedBar->addStretch();
    rejectedBar->addWidget(m_saveRejected);
    rejectedLayout->addLayout(rejectedBar);
    auto *bottom = new QSplitter(Qt::Vertical);
    bottom->addWidget(top);
    bottom->addWidget(rejected);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);

    m_kindReason->setObjectName(QStringLiteral("hint"));
    m_kindReason->setWordWrap(true);
    m_kindReason->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(source);
    layout->addWidget(m_kindReason);
    layout->addWidget(bottom, 1);
    layout->addLayout(run);
    layout->addWidget(m_summary);

    connect(browse, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(templateButton, &QPushButton::clicked, this, &ImportWizard::downloadTemplate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportWizard::loadPreview);
    connect(m_sheet, &QComboBox::activated, this, &ImportWizard::loadPreview);
    connect(m_mapping, &MappingEditor::changed, this, [this]() {
        fillPreview();
        updateButtons();
    });
    connect(m_check, &QPushButton::clicked, this, [this]() { start(true); });
    connect(m_import, &QPushButton::clicked, this, [this]() { start(false); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::cancel);
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportWizard::saveRejected);
    connect(&m_context, &ui::AppContext::revealPersonalDataChanged, this, [this](bool reveal) {
        m_mapping->setReveal(reveal);
        m_issues->setReveal(reveal);
        fillPreview();
    });
    m_mapping->setReveal(m_context.revealPersonalData());
    m_issues->setReveal(m_context.revealPersonalData());
    m_sheet->setVisible(false);
    m_sheetLabel->setVisible(false);
    updateButtons();
}

Kind ImportWizard::kind() const
{
    return static_cast<Kind>(m_kind->currentData().toInt());
}

void ImportWizard::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QVariantMap ImportWizard::state() const
{
    if (m_file->text().isEmpty())
        return {};
    QVariantMap columns;
    const Mapping mapping = m_mapping->mapping();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        columns.insert(it.key(), it.value());
    return {{QStringLiteral("kind"), kindName(kind())},
            {QStringLiteral("file"), m_file->text()},
            {QStringLiteral("sheet"), m_sheet->isVisible() ? m_sheet->currentText() : QString()},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("remember"), m_remember->isChecked()}};
}

void ImportWizard::restoreState(const QVariantMap &state)
{
    const QString file = state.value(QStringLiteral("file")).toString();
    if (file.isEmpty())
        return;
    if (const auto k = parseKind(state.value(QStringLiteral("kind")).toString()))
        setKind(*k);
    setFile(file);
    const QString sheet = state.value(QStringLiteral("sheet")).toString();
    if (!sheet.isEmpty() && m_sheet->findText(sheet) >= 0 && m_sheet->currentText() != sheet) {
        m_sheet->setCurrentText(sheet);
        loadPreview();
    }
    if (m_headers.isEmpty())
        return;
    Mapping chosen;
    const QVariantMap columns = state.value(QStringLiteral("columns")).toMap();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        chosen.insert(it.key(), it.value().toString());
    m_mapping->setColumns(kind(), m_headers, m_rows, chosen);
    m_remember->setChecked(state.value(QStringLiteral("remember")).toBool());
    updateButtons();
}

void ImportWizard::browse()
{
    const QString path = ui::openFileName(this, tr("Choose the file to import"), QFileInfo(m_file->text()).absolutePath(),
                                          tr("Office files (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(path);
    m_sheet->clear();
    m_guessKind = true;
    loadPreview();
}

QString ImportWizard::kindReason() const
{
    return m_kindReason->isHidden() ? QString() : m_kindReason->text();
}

void ImportWizard::downloadTemplate()
{
    const QString name = tr("template-%1.xlsx").arg(kindName(kind()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Download template"), name,
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto st = saveTemplate(path); !st) // the dialog asked before replacing a file
        m_context.showStatus(st.errorText(), 8000);
}

Status ImportWizard::saveTemplate(const QString &path)
{
    auto st = writeTemplate(kind(), path, true);
    if (st)
        m_context.showStatus(tr("Template written to %1: put your rows in place of the example, then import the file.").arg(path), 10000);
    return st;
}

void ImportWizard::loadPreview()
{
    const QString path = m_file->text();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_mapping->clear();
    m_headers.clear();
    m_rows.clear();
    m_headerRow = -1;
    if (path.isEmpty()) {
        updateButtons();
        return;
    }
    auto preview = previewFile(path, m_sheet->currentText(), kHeaderSearchRows + 10);
    if (!preview) {
        m_summary->setText(preview.errorText());
        updateButtons();
        return;
    }
    m_filePreview = *preview;
    if (std::exchange(m_guessKind, false)) {
        const auto guess = guessKind(preview->rows);
        m_kindReason->setText(guess ? guess->reason + QLatin1Char(' ') + tr("Change the kind above if the file holds something else.")
                                    : tr("No kind of file has every column this one needs: choose what it holds above, then "
                                         "match its columns below."));
        m_kindReason->setVisible(true);
        if (guess && guess->kind != kind()) {
            setKind(guess->kind); // reads the file again for that kind
            return;
        }
    }
    const bool spreadsheet = !preview->sheets.isEmpty();
    if (spreadsheet && m_sheet->count() == 0)
        m_sheet->addItems(preview->sheets);
    m_sheet->setVisible(spreadsheet);
    m_sheetLabel->setVisible(spreadsheet);

    auto saved = loadMapping(*m_context.database(), kind());
    const Mapping mapping = saved ? *saved : Mapping{};
    m_remember->setChecked(!mapping.isEmpty());
    m_headerRow = headerRowIndex(preview->rows, kind(), mapping);
    const QStringList headers = m_headerRow >= 0 ? preview->rows[m_headerRow] : (preview->rows.isEmpty() ? QStringList() : preview->rows.first());
    const QList<QStringList> rows = preview->rows.mid(std::max(m_headerRow, 0) + 1);
    m_headers = headers;
    m_rows = rows;
    m_mapping->setColumns(kind(), headers, rows, mapping); // fills the preview through changed()
    m_summary->setText(m_headerRow > 0 ? tr("%1; the header is on line %2.").arg(preview->description).arg(preview->lines.value(m_headerRow))
                                       : preview->description);
    updateButtons();
}

// The rows under the header; values of the columns chosen as NIK, phone or account number are masked.
void ImportWizard::fillPreview()
{
    const bool reveal = m_context.revealPersonalData();
    const Mapping mapping = m_mapping->mapping();
    m_preview->setColumnCount(int(m_headers.size()));
    m_preview->setHorizontalHeaderLabels(m_headers);
    m_preview->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(m_filePreview.lines.value(std::max(m_headerRow, 0) + 1 + r))));
        for (int c = 0; c < m_headers.size(); ++c) {
            const QString value = maskPersonal(m_rows[r].value(c), mapping.value(m_headers[c]), reveal);
            m_preview->setItem(r, c, new QTableWidgetItem(value));
        }
    }
    m_preview->resizeColumnsToContents();
}

void ImportWizard::updateButtons()
{
    const bool ready = !m_file->text().isEmpty() && m_headerRow >= 0 && m_mapping->missing().isEmpty() && !m_task;
    m_check->setEnabled(ready);
    m_import->setEnabled(ready);
    m_saveRejected->setEnabled(m_issues->rowCount() > 0);
}

void ImportWizard::start(bool dryRun)
{
    if (m_task || !m_import->isEnabled())
        return;
    ImportOptions options;
    options.kind = kind();
    options.files = {m_file->text()};
    options.sheet = m_sheet->isVisible() ? m_sheet->currentText() : QString();
    options.mapping = m_mapping->mapping();
    options.dryRun = dryRun;
    options.clearEmpty = m_clearEmpty->isChecked();
    if (m_remember->isChecked() && !dryRun) {
        if (auto st = saveMapping(*m_context.database(), options.kind, options.mapping); !st)
            m_context.showStatus(st.errorText(), 8000);
    }
    m_issues->setIssues({}, {});
    m_summary->setText(dryRun ? tr("Checking…") : tr("Importing…"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    const storage::DatabasePtr db = m_context.database();
    m_task = ui::runTask<Result<ImportResult>>(
        &m_context, this, dryRun ? tr("Checking %1").arg(QFileInfo(m_file->text()).fileName()) : tr("Importing %1").arg(QFileInfo(m_file->text()).fileName()),
        [db, options](ui::TaskControl &control) {
            ImportControl import;
            import.progress = [&control](const QString &stage, qint64 done, qint64 total) {
                control.setText(stage);
                control.setProgress(done, total);
            };
            import.stop = [&control]() { return control.isCanceled(); };
            auto result = runImport(*db, options, import);
            db->releaseThreadConnection(); // pool threads outlive the task
            return result;
        },
        [this, dryRun](Result<ImportResult> result) { showResult(result, dryRun); });
    connect(m_task, &ui::BackgroundTask::progressChanged, this, [this](qint64 done, qint64 total, const QString &text) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_progress->setFormat(text + QStringLiteral("  %p%"));
    });
    connect(m_task, &ui::BackgroundTask::finished, this, [this](bool canceled) {
        m_task = nullptr;
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        if (canceled)
            m_summary->setText(tr("Cancelled: nothing was written."));
        updateButtons();
    });
    updateButtons();
}

void ImportWizard::cancel()
{
    if (m_task)
        m_task->cancel();
}

void ImportWizard::showResult(const Result<ImportResult> &result, bool dryRun)
{
    if (!result) {
        m_summary->setText(tr("The file was not imported: %1").arg(result.errorText()));
        return;
    }
    const Counts &c = result->total;
    m_issues->setIssues(result->issues, m_mapping->personalColumns());
    m_issueView->resizeColumnsToContents();
    m_issueView->horizontalHeader()->setSectionResizeMode(IssueModel::Reason, QHeaderView::Stretch);
    const bool damaged = std::any_of(result->files.cbegin(), result->files.cend(), [](const FileOutcome &f) { return f.damaged; });
    if (result->cancelled) {
        m_summary->setText(tr("Cancelled: nothing was written."));
    } else if (damaged) {
        m_summary->setText(tr("The file is damaged and cannot be read to its end, so nothing was written. The list below says "
                              "where and why; save the file again from the program that made it and import it again."));
    } else if (c.rejected > 0) {
        m_summary->setText(tr("%1 of %2 rows cannot be imported, so nothing was written. Correct them in the file "
                              "(the list below says where and what) and import it again.")
                               .arg(fmt::number(c.rejected), fmt::number(c.total)));
    } else {
        const QString counts = tr("%1 rows: %2 new, %3 updated, %4 unchanged.")
                                   .arg(fmt::number(c.total), fmt::number(c.inserted), fmt::number(c.updated), fmt::number(c.unchanged));
        QString text = dryRun ? tr("Checked, nothing written. Importing would give %1").arg(counts) : tr("Imported. %1").arg(counts);
        if (result->flagsRaised > 0)
            text += QLatin1Char(' ') + tr("%1 signals were raised for a person to review.").arg(result->flagsRaised);
        for (const FileOutcome &f : result->files)
            for (const QString &note : f.notes)
                text += QLatin1Char('\n') + note;
        m_summary->setText(text);
        if (result->committed) {
            m_context.notifyDataChanged({kindTable(kind()), QStringLiteral("import_batches"), QStringLiteral("review_flags")});
            m_context.showStatus(tr("Imported %1").arg(QFileInfo(m_file->text()).fileName()));
            emit imported();
        }
    }
    updateButtons();
}

void ImportWizard::saveRejected()
{
    const QString path = ui::saveFileName(this, tr("Save rejected rows"),
                                          QFileInfo(m_file->text()).completeBaseName() + tr("-rejected") + QStringLiteral(".csv"),
                                          tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const outputs::ProtectedFile input(m_file->text());
    if (auto st = writeIssuesCsv(m_issues->shown(), path, true); !st)
        m_context.showStatus(st.errorText(), 8000);
    else
        m_context.showStatus(tr("Rejected rows saved to %1").arg(path));
}

} // namespace perisai::imports
