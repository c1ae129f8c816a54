#include "ui/adaptivesplitter.h"

#include <QResizeEvent>
#include <algorithm>

namespace perisai::ui {

AdaptiveSplitter::AdaptiveSplitter(QWidget *parent) : QSplitter(Qt::Horizontal, parent)
{
    setChildrenCollapsible(false);
}

int AdaptiveSplitter::sideBySideMinimumWidth() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width += widget(i)->minimumSizeHint().width() + (i > 0 ? handleWidth() : 0);
    return width;
}

QSize AdaptiveSplitter::minimumSizeHint() const
{
    int width = 0;
    int height = 0;
    for (int i = 0; i < count(); ++i) {
        const QSize pane = widget(i)->minimumSizeHint();
        width = std::max(width, pane.width());
        height += pane.height() + (i > 0 ? handleWidth() : 0);
    }
    return {width, height};
}

void AdaptiveSplitter::resizeEvent(QResizeEvent *event)
{
    const Qt::Orientation wanted = event->size().width() >= sideBySideMinimumWidth() ? Qt::Horizontal : Qt::Vertical;
    if (wanted != orientation())
        setOrientation(wanted);
    QSplitter::resizeEvent(event);
}

} // namespace perisai::ui
