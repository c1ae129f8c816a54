#include "shell/noticebar.h"

#include "shell/settings.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace perisai::shell {

NoticeBar::NoticeBar(QWidget *parent)
    : QWidget(parent), m_first(new QLabel), m_more(new QToolButton), m_dismiss(new QPushButton(tr("Dismiss"))),
      m_rest(new QWidget), m_restLayout(new QVBoxLayout(m_rest))
{
    setObjectName(QStringLiteral("noticeBar"));
    setAttribute(Qt::WA_StyledBackground);
    auto *icon = new QLabel;
    icon->setPixmap(ui::icon(QStringLiteral("warning")).pixmap(16, 16));
    icon->setAlignment(Qt::AlignTop);
    m_first->setObjectName(QStringLiteral("noticeText"));
    m_first->setTextFormat(Qt::PlainText);
    m_first->setMinimumWidth(0);
    m_first->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_more->setObjectName(QStringLiteral("noticeMore"));
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_dismiss->setObjectName(QStringLiteral("noticeDismiss"));
    m_dismiss->setToolTip(tr("Hide these reminders until something in them changes"));
    m_restLayout->setContentsMargins(24, 0, 0, 2);
    m_restLayout->setSpacing(2);
    m_rest->setVisible(false);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(8);
    top->addWidget(icon);
    top->addWidget(m_first, 1);
    top->addWidget(m_more, 0, Qt::AlignTop);
    top->addWidget(m_dismiss, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 3, 4, 3);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_rest);

    connect(m_more, &QToolButton::clicked, this, [this]() { setExpanded(!m_expanded); });
    connect(m_dismiss, &QPushButton::clicked, this, &NoticeBar::dismiss);
    setVisible(false);
}

void NoticeBar::setNotices(const QStringList &notices)
{
    // What was dismissed and has not changed since stays away; what changed comes back.
    const QStringList dismissed = Settings::dismissedNotices();
    m_notices.clear();
    QStringList stillDismissed;
    for (const QString &text : notices) {
        if (dismissed.contains(text))
            stillDismissed << text;
        else
            m_notices << text;
    }
    if (stillDismissed.size() != dismissed.size())
        Settings::setDismissedNotices(stillDismissed);

    while (QLayoutItem *item = m_restLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 1; i < m_notices.size(); ++i) {
        auto *label = new QLabel(m_notices[i]);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        m_restLayout->addWidget(label);
    }
    m_more->setVisible(m_notices.size() > 1);
    setExpanded(false);
    setVisible(!m_notices.isEmpty());
}

void NoticeBar::setExpanded(bool expanded)
{
    m_expanded = expanded && !m_notices.isEmpty();
    m_rest->setVisible(m_expanded && m_notices.size() > 1);
    m_first->setWordWrap(m_expanded);
    m_more->setText(m_expanded ? tr("Less") : tr("%n more", nullptr, int(m_notices.size() - 1)));
    m_more->setToolTip(m_expanded ? tr("Show only the first reminder") : tr("Show every reminder"));
    m_more->setVisible(m_notices.size() > 1 || (m_notices.size() == 1 && m_expanded));
    updateFirstLine();
}

void NoticeBar::dismiss()
{
    QStringList dismissed = Settings::dismissedNotices();
    for (const QString &text : std::as_const(m_notices))
        if (!dismissed.contains(text))
            dismissed << text;
    Settings::setDismissedNotices(dismissed);
    m_notices.clear();
    setVisible(false);
}

void NoticeBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFirstLine();
}

// Collapsed, the first reminder is cut to the width with "…" (the whole text in the tooltip, and one
// click away); a single long reminder can be unfolded too.
void NoticeBar::updateFirstLine()
{
    const QString first = m_notices.value(0);
    m_first->setToolTip(first);
    if (m_expanded) {
        m_first->setText(first);
        return;
    }
    const int width = std::max(40, m_first->width());
    const QString elided = m_first->fontMetrics().elidedText(first, Qt::ElideRight, width);
    m_first->setText(elided);
    if (m_notices.size() == 1) {
        m_more->setVisible(elided != first);
        m_more->setText(tr("More"));
    }
}

} // namespace perisai::shell
