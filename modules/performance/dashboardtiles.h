#pragma once
// The row of indicator tiles at the top of the dashboard. Each is clickable: the page opens the list
// behind it.

#include "kpidata.h"

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
    void setData(const DashboardData &data);
    ui::StatTile *tile(Tile which) const { return m_tiles[which]; }

signals:
    void tileClicked(perisai::performance::DashboardTiles::Tile tile);

private:
    std::array<ui::StatTile *, TileCount> m_tiles{};
};

} // namespace perisai::performance
