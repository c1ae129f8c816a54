#include "obstaclestab.h"

#include "actionmodel.h"
#include "itemdialogs.h"
#include "monevcommands.h"
#include "monevservice.h"
#include "roster/conflict.h"
#include "ui/appcontext.h"
#include "ui/pageloader.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace perisai::monev {

namespace {

QPushButton *button(const QString &icon, const QString &text, QHBoxLayout *row)
{
    auto *b = new QPushButton(ui::icon(icon), text);
    row->addWidget(b);
    return b;
}

QLabel *section(const QString &text)
{
    auto *l = new QLabel(text);
    l->setObjectName(QStringLiteral("sectionTitle"));
    l->setWordWrap(true); // beside a row of buttons on a narrow window
    return l;
}

} // namespace

ObstaclesTab::ObstaclesTab(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_obstacles(new QTableWidget(0, 4)), m_actions(new ActionModel(this)),
      m_actionsView(new QTableView), m_loader(new ui::PageLoader(&context, this))
{
    auto *splitter = new QSplitter(Qt::Vertical);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *obstacleBar = new QHBoxLayout;
    obstacleBar->addWidget(section(tr("Obstacles raised and solutions discussed")), 1);
    QPushButton *addObstacle = button(QStringLiteral("add"), tr("Add obstacle"), obstacleBar);
    QPushButton *editObstacleButton = button(QStringLiteral("edit"), tr("Edit"), obstacleBar);
    QPushButton *deleteObstacleButton = button(QStringLiteral("delete"), tr("Delete"), obstacleBar);
    topLayout->addLayout(obstacleBar);
    m_obstacles->setHorizontalHeaderLabels({tr("Category"), tr("Raised by"), tr("Obstacle"), tr("Solution")});
    m_obstacles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_obstacles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_obstacles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_obstacles->setWordWrap(true);
    m_obstacles->verticalHeader()->hide();
    m_obstacles->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_obstacles->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    topLayout->addWidget(m_obstacles, 1);
    splitter->addWidget(top);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *actionBar = new QHBoxLayout;
    actionBar->addWidget(section(tr("Action items agreed")), 1);
    QPushButton *addAction = button(QStringLiteral("add"), tr("Add action"), actionBar);
    QPushButton *editActionButton = button(QStringLiteral("edit"), tr("Edit"), actionBar);
    QPushButton *deleteActionButton = button(QStringLiteral("delete"), tr("Delete"), actionBar);
    m_done = button(QStringLiteral("check"), tr("Done"), actionBar);
    m_reopen = button(QStringLiteral("undo"), tr("Reopen"), actionBar);
    m_drop = button(QStringLiteral("close"), tr("Drop"), actionBar);
    bottomLayout->addLayout(actionBar);
    m_actionsView->setObjectName(QStringLiteral("sessionActionsView"));
    m_actionsView->setModel(m_actions);
    m_actionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actionsView->verticalHeader()->hide();
    for (int c : {ActionModel::Agreed, ActionModel::Decision, ActionModel::Note})
        m_actionsView->setColumnHidden(c, true);
    m_actionsView->horizontalHeader()->setSectionResizeMode(ActionModel::Description, QHeaderView::Stretch);
    bottomLayout->addWidget(m_actionsView, 1);
    splitter->addWidget(bottom);
    (new QVBoxLayout(this))->addWidget(splitter);

    m_editButtons = {addObstacle, editObstacleButton, deleteObstacleButton, addAction, editActionButton, deleteActionButton};
    connect(addObstacle, &QPushButton::clicked, this, [this]() { editObstacle(true); });
    connect(editObstacleButton, &QPushButton::clicked, this, [this]() { editObstacle(false); });
    connect(m_obstacles, &QTableWidget::cellDoubleClicked, this, [this]() { if (m_editable) editObstacle(false); });
    connect(deleteObstacleButton, &QPushButton::clicked, this, &ObstaclesTab::deleteObstacle);
    connect(addAction, &QPushButton::clicked, this, [this]() { editAction(true); });
    connect(editActionButton, &QPushButton::clicked, this, [this]() { editAction(false); });
    connect(m_actionsView, &QTableView::doubleClicked, this, [this]() { if (m_editable) editAction(false); });
    connect(deleteActionButton, &QPushButton::clicked, this, &ObstaclesTab::deleteAction);
    connect(m_done, &QPushButton::clicked, this, [this]() { setActionStatus(m_actionsView->currentIndex().row(), action::done); });
    connect(m_reopen, &QPushButton::clicked, this, [this]() { setActionStatus(m_actionsView->currentIndex().row(), action::open); });
    connect(m_drop, &QPushButton::clicked, this, [this]() { setActionStatus(m_actionsView->currentIndex().row(), action::dropped); });
    connect(m_actionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ObstaclesTab::updateButtons);
}

void ObstaclesTab::setSession(const SessionDetail &detail)
{
    m_detail = detail;
    m_editable = detail.session.status == status::planned || detail.session.status == status::held;
    m_obstacles->setRowCount(static_cast<int>(detail.obstacles.size()));
    for (int i = 0; i < m_obstacles->rowCount(); ++i) {
        const Obstacle &o = detail.obstacles[i];
        const QStringList cells{o.categoryName, o.agentName.isEmpty() ? tr("(general)") : o.agentName, o.description, o.solution};
        for (int c = 0; c < cells.size(); ++c)
            m_obstacles->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_obstacles->resizeColumnToContents(0);
    m_obstacles->resizeColumnToContents(1);
    m_obstacles->resizeRowsToContents();
    const int row = m_actionsView->currentIndex().row();
    m_actions->setActions(detail.actions);
    if (row >= 0 && row < m_actions->rowCount())
        m_actionsView->setCurrentIndex(m_actions->index(row, 0));
    m_actionsView->resizeColumnToContents(ActionModel::Owner);
    m_actionsView->resizeColumnToContents(ActionModel::Due);
    for (QPushButton *b : m_editButtons)
        b->setEnabled(m_editable);
    updateButtons();
}

void ObstaclesTab::updateButtons()
{
    const ActionReview *r = m_actions->at(m_actionsView->currentIndex().row());
    m_done->setEnabled(r && r->action.status != action::done);
    m_reopen->setEnabled(r && r->action.status != action::open);
    m_drop->setEnabled(r && r->action.status != action::dropped);
}

bool ObstaclesTab::report(const Status &st)
{
    // A success is seen in the tables: each edit reloads the session.
    if (!st)
        QMessageBox::warning(this, tr("Monev"), st.errorText());
    if (roster::isConflict(st)) // the tab shows what the other desk saved
        m_context.notifyDataChanged({QStringLiteral("monev_obstacles"), QStringLiteral("monev_actions")});
    return st.ok();
}

void ObstaclesTab::editObstacle(bool add)
{
    const int row = m_obstacles->currentRow();
    if (!add && (row < 0 || row >= static_cast<int>(m_detail.obstacles.size())))
        return;
    const Obstacle before = add ? Obstacle{} : m_detail.obstacles[row];
    // The categories are read off the UI thread; the form opens when they are there.
    auto db = m_context.database();
    using Categories = Result<std::vector<Category>>;
    m_loader->load<Categories>(tr("Reading obstacle categories"),
        [db](ui::TaskControl &) { return MonevService(*db).categories(); },
        [this, before, add, attendees = m_detail.attendees, sessionId = m_detail.session.id](Categories categories) {
            if (!report(categories ? Status() : Status(categories.error())))
                return;
            Obstacle o = before;
            o.sessionId = sessionId;
            ObstacleDialog dialog(o, *categories, attendees, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            MonevEdits edits(m_context);
            if (add) {
                auto saved = edits.addObstacle(dialog.obstacle());
                report(saved ? Status() : Status(saved.error()));
            } else {
                report(edits.editObstacle(o, dialog.obstacle()));
            }
        });
}

void ObstaclesTab::deleteObstacle()
{
    const int row = m_obstacles->currentRow();
    if (row < 0 || row >= static_cast<int>(m_detail.obstacles.size()))
        return;
    if (QMessageBox::question(this, tr("Delete obstacle"), tr("Delete this obstacle and the action items agreed on it?"))
        != QMessageBox::Yes)
        return;
    report(MonevEdits(m_context).deleteObstacle(m_detail.obstacles[row]));
}

void ObstaclesTab::editAction(bool add)
{
    const ActionReview *current = m_actions->at(m_actionsView->currentIndex().row());
    if (!add && !current)
        return;
    Action a = add ? Action{} : current->action;
    a.sessionId = m_detail.session.id;
    if (add && m_obstacles->currentRow() >= 0 && m_obstacles->currentRow() < static_cast<int>(m_detail.obstacles.size()))
        a.obstacleId = m_detail.obstacles[m_obstacles->currentRow()].id;
    ActionDialog dialog(a, m_detail.obstacles, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MonevEdits edits(m_context);
    if (add) {
        auto saved = edits.addAction(dialog.action());
        report(saved ? Status() : Status(saved.error()));
    } else {
        report(edits.editAction(a, dialog.action()));
    }
}

void ObstaclesTab::deleteAction()
{
    const ActionReview *current = m_actions->at(m_actionsView->currentIndex().row());
    if (!current || QMessageBox::question(this, tr("Delete action item"), tr("Delete \"%1\"?").arg(current->action.description))
                        != QMessageBox::Yes)
        return;
    report(MonevEdits(m_context).deleteAction(current->action));
}

void ObstaclesTab::setActionStatus(int row, const QString &status)
{
    const ActionReview *r = m_actions->at(row);
    if (!r || r->action.status == status)
        return;
    m_context.undoStack()->push(new ActionStatusCommand(m_context, r->action, status, QDate::currentDate()));
}

} // namespace perisai::monev
