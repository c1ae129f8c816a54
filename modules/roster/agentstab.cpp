#include "agentstab.h"

#include "core/format.h"
#include "roster/agentdetailview.h"
#include "roster/delegates.h"
#include "roster/formparts.h"
#include "roster/tableview.h"
#include "ui/columnfit.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace perisai::roster {

AgentsTab::AgentsTab(QWidget *parent) : QWidget(parent), m_model(new AgentListModel(this)), m_proxy(new AgentFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(filterBar());

    m_table = makeTable();
    m_table->setObjectName(QStringLiteral("agentsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(AgentListModel::Status, new ChipDelegate(m_table));
    m_table->setItemDelegateForColumn(AgentListModel::Achievement, new AchievementDelegate(m_table));
    // Name with the code under it, wadah with its KCP: the list fits beside the detail panel.
    m_table->setItemDelegateForColumn(AgentListModel::Name, new TwoLineDelegate(m_table));
    m_table->setItemDelegateForColumn(AgentListModel::Wadah, new TwoLineDelegate(m_table));
    m_table->verticalHeader()->setDefaultSectionSize(42);
    m_table->sortByColumn(AgentListModel::YearAcq, Qt::DescendingOrder); // the branch's best agents first
    enableColumnMenu(m_table);
    QHeaderView *h = m_table->horizontalHeader();
    for (int c : {int(AgentListModel::Code), int(AgentListModel::Target), int(AgentListModel::Nik), int(AgentListModel::Phone),
                  int(AgentListModel::Office)})
        h->setSectionHidden(c, true);
    // Figures as wide as they need; names and wadah take the rest.
    ui::fitColumns(m_table, {AgentListModel::Name, AgentListModel::Wadah});

    m_detail = new AgentDetailView;
    m_detail->setMinimumWidth(400);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this]() {
        const qint64 id = currentAgentId();
        if (id != m_lastEmitted) {
            m_lastEmitted = id;
            emit currentAgentChanged(id);
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this]() { emit editRequested(currentAgentId()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AgentsTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AgentsTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AgentsTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AgentsTab::updateCount);
}

QWidget *AgentsTab::filterBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("agentSearch"));
    m_search->setPlaceholderText(tr("Search code, name, wadah or NIK…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(ui::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    row->addWidget(m_search, 2);
    m_office = new QComboBox;
    m_office->setObjectName(QStringLiteral("officeFilter"));
    m_wadah = new QComboBox;
    m_wadah->setObjectName(QStringLiteral("wadahFilter"));
    for (QComboBox *c : {m_office, m_wadah}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), -1);
    for (AgentStatus s : {AgentStatus::Active, AgentStatus::Candidate, AgentStatus::Inactive, AgentStatus::Dismissed})
        m_status->addItem(statusLabel(s), int(s));
    m_productive = new QComboBox;
    m_productive->setObjectName(QStringLiteral("productiveFilter"));
    m_productive->addItem(tr("Productive or not"), -1);
    m_productive->addItem(tr("Productive this month"), 1);
    m_productive->addItem(tr("Not productive this month"), 0);
    fillOptions(m_office, {}, tr("All KCP"));
    fillOptions(m_wadah, {}, tr("All wadah"));
    for (QComboBox *c : {m_office, m_wadah, m_status, m_productive}) {
        row->addWidget(c, 1);
        connect(c, &QComboBox::currentIndexChanged, this, &AgentsTab::applyFilter);
    }
    connect(m_search, &QLineEdit::textChanged, this, &AgentsTab::applyFilter);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("hint"));
    m_count->setWordWrap(true);
    row->addWidget(m_count);
    return bar;
}

void AgentsTab::setData(const RosterData &data)
{
    const qint64 current = currentAgentId();
    fillOptions(m_office, data.lookups.offices, tr("All KCP"));
    fillOptions(m_wadah, data.lookups.wadah, tr("All wadah"));
    m_model->setRows(data.agents);
    updateCount();
    if (current > 0)
        selectAgent(current);
}

void AgentsTab::setRevealPersonalData(bool reveal)
{
    m_model->setRevealPersonalData(reveal);
    m_detail->setRevealPersonalData(reveal);
}

AgentFilter AgentsTab::filter() const
{
    AgentFilter f;
    f.search = m_search->text();
    f.officeId = selectedId(m_office);
    f.wadahId = selectedId(m_wadah);
    if (const int s = m_status->currentData().toInt(); s >= 0)
        f.status = AgentStatus(s);
    if (const int p = m_productive->currentData().toInt(); p >= 0)
        f.productive = p == 1;
    return f;
}

void AgentsTab::setFilter(const AgentFilter &f)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_search, m_office, m_wadah, m_status, m_productive})
        w->blockSignals(true);
    m_search->setText(f.search);
    selectId(m_office, f.officeId);
    selectId(m_wadah, f.wadahId);
    m_status->setCurrentIndex(std::max(0, m_status->findData(f.status ? int(*f.status) : -1)));
    m_productive->setCurrentIndex(std::max(0, m_productive->findData(f.productive ? int(*f.productive) : -1)));
    for (QWidget *w : std::initializer_list<QWidget *>{m_search, m_office, m_wadah, m_status, m_productive})
        w->blockSignals(false);
    applyFilter();
}

void AgentsTab::applyFilter()
{
    m_proxy->setFilter(filter());
    updateCount();
}

void AgentsTab::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n agent(s)", nullptr, all) : tr("%1 of %2 agents").arg(shown).arg(all));
}

qint64 AgentsTab::currentAgentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(AgentListModel::IdRole).toLongLong() : 0;
}

const AgentRow *AgentsTab::currentRow() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->rowAt(m_proxy->mapToSource(i).row()) : nullptr;
}

bool AgentsTab::selectAgent(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the filter: show everything rather than lose the agent
        setFilter({});
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

bool AgentsTab::selectAgentByCode(const QString &code)
{
    for (const AgentRow &r : m_model->rows())
        if (r.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return selectAgent(r.id);
    return false;
}

} // namespace perisai::roster
