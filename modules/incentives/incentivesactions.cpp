// The page's actions: approve, mark paid, export the month's files, and the drill-down behind a line.
#include "incentives/basisdialog.h"
#include "incentives/monthfiles.h"
#include "incentivespage.h" // relative: lupdate resolves it without include paths

#include "core/format.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"

#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>

namespace perisai::incentives {

void IncentivesPage::buildActions()
{
    m_approve = new QAction(QIcon(QStringLiteral(":/icons/check.svg")), tr("Approve month"), this);
    m_approve->setToolTip(tr("Freeze the month's figures; later data is paid as adjustments in the next month"));
    m_paid = new QAction(QIcon(QStringLiteral(":/icons/money.svg")), tr("Mark paid…"), this);
    m_export = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export month…"), this);
    m_export->setToolTip(tr("Statements per agent, payout sheets per wadah and the bank transfer file"));
    m_refresh = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this);
    connect(m_approve, &QAction::triggered, this, [this] {
        if (!m_view)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Approve month"),
            tr("Approve the incentives of %1 (%2)? The figures are frozen; later changes are paid as adjustments.")
                .arg(m_view->figures.month.toString(), fmt::rupiah(m_view->figures.total)));
        if (answer == QMessageBox::Yes)
            approveShown();
    });
    connect(m_paid, &QAction::triggered, this, &IncentivesPage::askPaid);
    connect(m_export, &QAction::triggered, this, &IncentivesPage::askExport);
    connect(m_refresh, &QAction::triggered, this, &IncentivesPage::reload);
    m_actions = {m_approve, m_paid, m_export, m_refresh};
    updateActions();
}

void IncentivesPage::updateActions()
{
    m_approve->setEnabled(m_view && !m_view->run.frozen() && m_view->open);
    m_paid->setEnabled(m_view && m_view->run.status == RunStatus::Approved);
    m_export->setEnabled(m_view.has_value());
}

void IncentivesPage::approveShown()
{
    if (!m_view)
        return;
    auto db = m_context.database();
    const YearMonth month = m_view->figures.month;
    ui::runTask<Result<MonthView>>(
        &m_context, this, tr("Approving incentives"),
        [db, month](ui::TaskControl &) { return IncentiveService(*db).approve(QString(), month); },
        [this](Result<MonthView> view) {
            if (!view) {
                QMessageBox::warning(this, tr("Approve month"), view.errorText());
                emit loaded();
                return;
            }
            m_context.showStatus(tr("%1 approved").arg(view->figures.month.toString()));
            m_wanted = view->figures.month;
            reload();
        });
}

void IncentivesPage::markShownPaid(const QString &reference, const QDate &paidOn)
{
    if (!m_view)
        return;
    auto db = m_context.database();
    const YearMonth month = m_view->figures.month;
    ui::runTask<Status>(
        &m_context, this, tr("Recording the payment"),
        [db, month, reference, paidOn](ui::TaskControl &) {
            return IncentiveService(*db).markPaid(QString(), month, reference, paidOn);
        },
        [this](Status st) {
            if (!st) {
                QMessageBox::warning(this, tr("Mark paid"), st.errorText());
                emit loaded();
                return;
            }
            m_wanted = m_view->figures.month;
            reload();
        });
}

void IncentivesPage::askPaid()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Mark paid"));
    auto *form = new QFormLayout(&dialog);
    auto *reference = new QLineEdit(&dialog);
    auto *paidOn = new QDateEdit(QDate::currentDate(), &dialog);
    paidOn->setCalendarPopup(true);
    paidOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    form->addRow(tr("Bank reference"), reference);
    form->addRow(tr("Paid on"), paidOn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        markShownPaid(reference->text(), paidOn->date());
}

Status IncentivesPage::exportMonth(const QString &folder) const
{
    if (!m_view)
        return makeError(tr("no month is shown"));
    const MonthView &v = *m_view;
    auto payees = loadPayees(*m_context.database(), v.officeIds);
    if (!payees)
        return payees.error();
    return writeMonthFiles(v, *payees, folder, m_context.database()->location().display(), m_context.revealPersonalData());
}

void IncentivesPage::askExport()
{
    if (!m_view)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the month's files"));
    if (folder.isEmpty())
        return;
    auto db = m_context.database();
    const MonthView view = *m_view;
    const bool reveal = m_context.revealPersonalData();
    const QString source = db->location().display();
    ui::runTask<Status>(
        &m_context, this, tr("Writing the month's files"),
        [db, view, folder, reveal, source](ui::TaskControl &) -> Status {
            auto payees = loadPayees(*db, view.officeIds);
            if (!payees)
                return payees.error();
            return writeMonthFiles(view, *payees, folder, source, reveal);
        },
        [this, folder](Status st) {
            if (!st)
                QMessageBox::warning(this, tr("Export month"), st.errorText());
            else
                m_context.showStatus(tr("The month's files are in %1").arg(QDir::toNativeSeparators(folder)));
        });
}

void IncentivesPage::showBasis(int agentRow)
{
    if (!m_view || agentRow < 0 || agentRow >= int(m_view->figures.agents.size()))
        return;
    const AgentIncentive &a = m_view->figures.agents[std::size_t(agentRow)];
    auto *dialog = new BasisDialog(m_context, a, m_view->figures.month, m_view->figures.rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace perisai::incentives
