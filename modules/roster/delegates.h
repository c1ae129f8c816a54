#pragma once
// Painting for the roster tables: status chips (colour by status) and target achievement as a small bar.

#include "roster/agent.h"

#include <QStyledItemDelegate>

namespace perisai::roster {

QColor statusColor(AgentStatus status);

// Draws the cell's text as a rounded chip; the colour comes from `colorRole` data (a QColor) or the status.
class ChipDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int ColorRole = Qt::UserRole + 10;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Two lines in one cell: the text, and under it `SecondLineRole` small and muted (name + code, wadah + KCP).
class TwoLineDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int SecondLineRole = Qt::UserRole + 11;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Draws a fraction (EditRole, 0..1+) as a bar with the percentage; above 100 % in the accent colour.
class AchievementDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Room for a short bar and the percentage beside it.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace perisai::roster
