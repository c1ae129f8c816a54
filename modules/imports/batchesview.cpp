#include "batchesview.h"

#include "core/format.h"
#include "batches.h"
#include "batchmodel.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/theme.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace perisai::imports {

BatchesView::BatchesView(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new BatchModel(this)), m_view(new QTableView),
      m_undo(new QPushButton(ui::icon(QStringLiteral("undo")), tr("Undo this import…"))), m_message(new QLabel)
{
    m_view->setObjectName(QStringLiteral("batchList"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(BatchModel::File, QHeaderView::Stretch);
    auto *refreshButton = new QPushButton(ui::icon(QStringLiteral("refresh")), tr("Refresh"));
    auto *bar = new QHBoxLayout;
    m_message->setWordWrap(true);
    bar->addWidget(m_message, 1);
    bar->addWidget(refreshButton);
    bar->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(bar);
    connect(refreshButton, &QPushButton::clicked, this, &BatchesView::refresh);
    connect(m_undo, &QPushButton::clicked, this, [this]() { undoSelected(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BatchesView::updateButtons);
    refresh();
}

void BatchesView::refresh()
{
    auto batches = listBatches(*m_context.database());
    if (!batches) {
        m_message->setText(batches.errorText());
        return;
    }
    m_model->setBatches(*batches);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(BatchModel::File, QHeaderView::Stretch);
    updateButtons();
}

void BatchesView::updateButtons()
{
    const BatchInfo *b = m_model->batchAt(m_view->currentIndex().row());
    m_undo->setEnabled(!m_task && b && b->status == QLatin1String("committed"));
}

void BatchesView::undoSelected(bool confirm)
{
    const BatchInfo *b = m_model->batchAt(m_view->currentIndex().row());
    if (!b || m_task || b->status != QLatin1String("committed"))
        return;
    const qint64 id = b->id;
    const QString file = QFileInfo(b->sourceFile).fileName();
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Undo import"),
            tr("Undo batch %1 (%2)? The %3 new rows are removed and the %4 updated rows get their earlier values back.")
                .arg(id).arg(file, fmt::number(b->counts.inserted), fmt::number(b->counts.updated)));
        if (answer != QMessageBox::Yes)
            return;
    }
    const storage::DatabasePtr db = m_context.database();
    const QString table = b->kind == QLatin1String("agents") ? QStringLiteral("agents") : b->kind;
    m_message->setText(tr("Undoing batch %1…").arg(id));
    m_task = ui::runTask<Result<UndoResult>>(
        &m_context, this, tr("Undoing import %1").arg(file), [db, id](ui::TaskControl &) {
            auto result = undoBatch(*db, id);
            db->releaseThreadConnection(); // pool threads outlive the task
            return result;
        },
        [this, id, table](Result<UndoResult> result) {
            if (!result) {
                m_message->setText(tr("Batch %1 was not undone: %2").arg(id).arg(result.errorText()));
                return;
            }
            m_message->setText(tr("Batch %1 undone: %2 rows removed, %3 rows restored.")
                                   .arg(id).arg(fmt::number(result->removed), fmt::number(result->restored)));
            m_context.notifyDataChanged({table, QStringLiteral("import_batches"), QStringLiteral("review_flags")});
        });
    connect(m_task, &ui::BackgroundTask::finished, this, [this]() {
        m_task = nullptr;
        refresh();
    });
    updateButtons();
}

} // namespace perisai::imports
