#include "ui/pageheader.h"

#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace perisai::ui {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title)), m_subtitle(new QLabel), m_text(new QVBoxLayout), m_controls(new QBoxLayout(QBoxLayout::LeftToRight)),
      m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    setObjectName(QStringLiteral("pageHeader"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->hide();
    m_subtitle->setWordWrap(true); // long lines (an import's file and counts) wrap rather than widen the page
    m_text->setSpacing(0);
    m_text->addWidget(m_title);
    m_text->addWidget(m_subtitle);
    m_layout->setContentsMargins(0, 0, 0, 8);
    m_layout->setSizeConstraint(QLayout::SetNoConstraint); // the minimum is the stacked one (minimumSizeHint)
    m_layout->setSpacing(8);
    m_layout->addLayout(m_text, 1); // the title's lines take the room the controls leave
    m_controls->setSpacing(8);
    m_layout->addLayout(m_controls);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
    arrange(width());
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    arrange(width());
}

void PageHeader::addWidget(QWidget *widget)
{
    // A control keeps its own width, also when the controls stand one under the other.
    if (widget->sizePolicy().horizontalPolicy() == QSizePolicy::Preferred)
        widget->setSizePolicy(QSizePolicy::Maximum, widget->sizePolicy().verticalPolicy());
    m_controls->addWidget(widget);
    m_controlWidgets << widget;
    arrange(width());
}

QSize PageHeader::minimumSizeHint() const
{
    // Stacked, and the controls one under the other.
    const QSize text = m_text->minimumSize();
    int width = text.width();
    int height = text.height() + 16;
    for (const QWidget *w : m_controlWidgets) {
        width = std::max(width, w->minimumSizeHint().width());
        height += w->sizeHint().height() + m_controls->spacing();
    }
    return {width, height};
}

int PageHeader::controlsRowWidth() const
{
    int width = 0;
    for (const QWidget *w : m_controlWidgets)
        width += w->sizeHint().width() + (width > 0 ? m_controls->spacing() : 0);
    return width;
}

void PageHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

void PageHeader::arrange(int width)
{
    const int row = controlsRowWidth();
    const bool sideBySide = width >= m_text->sizeHint().width() + row + 24;
    const auto direction = sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction) {
        m_layout->setDirection(direction);
        // Stacked, the controls start at the left edge under the title.
        m_layout->setAlignment(m_controls, sideBySide ? Qt::Alignment() : Qt::AlignLeft);
    }
    // A row of controls wider than the page (the dashboard's scope and period on a laptop): one under the other.
    const auto controls = width >= row ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_controls->direction() != controls)
        m_controls->setDirection(controls);
}

} // namespace perisai::ui
