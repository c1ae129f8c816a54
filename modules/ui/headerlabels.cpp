#include "ui/headerlabels.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QProxyStyle>
#include <QStyleOptionHeader>
#include <QToolTip>

namespace perisai::ui {
namespace {

// Room for the label inside a section: the section less the style's margins and the sort arrow.
int labelRoom(const QHeaderView *header, int logicalIndex)
{
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int room = header->sectionSize(logicalIndex) - 2 * margin - 16; // the desk's style sheet pads 8 px a side
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logicalIndex)
        room -= header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
    return room;
}

QString elidedLines(const QString &text, const QFontMetrics &metrics, int width)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    return lines.join(QLatin1Char('\n'));
}

class HeaderLabelStyle final : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        if (element == CE_HeaderLabel) {
            if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
                QStyleOptionHeader cut(*header);
                int width = header->rect.width();
                if (!header->icon.isNull())
                    width -= pixelMetric(PM_SmallIconSize, option, widget) + 2;
                cut.text = elidedLines(header->text, header->fontMetrics, std::max(width, 8));
                QProxyStyle::drawControl(element, &cut, painter, widget);
                return;
            }
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }
};

class CutHeaderTips final : public QObject {
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip)
            return false;
        auto *header = qobject_cast<QHeaderView *>(watched->parent());
        if (!header || header->viewport() != watched || !header->model())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const int logical = header->logicalIndexAt(help->pos());
        if (logical < 0 || !isHeaderLabelCut(header, logical))
            return false;
        QString tip = header->model()->headerData(logical, header->orientation()).toString();
        tip.replace(QLatin1Char('\n'), QLatin1Char(' '));
        const QString own = header->model()->headerData(logical, header->orientation(), Qt::ToolTipRole).toString();
        if (!own.isEmpty())
            tip += QStringLiteral("\n") + own;
        QToolTip::showText(help->globalPos(), tip, header);
        return true;
    }
};

} // namespace

QStyle *headerLabelStyle(QStyle *base)
{
    return new HeaderLabelStyle(base);
}

void explainCutHeaders(QApplication &app)
{
    app.installEventFilter(new CutHeaderTips(&app));
}

bool isHeaderLabelCut(const QHeaderView *header, int logicalIndex)
{
    if (!header->model() || header->orientation() != Qt::Horizontal)
        return false;
    QFont font = header->font();
    font.setBold(true); // the desk's headers are bold
    const QFontMetrics metrics(font);
    const int room = labelRoom(header, logicalIndex);
    for (const QString &line : header->model()->headerData(logicalIndex, Qt::Horizontal).toString().split(QLatin1Char('\n')))
        if (metrics.horizontalAdvance(line) > room)
            return true;
    return false;
}

} // namespace perisai::ui
