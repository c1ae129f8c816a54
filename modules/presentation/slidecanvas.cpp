#include "slidecanvas.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace perisai::presentation {
namespace {

// Pixel sizes at 1024×768.
double designSize(Type type)
{
    switch (type) {
    case Type::Small: return 24;
    case Type::Body: return 30;
    case Type::Emphasis: return 30;
    case Type::Heading: return 36;
    case Type::Title: return 46;
    case Type::Figure: return 64;
    case Type::Huge: return 64;
    }
    return 30;
}

} // namespace

SlideCanvas::SlideCanvas(QPainter &painter, const QSizeF &size, QStringList *recorder)
    : m_painter(painter), m_scale(std::min(size.width() / 1024.0, size.height() / 768.0)), m_recorder(recorder)
{
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

QFont SlideCanvas::font(Type type) const
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"), QStringLiteral("Arial"), QStringLiteral("Noto Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(px(designSize(type))))));
    f.setBold(type == Type::Emphasis || type == Type::Heading || type == Type::Title || type == Type::Figure || type == Type::Huge);
    return f;
}

QColor SlideCanvas::color(Ink ink)
{
    switch (ink) {
    case Ink::Text: return QColor(0xFF, 0xFF, 0xFF);
    case Ink::Muted: return QColor(0xB8, 0xC7, 0xDA);
    case Ink::Good: return QColor(0x4A, 0xDE, 0x80);
    case Ink::Bad: return QColor(0xFF, 0x6B, 0x6B);
    case Ink::Warn: return QColor(0xFF, 0xC9, 0x4D);
    case Ink::Accent: return QColor(0x4F, 0xB3, 0xFF);
    case Ink::LastYear: return QColor(0x7D, 0x8F, 0xA8);
    case Ink::Other: return QColor(0xC0, 0x84, 0xFC);
    case Ink::TileFill: return QColor(0x12, 0x23, 0x3D);
    case Ink::TileBorder: return QColor(0x2B, 0x4A, 0x73);
    case Ink::Grid: return QColor(0x2B, 0x4A, 0x73);
    case Ink::Background: return QColor(0x0A, 0x14, 0x24);
    }
    return Qt::white;
}

double SlideCanvas::lineHeight(Type type) const
{
    return QFontMetricsF(font(type)).height();
}

double SlideCanvas::textWidth(const QString &text, Type type) const
{
    return QFontMetricsF(font(type)).horizontalAdvance(text);
}

void SlideCanvas::record(const QString &text)
{
    if (m_recorder && !text.isEmpty())
        m_recorder->append(text);
}

void SlideCanvas::text(const QRectF &rect, const QString &text, Type type, Ink ink, int align)
{
    const QFont f = font(type);
    const QString shown = QFontMetricsF(f).elidedText(text, Qt::ElideRight, rect.width());
    m_painter.setFont(f);
    m_painter.setPen(color(ink));
    m_painter.drawText(rect, align | Qt::TextSingleLine, shown);
    record(shown);
}

void SlideCanvas::fitText(const QRectF &rect, const QString &text, Type type, Ink ink, int align, Type smallest)
{
    QFont f = font(type);
    const int floor = font(smallest).pixelSize();
    while (f.pixelSize() > floor && QFontMetricsF(f).horizontalAdvance(text) > rect.width())
        f.setPixelSize(std::max(floor, static_cast<int>(f.pixelSize() * 0.92)));
    const QString shown = QFontMetricsF(f).elidedText(text, Qt::ElideRight, rect.width());
    m_painter.setFont(f);
    m_painter.setPen(color(ink));
    m_painter.drawText(rect, align | Qt::TextSingleLine, shown);
    record(shown);
}

QStringList SlideCanvas::wrap(const QString &text, Type type, double width, int maxLines) const
{
    const QFontMetricsF metrics(font(type));
    QStringList lines;
    QString line;
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
        } else {
            lines << line;
            line = word;
        }
    }
    if (!line.isEmpty())
        lines << line;
    if (lines.size() > maxLines && maxLines > 0) {
        // The rest goes on the last line, which text() elides.
        const QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines << rest;
    }
    return lines;
}

