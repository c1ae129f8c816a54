#include "slides.h"

#include "core/format.h"

namespace perisai::presentation {

QString TitleSlide::title() const
{
    return tr("Title");
}

void TitleSlide::paintBody(SlideCanvas &canvas, const QRectF &body) const
{
    const DeckHeader &h = data().header;
    QStringList lines; // the smaller lines under the big title
    if (h.sessionDate.isValid()) {
        QString when = fmt::locale().toString(h.sessionDate, QStringLiteral("dddd, d MMMM yyyy"));
        if (!h.sessionPlace.isEmpty())
            when += QStringLiteral("  \u00b7  ") + h.sessionPlace;
        lines << when;
    }
    if (h.period.from.isValid())
        lines << tr("Results of %1").arg(periodText(h));
    if (h.agentsInvited > 0)
        lines << tr("%1 of %2 invited agents present").arg(h.agentsPresent).arg(h.agentsInvited);

    const double kicker = canvas.lineHeight(Type::Heading) * 1.3;
    const double big = canvas.lineHeight(Type::Huge);
    const double office = canvas.lineHeight(Type::Title) * 1.4;
    const double line = canvas.lineHeight(Type::Body) * 1.3;
    const double left = body.left() + canvas.px(36);
    const double width = body.right() - left;
    const QString headline = h.sessionTitle.isEmpty() ? tr("Perisai agent results") : h.sessionTitle;
    const int headlineLines = static_cast<int>(canvas.wrap(headline, Type::Huge, width, 2).size());
    const double height = kicker + headlineLines * big + canvas.px(24) + office + lines.size() * line;
    double y = body.top() + std::max(0.0, (body.height() - height) / 2);

    canvas.painter().fillRect(QRectF(body.left(), y, canvas.px(10), height), SlideCanvas::color(Ink::Accent));
    canvas.fitText(QRectF(left, y, width, kicker), tr("Monitoring and evaluation of Perisai agents"), Type::Heading, Ink::Accent,
                   Qt::AlignLeft | Qt::AlignVCenter, Type::Body);
    y += kicker;
    canvas.wrappedText(QRectF(left, y, width, headlineLines * big), headline, Type::Huge, Ink::Text, 2);
    y += headlineLines * big + canvas.px(24);
    canvas.fitText(QRectF(left, y, width, office), h.officeName, Type::Title, Ink::Text, Qt::AlignLeft | Qt::AlignVCenter, Type::Heading);
    y += office;
    for (const QString &text : lines) {
        canvas.fitText(QRectF(left, y, width, line), text, Type::Body, Ink::Muted, Qt::AlignLeft | Qt::AlignVCenter, Type::Small);
        y += line;
    }
}

} // namespace perisai::presentation
