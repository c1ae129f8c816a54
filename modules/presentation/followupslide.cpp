#include "slides.h"

#include "core/format.h"

namespace perisai::presentation {

QString FollowUpSlide::title() const
{
    return tr("Obstacles and follow-up");
}

QString FollowUpSlide::subtitle() const
{
    const FollowUp &f = data().followUp;
    if (f.fromSession)
        return tr("Obstacles raised at this session; actions as of %1").arg(fmt::date(data().header.asOf));
    return tr("Obstacles raised at %n Monev session(s) in %1; actions as of %2", nullptr, f.sessionsHeld)
        .arg(periodText(data().header), fmt::date(data().header.asOf));
}

namespace {

void paintObstacles(SlideCanvas &canvas, const QRectF &area, const FollowUp &f)
{
    const double heading = canvas.lineHeight(Type::Heading) * 1.3;
    canvas.text(QRectF(area.left(), area.top(), area.width(), heading),
                FollowUpSlide::tr("Obstacles (%1)").arg(f.obstaclesTotal), Type::Heading, Ink::Text);
    if (f.obstacles.empty()) {
        canvas.text(QRectF(area.left(), area.top() + heading, area.width(), canvas.lineHeight(Type::Body) * 1.4),
                    FollowUpSlide::tr("None recorded"), Type::Body, Ink::Muted);
        return;
    }
    const double label = canvas.lineHeight(Type::Body) * 1.1;
    const double bar = canvas.px(20);
    const double block = label + bar + canvas.px(14);
    const int rows = std::min(static_cast<int>(f.obstacles.size()), static_cast<int>((area.height() - heading) / block));
    const int most = f.obstacles.front().count;
    const double countWidth = canvas.textWidth(QStringLiteral("888"), Type::Emphasis) + canvas.px(8);
    double y = area.top() + heading;
    for (int i = 0; i < rows; ++i) {
        const ObstacleCount &o = f.obstacles[static_cast<size_t>(i)];
        canvas.fitText(QRectF(area.left(), y, area.width() - countWidth, label), o.category, Type::Body, Ink::Text,
                       Qt::AlignLeft | Qt::AlignVCenter, Type::Small);
        canvas.text(QRectF(area.right() - countWidth, y, countWidth, label), QString::number(o.count), Type::Emphasis, Ink::Text,
                    Qt::AlignRight | Qt::AlignVCenter);
        const double w = most > 0 ? area.width() * o.count / most : 0;
        canvas.painter().fillRect(QRectF(area.left(), y + label, w, bar), SlideCanvas::color(Ink::Warn));
        y += block;
    }
}

void paintActions(SlideCanvas &canvas, const QRectF &area, const FollowUp &f, const QDate &asOf)
{
    const double gap = canvas.px(14);
    const double tileHeight = canvas.lineHeight(Type::Body) * 1.1 + canvas.lineHeight(Type::Title) * 1.05 + canvas.px(26);
    const double w = (area.width() - 2 * gap) / 3;
    canvas.figureTile(QRectF(area.left(), area.top(), w, tileHeight), FollowUpSlide::tr("Open"), fmt::number(f.open), {});
    canvas.figureTile(QRectF(area.left() + w + gap, area.top(), w, tileHeight), FollowUpSlide::tr("Overdue"),
                      fmt::number(f.overdue), {}, f.overdue > 0 ? Ink::Bad : Ink::Good);
    canvas.figureTile(QRectF(area.left() + 2 * (w + gap), area.top(), w, tileHeight), FollowUpSlide::tr("Done"),
                      fmt::number(f.done), {}, Ink::Good);

    double y = area.top() + tileHeight + canvas.px(18);
    if (f.overdueItems.empty()) {
        canvas.text(QRectF(area.left(), y, area.width(), canvas.lineHeight(Type::Body) * 1.4),
                    FollowUpSlide::tr("No action is overdue"), Type::Body, Ink::Good);
        return;
    }
    const double heading = canvas.lineHeight(Type::Emphasis) * 1.3;
    canvas.text(QRectF(area.left(), y, area.width(), heading), FollowUpSlide::tr("Overdue actions"), Type::Emphasis, Ink::Bad);
    y += heading;
    const double line = canvas.lineHeight(Type::Body);
    const double meta = canvas.lineHeight(Type::Small);
    for (const ActionItem &a : f.overdueItems) {
        const int lines = static_cast<int>(canvas.wrap(a.description, Type::Body, area.width(), 2).size());
        const double block = lines * line + meta + canvas.px(14);
        if (y + block > area.bottom() + canvas.px(4))
            break;
        canvas.wrappedText(QRectF(area.left(), y, area.width(), lines * line), a.description, Type::Body, Ink::Text, 2);
        const int late = static_cast<int>(a.due.daysTo(asOf));
        QString detail = FollowUpSlide::tr("%n day(s) late", nullptr, late);
        if (!a.owner.isEmpty())
            detail = a.owner + QStringLiteral("  \u00b7  ") + detail;
        canvas.text(QRectF(area.left(), y + lines * line, area.width(), meta), detail, Type::Small, Ink::Muted);
        y += block;
    }
}

} // namespace

void FollowUpSlide::paintBody(SlideCanvas &canvas, const QRectF &body) const
{
    const double gap = canvas.px(36);
    const double left = (body.width() - gap) * 0.42;
    paintObstacles(canvas, QRectF(body.left(), body.top(), left, body.height()), data().followUp);
    paintActions(canvas, QRectF(body.left() + left + gap, body.top(), body.width() - left - gap, body.height()), data().followUp,
                 data().header.asOf);
}

} // namespace perisai::presentation