void SlideCanvas::wrappedText(const QRectF &rect, const QString &text, Type type, Ink ink, int maxLines, int align)
{
    const double h = lineHeight(type);
    const QStringList lines = wrap(text, type, rect.width(), maxLines);
    // A single word too long for the width shrinks (down to the smallest type) before it is cut.
    for (qsizetype i = 0; i < lines.size(); ++i)
        fitText(QRectF(rect.left(), rect.top() + i * h, rect.width(), h), lines[i], type, ink, align | Qt::AlignVCenter,
                Type::Small);
}

void SlideCanvas::panel(const QRectF &rect, Ink border)
{
    m_painter.setPen(QPen(color(border), px(2)));
    m_painter.setBrush(color(Ink::TileFill));
    m_painter.drawRoundedRect(rect, px(12), px(12));
}

void SlideCanvas::figureTile(const QRectF &rect, const QString &caption, const QString &value, const QString &detail,
                             Ink valueInk, Ink detailInk, int detailLines)
{
    panel(rect);
    const QRectF inner = rect.adjusted(px(18), px(12), -px(18), -px(12));
    // A narrow tile puts its caption on two lines; a short one takes a smaller figure and fewer detail lines
    // rather than spill over its border.
    const int captionLines = static_cast<int>(wrap(caption, Type::Body, inner.width(), 2).size());
    const double captionHeight = lineHeight(Type::Body) * (captionLines + 0.1);
    Type valueType = Type::Figure;
    int lines = detail.isEmpty() ? 0 : detailLines;
    auto used = [&]() { return captionHeight + lineHeight(valueType) * 1.05 + lines * lineHeight(Type::Small); };
    if (used() > inner.height())
        valueType = Type::Title;
    while (lines > 1 && used() > inner.height())
        --lines;
    const double valueHeight = lineHeight(valueType) * 1.05;
    const double detailHeight = lines * lineHeight(Type::Small);
    // The group sits in the middle of a tall tile, at the top of a short one.
    const double top = inner.top() + std::max(0.0, (inner.height() - used()) / 2);
    wrappedText(QRectF(inner.left(), top, inner.width(), captionHeight), caption, Type::Body, Ink::Muted, 2);
    fitText(QRectF(inner.left(), top + captionHeight, inner.width(), valueHeight), value, valueType, valueInk,
            Qt::AlignLeft | Qt::AlignVCenter, Type::Body);
    if (lines > 0)
        wrappedText(QRectF(inner.left(), top + captionHeight + valueHeight, inner.width(), detailHeight), detail, Type::Small,
                    detailInk, lines);
}

double SlideCanvas::legend(const QPointF &topLeft, const QString &name, Ink ink, Type type)
{
    const double h = lineHeight(type);
    const double box = h * 0.6;
    m_painter.fillRect(QRectF(topLeft.x(), topLeft.y() + (h - box) / 2, box, box), color(ink));
    const double w = textWidth(name, type) + px(4);
    text(QRectF(topLeft.x() + box + px(8), topLeft.y(), w, h), name, type, Ink::Text);
    return box + px(8) + w + px(24);
}

void SlideCanvas::medal(const QPointF &centre, double radius, int rank)
{
    static const QColor fills[] = {QColor(0xF5, 0xC5, 0x42), QColor(0xD6, 0xDE, 0xE8), QColor(0xE0, 0x9A, 0x5B)};
    const bool podium = rank >= 1 && rank <= 3;
    m_painter.setPen(podium ? Qt::NoPen : QPen(color(Ink::TileBorder), px(2)));
    m_painter.setBrush(podium ? fills[rank - 1] : color(Ink::TileFill));
    m_painter.drawEllipse(centre, radius, radius);
    const QRectF box(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    QFont f = font(Type::Emphasis);
    f.setPixelSize(std::max(1, static_cast<int>(radius * 1.1)));
    m_painter.setFont(f);
    m_painter.setPen(podium ? color(Ink::Background) : color(Ink::Text));
    m_painter.drawText(box, Qt::AlignCenter, QString::number(rank));
    record(QString::number(rank));
}

double niceStep(double maximum, int lines)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / lines;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return std::max(1.0, m * magnitude);
    }
    return std::max(1.0, 10 * magnitude);
}

} // namespace perisai::presentation
