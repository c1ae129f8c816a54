#include "reviewtab.h"

#include "actionmodel.h"
#include "monevservice.h"
#include "roster/conflict.h"
#include "ui/appcontext.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace perisai::monev {

ReviewTab::ReviewTab(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new ActionModel(this)), m_view(new QTableView), m_hint(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    const std::pair<QString, QString> decisions[] = {{action::done, tr("Done")}, {action::open, tr("Still open")}, {action::dropped, tr("Dropped")}};
    const QString icons[] = {QStringLiteral("check"), QStringLiteral("flag"), QStringLiteral("close")};
    for (int i = 0; i < 3; ++i) {
        auto *b = new QPushButton(ui::icon(icons[i]), decisions[i].second);
        connect(b, &QPushButton::clicked, this, [this, status = decisions[i].first]() { decide(status); });
        bar->addWidget(b);
        m_buttons << b;
    }
    layout->addLayout(bar);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->setColumnHidden(ActionModel::Status, true);
    m_view->horizontalHeader()->setSectionResizeMode(ActionModel::Description, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
}

void ReviewTab::setSession(const SessionDetail &detail)
{
    m_detail = detail;
    const bool held = detail.session.status == status::held;
    const bool planned = detail.session.status == status::planned;
    m_model->setReviews(detail.followUp, planned ? detail.session.heldOn : QDate::currentDate());
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(ActionModel::Description, QHeaderView::Stretch);
    for (QPushButton *b : m_buttons)
        b->setEnabled(held && !detail.followUp.empty());
    if (detail.followUp.empty())
        m_hint->setText(tr("No open action items from earlier sessions."));
    else if (planned)
        m_hint->setText(tr("%n open action item(s) from earlier sessions will be carried into this session when it is held.", nullptr,
                           static_cast<int>(detail.followUp.size())));
    else
        m_hint->setText(tr("Open action items carried over from earlier sessions: record what was decided for each."));
}

void ReviewTab::decide(const QString &status)
{
    const ActionReview *r = m_model->at(m_view->currentIndex().row());
    if (!r)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Follow-up"), tr("Note on \"%1\":").arg(r->action.description.left(60)),
                                               QLineEdit::Normal, r->note, &ok);
    if (!ok)
        return;
    const ActionReview seen = *r;
    const Status st = MonevService(*m_context.database()).reviewAction(m_detail.session.id, seen.action.id, status, note, &seen);
    if (!st) {
        QMessageBox::warning(this, tr("Monev"), st.errorText());
        if (roster::isConflict(st))
            emit changed(); // show the other desk's decision
        return;
    }
    emit changed();
}

} // namespace perisai::monev
