#include "drilldowndialog.h"

#include "core/format.h"
#include "tablemodel.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/xlsxexport.h"
#include "ui/filedialogs.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace perisai::performance {

DrillDownDialog::DrillDownDialog(ui::AppContext &context, const figures::DrillDown &request, QWidget *parent)
    : QDialog(parent), m_context(context), m_request(request), m_model(new ValueTableModel(this)), m_view(new QTableView),
      m_note(new QLabel(tr("Loading…"))), m_export(new QPushButton(tr("Export XLSX…")))
{
    setWindowTitle(request.title);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(980, 620);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_note->setObjectName(QStringLiteral("hint"));
    m_note->setWordWrap(true);
    m_export->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &DrillDownDialog::exportXlsx);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_table.codeColumnKind.isEmpty())
            return;
        m_context.navigate(QStringLiteral("roster"), {{m_table.codeColumnKind, m_model->row(index.row()).value(0)}});
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(request.title);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    load();
}

void DrillDownDialog::load()
{
    const storage::DatabasePtr db = m_context.database();
    const figures::DrillDown request = m_request;
    const bool reveal = m_context.revealPersonalData();
    ui::runTask<Result<figures::DrillDownTable>>(
        &m_context, this, tr("Loading the list"),
        [db, request, reveal](ui::TaskControl &) { return figures::loadDrillDown(*db, request, reveal); },
        [this](Result<figures::DrillDownTable> table) { showTable(table); });
}

void DrillDownDialog::showTable(const Result<figures::DrillDownTable> &table)
{
    if (!table) {
        m_note->setText(table.errorText());
        return;
    }
    m_table = *table;
    m_model->setTable(m_table.headers, m_table.rows, m_table.moneyColumns);
    m_view->resizeColumnsToContents();
    const auto shown = static_cast<qint64>(m_table.rows.size());
    if (shown < m_table.total)
        m_note->setText(tr("Showing the first %1 of %2 rows.").arg(fmt::number(shown), fmt::number(m_table.total)));
    else
        m_note->setText(tr("%1 rows.").arg(fmt::number(m_table.total)));
    if (!m_table.codeColumnKind.isEmpty())
        m_note->setText(m_note->text() + QLatin1Char(' ') + tr("Double-click an agent to open it."));
    m_export->setEnabled(shown > 0);
}

void DrillDownDialog::exportXlsx()
{
    const QString path = ui::saveFileName(this, tr("Export list"), m_request.title + QStringLiteral(".xlsx"),
                                          tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const auto sheet = ui::sheetFromModel(*m_model, tr("List"), m_request.title);
    if (auto st = ui::writeXlsx(path, {sheet}); !st)
        QMessageBox::warning(this, tr("Export list"), st.errorText());
    else
        m_context.showStatus(tr("List saved to %1").arg(path));
}

} // namespace perisai::performance
