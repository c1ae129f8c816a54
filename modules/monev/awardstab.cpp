#include "awardstab.h"

#include "core/format.h"
#include "core/indicators.h"
#include "awards.h"
#include "monevcommands.h"
#include "monevservice.h"
#include "ui/appcontext.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace perisai::monev {

AwardsTab::AwardsTab(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_table(new QTableWidget(0, 3)), m_hint(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    auto *confirm = new QPushButton(ui::icon(QStringLiteral("award")), tr("Confirm the suggestion"));
    auto *other = new QPushButton(ui::icon(QStringLiteral("user")), tr("Choose another agent…"));
    auto *remove = new QPushButton(ui::icon(QStringLiteral("delete")), tr("Remove"));
    for (QPushButton *b : {confirm, other, remove})
        bar->addWidget(b);
    m_buttons = {confirm, other, remove};
    layout->addLayout(bar);
    m_table->setHorizontalHeaderLabels({tr("Award"), tr("Suggested from the rankings"), tr("Confirmed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    connect(confirm, &QPushButton::clicked, this, &AwardsTab::confirmSuggestion);
    connect(other, &QPushButton::clicked, this, &AwardsTab::chooseOther);
    connect(remove, &QPushButton::clicked, this, &AwardsTab::remove);
}

void AwardsTab::setSession(const SessionDetail &detail)
{
    m_detail = detail;
    const bool held = detail.session.status == status::held;
    const QStringList categories = awards::categories();
    const int current = m_table->currentRow();
    m_table->setRowCount(static_cast<int>(categories.size()));
    for (int i = 0; i < categories.size(); ++i) {
        const QString &cat = categories[i];
        QStringList suggested;
        int place = 0;
        for (const auto &c : awards::rank(cat, detail.snapshot, detail.session.heldOn))
            suggested << QStringLiteral("%1. %2 (%3)").arg(++place).arg(c.name, awards::formatValue(cat, c.value));
        QString confirmed;
        for (const Award &a : detail.awards)
            if (a.category == cat && a.rank == 1)
                confirmed = QStringLiteral("%1 · %2%3").arg(a.agentName, awards::formatValue(cat, a.value),
                                                             a.note.isEmpty() ? QString() : QStringLiteral(" · ") + a.note);
        auto *title = new QTableWidgetItem(ui::icon(QStringLiteral("award")), awards::title(cat));
        title->setData(Qt::UserRole, cat);
        title->setToolTip(figures::tooltip(awards::figureOf(cat)));
        m_table->setItem(i, 0, title);
        m_table->setItem(i, 1, new QTableWidgetItem(suggested.isEmpty() ? tr("nobody qualifies") : suggested.join(QLatin1Char('\n'))));
        auto *win = new QTableWidgetItem(confirmed.isEmpty() ? tr("not yet confirmed") : confirmed);
        win->setForeground(confirmed.isEmpty() ? ui::colors::muted : ui::colors::accent);
        m_table->setItem(i, 2, win);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeRowsToContents();
    if (current >= 0)
        m_table->selectRow(current);
    for (QPushButton *b : m_buttons)
        b->setEnabled(held && !detail.snapshot.empty());
    if (detail.snapshot.empty())
        m_hint->setText(tr("Suggestions come from the figures frozen when the session is held."));
    else
        m_hint->setText(tr("Suggested from the figures for %1. Confirm one per category, or choose another agent.")
                            .arg(reviewPeriodLabel(detail.session)));
}

QString AwardsTab::selectedCategory() const
{
    const int row = m_table->currentRow();
    return row >= 0 ? m_table->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void AwardsTab::confirmSuggestion()
{
    const QString cat = selectedCategory();
    if (cat.isEmpty())
        return;
    const auto best = awards::rank(cat, m_detail.snapshot, m_detail.session.heldOn);
    if (best.empty()) {
        QMessageBox::information(this, tr("Awards"), tr("Nobody qualifies for %1; choose an agent yourself.").arg(awards::title(cat)));
        return;
    }
    report(MonevEdits(m_context).confirmAward(m_detail.session.id, cat, best.front().agentId, best.front().value));
}

void AwardsTab::chooseOther()
{
    const QString cat = selectedCategory();
    if (cat.isEmpty() || m_detail.snapshot.empty())
        return;
    QStringList names;
    for (const SnapshotRow &r : m_detail.snapshot)
        names << QStringLiteral("%1 · %2").arg(r.name, r.code);
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, awards::title(cat), tr("Agent"), names, 0, false, &ok);
    if (!ok)
        return;
    const SnapshotRow &r = m_detail.snapshot[names.indexOf(picked)];
    const QString note = QInputDialog::getText(this, awards::title(cat), tr("Why (optional)"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    report(MonevEdits(m_context).confirmAward(m_detail.session.id, cat, r.agentId, awards::valueOf(cat, r), note));
}

void AwardsTab::remove()
{
    const QString cat = selectedCategory();
    if (cat.isEmpty())
        return;
    report(MonevEdits(m_context).removeAward(m_detail.session.id, cat));
}

void AwardsTab::report(const Status &st)
{
    // A success is seen in the table: the edit reloads the session.
    if (!st)
        QMessageBox::warning(this, tr("Awards"), st.errorText());
}

SnapshotTab::SnapshotTab(QWidget *parent) : QWidget(parent), m_hint(new QLabel), m_table(new QTableWidget(0, 10))
{
    auto *layout = new QVBoxLayout(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_table->setHorizontalHeaderLabels({tr("Rank"), tr("Code"), tr("Agent"), tr("Wadah"), tr("Acquisitions"), tr("Previous period"),
                                        tr("Target"), tr("Achievement"), tr("Retention 3 mo."), tr("Collected")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    layout->addWidget(m_table, 1);
}

void SnapshotTab::setSession(const SessionDetail &detail)
{
    const Session &s = detail.session;
    if (detail.snapshot.empty()) {
        m_hint->setText(tr("The agents' figures for %1 are recorded when the session is marked held, and stay as they were then.")
                            .arg(reviewPeriodLabel(s)));
    } else {
        const QDateTime taken = QDateTime::fromString(s.snapshotTakenAt, Qt::ISODate).toLocalTime();
        m_hint->setText(tr("Figures for %1 as recorded on %2. Later imports do not change them.")
                            .arg(reviewPeriodLabel(s), taken.isValid() ? fmt::date(taken.date()) + taken.toString(QStringLiteral(" HH:mm"))
                                                                       : fmt::date(s.heldOn)));
    }
    m_table->setRowCount(static_cast<int>(detail.snapshot.size()));
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const SnapshotRow &r = detail.snapshot[i];
        const QStringList cells{r.rank ? QString::number(r.rank) : QStringLiteral("–"), r.code, r.name, r.wadahName,
                                fmt::number(r.acquisitions), fmt::number(r.prevAcquisitions),
                                r.target ? fmt::number(r.target) : QStringLiteral("–"),
                                r.target ? fmt::percent(indicators::targetAchievement(r.acquisitions, r.target).ratio, 0)
                                         : QStringLiteral("–"),
                                r.retention3m ? fmt::percent(*r.retention3m, 0) : QStringLiteral("–"), fmt::rupiahShort(r.collected)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0 || c >= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace perisai::monev
