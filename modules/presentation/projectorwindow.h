#pragma once
// The projector: one frameless full-screen window on the chosen display, showing the deck one slide at a time.
//
// Keys, as presentation clickers send them: Right/Down/Page Down/Space/Enter/N next; Left/Up/Page Up/
// Backspace/P previous; Home/End first/last; a number then Enter jumps to that slide; B or "." blacks the
// screen (again to come back); F5 starts over; R reads the data again; Esc leaves. Mouse: left click next,
// right click previous, the wheel steps.

#include "slide.h"

#include <QWidget>
#include <memory>

class QScreen;
class QTimer;

namespace perisai::presentation {

class ProjectorWindow : public QWidget {
    Q_OBJECT

public:
    // `parent` owns the window (it closes with the page) but the window is a top-level of its own.
    ProjectorWindow(std::shared_ptr<const DeckData> data, const QStringList &slideIds, QWidget *parent = nullptr);
    ~ProjectorWindow() override;

    // Full screen on that display (the primary one when null).
    void showOn(QScreen *screen);
    // New figures (after R), keeping the slide shown.
    void setData(std::shared_ptr<const DeckData> data);

    int currentIndex() const { return m_index; }
    int slideCount() const { return static_cast<int>(m_slides.size()); }
    const Slide *currentSlide() const;
    bool isBlanked() const { return m_blank; }

    void next();
    void previous();
    void goTo(int index);
    void toggleBlank();

signals:
    void reloadRequested();
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QString hintText() const; // the key help while it shows, or the slide number being typed

    std::shared_ptr<const DeckData> m_data;
    QStringList m_slideIds;
    SlideList m_slides;
    int m_index = 0;
    bool m_blank = false;
    bool m_hint = true;
    QString m_typedNumber;
    QTimer *m_hintTimer;
    QTimer *m_cursorTimer;
};

} // namespace perisai::presentation
