#include "slides.h"

#include "core/format.h"

namespace perisai::presentation {

QString AchievementSlide::title() const
{
    return tr("Target achievement");
}

QString AchievementSlide::subtitle() const
{
    const bool kcp = data().achievement.level == AchievementTable::Level::Kcp;
    return (kcp ? tr("Acquisitions against target by KCP and the branch's own wadah, %1") : tr("Acquisitions against target by wadah, %1"))
        .arg(periodText(data().header));
}

void AchievementSlide::paintBody(SlideCanvas &canvas, const QRectF &body) const
{
    const AchievementTable &t = data().achievement;
    const double cap = data().headline.cap;
    QPainter &p = canvas.painter();
    const bool kcp = t.level == AchievementTable::Level::Kcp;
    const int withTarget = t.withTarget;

    const double summaryHeight = canvas.lineHeight(Type::Body) * 1.4;
    const QString summary = withTarget == 0 ? (kcp ? tr("No KCP or wadah has a target for these months")
                                                   : tr("No wadah has a target for these months"))
                                            : (kcp ? tr("%1 of %2 KCP and wadah at or above target") : tr("%1 of %2 wadah at or above target"))
                                                  .arg(t.atOrAboveTarget).arg(withTarget);
    canvas.fitText(QRectF(body.left(), body.top(), body.width(), summaryHeight), summary, Type::Body, Ink::Text,
                   Qt::AlignLeft | Qt::AlignVCenter, Type::Small);
    if (t.rows.empty())
        return;

    // Two lines a row: the name with its figures, then a bar across the whole width.
    const double label = canvas.lineHeight(Type::Body) * 1.1;
    const double barHeight = canvas.px(26);
    const double rowHeight = label + barHeight + canvas.px(16);
    const double moreHeight = canvas.lineHeight(Type::Small) * 1.3;
    const double available = body.height() - summaryHeight - canvas.px(6);
    int shown = std::min(static_cast<int>(t.rows.size()), static_cast<int>(available / rowHeight));
    if (shown < static_cast<int>(t.rows.size()))
        shown = std::max(1, static_cast<int>((available - moreHeight) / rowHeight));

    const double percentWidth = canvas.textWidth(QStringLiteral("188% \u25B2"), Type::Emphasis) + canvas.px(16);
    const double countWidth = canvas.textWidth(QStringLiteral("8.888 / 8.888"), Type::Small) + canvas.px(24);
    double highest = 1.2;
    for (int i = 0; i < shown; ++i)
        highest = std::min(2.0, std::max(highest, t.rows[static_cast<size_t>(i)].achievement.ratio));
    const double barScale = body.width() / highest;

    double y = body.top() + summaryHeight + canvas.px(6);
    for (int i = 0; i < shown; ++i) {
        const AchievementRow &r = t.rows[static_cast<size_t>(i)];
        const double nameWidth = body.width() - percentWidth - countWidth;
        canvas.fitText(QRectF(body.left(), y, nameWidth, label), r.name, Type::Body, Ink::Text, Qt::AlignLeft | Qt::AlignVCenter,
                       Type::Small);
        const QRectF bar(body.left(), y + label, body.width(), barHeight);
        p.fillRect(bar, SlideCanvas::color(Ink::TileFill));
        QString percent;
        Ink percentInk = Ink::Muted;
        if (r.target > 0) {
            const double ratio = std::min(r.achievement.ratio, highest);
            const double within = std::min(ratio, cap);
            const Ink ink = r.achievement.ratio >= 1.0 ? Ink::Good : r.achievement.ratio >= 0.5 ? Ink::Accent : Ink::Warn;
            p.fillRect(QRectF(bar.left(), bar.top(), barScale * within, barHeight), SlideCanvas::color(ink));
            if (r.achievement.aboveCap) // what passes the cap is not counted: shown apart, in amber
                p.fillRect(QRectF(bar.left() + barScale * within, bar.top(), barScale * (ratio - within), barHeight),
                           SlideCanvas::color(Ink::Warn));
            percent = fmt::percent(r.achievement.ratio, 0) + (r.achievement.aboveCap ? QStringLiteral(" \u25B2") : QString());
            percentInk = r.achievement.aboveCap ? Ink::Warn : ink == Ink::Accent ? Ink::Text : ink;
            // The target: a white mark across the bar.
            p.fillRect(QRectF(bar.left() + barScale - canvas.px(2), bar.top() - canvas.px(5), canvas.px(4), barHeight + canvas.px(10)),
                       SlideCanvas::color(Ink::Text));
        }
        if (r.target > 0) {
            canvas.text(QRectF(body.left() + nameWidth, y, percentWidth, label), percent, Type::Emphasis, percentInk,
                        Qt::AlignRight | Qt::AlignVCenter);
            canvas.text(QRectF(body.right() - countWidth, y, countWidth, label),
                        fmt::number(r.acquisitions) + QStringLiteral(" / ") + fmt::number(r.target), Type::Small, Ink::Muted,
                        Qt::AlignRight | Qt::AlignVCenter);
        } else {
            canvas.text(QRectF(body.left() + nameWidth, y, percentWidth + countWidth, label),
                        tr("%1, no target").arg(fmt::number(r.acquisitions)), Type::Small, Ink::Muted, Qt::AlignRight | Qt::AlignVCenter);
        }
        y += rowHeight;
    }

    QStringList notes{tr("white mark: the target")};
    if (shown < static_cast<int>(t.rows.size()))
        notes << (kcp ? tr("and %1 more KCP or wadah") : tr("and %1 more wadah")).arg(t.rows.size() - shown);
    if (std::any_of(t.rows.begin(), t.rows.end(), [](const auto &r) { return r.achievement.aboveCap; }))
        notes << tr("\u25B2 above the %1 cap").arg(fmt::percent(cap, 0));
    canvas.text(QRectF(body.left(), y - canvas.px(6), body.width(), moreHeight), notes.join(QStringLiteral("   \u00b7   ")),
                Type::Small, Ink::Muted);
}

} // namespace perisai::presentation
