#include "ui/pageheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace perisai::ui {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title)), m_subtitle(new QLabel), m_text(new QVBoxLayout), m_controls(new QHBoxLayout),
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
    m_controls->addWidget(widget);
    arrange(width());
}

QSize PageHeader::minimumSizeHint() const
{
    const QSize text = m_text->minimumSize();
    const QSize controls = m_controls->minimumSize();
    return {std::max(text.width(), controls.width()), text.height() + controls.height() + 16};
}

void PageHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

void PageHeader::arrange(int width)
{
    const bool sideBySide = width >= m_text->sizeHint().width() + m_controls->sizeHint().width() + 24;
    const auto direction = sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction) {
        m_layout->setDirection(direction);
        // Stacked, the controls start at the left edge under the title.
        m_layout->setAlignment(m_controls, sideBySide ? Qt::Alignment() : Qt::AlignLeft);
    }
}

} // namespace perisai::ui
