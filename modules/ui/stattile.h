#pragma once
// An indicator tile: a caption, one big figure, a line of context, and a coloured trend. Clickable for drill-down.

#include <QFrame>

class QLabel;

namespace perisai::ui {

class StatTile : public QFrame {
    Q_OBJECT

public:
    enum class Tone { Neutral, Good, Warning, Bad };

    explicit StatTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail, Tone tone = Tone::Neutral);
    void setCaption(const QString &caption);
    QString value() const;
    QString detail() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The tiles beside this one (same parent, same top): every caption as tall as the tallest, so that a
    // caption that wraps ("CAKUPAN PEKERJA INFORMAL") does not push its figure below its neighbours'.
    void lineUpCaptions();
    int captionHeightAtWidth() const;

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace perisai::ui
