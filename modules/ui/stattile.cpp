#include "ui/stattile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace perisai::ui {

StatTile::StatTile(const QString &caption, QWidget *parent)
    : QFrame(parent), m_caption(new QLabel(caption)), m_value(new QLabel(QStringLiteral("–"))), m_detail(new QLabel)
{
    setObjectName(QStringLiteral("statTile"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    m_caption->setObjectName(QStringLiteral("statCaption"));
    m_value->setObjectName(QStringLiteral("statValue"));
    m_detail->setObjectName(QStringLiteral("statDetail"));
    // A long caption ("AKUISISI NOVEMBER 2026" on a narrow tile) wraps rather than losing its end.
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignBottom); // lined up with a taller neighbour: right above the figure
    m_detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    // The detail takes the rest of the tile and wraps in it, from the top: sized by its one-line hint it was
    // cut after a line ("Rp36,2 miliar dibayarkan ke") while the tile had room below.
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    layout->addWidget(m_detail, 1);
    setMinimumWidth(170);
}

void StatTile::setValue(const QString &value)
{
    m_value->setText(value);
}

void StatTile::setDetail(const QString &detail, Tone tone)
{
    m_detail->setText(detail);
    static const char *const tones[] = {"neutral", "good", "warning", "bad"};
    m_detail->setProperty("tone", QString::fromLatin1(tones[static_cast<int>(tone)]));
    m_detail->style()->unpolish(m_detail);
    m_detail->style()->polish(m_detail);
}

void StatTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    lineUpCaptions();
}

QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::detail() const
{
    return m_detail->text();
}

void StatTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void StatTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        emit clicked();
    else
        QFrame::keyPressEvent(event);
}

void StatTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    lineUpCaptions();
}

int StatTile::captionHeightAtWidth() const
{
    const QMargins m = layout()->contentsMargins();
    return m_caption->heightForWidth(width() - 2 * frameWidth() - m.left() - m.right());
}

void StatTile::lineUpCaptions()
{
    if (!parentWidget())
        return;
    const QList<StatTile *> siblings = parentWidget()->findChildren<StatTile *>(Qt::FindDirectChildrenOnly);
    QList<StatTile *> row;
    int tallest = 0;
    for (StatTile *tile : siblings) {
        if (tile->isHidden() || tile->y() != y())
            continue;
        row << tile;
        tallest = std::max(tallest, tile->captionHeightAtWidth());
    }
    for (StatTile *tile : std::as_const(row))
        if (tile->m_caption->minimumHeight() != tallest)
            tile->m_caption->setMinimumHeight(tallest);
}

} // namespace perisai::ui
