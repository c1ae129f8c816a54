#include "chartcard.h"
#include "core/outputfile.h"

#include "ui/theme.h"
#include "ui/filedialogs.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace perisai::performance {

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title)), m_subtitle(new QLabel), m_menuButton(new QToolButton),
      m_view(new QChartView)
{
    setObjectName(QStringLiteral("card"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_subtitle->setObjectName(QStringLiteral("hint"));
    m_subtitle->setWordWrap(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setFrameShape(QFrame::NoFrame);

    m_menuButton->setIcon(ui::icon(QStringLiteral("export")));
    m_menuButton->setToolTip(tr("Export this chart"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_menuButton);
    menu->addAction(tr("Save as PNG image…"), this, [this] { exportAs(QStringLiteral("png")); });
    menu->addAction(tr("Save as SVG drawing…"), this, [this] { exportAs(QStringLiteral("svg")); });
    m_menuButton->setMenu(menu);

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    head->addLayout(titles, 1);
    head->addWidget(m_menuButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(head);
    layout->addWidget(m_view, 1);
    m_subtitle->hide();
}

void ChartCard::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void ChartCard::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString ChartCard::title() const
{
    return m_title->text();
}

Status ChartCard::savePng(const QString &path) const
{
    if (auto st = outputs::checkWritable(path, true); !st)
        return st;
    QImage image(m_view->size() * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->render(&painter);
    }
    if (!image.save(path, "PNG"))
        return makeError(tr("could not write %1").arg(path));
    return {};
}

Status ChartCard::saveSvg(const QString &path) const
{
    if (auto st = outputs::checkWritable(path, true); !st)
        return st;
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(title());
    QPainter painter;
    if (!painter.begin(&svg))
        return makeError(tr("could not write %1").arg(path));
    m_view->render(&painter);
    painter.end();
    return {};
}

void ChartCard::exportAs(const QString &suffix)
{
    const bool png = suffix == QLatin1String("png");
    const QString path = ui::saveFileName(this, tr("Export chart"), title() + QLatin1Char('.') + suffix,
                                          png ? tr("PNG image (*.png)") : tr("SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const Status st = png ? savePng(path) : saveSvg(path);
    if (!st)
        QMessageBox::warning(this, tr("Export chart"), st.errorText());
}

} // namespace perisai::performance
