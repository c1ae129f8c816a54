#include "delegates.h"

#include "ui/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace perisai::roster {

QColor statusColor(AgentStatus status)
{
    switch (status) {
    case AgentStatus::Active: return ui::colors::accent;
    case AgentStatus::Candidate: return ui::colors::primary;
    case AgentStatus::Inactive: return ui::colors::warning;
    case AgentStatus::Dismissed: return ui::colors::danger;
    }
    return ui::colors::muted;
}

static void paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QStyleOptionViewItem opt = option;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    Q_UNUSED(index)
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

void ChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    QColor color = index.data(ColorRole).value<QColor>();
    if (!color.isValid())
        color = ui::colors::muted;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 18;
    const int h = fm.height() + 4;
    const QRect chip(option.rect.left() + 6, option.rect.center().y() - h / 2 + 1, w, h);
    QColor fill = color;
    fill.setAlphaF(0.14);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, h / 2.0, h / 2.0);
    painter->setBrush(color);
    painter->drawEllipse(QPointF(chip.left() + 8.5, chip.center().y() + 0.5), 3, 3);
    painter->setFont(font);
    painter->setPen(color.darker(135));
    painter->drawText(chip.adjusted(14, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize ChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + 30);
    return s;
}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const QRect r = option.rect.adjusted(6, 3, -6, -3);
    QFont second = option.font;
    second.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics fm1(option.font);
    const QFontMetrics fm2(second);
    const QString top = fm1.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width());
    const QString bottom = fm2.elidedText(index.data(SecondLineRole).toString(), Qt::ElideRight, r.width());
    const int total = fm1.height() + fm2.height();
    const int y = r.top() + (r.height() - total) / 2;
    painter->save();
    const QVariant fg = index.data(Qt::ForegroundRole);
    painter->setPen(fg.isValid() ? fg.value<QBrush>().color() : ui::colors::text);
    painter->setFont(option.font);
    painter->drawText(QRect(r.left(), y, r.width(), fm1.height()), Qt::AlignLeft | Qt::AlignVCenter, top);
    painter->setFont(second);
    painter->setPen(ui::colors::muted);
    painter->drawText(QRect(r.left(), y + fm1.height(), r.width(), fm2.height()), Qt::AlignLeft | Qt::AlignVCenter, bottom);
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(int(s.height() * 1.8));
    return s;
}

void AchievementDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (!value.isValid() || value.isNull()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintBackground(painter, option, index);
    const double fraction = value.toDouble();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(8, 0, -8, 0);
    const int barWidth = std::clamp(r.width() - 58, 40, 110);
    const QRect track(r.left(), r.center().y() - 3, barWidth, 7);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ui::colors::border);
    painter->drawRoundedRect(track, 3.5, 3.5);
    const QColor color = fraction >= 1.0 ? ui::colors::accent : fraction >= 0.6 ? ui::colors::primary : ui::colors::warning;
    QRect done = track;
    done.setWidth(int(track.width() * std::clamp(fraction, 0.0, 1.0)));
    painter->setBrush(color);
    if (done.width() > 0)
        painter->drawRoundedRect(done, 3.5, 3.5);
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText) : ui::colors::text);
    painter->drawText(QRect(track.right() + 6, r.top(), 52, r.height()), Qt::AlignVCenter | Qt::AlignRight,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize AchievementDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(std::max(s.width(), 8 + 70 + 6 + 52 + 8));
    return s;
}

} // namespace perisai::roster
