#pragma once
// The row of indicator tiles at the top of the dashboard. Each is clickable: the page opens the list
// behind it.

#include "figures/kpidata.h"

#include <QWidget>
#include <array>

namespace perisai::ui {
class StatTile;
}

namespace perisai::performance {

class DashboardTiles : public QWidget {
    Q_OBJECT

public:
    enum Tile { Acquisitions, Outlook, Achievement, Active, Coverage, Ucj, Claims, Agents, Monev, Agreements, TileCount };

    explicit DashboardTiles(QWidget *parent = nullptr);
    void setData(const figures::DashboardData &data);
    ui::StatTile *tile(Tile which) const { return m_tiles[which]; }

    // Five tiles to a row where they fit, fewer on a narrow window.
    QSize minimumSizeHint() const override;

signals:
    void tileClicked(perisai::performance::DashboardTiles::Tile tile);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int tileMinimumWidth() const;
    void placeTiles(int columns);

    std::array<ui::StatTile *, TileCount> m_tiles{};
    int m_columns = 0;
};

} // namespace perisai::performance
