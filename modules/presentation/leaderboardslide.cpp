#include "slides.h"

#include "core/format.h"

namespace perisai::presentation {

QString LeaderboardSlide::title() const
{
    return tr("Leaderboard and awards");
}

QString LeaderboardSlide::subtitle() const
{
    return tr("Agents with the most acquisitions, %1").arg(periodText(data().header));
}

QString LeaderboardSlide::awardName(const QString &category)
{
    if (category == QLatin1String("top_acquisition"))
        return tr("Most acquisitions");
    if (category == QLatin1String("best_retention"))
        return tr("Best retention");
    if (category == QLatin1String("best_newcomer"))
        return tr("Best newcomer");
    if (category == QLatin1String("most_improved"))
        return tr("Most improved");
    QString words = category;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words.isEmpty() ? words : words.left(1).toUpper() + words.mid(1);
}

namespace {

void paintAwards(SlideCanvas &canvas, const QRectF &area, const std::vector<Award> &awards)
{
    canvas.panel(area, Ink::Warn);
    const QRectF inner = area.adjusted(canvas.px(20), canvas.px(14), -canvas.px(20), -canvas.px(14));
    const double heading = canvas.lineHeight(Type::Heading) * 1.3;
    canvas.text(QRectF(inner.left(), inner.top(), inner.width(), heading), LeaderboardSlide::tr("Awards"), Type::Heading, Ink::Warn);
    const double caption = canvas.lineHeight(Type::Small);
    const double name = canvas.lineHeight(Type::Heading) * 1.15;
    const double block = caption + name + canvas.px(22);
    double y = inner.top() + heading;
    for (const Award &a : awards) {
        if (y + block > inner.bottom() + canvas.px(4))
            break;
        QString label = LeaderboardSlide::awardName(a.category);
        if (a.rank > 1)
            label += QStringLiteral(" \u00b7 #") + QString::number(a.rank);
        canvas.text(QRectF(inner.left(), y, inner.width(), caption), label, Type::Small, Ink::Muted);
        canvas.fitText(QRectF(inner.left(), y + caption, inner.width(), name), a.agentName, Type::Heading, Ink::Text,
                       Qt::AlignLeft | Qt::AlignVCenter, Type::Small);
        y += block;
    }
}

} // namespace

void LeaderboardSlide::paintBody(SlideCanvas &canvas, const QRectF &body) const
{
    const auto &leaders = data().leaders;
    const auto &awards = data().awards;
    QRectF table = body;
    if (!awards.empty()) {
        const double side = std::max(canvas.px(300), body.width() * 0.32);
        paintAwards(canvas, QRectF(body.right() - side, body.top(), side, body.height()), awards);
        table.setRight(body.right() - side - canvas.px(28));
    }
    if (leaders.empty()) {
        canvas.text(QRectF(table.left(), table.top(), table.width(), canvas.lineHeight(Type::Body) * 1.5),
                    tr("No acquisitions by agents in these months"), Type::Body, Ink::Muted);
        return;
    }
    const double header = canvas.lineHeight(Type::Small) * 1.4;
    const double rowHeight = canvas.lineHeight(Type::Body) * 1.42;
    const int rows = std::min(static_cast<int>(leaders.size()), static_cast<int>((table.height() - header) / rowHeight));
    const double medalWidth = rowHeight * 1.05;
    const double countWidth = canvas.textWidth(QStringLiteral("88.888"), Type::Emphasis) + canvas.px(10);
    // The wadah column only where the names keep enough room.
    const bool showWadah = table.width() >= canvas.px(760);
    const double nameWidth = (table.width() - medalWidth - countWidth) * (showWadah ? 0.58 : 1.0) - canvas.px(12);
    const double wadahLeft = table.left() + medalWidth + nameWidth + canvas.px(12);
    const double wadahWidth = table.right() - countWidth - wadahLeft - canvas.px(12);

    canvas.text(QRectF(table.left() + medalWidth, table.top(), nameWidth, header), tr("Agent"), Type::Small, Ink::Muted);
    if (showWadah)
        canvas.text(QRectF(wadahLeft, table.top(), wadahWidth, header), tr("Wadah"), Type::Small, Ink::Muted);
    canvas.text(QRectF(table.right() - countWidth - canvas.px(60), table.top(), countWidth + canvas.px(60), header),
                tr("Acquisitions"), Type::Small, Ink::Muted, Qt::AlignRight | Qt::AlignVCenter);
    QPainter &p = canvas.painter();
    double y = table.top() + header;
    for (int i = 0; i < rows; ++i) {
        const LeaderRow &r = leaders[static_cast<size_t>(i)];
        if (i % 2 == 0)
            p.fillRect(QRectF(table.left(), y, table.width(), rowHeight), SlideCanvas::color(Ink::TileFill));
        canvas.medal(QPointF(table.left() + medalWidth / 2, y + rowHeight / 2), rowHeight * 0.36, r.rank);
        canvas.fitText(QRectF(table.left() + medalWidth + canvas.px(6), y, nameWidth, rowHeight), r.name,
                       r.rank <= 3 ? Type::Emphasis : Type::Body, Ink::Text, Qt::AlignLeft | Qt::AlignVCenter, Type::Small);
        if (showWadah)
            canvas.fitText(QRectF(wadahLeft, y, wadahWidth, rowHeight), r.wadah, Type::Small, Ink::Muted,
                           Qt::AlignLeft | Qt::AlignVCenter, Type::Small);
        canvas.text(QRectF(table.right() - countWidth - canvas.px(10), y, countWidth, rowHeight), fmt::number(r.acquisitions),
                    Type::Emphasis, r.rank == 1 ? Ink::Warn : Ink::Text, Qt::AlignRight | Qt::AlignVCenter);
        y += rowHeight;
    }
}

} // namespace perisai::presentation
