#include "slides.h"

#include "core/format.h"

#include <numeric>

namespace perisai::presentation {

QString AcquisitionsSlide::title() const
{
    return tr("Acquisitions against last year");
}

QString AcquisitionsSlide::subtitle() const
{
    const MonthlyAcquisitions &m = data().monthly;
    return tr("New participants registered by Perisai agents each month, %1 and %2").arg(m.year).arg(m.year - 1);
}

namespace {

void paintBars(SlideCanvas &canvas, const QRectF &area, const MonthlyAcquisitions &m)
{
    QPainter &p = canvas.painter();
    const double legendHeight = canvas.lineHeight(Type::Small) * 1.4;
    double x = area.left();
    x += canvas.legend({x, area.top()}, QString::number(m.year), Ink::Accent);
    canvas.legend({x, area.top()}, QString::number(m.year - 1), Ink::LastYear);

    const double labelHeight = canvas.lineHeight(Type::Small) * 1.3;
    const qint64 top = std::max(*std::max_element(m.thisYear.begin(), m.thisYear.end()),
                                *std::max_element(m.lastYear.begin(), m.lastYear.end()));
    const double step = niceStep(static_cast<double>(top), 4);
    const double maximum = std::max(step, std::ceil(top / step) * step);
    // Axis labels on the left, as wide as the longest one.
    const double axisWidth = canvas.textWidth(fmt::number(static_cast<qint64>(maximum)), Type::Small) + canvas.px(12);
    const QRectF plot(area.left() + axisWidth, area.top() + legendHeight + canvas.px(14), area.width() - axisWidth,
                      area.height() - legendHeight - canvas.px(14) - labelHeight);
    const double small = canvas.lineHeight(Type::Small);
    for (double v = 0; v <= maximum + 0.5; v += step) {
        const double y = plot.bottom() - v / maximum * plot.height();
        p.setPen(QPen(SlideCanvas::color(Ink::Grid), canvas.px(1.5)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        canvas.text(QRectF(area.left(), y - small / 2, axisWidth - canvas.px(8), small), fmt::number(static_cast<qint64>(v)),
                    Type::Small, Ink::Muted, Qt::AlignRight | Qt::AlignVCenter);
    }
    const double slot = plot.width() / 12;
    const double bar = slot * 0.36;
    for (int i = 0; i < 12; ++i) {
        const double left = plot.left() + i * slot + slot * 0.12;
        const double last = m.lastYear[i] / maximum * plot.height();
        p.fillRect(QRectF(left, plot.bottom() - last, bar, last), SlideCanvas::color(Ink::LastYear));
        if (i < m.monthsElapsed) {
            const double now = m.thisYear[i] / maximum * plot.height();
            p.fillRect(QRectF(left + bar, plot.bottom() - now, bar, now), SlideCanvas::color(Ink::Accent));
        }
        // Every month named where there is room, every other one on a narrow screen.
        if (slot >= canvas.textWidth(QStringLiteral("Mei"), Type::Small) * 1.25 || i % 2 == 0)
            canvas.text(QRectF(plot.left() + i * slot - slot / 2, plot.bottom() + canvas.px(4), slot * 2, labelHeight),
                        fmt::monthShort(i + 1), Type::Small, Ink::Muted, Qt::AlignHCenter | Qt::AlignTop);
    }
}

} // namespace

void AcquisitionsSlide::paintBody(SlideCanvas &canvas, const QRectF &body) const
{
    const MonthlyAcquisitions &m = data().monthly;
    const double gap = canvas.px(28);
    const double side = std::max(canvas.px(300), body.width() * 0.33);
    paintBars(canvas, QRectF(body.left(), body.top(), body.width() - side - gap, body.height()), m);

    const qint64 thisYear = m.yearToDate;
    const qint64 lastYearSame = m.yearToDateLastYear;
    const qint64 lastYear = m.lastYearTotal;
    const QString months = m.monthsElapsed >= 12 ? QString::number(m.year)
                           : m.monthsElapsed <= 1 ? fmt::monthShort(1) + QLatin1Char(' ') + QString::number(m.year)
                                                  : fmt::monthShort(1) + QChar(0x2013) + fmt::monthShort(m.monthsElapsed)
                                                        + QLatin1Char(' ') + QString::number(m.year);

    QString change = tr("no figures for the same months of %1").arg(m.year - 1);
    Ink changeInk = Ink::Muted;
    if (lastYearSame > 0) {
        const double c = indicators::growth(thisYear, lastYearSame);
        change = tr("%1%2 against %3 a year earlier")
                     .arg(c >= 0 ? QStringLiteral("+") : QString(), fmt::percent(c), fmt::number(lastYearSame));
        changeInk = c >= 0 ? Ink::Good : Ink::Bad;
    }
    const double x = body.right() - side;
    const double h = (body.height() - 2 * canvas.px(16)) / 3;
    canvas.figureTile(QRectF(x, body.top(), side, h), months, fmt::number(thisYear), change, Ink::Accent, changeInk, 2);
    canvas.figureTile(QRectF(x, body.top() + h + canvas.px(16), side, h), tr("Whole of %1").arg(m.year - 1), fmt::number(lastYear),
                      {}, Ink::LastYear);
    if (m.monthsElapsed < 12 && m.monthsElapsed > 0) {
        const indicators::Outlook &outlook = m.outlook;
        const qint64 expected = outlook.seasonal > 0 ? outlook.seasonal : outlook.runRate;
        const QString verdict = lastYear <= 0 ? tr("at the pace so far")
                                : outlook.beatsLastYear ? tr("would beat %1").arg(m.year - 1)
                                                        : tr("would stay below %1").arg(m.year - 1);
        canvas.figureTile(QRectF(x, body.top() + 2 * (h + canvas.px(16)), side, h), tr("Outlook for %1").arg(m.year),
                          fmt::number(expected), verdict, Ink::Text,
                          lastYear <= 0 ? Ink::Muted : outlook.beatsLastYear ? Ink::Good : Ink::Warn, 1);
    } else {
        const bool beat = m.againstLastYearTotal > 0;
        canvas.figureTile(QRectF(x, body.top() + 2 * (h + canvas.px(16)), side, h), tr("Against %1").arg(m.year - 1),
                          (beat ? QStringLiteral("+") : QString()) + fmt::number(m.againstLastYearTotal),
                          beat ? tr("last year beaten") : tr("below last year"), beat ? Ink::Good : Ink::Warn,
                          beat ? Ink::Good : Ink::Warn, 1);
    }
}

} // namespace perisai::presentation
