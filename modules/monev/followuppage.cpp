#include "followuppage.h"

#include "actionmodel.h"
#include "monevcommands.h"
#include "monevservice.h"
#include "ui/appcontext.h"
#include "ui/pageloader.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace perisai::monev {

FollowUpPage::FollowUpPage(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new ActionModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView), m_filter(new QComboBox), m_search(new QLineEdit), m_count(new QLabel),
      m_done(new QPushButton(ui::icon(QStringLiteral("check")), tr("Done"))),
      m_reopen(new QPushButton(ui::icon(QStringLiteral("undo")), tr("Reopen"))),
      m_drop(new QPushButton(ui::icon(QStringLiteral("close")), tr("Drop"))), m_loader(new ui::PageLoader(&context, this))
{
    m_filter->addItem(tr("Open"), int(ActionFilter::Open));
    m_filter->addItem(tr("Overdue"), int(ActionFilter::Overdue));
    m_filter->addItem(tr("Done or dropped"), int(ActionFilter::Done));
    m_filter->addItem(tr("All"), int(ActionFilter::All));
    m_search->setPlaceholderText(tr("Search action, owner or session"));
    m_search->setClearButtonEnabled(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show")));
    bar->addWidget(m_filter);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_done);
    bar->addWidget(m_reopen);
    bar->addWidget(m_drop);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("followUpView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setColumnHidden(ActionModel::Decision, true);
    m_view->setColumnHidden(ActionModel::Note, true);
    m_view->horizontalHeader()->setSectionResizeMode(ActionModel::Description, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_count->setObjectName(QStringLiteral("hint"));
    m_count->setWordWrap(true);
    layout->addWidget(m_count);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &FollowUpPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_done, &QPushButton::clicked, this, [this]() { setStatusOfCurrent(action::done); });
    connect(m_reopen, &QPushButton::clicked, this, [this]() { setStatusOfCurrent(action::open); });
    connect(m_drop, &QPushButton::clicked, this, [this]() { setStatusOfCurrent(action::dropped); });
    connect(m_view, &QTableView::doubleClicked, this, [this]() {
        if (const ActionReview *r = current())
            emit openSession(r->action.sessionId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FollowUpPage::updateButtons);
    connect(&m_context, &ui::AppContext::dataChanged, this, [this](const QStringList &tables) {
        for (const QString &t : tables)
            if (t.startsWith(QStringLiteral("monev_"))) {
                refresh();
                return;
            }
    });
}

void FollowUpPage::setFilter(ActionFilter filter)
{
    const int index = m_filter->findData(int(filter));
    if (index == m_filter->currentIndex())
        refresh();
    else
        m_filter->setCurrentIndex(index); // reads the list again
}

void FollowUpPage::refresh()
{
    const auto filter = static_cast<ActionFilter>(m_filter->currentData().toInt());
    const QDate today = QDate::currentDate();
    auto db = m_context.database();
    using Actions = Result<std::vector<Action>>;
    m_loader->load<Actions>(tr("Reading Monev action items"),
        [db, filter, today](ui::TaskControl &) { return MonevService(*db).followUpList(filter, today); },
        [this, today](Actions list) { fill(std::move(list), today); });
}

bool FollowUpPage::isLoading() const
{
    return m_loader->isLoading();
}

void FollowUpPage::fill(Result<std::vector<Action>> list, const QDate &today)
{
    if (!list) {
        m_context.showStatus(list.errorText(), 8000);
        return;
    }
    const int row = m_view->currentIndex().row();
    m_model->setActions(*list);
    m_view->resizeColumnToContents(ActionModel::Owner);
    m_view->resizeColumnToContents(ActionModel::Due);
    m_view->resizeColumnToContents(ActionModel::Status);
    if (row >= 0 && row < m_proxy->rowCount())
        m_view->setCurrentIndex(m_proxy->index(row, 0));
    int overdue = 0;
    for (const Action &a : *list)
        overdue += a.isOverdue(today);
    m_count->setText(tr("%n action item(s)", nullptr, static_cast<int>(list->size()))
                     + (overdue ? QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue) : QString()));
    updateButtons();
}

const ActionReview *FollowUpPage::current() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    return index.isValid() ? m_model->at(index.row()) : nullptr;
}

void FollowUpPage::updateButtons()
{
    const ActionReview *r = current();
    m_done->setEnabled(r && r->action.status != action::done);
    m_reopen->setEnabled(r && r->action.status != action::open);
    m_drop->setEnabled(r && r->action.status != action::dropped);
}

void FollowUpPage::setStatusOfCurrent(const QString &status)
{
    const ActionReview *r = current();
    if (!r || r->action.status == status)
        return;
    m_context.undoStack()->push(new ActionStatusCommand(m_context, r->action, status, QDate::currentDate()));
}

} // namespace perisai::monev
