#include "agreementspage.h" // relative: lupdate resolves it without include paths

#include "agreements/agreementlistmodel.h"
#include "agreements/agreementrepository.h"
#include "agreements/documentstore.h"
#include "agreements/historypanel.h"
#include "agreements/reminderspanel.h"
#include "agreements/statusdelegate.h"
#include "core/format.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/pageheader.h"
#include "ui/stattile.h"
#include "ui/theme.h"

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
#include <QUndoStack>
#include <QVBoxLayout>

namespace perisai::agreements {

AgreementsPage::AgreementsPage(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("agreementsPage"));
    m_model = new AgreementListModel(this);
    m_filter = new AgreementFilterModel(this);
    m_filter->setSourceModel(m_model);
    buildActions();
    buildLayout();
    updateActions();
    connect(&m_context, &ui::AppContext::dataChanged, this, [this](const QStringList &tables) {
        for (const char *t : {"agreements", "agreement_documents", "wadah", "agents", "summary_agent_month", "program_rules"}) {
            if (tables.contains(QLatin1String(t)) || tables.isEmpty()) {
                reload();
                return;
            }
        }
    });
    reload();
}

void AgreementsPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new ui::PageHeader(tr("Partnership agreements (PKS)"));
    header->setSubtitle(tr("Agreements with each wadah: terms, yearly renewals and reminders"));
    layout->addWidget(header);

    auto *tiles = new QHBoxLayout;
    struct Tile { QString caption; int within; QSet<AgreementStatus> statuses; };
    const Tile defs[] = {
        {tr("In force"), 0, {AgreementStatus::Active, AgreementStatus::Expiring}},
        {tr("Ending ≤ 30 days"), 30, {AgreementStatus::Expiring}},
        {tr("Ending ≤ 60 days"), 60, {AgreementStatus::Expiring}},
        {tr("Ending ≤ 90 days"), 90, {AgreementStatus::Expiring}},
        {tr("Expired"), 0, {AgreementStatus::Expired}},
        {tr("Terminated"), 0, {AgreementStatus::Terminated}},
    };
    for (const Tile &def : defs) {
        auto *tile = new ui::StatTile(def.caption);
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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(AgreementListModel::StatusColumn, new StatusChipDelegate(m_table));
    m_table->setColumnWidth(AgreementListModel::WadahColumn, 240);
    m_table->setColumnWidth(AgreementListModel::StatusColumn, 125);
    m_table->setColumnWidth(AgreementListModel::NumberColumn, 180);
    m_table->setColumnWidth(AgreementListModel::TermColumn, 175);
    m_table->setColumnWidth(AgreementListModel::LeftColumn, 105);
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

void AgreementsPage::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void AgreementsPage::reload()
{
    if (m_loading) {
        m_reloadAgain = true; // a change during a load: read again once it is done
        return;
    }
    m_loading = true;
    auto db = m_context.database();
    const QDate today = m_today;
    ui::runTask<Result<Snapshot>>(&m_context, this, tr("Loading agreements"), [db, today](ui::TaskControl &) -> Result<Snapshot> {
        Snapshot s;
        AgreementService service(*db, today);
        auto rows = service.rows();
        auto wadah = service.wadah();
        auto reminders = agreementReminders(*db, today);
        if (!rows || !wadah || !reminders)
            return makeError(!rows ? rows.errorText() : !wadah ? wadah.errorText() : reminders.errorText());
        s.rows = std::move(*rows);
        s.wadah = std::move(*wadah);
        s.reminders = std::move(*reminders);
        s.figures = figuresOf(s.rows, today);
        return s;
    }, [this](Result<Snapshot> s) { apply(std::move(s)); });
}

void AgreementsPage::apply(Result<Snapshot> snapshot)
{
    m_loading = false;
    if (std::exchange(m_reloadAgain, false))
        reload();
    if (!snapshot) {
        showError(tr("Agreements"), tr("The agreements could not be read: %1").arg(snapshot.errorText()));
        return;
    }
    const qint64 keep = m_selectAfterLoad ? m_selectAfterLoad : selectedAgreementId();
    m_selectAfterLoad = 0;
    m_snapshot = std::move(*snapshot);
    m_model->setRows(m_snapshot.rows);
    const AgreementFigures &f = m_snapshot.figures;
    const int values[] = {f.active, f.expiring_30, f.expiring_60, f.expiring_90, f.expired, f.terminated};
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setValue(fmt::number(values[i]));
    m_tiles[0]->setDetail(tr("%1 of them renewals").arg(fmt::number(f.renewed)));
    m_tiles[1]->setDetail(f.expiring_30 ? tr("renew now") : tr("none"), f.expiring_30 ? ui::StatTile::Tone::Bad : ui::StatTile::Tone::Good);
    m_tiles[2]->setDetail(tr("prepare the renewal"), f.expiring_60 ? ui::StatTile::Tone::Warning : ui::StatTile::Tone::Neutral);
    m_tiles[3]->setDetail(tr("plan the signing"), ui::StatTile::Tone::Neutral);
    m_tiles[4]->setDetail(f.expired ? tr("no PKS in force") : tr("none"), f.expired ? ui::StatTile::Tone::Bad : ui::StatTile::Tone::Good);
    m_tiles[5]->setDetail(tr("all time"));
    m_reminders->setReminders(m_snapshot.reminders);
    const int reminderCount = static_cast<int>(m_snapshot.reminders.expiring.size() + m_snapshot.reminders.expired.size()
                                               + m_snapshot.reminders.belowTarget.size());
    m_tabs->setTabText(0, reminderCount ? tr("Reminders (%1)").arg(reminderCount) : tr("Reminders"));
    if (keep)
        selectAgreement(keep);
    else
        showSelection();
    applyPendingOpen();
    updateActions();
    emit loaded();
}

const AgreementRow *AgreementsPage::selectedRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->rowById(current.data(AgreementListModel::AgreementIdRole).toLongLong());
}

