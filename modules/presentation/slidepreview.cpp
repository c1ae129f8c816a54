#include "slidepreview.h"

#include <QPainter>

namespace perisai::presentation {

SlidePreview::SlidePreview(QWidget *parent) : QWidget(parent)
{
    // Takes the room it is given and draws the slide as large as fits, in the screen's shape.
    setMinimumSize(320, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SlidePreview::setSlide(const Slide *slide, const SlideFooter &footer)
{
    m_slide = slide;
    m_footer = footer;
    update();
}

void SlidePreview::setMessage(const QString &message)
{
    m_slide = nullptr;
    m_message = message;
    update();
}

void SlidePreview::setScreenSize(const QSize &size)
{
    if (size.isValid() && size != m_screen) {
        m_screen = size;
        updateGeometry();
        update();
    }
}

QSize SlidePreview::sizeHint() const
{
    return {640, 640 * m_screen.height() / std::max(1, m_screen.width())};
}

void SlidePreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The largest rectangle of the screen's shape that fits the widget.
    const double scale = std::min(width() / double(m_screen.width()), height() / double(m_screen.height()));
    const QSizeF shown(m_screen.width() * scale, m_screen.height() * scale);
    const QPointF origin((width() - shown.width()) / 2, (height() - shown.height()) / 2);
    painter.fillRect(rect(), palette().window());
    if (!m_slide) {
        painter.fillRect(QRectF(origin, shown), SlideCanvas::color(Ink::Background));
        painter.setPen(SlideCanvas::color(Ink::Muted));
        painter.drawText(QRectF(origin, shown).adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    painter.translate(origin);
    painter.scale(scale, scale);
    paintSlide(painter, QSizeF(m_screen), *m_slide, m_footer);
}

} // namespace perisai::presentation
