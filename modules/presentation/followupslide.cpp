#include "slides.h"

#include "core/format.h"

#include <algorithm>

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

    // One line per step, most overdue first: what, then who and how late. The same step agreed at two
    // sessions for the same person is one line with its count, so no line repeats another.
    struct Line {
        QString description;
        QString owner;
        int late = 0;
        int count = 0;
    };
    std::vector<Line> lines;
    for (const ActionItem &a : f.overdueItems) {
        const int late = static_cast<int>(a.due.daysTo(asOf));
        auto same = std::find_if(lines.begin(), lines.end(), [&](const Line &l) { return l.description == a.description && l.owner == a.owner; });
        if (same != lines.end()) {
            ++same->count;
            same->late = std::max(same->late, late);
        } else {
            lines.push_back({a.description, a.owner, late, 1});
        }
    }
    // Each step: its words (two lines where the room allows, else one), and under them who and how late.
    const double line = canvas.lineHeight(Type::Body);
    const double meta = canvas.lineHeight(Type::Small);
    const double spacing = canvas.px(12);
    const double more = meta * 1.3;
    auto blockHeight = [&](const Line &l, int maxLines) {
        return static_cast<double>(canvas.wrap(l.description + QStringLiteral(" (2\u00d7)"), Type::Body, area.width(), maxLines).size()) * line
               + meta + spacing;
    };
    auto fitting = [&](int maxLines) {
        double used = 0;
        int n = 0;
        for (const Line &l : lines) {
            const double h = blockHeight(l, maxLines);
            const bool last = n + 1 == static_cast<int>(lines.size());
            if (y + used + h + (last ? 0 : more) > area.bottom() + canvas.px(4))
                break;
            used += h;
            ++n;
        }
        return n;
    };
    const int maxLines = fitting(2) == static_cast<int>(lines.size()) ? 2 : 1;
    const int shown = std::max(1, fitting(maxLines));
    int listed = 0;
    for (int i = 0; i < std::min(shown, static_cast<int>(lines.size())); ++i) {
        const Line &l = lines[static_cast<size_t>(i)];
        // "(2×)": agreed at two sessions.
        const QString what = l.count > 1 ? l.description + QStringLiteral(" (%1\u00d7)").arg(l.count) : l.description;
        const int rows = static_cast<int>(canvas.wrap(what, Type::Body, area.width(), maxLines).size());
        canvas.wrappedText(QRectF(area.left(), y, area.width(), rows * line), what, Type::Body, Ink::Text, maxLines);
        QString detail = FollowUpSlide::tr("%n day(s) late", nullptr, l.late);
        if (!l.owner.isEmpty())
            detail = l.owner + QStringLiteral("  \u00b7  ") + detail;
        canvas.fitText(QRectF(area.left(), y + rows * line, area.width(), meta), detail, Type::Small, Ink::Muted,
                       Qt::AlignLeft | Qt::AlignVCenter, Type::Small);
        y += rows * line + meta + spacing;
        listed += l.count;
    }
    if (listed < f.overdue)
        canvas.text(QRectF(area.left(), y, area.width(), more),
                    FollowUpSlide::tr("and %n more overdue: see Monev > Follow-up", nullptr, f.overdue - listed), Type::Small, Ink::Muted);
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