qint64 AgreementsPage::selectedAgreementId() const
{
    const AgreementRow *row = selectedRow();
    return row ? row->agreement.id : 0;
}

void AgreementsPage::selectAgreement(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) { // hidden by a filter: show everything rather than select nothing
        m_clearFilter->click();
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showSelection();
}

void AgreementsPage::showSelection()
{
    const AgreementRow *row = selectedRow();
    if (!row) {
        m_history->clear();
        return;
    }
    std::vector<AgreementRow> chain;
    for (const AgreementRow &r : m_snapshot.rows) {
        if (r.agreement.wadahId == row->agreement.wadahId)
            chain.push_back(r);
    }
    std::sort(chain.begin(), chain.end(), [](const auto &a, const auto &b) { return a.agreement.startsOn < b.agreement.startsOn; });
    m_history->showChain(chain, row->agreement.id);
    auto docs = DocumentStore(*m_context.database()).list(row->agreement.id);
    m_history->showDocuments(row->agreement.number, docs ? *docs : std::vector<DocumentInfo>{});
}

void AgreementsPage::updateActions()
{
    const AgreementRow *row = selectedRow();
    const bool active = row && row->agreement.status == StoredStatus::Active;
    m_edit->setEnabled(row != nullptr);
    m_renew->setEnabled(active && row->successorNumber.isEmpty());
    m_terminate->setEnabled(active);
    m_attach->setEnabled(row != nullptr);
}

void AgreementsPage::filterByTile(int withinDays, const QSet<AgreementStatus> &statuses)
{
    m_search->clear();
    m_statusFilter->blockSignals(true);
    m_statusFilter->setCurrentIndex(0);
    m_statusFilter->blockSignals(false);
    m_filter->setWadah(0);
    m_filter->setStatuses(statuses);
    m_filter->setWithinDays(withinDays);
}

void AgreementsPage::open(const QVariantMap &args)
{
    m_pendingOpen = args;
    if (!m_loading)
        applyPendingOpen();
}

void AgreementsPage::applyPendingOpen()
{
    if (m_pendingOpen.isEmpty())
        return;
    const QVariantMap args = std::exchange(m_pendingOpen, {});
    const QString number = args.value(QStringLiteral("agreement")).toString();
    const QString wadahCode = args.value(QStringLiteral("wadah")).toString();
    const AgreementRow *target = nullptr;
    for (const AgreementRow &r : m_snapshot.rows) {
        if (!number.isEmpty() && r.agreement.number == number)
            target = &r;
        // For a wadah: its latest agreement (rows are ordered by wadah, then start).
        if (!wadahCode.isEmpty() && r.wadahCode == wadahCode)
            target = &r;
    }
    if (!target) {
        m_context.showStatus(tr("No agreement found for %1").arg(number.isEmpty() ? wadahCode : number));
        return;
    }
    m_clearFilter->click();
    if (!wadahCode.isEmpty())
        m_filter->setWadah(target->agreement.wadahId);
    selectAgreement(target->agreement.id);
    m_tabs->setCurrentWidget(m_history);
}

Status AgreementsPage::afterEdit(const Status &status, QUndoCommand *command, qint64 select)
{
    if (!status) {
        delete command;
        return status;
    }
    if (command)
        m_context.undoStack()->push(command);
    m_selectAfterLoad = select;
    m_context.notifyDataChanged({QStringLiteral("agreements")});
    return status;
}

} // namespace perisai::agreements
