#pragma once
// One look for the whole application: palette, style sheet, colours for charts and states.

#include <QColor>
#include <QIcon>
#include <QList>

class QApplication;
class QWidget;

namespace perisai::ui {

namespace colors {
inline const QColor primary{0x0B, 0x5E, 0xA8};     // BPJAMSOSTEK blue
inline const QColor primaryDark{0x08, 0x3D, 0x6E};
inline const QColor accent{0x1F, 0xA0, 0x55};      // green: good, growth
inline const QColor warning{0xE6, 0x9B, 0x00};     // amber: attention
inline const QColor warningText{0xB5, 0x7A, 0x00}; // amber readable as text on white: above cap, to review
inline const QColor danger{0xC6, 0x28, 0x28};      // red: overdue, expired, failed
inline const QColor muted{0x6B, 0x7A, 0x89};       // secondary text
inline const QColor surface{0xF4, 0xF6, 0xF9};     // page background
inline const QColor card{0xFF, 0xFF, 0xFF};
inline const QColor border{0xDD, 0xE3, 0xEA};
inline const QColor text{0x1F, 0x2D, 0x3D};
// Series colours for charts, distinguishable in print and for colour-blind readers.
QList<QColor> chartSeries();
// White (0) to deep green (1) for heat tables such as retention cohorts.
QColor heat(double fraction);
} // namespace colors

// Fusion style, the palette and resources/themes/desk.qss.
void applyDeskTheme(QApplication &app);
// The high-contrast theme for the projector, on one top-level widget.
void applyProjectorTheme(QWidget *window);

// :/icons/<name>.svg, e.g. icon("agents"); an empty icon if missing.
QIcon icon(const QString &name);

} // namespace perisai::ui
