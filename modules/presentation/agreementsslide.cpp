#include "slides.h"

#include "core/format.h"

namespace perisai::presentation {

QString AgreementsSlide::title() const
{
    return tr("Partnership agreements (PKS)");
}

QString AgreementsSlide::subtitle() const
{
    return tr("The wadah's agreements as of %1").arg(fmt::date(data().header.asOf));
}

void AgreementsSlide::paintBody(SlideCanvas &canvas, const QRectF &body) const
{
    const AgreementStatus &a = data().agreements;
    const double gap = canvas.px(18);
    const double w = (body.width() - 3 * gap) / 4;
    // Room for captions on two lines where the tiles are narrow (a 4:3 projector).
    const int captionLines = w < canvas.px(300) ? 2 : 1;
    // The note under the last figure gets the lines it needs, never cut mid-word.
    const QString terminated = a.terminated > 0 ? tr("%n terminated this year", nullptr, a.terminated) : QString();
    const int detailLines = std::max(captionLines, static_cast<int>(canvas.wrap(terminated, Type::Small, w - canvas.px(36), 2).size()));
    const double tileHeight = canvas.lineHeight(Type::Body) * (captionLines + 0.1) + canvas.lineHeight(Type::Figure) * 1.05
                              + detailLines * canvas.lineHeight(Type::Small) + canvas.px(28);
    auto tile = [&](int i, const QString &caption, int value, const QString &detail, Ink ink) {
        canvas.figureTile(QRectF(body.left() + i * (w + gap), body.top(), w, tileHeight), caption, fmt::number(value), detail, ink,
                          Ink::Muted, detailLines);
    };
    tile(0, tr("In force"), a.active, {}, Ink::Good);
    tile(1, tr("End within 30 days"), a.expiring30, {}, a.expiring30 > 0 ? Ink::Warn : Ink::Text);
    tile(2, tr("End within 90 days"), a.expiring90, {}, a.expiring90 > 0 ? Ink::Warn : Ink::Text);
    tile(3, tr("Expired, not renewed"), a.expired, terminated, a.expired > 0 ? Ink::Bad : Ink::Good);

    double y = body.top() + tileHeight + canvas.px(22);
    if (a.soonest.empty()) {
        canvas.text(QRectF(body.left(), y, body.width(), canvas.lineHeight(Type::Body) * 1.4),
                    tr("No agreement ends within 90 days"), Type::Body, Ink::Good);
        return;
    }
    const double heading = canvas.lineHeight(Type::Emphasis) * 1.3;
    canvas.text(QRectF(body.left(), y, body.width(), heading), tr("To renew"), Type::Emphasis, Ink::Text);
    y += heading;
    const double rowHeight = canvas.lineHeight(Type::Body) * 1.4;
    const double dateWidth = canvas.textWidth(QStringLiteral("88/88/8888"), Type::Body) + canvas.px(24);
    const double whenWidth = std::min(body.width() * 0.34, canvas.px(360));
    QPainter &p = canvas.painter();
    int i = 0;
    for (const AgreementRow &r : a.soonest) {
        if (y + rowHeight > body.bottom() + canvas.px(2))
            break;
        if (i++ % 2 == 0)
            p.fillRect(QRectF(body.left(), y, body.width(), rowHeight), SlideCanvas::color(Ink::TileFill));
        const double nameWidth = body.width() - dateWidth - whenWidth - canvas.px(24);
        canvas.fitText(QRectF(body.left() + canvas.px(12), y, nameWidth, rowHeight), r.wadahName, Type::Body, Ink::Text,
                       Qt::AlignLeft | Qt::AlignVCenter, Type::Small);
        canvas.text(QRectF(body.left() + canvas.px(12) + nameWidth, y, dateWidth, rowHeight), fmt::date(r.endsOn), Type::Body,
                    Ink::Muted, Qt::AlignRight | Qt::AlignVCenter);
        const QString when = r.daysLeft < 0    ? tr("expired %n day(s) ago", nullptr, -r.daysLeft)
                             : r.daysLeft == 0 ? tr("ends today")
                                               : tr("in %n day(s)", nullptr, r.daysLeft);
        const Ink ink = r.daysLeft < 0 ? Ink::Bad : r.daysLeft <= 30 ? Ink::Warn : Ink::Text;
        canvas.fitText(QRectF(body.right() - whenWidth - canvas.px(12), y, whenWidth, rowHeight), when, Type::Emphasis, ink,
                       Qt::AlignRight | Qt::AlignVCenter, Type::Small);
        y += rowHeight;
    }
}

} // namespace perisai::presentation
