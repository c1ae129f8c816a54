#include "reminderspanel.h" // relative: lupdate resolves it without include paths

#include "core/format.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace perisai::agreements {
namespace {

constexpr int kBelowTarget = 0;
enum Data { AgreementIdRole = Qt::UserRole + 1, ReasonRole, BucketRole };

} // namespace

RemindersPanel::RemindersPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("remindersPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("hint"));
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("reminders"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Wadah"), tr("When")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(14);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    m_renew = new QPushButton(ui::icon(QStringLiteral("renew")), tr("Renew…"));
    m_renew->setObjectName(QStringLiteral("renewReminder"));
    m_terminate = new QPushButton(ui::icon(QStringLiteral("terminate")), tr("Terminate…"));
    m_terminate->setObjectName(QStringLiteral("terminateReminder"));
    buttons->addWidget(m_renew);
    buttons->addWidget(m_terminate);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RemindersPanel::selectionChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, AgreementIdRole).toLongLong())
            emit agreementActivated(id);
    });
    connect(m_renew, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            emit renewRequested(item->data(0, AgreementIdRole).toLongLong());
    });
    connect(m_terminate, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            emit terminateRequested(item->data(0, AgreementIdRole).toLongLong(), item->data(0, ReasonRole).toString());
    });
    selectionChanged();
}

QTreeWidgetItem *RemindersPanel::section(const QString &title, int bucket, const QColor &color, int count)
{
    auto *item = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setForeground(0, color);
    item->setFirstColumnSpanned(true);
    item->setData(0, BucketRole, bucket);
    item->setFlags(Qt::ItemIsEnabled);
    m_sections.insert(bucket, item);
    return item;
}

void RemindersPanel::setReminders(const Reminders &r)
{
    m_tree->clear();
    m_sections.clear();
    auto addExpiry = [this](QTreeWidgetItem *parent, const ExpiryReminder &e) {
        const QString when = e.daysLeft < 0 ? tr("%1 · %2 days ago").arg(fmt::date(e.endsOn), fmt::number(-e.daysLeft))
                                            : tr("%1 · in %2 days").arg(fmt::date(e.endsOn), fmt::number(e.daysLeft));
        auto *item = new QTreeWidgetItem(parent, {e.wadahCode + QStringLiteral(" · ") + e.wadahName, when});
        item->setToolTip(0, tr("%1 · %2\nPKS %3").arg(e.wadahCode, e.wadahName, e.number));
        item->setToolTip(1, when);
        item->setData(0, AgreementIdRole, e.agreementId);
        item->setData(0, BucketRole, e.bucket);
    };
    const QColor amber(0x8A, 0x5A, 0x00);
    struct Bucket { int key; QString title; QColor color; };
    const Bucket buckets[] = {{-1, tr("Already ended, not renewed"), ui::colors::danger},
                              {30, tr("Ending within 30 days"), ui::colors::danger},
                              {60, tr("Ending in 31–60 days"), amber},
                              {90, tr("Ending in 61–90 days"), amber}};
    for (const Bucket &b : buckets) {
        QTreeWidgetItem *parent = section(b.title, b.key, b.color, r.count(b.key));
        for (const ExpiryReminder &e : b.key < 0 ? r.expired : r.expiring) {
            if (e.bucket == b.key)
                addExpiry(parent, e);
        }
    }
    QTreeWidgetItem *review = section(tr("Below the minimum target %1 months in a row").arg(r.reviewMonths), kBelowTarget,
                                      ui::colors::primaryDark, static_cast<int>(r.belowTarget.size()));
    for (const ReviewFlag &f : r.belowTarget) {
        QStringList months;
        int minimum = 0;
        for (const MonthAgainstTarget &m : f.months) {
            months << QStringLiteral("%1 %2").arg(fmt::monthShort(m.period % 100), fmt::number(m.acquisitions));
            minimum = m.minTarget;
        }
        auto *item = new QTreeWidgetItem(review, {f.wadahCode + QStringLiteral(" · ") + f.wadahName,
                                                  tr("min. %1: %2").arg(fmt::number(minimum), months.join(QStringLiteral(", ")))});
        item->setData(0, AgreementIdRole, f.agreementId);
        item->setData(0, BucketRole, kBelowTarget);
        item->setData(0, ReasonRole, tr("Below the minimum target of %1 acquisitions a month for %2 months in a row (%3)")
                                         .arg(fmt::number(minimum)).arg(r.reviewMonths).arg(months.join(QStringLiteral(", "))));
        item->setToolTip(0, tr("%1 · %2\nPKS %3").arg(f.wadahCode, f.wadahName, f.agreementNumber));
        item->setToolTip(1, item->data(0, ReasonRole).toString());
    }
    m_tree->expandAll();
    fitWhenColumn();

    const int ending = static_cast<int>(r.expiring.size());
    m_summary->setText(r.isEmpty() ? tr("Nothing to follow up: no PKS ends within 90 days, none has lapsed, and every wadah "
                                        "reaches its minimum target.")
                                   : tr("%1 PKS ending within 90 days, %2 ended without renewal, %3 wadah below their "
                                        "minimum target. Renew or review them here.")
                                         .arg(ending).arg(r.expired.size()).arg(r.belowTarget.size()));
    selectionChanged();
}

// "When" as wide as it needs up to half the list: the wadah's code, which tells the wadah apart, always
// shows whole in the other half (the rest of a long "when" is in its tooltip).
void RemindersPanel::fitWhenColumn()
{
    m_tree->resizeColumnToContents(1);
    const int half = m_tree->viewport()->width() / 2;
    if (half > 0 && m_tree->header()->sectionSize(1) > half)
        m_tree->header()->resizeSection(1, half);
}

void RemindersPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitWhenColumn();
}

int RemindersPanel::itemCount(int bucket) const
{
    const QTreeWidgetItem *item = m_sections.value(bucket);
    return item ? item->childCount() : 0;
}

void RemindersPanel::selectionChanged()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool agreement = item && item->data(0, AgreementIdRole).toLongLong() != 0;
    const int bucket = item ? item->data(0, BucketRole).toInt() : 0;
    m_renew->setEnabled(agreement && bucket != kBelowTarget);
    m_terminate->setEnabled(agreement && bucket == kBelowTarget);
}

} // namespace perisai::agreements
