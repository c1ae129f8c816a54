#include "slides.h"

#include "core/format.h"

namespace perisai::presentation {

QString RetentionSlide::title() const
{
    return tr("Retention");
}

QString RetentionSlide::subtitle() const
{
    const Retention &r = data().retention;
    if (!r.firstCohort.isValid())
        return {};
    return tr("Share of the participants registered %1 still paying").arg(periodText({r.firstCohort, r.lastCohort}));
}

namespace {

QString share(const std::optional<double> &value)
{
    return value ? fmt::percent(*value, 0) : QStringLiteral("\u2014");
}

void paintCurve(SlideCanvas &canvas, const QRectF &area, const Retention &r)
{
    QPainter &p = canvas.painter();
    const double legendHeight = canvas.lineHeight(Type::Small) * 1.4;
    double x = area.left();
    x += canvas.legend({x, area.top()}, RetentionSlide::tr("Perisai agents"), Ink::Accent);
    canvas.legend({x, area.top()}, RetentionSlide::tr("Other channels"), Ink::Other);

    const double small = canvas.lineHeight(Type::Small);
    const double axisWidth = canvas.textWidth(QStringLiteral("100%"), Type::Small) + canvas.px(12);
    const double labelHeight = small * 2.4; // month numbers and the axis caption
    const QRectF plot(area.left() + axisWidth, area.top() + legendHeight + canvas.px(10), area.width() - axisWidth,
                      area.height() - legendHeight - canvas.px(10) - labelHeight);
    for (int pct = 0; pct <= 100; pct += 50) {
        const double y = plot.bottom() - pct / 100.0 * plot.height();
        p.setPen(QPen(SlideCanvas::color(Ink::Grid), canvas.px(1.5)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        canvas.text(QRectF(area.left(), y - small / 2, axisWidth - canvas.px(8), small), QString::number(pct) + QLatin1Char('%'),
                    Type::Small, Ink::Muted, Qt::AlignRight | Qt::AlignVCenter);
    }
    const double slot = plot.width() / 12;
    QPolygonF other;
    for (int k = 1; k <= 12; ++k) {
        const double left = plot.left() + (k - 1) * slot;
        if (const auto &v = r.perisai[static_cast<size_t>(k)]) {
            const double h = std::clamp(*v, 0.0, 1.0) * plot.height();
            p.fillRect(QRectF(left + slot * 0.18, plot.bottom() - h, slot * 0.64, h), SlideCanvas::color(Ink::Accent));
        }
        if (const auto &v = r.other[static_cast<size_t>(k)])
            other << QPointF(left + slot / 2, plot.bottom() - std::clamp(*v, 0.0, 1.0) * plot.height());
        if (slot >= canvas.textWidth(QStringLiteral("12"), Type::Small) * 1.6 || k % 2 == 0)
            canvas.text(QRectF(left, plot.bottom() + canvas.px(4), slot, small), QString::number(k), Type::Small, Ink::Muted,
                        Qt::AlignHCenter | Qt::AlignTop);
    }
    p.setPen(QPen(SlideCanvas::color(Ink::Other), canvas.px(5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(other);
    p.setBrush(SlideCanvas::color(Ink::Other));
    for (const QPointF &pt : other)
        p.drawEllipse(pt, canvas.px(6), canvas.px(6));
    canvas.text(QRectF(plot.left(), plot.bottom() + small * 1.2, plot.width(), small),
                RetentionSlide::tr("months after joining"), Type::Small, Ink::Muted, Qt::AlignHCenter | Qt::AlignTop);
}

} // namespace

void RetentionSlide::paintBody(SlideCanvas &canvas, const QRectF &body) const
{
    const Retention &r = data().retention;
    const double gap = canvas.px(20);
    const double tileHeight = std::min(body.height() * 0.36, canvas.px(190));
    const double w = (body.width() - 2 * gap) / 3;
    int i = 0;
    for (int k : {3, 6, 12}) {
        const auto &value = r.perisai[static_cast<size_t>(k)];
        const auto &other = r.other[static_cast<size_t>(k)];
        const Ink ink = !value ? Ink::Muted : other && *value + 0.005 < *other ? Ink::Warn : Ink::Good;
        canvas.figureTile(QRectF(body.left() + i * (w + gap), body.top(), w, tileHeight), tr("After %n month(s)", nullptr, k),
                          share(value), tr("other channels: %1").arg(share(other)), ink, Ink::Muted, 2);
        ++i;
    }
    if (r.cohortSize == 0) {
        canvas.text(QRectF(body.left(), body.top() + tileHeight + gap, body.width(), canvas.lineHeight(Type::Body) * 1.5),
                    tr("No participants registered by agents in these months"), Type::Body, Ink::Muted);
        return;
    }
    paintCurve(canvas, QRectF(body.left(), body.top() + tileHeight + gap, body.width(), body.height() - tileHeight - gap), r);
}

} // namespace perisai::presentation
