// How the agreements page is laid out: header, tiles, filters, list, side tabs, and its actions.
#include "agreementspage.h" // relative: lupdate resolves it without include paths

#include "figures/glossary.h"
#include "agreements/agreementlistmodel.h"
#include "agreements/historypanel.h"
#include "agreements/reminderspanel.h"
#include "agreements/statusdelegate.h"
#include "ui/pageheader.h"
#include "ui/stattile.h"
#include "ui/theme.h"
#include "ui/columnfit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace perisai::agreements {

void AgreementsPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new ui::PageHeader(tr("Partnership agreements (PKS)"));
    header->setSubtitle(tr("Agreements with each wadah: terms, yearly renewals and reminders"));
    layout->addWidget(header);

    auto *tiles = new QHBoxLayout;
    // Each tile's tooltip is its glossary definition (the dashboard and `kpi` count the same way); a tile that
    // shows a whole glossary figure carries its label, the "ending" ones a window of it.
    using figures::Term;
    struct Tile { QString caption; int within; QSet<AgreementStatus> statuses; Term term; };
    const Tile defs[] = {
        {figures::label(Term::AgreementsActive), 0, {AgreementStatus::Active, AgreementStatus::Expiring}, Term::AgreementsActive},
        {tr("Ending ≤ 30 days"), 30, {AgreementStatus::Expiring}, Term::AgreementsExpiring},
        {tr("Ending ≤ 60 days"), 60, {AgreementStatus::Expiring}, Term::AgreementsExpiring},
        {tr("Ending ≤ 90 days"), 90, {AgreementStatus::Expiring}, Term::AgreementsExpiring},
        {figures::label(Term::AgreementsExpired), 0, {AgreementStatus::Expired}, Term::AgreementsExpired},
        {figures::label(Term::AgreementsTerminated), 0, {AgreementStatus::Terminated}, Term::AgreementsTerminated},
    };
    for (const Tile &def : defs) {
        auto *tile = new ui::StatTile(def.caption);
        tile->setToolTip(figures::tooltip(def.term));
        tile->setMinimumWidth(150);
        connect(tile, &ui::StatTile::clicked, this, [this, def] { filterByTile(def.within, def.statuses); });
        tiles->addWidget(tile);
        m_tiles << tile;
    }
    layout->addLayout(tiles);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search wadah, PKS number, bank…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(ui::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Every status"), QString());
    for (auto s : {AgreementStatus::Active, AgreementStatus::Expiring, AgreementStatus::Expired, AgreementStatus::Renewed,
                   AgreementStatus::Terminated, AgreementStatus::Draft})
        m_statusFilter->addItem(statusLabel(s), statusKey(s));
    m_clearFilter = new QPushButton(ui::icon(QStringLiteral("close")), tr("Show all"));
    m_clearFilter->setObjectName(QStringLiteral("clearFilter"));
    m_showRenewed = new QCheckBox(tr("Include renewed"));
    m_showRenewed->setObjectName(QStringLiteral("showRenewed"));
    m_showRenewed->setToolTip(tr("Also list the earlier agreements of each chain (they stay in the history on the right)"));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_showRenewed);
    filters->addWidget(m_clearFilter);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("agreements"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AgreementListModel::WadahColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setItemDelegateForColumn(AgreementListModel::StatusColumn, new StatusChipDelegate(m_table));
    ui::fitColumns(m_table, {AgreementListModel::WadahColumn}); // the wadah's name takes the room left
    // Bank, targets and signing date are in the history card; the list keeps what decides the next step.
    for (int column : {AgreementListModel::SignedColumn, AgreementListModel::BankColumn, AgreementListModel::TargetColumn,
                       AgreementListModel::MinimumColumn})
        m_table->setColumnHidden(column, true);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("sideTabs"));
    m_history = new HistoryPanel;
    m_reminders = new RemindersPanel;
    m_tabs->addTab(m_reminders, ui::icon(QStringLiteral("warning")), tr("Reminders"));
    m_tabs->addTab(m_history, ui::icon(QStringLiteral("history")), tr("History && documents"));

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({820, 420});
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &AgreementFilterModel::setText);
    connect(m_showRenewed, &QCheckBox::toggled, m_filter, &AgreementFilterModel::setShowRenewed);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_statusFilter->currentData().toString();
        QSet<AgreementStatus> statuses;
        for (auto s : {AgreementStatus::Active, AgreementStatus::Expiring, AgreementStatus::Expired, AgreementStatus::Renewed,
                       AgreementStatus::Terminated, AgreementStatus::Draft}) {
            if (statusKey(s) == key)
                statuses.insert(s);
        }
        m_filter->setWithinDays(0);
        m_filter->setStatuses(statuses);
    });
    connect(m_clearFilter, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_filter->setWadah(0);
        m_filter->setWithinDays(0);
        m_filter->setStatuses({});
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelection();
        updateActions();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editDialog(); });
    connect(m_history, &HistoryPanel::agreementClicked, this, &AgreementsPage::selectAgreement);
    connect(m_history, &HistoryPanel::attachRequested, this, &AgreementsPage::attachDialog);
    connect(m_history, &HistoryPanel::openRequested, this, &AgreementsPage::openDocument);
    connect(m_history, &HistoryPanel::removeRequested, this, &AgreementsPage::removeDocument);
    connect(m_reminders, &RemindersPanel::agreementActivated, this, [this](qint64 id) {
        selectAgreement(id);
        m_tabs->setCurrentWidget(m_history);
    });
    connect(m_reminders, &RemindersPanel::renewRequested, this, &AgreementsPage::renewDialog);
    connect(m_reminders, &RemindersPanel::terminateRequested, this, &AgreementsPage::terminateDialog);
}

void AgreementsPage::buildActions()
{
    auto action = [this](const char *icon, const QString &text, const QString &name, auto slot) {
        auto *a = new QAction(ui::icon(QString::fromLatin1(icon)), text, this);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        m_actions << a;
        return a;
    };
    m_new = action("add", tr("New PKS"), QStringLiteral("newAgreement"), [this] { newAgreementDialog(); });
    m_edit = action("edit", tr("Edit"), QStringLiteral("editAgreement"), [this] { editDialog(); });
    m_renew = action("renew", tr("Renew"), QStringLiteral("renewAgreement"), [this] { renewDialog(selectedAgreementId()); });
    m_batch = action("renew", tr("Renew several…"), QStringLiteral("batchRenew"), [this] { batchRenewDialog(); });
    m_terminate = action("terminate", tr("Terminate…"), QStringLiteral("terminateAgreement"),
                         [this] { terminateDialog(selectedAgreementId(), QString()); });
    m_attach = action("attach", tr("Attach signed PKS…"), QStringLiteral("attachDocument"), [this] { attachDialog(); });
    m_preview = action("print", tr("Status report…"), QStringLiteral("printPreview"), [this] { printPreview(); });
    m_pdf = action("pdf", tr("Save status PDF…"), QStringLiteral("savePdf"), [this] { savePdf(); });
    m_xlsx = action("spreadsheet", tr("Export list"), QStringLiteral("exportXlsx"), [this] { exportXlsx(); });
    m_renew->setToolTip(tr("Create the next PKS of the chain: terms carried over, new dates"));
    m_batch->setToolTip(tr("Renew the PKS of several wadah signed at one ceremony, all at once"));
}

} // namespace perisai::agreements
