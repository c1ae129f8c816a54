#pragma once
// The top of every page: a title, a line saying what is shown, and room for the page's controls on the right.

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace perisai::ui {

class PageHeader : public QWidget {
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    // Adds a control (period picker, search field, button) on the right.
    void addWidget(QWidget *widget);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_controls;
};

} // namespace perisai::ui
