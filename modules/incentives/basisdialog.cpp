#include "basisdialog.h" // relative: lupdate resolves it without include paths

#include "core/format.h"
#include "incentives/service.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/personaldata.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace perisai::incentives {

namespace {

struct Lists {
    std::vector<figures::BasisParticipant> participants;
    std::vector<figures::BasisPayment> payments;
};

QList<QStandardItem *> row(const QStringList &texts)
{
    QList<QStandardItem *> items;
    for (const QString &t : texts) {
        auto *item = new QStandardItem(t);
        item->setEditable(false);
        items << item;
    }
    return items;
}

QTableView *viewOf(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

BasisDialog::BasisDialog(ui::AppContext &context, const AgentIncentive &agent, YearMonth month, const RuleVersion &rule,
                         QWidget *parent)
    : QDialog(parent), m_participants(new QStandardItemModel(this)), m_payments(new QStandardItemModel(this))
{
    setWindowTitle(
        tr("%1 · %2 · %3").arg(agent.basis.agentCode, agent.basis.agentName, fmt::yearMonth(month.year(), month.month())));
    resize(860, 520);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(viewOf(m_participants, tabs),
                 tr("Registrations (%1 counted, %2 not)").arg(agent.newParticipants).arg(agent.notCounted));
    tabs->addTab(viewOf(m_payments, tabs), tr("Payments (%1 counted)").arg(fmt::rupiah(agent.contributionsCounted)));
    layout->addWidget(tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto db = context.database();
    const qint64 agentId = agent.basis.agentId;
    const bool reveal = context.revealPersonalData();
    ui::runTask<Result<Lists>>(
        &context, this, tr("Reading the participants behind the line"),
        [db, agentId, month](ui::TaskControl &) -> Result<Lists> {
            const IncentiveService service(*db);
            auto participants = service.participants(agentId, month);
            auto payments = service.payments(agentId, month);
            if (!participants || !payments)
                return makeError(!participants ? participants.errorText() : payments.errorText());
            return Lists{std::move(*participants), std::move(*payments)};
        },
        [this, reveal, rule](Result<Lists> lists) {
            m_participants->setHorizontalHeaderLabels(
                {tr("KPJ"), tr("Name"), tr("NIK"), tr("Program"), tr("Registered"), tr("Counted")});
            m_payments->setHorizontalHeaderLabels({tr("KPJ"), tr("Name"), tr("For month"), tr("Contribution month"), tr("Amount"),
                                                   tr("Paid on"), tr("Channel"), tr("Counted")});
            if (!lists) {
                m_participants->appendRow(row({lists.errorText()}));
                emit loaded();
                return;
            }
            for (const auto &p : lists->participants)
                m_participants->appendRow(row({p.kpj, p.name, ui::showNik(p.nik, reveal), p.program, fmt::date(p.registeredOn),
                                               p.reason ? exclusionText(*p.reason) : tr("yes")}));
            for (const auto &p : lists->payments) {
                const int band = rule.bandOf(p.contributionMonth);
                const QString counted = p.reason ? exclusionText(*p.reason)
                    : band < 0                   ? exclusionText(Exclusion::OutsideBands)
                                                 : tr("yes");
                m_payments->appendRow(
                    row({p.kpj, p.name, fmt::yearMonth(p.period.year(), p.period.month()), QString::number(p.contributionMonth),
                         fmt::rupiah(p.amount), fmt::date(p.paidOn), p.channel, counted}));
            }
            emit loaded();
        });
}

} // namespace perisai::incentives
