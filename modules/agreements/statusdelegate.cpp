#include "statusdelegate.h" // relative: lupdate resolves it without include paths

#include "agreements/agreementlistmodel.h"
#include "agreements/agreementrules.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace perisai::agreements {

ChipColors chipColors(AgreementStatus status)
{
    switch (status) {
    case AgreementStatus::Draft: return {QColor(0xEE, 0xF2, 0xF6), QColor(0x3C, 0x4B, 0x5C)};
    case AgreementStatus::Active: return {QColor(0xE3, 0xF4, 0xEA), QColor(0x15, 0x6B, 0x3A)};
    case AgreementStatus::Expiring: return {QColor(0xFF, 0xF1, 0xCC), QColor(0x8A, 0x5A, 0x00)};
    case AgreementStatus::Expired: return {QColor(0xFD, 0xE2, 0xE2), QColor(0xA3, 0x1F, 0x1F)};
    case AgreementStatus::Renewed: return {QColor(0xDC, 0xEA, 0xF7), QColor(0x0B, 0x4F, 0x8C)};
    case AgreementStatus::Terminated: return {QColor(0x4A, 0x55, 0x61), QColor(0xFF, 0xFF, 0xFF)};
    }
    return {QColor(0xEE, 0xF2, 0xF6), QColor(0x3C, 0x4B, 0x5C)};
}

ChipColors chipColors(const QString &key)
{
    for (auto s : {AgreementStatus::Draft, AgreementStatus::Active, AgreementStatus::Expiring, AgreementStatus::Expired,
                   AgreementStatus::Renewed, AgreementStatus::Terminated}) {
        if (statusKey(s) == key)
            return chipColors(s);
    }
    return chipColors(AgreementStatus::Draft);
}

QString chipStyleSheet(AgreementStatus status)
{
    const ChipColors c = chipColors(status);
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 1px 9px; font-size: 9pt; font-weight: 600; }")
        .arg(c.background.name(), c.text.name());
}

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const ChipColors colors = chipColors(index.data(AgreementListModel::StatusKeyRole).toString());
    QFont font = opt.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    const QFontMetrics fm(font);
    const int height = fm.height() + 4;
    const QRectF chip(opt.rect.left() + 6, opt.rect.center().y() - height / 2.0 + 0.5, fm.horizontalAdvance(text) + 18, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setPen(colors.text);
    painter->setFont(font);
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    return size;
}

} // namespace perisai::agreements
