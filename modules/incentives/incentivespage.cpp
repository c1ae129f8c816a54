#include "incentivespage.h" // relative: lupdate resolves it without include paths

#include "core/format.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/pageheader.h"
#include "ui/stattile.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace perisai::incentives {

namespace {

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem *moneyItem(qint64 amount)
{
    auto *item = textItem(fmt::rupiah(amount));
    item->setData(amount, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *countItem(qint64 count)
{
    auto *item = textItem(fmt::number(count));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableView *tableFor(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    // Sized to the headers as well as the values: the desk theme's bold capitals are wider than Qt estimates.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

IncentivesPage::IncentivesPage(ui::AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_months = new QStandardItemModel(this);
    m_agents = new QStandardItemModel(this);
    m_wadah = new QStandardItemModel(this);
    buildLayout();
    buildActions();
    connect(&m_context, &ui::AppContext::dataChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("contributions")) || tables.contains(QStringLiteral("participants"))
            || tables.contains(QStringLiteral("agents")))
            reload();
    });
    reload();
}

void IncentivesPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    m_header = new ui::PageHeader(tr("Incentives"), this);
    m_header->setSubtitle(tr("What the branch owes each agent and wadah, month by month"));
    layout->addWidget(m_header);

    auto *tiles = new QHBoxLayout;
    m_totalTile = new ui::StatTile(tr("Month total"), this);
    m_agentsTile = new ui::StatTile(tr("Agents paid"), this);
    m_shareTile = new ui::StatTile(tr("Wadah shares"), this);
    m_statusTile = new ui::StatTile(tr("State"), this);
    for (auto *tile : {m_totalTile, m_agentsTile, m_shareTile, m_statusTile})
        tiles->addWidget(tile);
    layout->addLayout(tiles);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_monthsView = tableFor(m_months, split);
    auto *right = new QSplitter(Qt::Vertical, split);
    m_agentsView = tableFor(m_agents, right);
    m_agentsView->horizontalHeader()->setStretchLastSection(false); // a narrow window scrolls rather than cut the total
    m_wadahView = tableFor(m_wadah, right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);

    connect(m_monthsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const YearMonth m = selectedMonth(); !m_filling && m.isValid())
            loadMonth(m);
    });
    connect(m_agentsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { showBasis(index.row()); });
}

YearMonth IncentivesPage::selectedMonth() const
{
    const QModelIndex index = m_monthsView->currentIndex();
    if (!index.isValid())
        return {};
    return YearMonth::fromKey(m_months->item(index.row(), 0)->data(Qt::UserRole).toInt());
}

void IncentivesPage::reload()
{
    auto db = m_context.database();
    ui::runTask<Result<std::vector<RunRecord>>>(
        &m_context, this, tr("Reading incentive months"),
        [db](ui::TaskControl &) { return IncentiveService(*db).months(QString()); },
        [this](Result<std::vector<RunRecord>> runs) {
            if (!runs) {
                m_note->setText(runs.errorText());
                return;
            }
            showMonths(*runs);
        });
}

void IncentivesPage::open(const QVariantMap &args)
{
    const YearMonth m = YearMonth::parse(args.value(QStringLiteral("period")).toString());
    if (!m.isValid())
        return;
    m_wanted = m;
    for (int row = 0; row < m_months->rowCount(); ++row) {
        if (m_months->item(row, 0)->data(Qt::UserRole).toInt() == m.key()) {
            m_filling = true;
            m_monthsView->selectRow(row);
            m_filling = false;
        }
    }
    loadMonth(m);
}

void IncentivesPage::showMonths(const std::vector<RunRecord> &runs)
{
    const YearMonth keep = m_wanted.isValid() ? m_wanted : m_view ? m_view->figures.month : YearMonth();
    m_filling = true;
    m_months->clear();
    m_months->setHorizontalHeaderLabels({tr("Month"), tr("State"), tr("Total")});
    int keepRow = runs.empty() ? -1 : 0;
    for (const RunRecord &r : runs) {
        auto *month = textItem(fmt::yearMonth(r.month.year(), r.month.month()));
        month->setData(r.month.key(), Qt::UserRole);
        m_months->appendRow({month, textItem(statusText(r.status)), r.id ? moneyItem(r.total) : textItem(QStringLiteral("–"))});
        if (r.month == keep)
            keepRow = m_months->rowCount() - 1;
    }
    m_monthsView->resizeColumnsToContents();
    if (keepRow >= 0)
        m_monthsView->selectRow(keepRow);
    m_filling = false;
    if (keepRow >= 0) {
        loadMonth(YearMonth::fromKey(m_months->item(keepRow, 0)->data(Qt::UserRole).toInt()));
    } else {
        emit loaded();
    }
}

