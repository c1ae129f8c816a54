#include "projectorwindow.h"

#include "ui/theme.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QTimer>
#include <QWheelEvent>

namespace perisai::presentation {

ProjectorWindow::ProjectorWindow(std::shared_ptr<const DeckData> data, const QStringList &slideIds, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), m_data(std::move(data)), m_slideIds(slideIds),
      m_slides(buildDeck(*m_data, slideIds)), m_hintTimer(new QTimer(this)), m_cursorTimer(new QTimer(this))
{
    setWindowTitle(tr("Perisai Desk projector"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    ui::applyProjectorTheme(this);

    // The key help shows for a few seconds at the start, then leaves the slide clean.
    m_hintTimer->setSingleShot(true);
    m_hintTimer->setInterval(5000);
    connect(m_hintTimer, &QTimer::timeout, this, [this]() {
        m_hint = false;
        update();
    });
    // The pointer hides when the mouse rests.
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(2000);
    connect(m_cursorTimer, &QTimer::timeout, this, [this]() { setCursor(Qt::BlankCursor); });
}

ProjectorWindow::~ProjectorWindow() = default;

void ProjectorWindow::showOn(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
    m_hintTimer->start();
    m_cursorTimer->start();
}

void ProjectorWindow::setData(std::shared_ptr<const DeckData> data)
{
    // The slides refer to the data: build the new ones before the old data goes.
    SlideList slides = buildDeck(*data, m_slideIds);
    m_slides = std::move(slides);
    m_data = std::move(data);
    m_index = std::clamp(m_index, 0, std::max(0, slideCount() - 1));
    update();
}

const Slide *ProjectorWindow::currentSlide() const
{
    return m_index >= 0 && m_index < slideCount() ? m_slides[static_cast<size_t>(m_index)].get() : nullptr;
}

void ProjectorWindow::goTo(int index)
{
    m_blank = false;
    m_index = std::clamp(index, 0, std::max(0, slideCount() - 1));
    update();
}

void ProjectorWindow::next()
{
    goTo(m_index + 1);
}

void ProjectorWindow::previous()
{
    goTo(m_index - 1);
}

void ProjectorWindow::toggleBlank()
{
    m_blank = !m_blank;
    update();
}

void ProjectorWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Slide *slide = currentSlide();
    if (m_blank || !slide) {
        painter.fillRect(rect(), Qt::black);
        return;
    }
    // The key help sits in the footer's middle, where it never covers a figure.
    paintSlide(painter, QSizeF(size()), *slide, {footerText(*m_data), m_index + 1, slideCount(), hintText()});
}

QString ProjectorWindow::hintText() const
{
    if (!m_typedNumber.isEmpty())
        return tr("Go to slide %1 (Enter)").arg(m_typedNumber);
    return m_hint ? tr("\u2192 next   \u2190 previous   B black screen   Esc leave") : QString();
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && m_typedNumber.size() < 3) {
        m_typedNumber += QChar(u'0' + (key - Qt::Key_0));
        update();
        return;
    }
    const bool jump = !m_typedNumber.isEmpty() && (key == Qt::Key_Return || key == Qt::Key_Enter);
    const int typed = m_typedNumber.toInt();
    m_typedNumber.clear();
    if (jump) {
        goTo(typed - 1);
        return;
    }
    switch (key) {
    case Qt::Key_Right: case Qt::Key_Down: case Qt::Key_PageDown: case Qt::Key_Space:
    case Qt::Key_Return: case Qt::Key_Enter: case Qt::Key_N:
        next();
        break;
    case Qt::Key_Left: case Qt::Key_Up: case Qt::Key_PageUp: case Qt::Key_Backspace: case Qt::Key_P:
        previous();
        break;
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(slideCount() - 1);
        break;
    case Qt::Key_F5:
        if (!(event->modifiers() & Qt::ShiftModifier))
            goTo(0);
        break;
    case Qt::Key_B: case Qt::Key_Period:
        toggleBlank();
        break;
    case Qt::Key_R:
        emit reloadRequested();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ProjectorWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
}

void ProjectorWindow::mouseMoveEvent(QMouseEvent *event)
{
    unsetCursor();
    m_cursorTimer->start();
    QWidget::mouseMoveEvent(event);
}

void ProjectorWindow::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps < 0)
        next();
    else if (steps > 0)
        previous();
}

void ProjectorWindow::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace perisai::presentation
