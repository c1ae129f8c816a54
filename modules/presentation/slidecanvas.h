#pragma once
// Drawing on a slide: every size is given for a 1024×768 screen and scaled to the real one, so type keeps
// its share of the screen (28–30 px body text at 768 lines, 80 px at 4K) and stays sharp. The smallest
// type (24 px at 768 lines, about 1/32 of the height) is still readable from the back of a meeting room.
// Colours are the high-contrast projector theme: white and bright tones on deep navy.

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QStringList>

namespace perisai::presentation {

enum class Type { Small, Body, Emphasis, Heading, Title, Figure, Huge };
enum class Ink { Text, Muted, Good, Bad, Warn, Accent, LastYear, Other, TileFill, TileBorder, Grid, Background };

class SlideCanvas {
public:
    // recorder, when given, receives every string drawn (tests check what a room would read).
    SlideCanvas(QPainter &painter, const QSizeF &size, QStringList *recorder = nullptr);

    QPainter &painter() { return m_painter; }
    double scale() const { return m_scale; }
    // A length given for 1024×768, on this screen.
    double px(double designPixels) const { return designPixels * m_scale; }
    QFont font(Type type) const;
    static QColor color(Ink ink);

    // Draws text in the rectangle, elided at the end if it does not fit on one line.
    void text(const QRectF &rect, const QString &text, Type type, Ink ink, int align = Qt::AlignLeft | Qt::AlignVCenter);
    // As text(), but a too-long text first shrinks, down to `smallest`, before it is elided.
    void fitText(const QRectF &rect, const QString &text, Type type, Ink ink, int align = Qt::AlignLeft | Qt::AlignVCenter,
                 Type smallest = Type::Body);
    // The lines `text` takes at that width, wrapped at words; past `maxLines` the rest joins the last line.
    QStringList wrap(const QString &text, Type type, double width, int maxLines) const;
    // Up to `maxLines` lines, wrapped at words; the last one elided.
    void wrappedText(const QRectF &rect, const QString &text, Type type, Ink ink, int maxLines, int align = Qt::AlignLeft);
    // A rounded panel in the tile colours.
    void panel(const QRectF &rect, Ink border = Ink::TileBorder);
    // A panel with a caption, one big figure and up to `detailLines` lines of context under it.
    void figureTile(const QRectF &rect, const QString &caption, const QString &value, const QString &detail,
                    Ink valueInk = Ink::Text, Ink detailInk = Ink::Muted, int detailLines = 2);
    // A small square of a series' colour and its name, for chart legends; returns the width used.
    double legend(const QPointF &topLeft, const QString &name, Ink ink, Type type = Type::Small);
    // A circle with a number in it: the rank on the leaderboard (gold, silver, bronze for 1–3).
    void medal(const QPointF &centre, double radius, int rank);

    double lineHeight(Type type) const;
    double textWidth(const QString &text, Type type) const;

private:
    void record(const QString &text);

    QPainter &m_painter;
    double m_scale;
    QStringList *m_recorder;
};

// A round step for a chart axis so that 3–5 grid lines cover 0..maximum.
double niceStep(double maximum, int lines = 4);

} // namespace perisai::presentation
