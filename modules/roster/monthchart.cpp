#include "monthchart.h"

#include "core/format.h"
#include "ui/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace perisai::roster {

MonthChart::MonthChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(180);
}

void MonthChart::setMonths(const QList<AgentMonth> &months)
{
    m_months = months;
    update();
}

void MonthChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), ui::colors::card);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    p.setFont(small);
    const QFontMetrics fm(small);

    // Legend on top.
    const int top = fm.height() + 10;
    int x = 8;
    auto legend = [&](const QColor &c, const QString &text, bool line) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        if (line)
            p.drawRoundedRect(QRectF(x, fm.height() / 2.0 + 1, 14, 3), 1.5, 1.5);
        else
            p.drawRoundedRect(QRectF(x, 4, 10, fm.height() - 4), 2, 2);
        p.setPen(ui::colors::muted);
        p.drawText(x + 18, fm.ascent() + 2, text);
        x += 18 + fm.horizontalAdvance(text) + 16;
    };
    legend(ui::colors::primary, tr("Acquisitions"), false);
    legend(ui::colors::accent, tr("Recruits paid up"), true);

    if (m_months.isEmpty())
        return;
    const QRectF plot(8, top + fm.height() + 2, width() - 16, height() - top - 2 * fm.height() - 10);
    qint64 maxBar = 1, maxLine = 1;
    for (const AgentMonth &m : m_months) {
        maxBar = std::max(maxBar, m.acquisitions);
        maxLine = std::max(maxLine, m.activeRecruits);
    }
    const int n = int(m_months.size());
    const double slot = plot.width() / n;
    const double barWidth = std::max(3.0, slot * 0.62);

    // Grid: three faint lines.
    p.setPen(QPen(ui::colors::border, 1));
    for (int i = 0; i <= 2; ++i) {
        const double y = plot.bottom() - plot.height() * i / 2.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }

    QPainterPath line;
    for (int i = 0; i < n; ++i) {
        const AgentMonth &m = m_months[i];
        const double cx = plot.left() + slot * (i + 0.5);
        const double h = plot.height() * double(m.acquisitions) / double(maxBar);
        const bool last = i == n - 1;
        QColor bar = ui::colors::primary;
        if (!last)
            bar.setAlphaF(0.75);
        p.setPen(Qt::NoPen);
        p.setBrush(bar);
        if (h > 0)
            p.drawRoundedRect(QRectF(cx - barWidth / 2, plot.bottom() - h, barWidth, h), 2, 2);
        if (m.acquisitions > 0 && (slot > fm.horizontalAdvance(QStringLiteral("000")) || last)) {
            p.setPen(ui::colors::text);
            const QString v = fmt::number(m.acquisitions);
            p.drawText(QRectF(cx - slot, plot.bottom() - h - fm.height() - 1, 2 * slot, fm.height()), Qt::AlignCenter, v);
        }
        const double ly = plot.bottom() - plot.height() * double(m.activeRecruits) / double(maxLine) * 0.95;
        if (i == 0)
            line.moveTo(cx, ly);
        else
            line.lineTo(cx, ly);
        // Month labels: every month when there is room, else every third, always January with its year.
        const int month = m.period % 100;
        const bool room = slot > fm.horizontalAdvance(QStringLiteral("Agu")) + 4;
        if (room || month % 3 == 1 || last) {
            p.setPen(month == 1 ? ui::colors::text : ui::colors::muted);
            const QString label = month == 1 ? QString::number(m.period / 100) : fmt::monthShort(month);
            p.drawText(QRectF(cx - slot, plot.bottom() + 3, 2 * slot, fm.height()), Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }
    p.setPen(QPen(ui::colors::accent, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    p.setBrush(ui::colors::card);
    const QPointF end = line.currentPosition();
    p.drawEllipse(end, 3, 3);
    p.setPen(ui::colors::accent.darker(120));
    p.drawText(QRectF(end.x() - 80, end.y() - fm.height() - 4, 76, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
               fmt::number(m_months.last().activeRecruits));
}

} // namespace perisai::roster
