#pragma once
// Paints an agreement's status as a coloured chip (the same colours in the list, the history and the legend).

#include "agreements/agreement.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace perisai::agreements {

struct ChipColors {
    QColor background;
    QColor text;
};
ChipColors chipColors(AgreementStatus status);
ChipColors chipColors(const QString &statusKey);
// Style sheet for a QLabel shown as a chip.
QString chipStyleSheet(AgreementStatus status);

class StatusChipDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace perisai::agreements
