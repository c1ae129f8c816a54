#include "wadahtab.h"

#include "roster/delegates.h"
#include "roster/formparts.h"
#include "roster/tableview.h"
#include "ui/columnfit.h"
#include "ui/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace perisai::roster {

WadahTab::WadahTab(QWidget *parent) : QWidget(parent), m_model(new WadahListModel(this)), m_proxy(new WadahFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *row = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("wadahSearch"));
    m_search->setPlaceholderText(tr("Search code, name or Pembina…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(ui::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    row->addWidget(m_search, 2);
    m_office = new QComboBox;
    m_office->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_office->setMinimumContentsLength(12);
    fillOptions(m_office, {}, tr("All KCP"));
    row->addWidget(m_office, 1);
    m_pks = new QComboBox;
    m_pks->addItem(tr("Any PKS state"), -1);
    m_pks->addItem(tr("PKS active"), int(PksState::Active));
    m_pks->addItem(tr("PKS expiring within 90 days"), int(PksState::Expiring));
    m_pks->addItem(tr("PKS expired"), int(PksState::Expired));
    m_pks->addItem(tr("PKS terminated"), int(PksState::Terminated));
    m_pks->addItem(tr("No PKS"), int(PksState::None));
    row->addWidget(m_pks, 1);
    m_below = new QCheckBox(tr("Too few active agents"));
    row->addWidget(m_below);
    auto *agents = new QPushButton(ui::icon(QStringLiteral("agents")), tr("Show its agents"));
    row->addWidget(agents);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("hint"));
    m_count->setWordWrap(true);
    row->addWidget(m_count);
    layout->addLayout(row);

    m_table = makeTable();
    m_table->setObjectName(QStringLiteral("wadahTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(WadahListModel::Pks, new ChipDelegate(m_table));
    m_table->setItemDelegateForColumn(WadahListModel::Status, new ChipDelegate(m_table));
    m_table->sortByColumn(WadahListModel::Code, Qt::AscendingOrder);
    enableColumnMenu(m_table);
    ui::fitColumns(m_table, {WadahListModel::Name, WadahListModel::Supervisor});
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, &WadahTab::applyFilter);
    connect(m_office, &QComboBox::currentIndexChanged, this, &WadahTab::applyFilter);
    connect(m_pks, &QComboBox::currentIndexChanged, this, &WadahTab::applyFilter);
    connect(m_below, &QCheckBox::toggled, this, &WadahTab::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, [this]() { emit editRequested(currentWadahId()); });
    connect(agents, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = currentWadahId())
            emit showAgentsRequested(id);
    });
}

void WadahTab::setData(const RosterData &data, const QDate &today)
{
    m_minAgents = data.minAgents;
    fillOptions(m_office, data.lookups.offices, tr("All KCP"));
    m_model->setRows(data.wadah, today, data.minAgents);
    m_below->setText(tr("Fewer than %1 active agents").arg(data.minAgents));
    applyFilter();
}

void WadahTab::applyFilter()
{
    WadahFilter f;
    f.search = m_search->text();
    f.officeId = selectedId(m_office);
    f.pks = m_pks->currentData().toInt();
    f.belowMinimum = m_below->isChecked();
    m_proxy->setFilter(f, m_minAgents);
    m_count->setText(tr("%1 of %2 wadah").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

qint64 WadahTab::currentWadahId() const
{
    const QModelIndex i = m_table->currentIndex();
    const WadahRow *r = i.isValid() ? m_model->rowAt(m_proxy->mapToSource(i).row()) : nullptr;
    return r ? r->id : 0;
}

bool WadahTab::selectWadahByCode(const QString &code)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->rowAt(r)->code.compare(code.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        QModelIndex index = m_proxy->mapFromSource(m_model->index(r, 0));
        if (!index.isValid()) {
            m_search->clear();
            m_office->setCurrentIndex(0);
            m_pks->setCurrentIndex(0);
            m_below->setChecked(false);
            index = m_proxy->mapFromSource(m_model->index(r, 0));
        }
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return true;
    }
    return false;
}

} // namespace perisai::roster
