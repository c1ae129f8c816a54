#pragma once
// A splitter that sets its panes side by side where they fit and one above the other where they do not
// (a list beside its editor on a wide screen, above it on a 1366×768 laptop).

#include <QSplitter>

namespace perisai::ui {

class AdaptiveSplitter : public QSplitter {
    Q_OBJECT

public:
    explicit AdaptiveSplitter(QWidget *parent = nullptr);
    // The stacked minimum: the page holding it may be as narrow as its widest pane.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int sideBySideMinimumWidth() const;
};

} // namespace perisai::ui
