#include "agreementspage.h" // relative: lupdate resolves it without include paths

#include "agreements/agreementlistmodel.h"
#include "agreements/agreementrepository.h"
#include "agreements/documentstore.h"
#include "agreements/historypanel.h"
#include "agreements/reminderspanel.h"
#include "core/format.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/stattile.h"
#include "ui/theme.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

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
        s.figures = agreementFigures(*db, today);
        if (!s.figures.error.isEmpty())
            return makeError(s.figures.error);
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
