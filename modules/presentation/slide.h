#pragma once
// One projector slide: a heading and a body drawn from DeckData at any size. Slides paint themselves with
// QPainter (no widgets), so the same slide shows on the projector, in the page's preview and in a PNG.

#include "deckdata.h"
#include "slidecanvas.h"

#include <QImage>
#include <QString>
#include <memory>
#include <vector>

namespace perisai::presentation {

class Slide {
public:
    explicit Slide(const DeckData &data) : m_data(data) {}
    virtual ~Slide() = default;

    virtual QString id() const = 0;
    virtual QString title() const = 0;
    // The line under the heading: what is shown and for which months.
    virtual QString subtitle() const { return {}; }
    // The title slide draws everything itself.
    virtual bool hasHeading() const { return true; }
    virtual void paintBody(SlideCanvas &canvas, const QRectF &body) const = 0;

protected:
    const DeckData &data() const { return m_data; }

private:
    const DeckData &m_data;
};

using SlideList = std::vector<std::unique_ptr<Slide>>;

// What the footer says: where, when, and which slide of how many.
struct SlideFooter {
    QString left;
    int number = 0;
    int count = 0;
    QString hint; // the projector's key help, in the footer's middle: it never covers the slide
};

// Paints the whole slide (background, heading, body, footer) into `size` pixels.
void paintSlide(QPainter &painter, const QSizeF &size, const Slide &slide, const SlideFooter &footer,
                QStringList *recorder = nullptr);
QImage renderSlide(const Slide &slide, const QSize &size, const SlideFooter &footer, QStringList *recorder = nullptr);

// The slides there are, in the order a Monev meeting goes through them.
struct SlideKind {
    QString id;
    QString title;
};
QList<SlideKind> slideKinds();

// The chosen slides (all when `ids` is empty) over `data`, which must outlive them.
SlideList buildDeck(const DeckData &data, const QStringList &ids = {});
// "KC Cilacap · 19/11/2025": the footer's left part.
QString footerText(const DeckData &data);

} // namespace perisai::presentation
