#pragma once
// A card holding one chart: its title, a line of context, and an export menu (PNG, SVG).

#include "core/result.h"

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QToolButton;

namespace perisai::performance {

class ChartCard : public QFrame {
    Q_OBJECT

public:
    explicit ChartCard(const QString &title, QWidget *parent = nullptr);

    // Takes the chart, replacing (and deleting) the previous one.
    void setChart(QChart *chart);
    void setSubtitle(const QString &subtitle);
    QString title() const;
    QChartView *view() const { return m_view; }

    // The chart as drawn, at twice the screen's pixels (PNG) or as vectors (SVG).
    Status savePng(const QString &path) const;
    Status saveSvg(const QString &path) const;

private:
    void exportAs(const QString &suffix);

    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_menuButton;
    QChartView *m_view;
};

} // namespace perisai::performance
