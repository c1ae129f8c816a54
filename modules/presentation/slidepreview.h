#pragma once
// A slide drawn small on the page, laid out exactly as it will be on the projector's screen size.

#include "slide.h"

#include <QWidget>

namespace perisai::presentation {

class SlidePreview : public QWidget {
    Q_OBJECT

public:
    explicit SlidePreview(QWidget *parent = nullptr);

    // Not owned; null shows an empty frame with `message`.
    void setSlide(const Slide *slide, const SlideFooter &footer);
    void setMessage(const QString &message);
    // The projector's resolution: the preview keeps its shape and lays the slide out for it.
    void setScreenSize(const QSize &size);
    QSize screenSize() const { return m_screen; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const Slide *m_slide = nullptr;
    SlideFooter m_footer;
    QString m_message;
    QSize m_screen{1024, 768};
};

} // namespace perisai::presentation
