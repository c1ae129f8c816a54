#pragma once
// The top of every page: a title, a line saying what is shown, and room for the page's controls on the right —
// or under the title when the window is too narrow for both side by side (a 1366×768 laptop), and then one
// under the other when even the row of controls is wider than the page.

#include <QWidget>

class QBoxLayout;
class QLabel;
class QVBoxLayout;

namespace perisai::ui {

class PageHeader : public QWidget {
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    // Adds a control (period picker, search field, button) on the right.
    void addWidget(QWidget *widget);

    // As narrow as the stacked arrangement allows: the page may shrink to it.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int width);
    int controlsRowWidth() const;

    QLabel *m_title;
    QLabel *m_subtitle;
    QVBoxLayout *m_text;
    QBoxLayout *m_controls;
    QList<QWidget *> m_controlWidgets;
    QBoxLayout *m_layout;
};

} // namespace perisai::ui
