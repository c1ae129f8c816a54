#pragma once
// An agent's months at a glance: acquisitions as bars (values on top), recruits paid up as a line on its own
// scale. Painted directly: a small chart that stays crisp in the detail panel and on screenshots.

#include "roster/agentdetail.h"

#include <QWidget>

namespace perisai::roster {

class MonthChart : public QWidget {
    Q_OBJECT

public:
    explicit MonthChart(QWidget *parent = nullptr);
    void setMonths(const QList<AgentMonth> &months);
    QSize sizeHint() const override { return {420, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<AgentMonth> m_months;
};

} // namespace perisai::roster
