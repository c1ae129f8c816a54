#include "ui/theme.h"

#include "ui/headerlabels.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyleFactory>
#include <QWidget>

namespace perisai::ui {

QList<QColor> colors::chartSeries()
{
    return {primary, accent, QColor(0xF2, 0x8C, 0x28), QColor(0x8E, 0x44, 0xAD), QColor(0x16, 0xA0, 0xB5),
            QColor(0x7F, 0x8C, 0x8D), QColor(0xD3, 0x54, 0x00), QColor(0x27, 0xAE, 0x60)};
}

QColor colors::heat(double f)
{
    f = std::clamp(f, 0.0, 1.0);
    const QColor low(0xFF, 0xFF, 0xFF);
    const QColor high(0x0E, 0x7C, 0x3F);
    return QColor::fromRgbF(low.redF() + (high.redF() - low.redF()) * f, low.greenF() + (high.greenF() - low.greenF()) * f,
                            low.blueF() + (high.blueF() - low.blueF()) * f);
}

static QString readStyle(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void applyDeskTheme(QApplication &app)
{
    app.setStyle(headerLabelStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    explainCutHeaders(app);
    QPalette p = app.palette();
    p.setColor(QPalette::Window, colors::surface);
    p.setColor(QPalette::Base, colors::card);
    p.setColor(QPalette::AlternateBase, QColor(0xF8, 0xFA, 0xFC));
    p.setColor(QPalette::Text, colors::text);
    p.setColor(QPalette::WindowText, colors::text);
    p.setColor(QPalette::ButtonText, colors::text);
    p.setColor(QPalette::Button, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Highlight, colors::primary);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, colors::text);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, colors::muted);
    p.setColor(QPalette::Link, colors::primary);
    app.setPalette(p);
    QFont font = app.font();
    font.setPointSizeF(10.0);
    app.setFont(font);
    app.setStyleSheet(readStyle(QStringLiteral(":/themes/desk.qss")));
}

void applyProjectorTheme(QWidget *window)
{
    QPalette p = window->palette();
    p.setColor(QPalette::Window, QColor(0x0A, 0x14, 0x24));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Base, QColor(0x0A, 0x14, 0x24));
    window->setPalette(p);
    window->setAutoFillBackground(true);
    window->setStyleSheet(readStyle(QStringLiteral(":/themes/projector.qss")));
}

QIcon icon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

} // namespace perisai::ui
