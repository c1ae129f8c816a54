// The frame every slide shares (heading, footer) and the deck's order.
#include "slide.h"
#include "slides.h"

#include "core/format.h"

#include <algorithm>

namespace perisai::presentation {

namespace {

struct Deck {
    Q_DECLARE_TR_FUNCTIONS(Deck)
};

std::unique_ptr<Slide> makeSlide(const QString &id, const DeckData &data)
{
    if (id == QLatin1String("title"))
        return std::make_unique<TitleSlide>(data);
    if (id == QLatin1String("indicators"))
        return std::make_unique<IndicatorsSlide>(data);
    if (id == QLatin1String("acquisitions"))
        return std::make_unique<AcquisitionsSlide>(data);
    if (id == QLatin1String("achievement"))
        return std::make_unique<AchievementSlide>(data);
    if (id == QLatin1String("leaderboard"))
        return std::make_unique<LeaderboardSlide>(data);
    if (id == QLatin1String("retention"))
        return std::make_unique<RetentionSlide>(data);
    if (id == QLatin1String("followup"))
        return std::make_unique<FollowUpSlide>(data);
    if (id == QLatin1String("agreements"))
        return std::make_unique<AgreementsSlide>(data);
    return nullptr;
}

} // namespace

QList<SlideKind> slideKinds()
{
    static const DeckData empty;
    QList<SlideKind> kinds;
    for (const char *id : {"title", "indicators", "acquisitions", "achievement", "leaderboard", "retention", "followup", "agreements"}) {
        auto slide = makeSlide(QLatin1String(id), empty);
        kinds.append({slide->id(), slide->title()});
    }
    return kinds;
}

SlideList buildDeck(const DeckData &data, const QStringList &ids)
{
    SlideList slides;
    for (const SlideKind &kind : slideKinds()) {
        if (ids.isEmpty() || ids.contains(kind.id))
            slides.push_back(makeSlide(kind.id, data));
    }
    return slides;
}

QString periodText(const PeriodRange &period)
{
    return fmt::period(period);
}

QString periodText(const DeckHeader &header)
{
    return fmt::period(header.period) + header.periodNote;
}

QString footerText(const DeckData &data)
{
    const DeckHeader &h = data.header;
    const QDate day = h.sessionDate.isValid() ? h.sessionDate : h.asOf;
    return h.officeName + QStringLiteral("  \u00b7  ") + fmt::date(day);
}

void paintSlide(QPainter &painter, const QSizeF &size, const Slide &slide, const SlideFooter &footer, QStringList *recorder)
{
    SlideCanvas canvas(painter, size, recorder);
    painter.fillRect(QRectF(QPointF(0, 0), size), SlideCanvas::color(Ink::Background));
    const double side = canvas.px(44);
    const double width = size.width() - 2 * side;
    double top = canvas.px(26);
    if (slide.hasHeading()) {
        const double h = canvas.lineHeight(Type::Title) * 1.15;
        canvas.fitText(QRectF(side, top, width, h), slide.title(), Type::Title, Ink::Text, Qt::AlignLeft | Qt::AlignVCenter,
                       Type::Heading);
        top += h;
        painter.fillRect(QRectF(side, top, canvas.px(90), canvas.px(5)), SlideCanvas::color(Ink::Accent));
        top += canvas.px(10);
        if (!slide.subtitle().isEmpty()) {
            const double sh = canvas.lineHeight(Type::Small) * 1.2;
            canvas.text(QRectF(side, top, width, sh), slide.subtitle(), Type::Small, Ink::Muted);
            top += sh;
        }
        top += canvas.px(14);
    }
    const double footerHeight = canvas.lineHeight(Type::Small) * 1.5;
    const QRectF footerRect(side, size.height() - footerHeight - canvas.px(6), width, footerHeight);
    if (footer.count > 0) {
        const QString number = Deck::tr("%1 / %2").arg(footer.number).arg(footer.count);
        const double numberWidth = canvas.textWidth(number, Type::Small) + canvas.px(20);
        double leftWidth = footerRect.width() - numberWidth;
        if (!footer.hint.isEmpty()) {
            // Beside the slide number, leaving the footer's left part its room.
            const double w = std::min(canvas.textWidth(footer.hint, Type::Small) + canvas.px(40), footerRect.width() - 2 * numberWidth);
            const QRectF box(footerRect.right() - numberWidth - w, footerRect.top(), w, footerRect.height());
            painter.save();
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0, 0, 0, 200));
            painter.drawRoundedRect(box, canvas.px(8), canvas.px(8));
            painter.restore();
            canvas.fitText(box.adjusted(canvas.px(12), 0, -canvas.px(12), 0), footer.hint, Type::Small, Ink::Text, Qt::AlignCenter,
                           Type::Small);
            leftWidth = box.left() - footerRect.left() - canvas.px(12);
        }
        canvas.fitText(QRectF(footerRect.left(), footerRect.top(), leftWidth, footerRect.height()), footer.left, Type::Small,
                       Ink::Muted, Qt::AlignLeft | Qt::AlignVCenter, Type::Small);
        canvas.text(footerRect, number, Type::Small, Ink::Muted, Qt::AlignRight | Qt::AlignVCenter);
    }
    const QRectF body(side, top, width, footerRect.top() - canvas.px(8) - top);
    painter.save();
    slide.paintBody(canvas, body);
    painter.restore();
}

QImage renderSlide(const Slide &slide, const QSize &size, const SlideFooter &footer, QStringList *recorder)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    paintSlide(painter, QSizeF(size), slide, footer, recorder);
    return image;
}

} // namespace perisai::presentation
