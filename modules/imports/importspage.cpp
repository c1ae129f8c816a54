#include "importspage.h"

#include "batchesview.h"
#include "importwizard.h"
#include "ui/pageheader.h"
#include "ui/theme.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace perisai::imports {

ImportsPage::ImportsPage(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget), m_wizard(new ImportWizard(context)), m_batches(new BatchesView(context))
{
    auto *header = new ui::PageHeader(tr("Import"));
    header->setSubtitle(tr("CSV or XLSX files from the office: agents, wadah, participants, contributions, claims, targets, "
                           "workforce figures. A file with any rejected row writes nothing; every import can be undone."));
    m_tabs->addTab(m_wizard, ui::icon(QStringLiteral("import")), tr("Import a file"));
    m_tabs->addTab(m_batches, ui::icon(QStringLiteral("history")), tr("Imported files"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    connect(m_wizard, &ImportWizard::imported, m_batches, &BatchesView::refresh);
}

void ImportsPage::showBatches()
{
    m_batches->refresh();
    m_tabs->setCurrentWidget(m_batches);
}

void ImportsPage::showWizard()
{
    m_tabs->setCurrentWidget(m_wizard);
}

} // namespace perisai::imports
