#pragma once
// The reminders shown when the window opens (PKS ending, overdue Monev actions, wadah below target), on
// one compact line above every page: the first reminder, "n more" to unfold the rest, and a dismiss button.
// A dismissed reminder stays away until its text changes (a new count, another wadah), so the bar
// only ever repeats what is news; the texts dismissed are kept in the settings (see Settings).

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace perisai::shell {

class NoticeBar : public QWidget {
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // Shows those of `notices` not dismissed before; hides the bar when none is left.
    void setNotices(const QStringList &notices);
    QStringList shown() const { return m_notices; }
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    // Hides the bar and remembers what it said.
    void dismiss();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateFirstLine();

    QStringList m_notices;
    bool m_expanded = false;
    QLabel *m_first;
    QToolButton *m_more;
    QPushButton *m_dismiss;
    QWidget *m_rest;
    QVBoxLayout *m_restLayout;
};

} // namespace perisai::shell