void IncentivesPage::loadMonth(YearMonth month)
{
    auto db = m_context.database();
    ui::runTask<Result<MonthView>>(
        &m_context, this, tr("Computing incentives"),
        [db, month](ui::TaskControl &) { return IncentiveService(*db).month(QString(), month); },
        [this](Result<MonthView> view) {
            if (!view) {
                m_note->setText(view.errorText());
                emit loaded();
                return;
            }
            showMonth(std::move(*view));
        });
}

void IncentivesPage::showMonth(MonthView view)
{
    const MonthIncentives &m = view.figures;
    m_header->setSubtitle(
        tr("%1 · %2 · rule %3").arg(fmt::yearMonth(m.month.year(), m.month.month()), view.officeName, m.rule.name));
    m_totalTile->setValue(fmt::rupiah(m.total));
    m_totalTile->setDetail(m.rule.withholdingTaxPpm ? tr("net %1 after tax").arg(fmt::rupiah(m.payable))
                                                    : tr("agents and wadah shares"));
    m_agentsTile->setValue(fmt::number(qint64(m.agents.size())));
    m_agentsTile->setDetail(tr("%1 to agents").arg(fmt::rupiah(m.agentsTotal)));
    m_shareTile->setValue(fmt::rupiah(m.sharesTotal));
    m_shareTile->setDetail(
        tr("%1 wadah").arg(std::count_if(m.wadah.begin(), m.wadah.end(), [](const auto &w) { return w.wadahId != 0; })));
    m_statusTile->setValue(statusText(view.run.status));
    m_statusTile->setDetail(view.run.status == RunStatus::Paid ? view.run.paymentReference
                                : view.run.frozen()            ? tr("approved by %1").arg(view.run.approvedBy)
                                : view.open                    ? tr("the next month to approve")
                                                               : tr("approve the months before it first"),
                            view.run.status == RunStatus::Draft ? ui::StatTile::Tone::Warning : ui::StatTile::Tone::Good);

    m_agents->clear();
    m_agents->setHorizontalHeaderLabels({tr("Agent"), tr("Name"), tr("Wadah"), tr("New participants"), tr("Not counted"),
                                         tr("Acquisition"), tr("Contributions counted"), tr("Contribution"), tr("Adjustment"),
                                         tr("Total")});
    for (const AgentIncentive &a : m.agents) {
        QStringList reasons;
        for (auto it = a.basis.notCounted.begin(); it != a.basis.notCounted.end(); ++it)
            reasons << QStringLiteral("%1 %2").arg(it.value()).arg(exclusionText(it.key()));
        auto *notCounted = countItem(a.notCounted);
        notCounted->setToolTip(reasons.join(QLatin1Char('\n')));
        m_agents->appendRow({textItem(a.basis.agentCode), textItem(a.basis.agentName), textItem(a.basis.wadahCode),
                             countItem(a.newParticipants), notCounted, moneyItem(a.acquisition),
                             moneyItem(a.contributionsCounted), moneyItem(a.contribution), moneyItem(a.adjustment),
                             moneyItem(a.total)});
    }
    m_wadah->clear();
    m_wadah->setHorizontalHeaderLabels({tr("Wadah"), tr("Name"), tr("Agents' total"), tr("Share"), tr("Receives")});
    for (const WadahIncentive &w : m.wadah) {
        m_wadah->appendRow({textItem(w.wadahId ? w.wadahCode : tr("(no wadah)")), textItem(w.wadahName), moneyItem(w.agentsTotal),
                            moneyItem(w.share), moneyItem(w.receives)});
    }
    m_agentsView->resizeColumnsToContents();
    m_wadahView->resizeColumnsToContents();
    QStringList notes;
    for (const AdjustmentLine &adj : view.adjustments)
        notes << QStringLiteral("%1: %2 %3").arg(adj.agentCode, fmt::rupiah(adj.amount), adj.reason);
    m_note->setText(notes.isEmpty() ? tr("Double-click an agent to see the participants and payments behind the line.")
                                    : tr("Adjustments: %1").arg(notes.join(QStringLiteral("; "))));
    m_view = std::move(view);
    m_wanted = {};
    updateActions();
    emit loaded();
}

} // namespace perisai::incentives
