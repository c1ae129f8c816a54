#pragma once
// Attendance on the day, from the invited list, fast at the keyboard: move with the arrows and press
// H (hadir / present), I (izin / excused) or T (tidak hadir / absent) — or 1, 2, 3 — and the cursor goes on
// to the next agent. Backspace clears a mark. Every mark is an undoable command.

#include "monevtypes.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace perisai::ui {
class AppContext;
}

namespace perisai::monev {

class AttendanceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { No, Code, Name, Wadah, Phone, Mark, Note, ColumnCount };
    explicit AttendanceModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setAttendees(std::vector<Attendee> attendees, bool revealPhones);
    const Attendee *attendee(int row) const;
    const std::vector<Attendee> &attendees() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Attendee> m_rows;
    bool m_reveal = false;
};

class AttendanceTab : public QWidget {
    Q_OBJECT

public:
    AttendanceTab(ui::AppContext &context, QWidget *parent = nullptr);
    void setSession(const SessionDetail &detail);
    QTableView *view() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void mark(int row, const QString &value);
    void markRestPresent();
    void findAgent();
    void updateCounts();

    ui::AppContext &m_context;
    qint64 m_sessionId = 0;
    bool m_editable = false;
    AttendanceModel *m_model;
    QTableView *m_view;
    QLineEdit *m_find;
    QLabel *m_counts;
    QPushButton *m_restPresent;
};

} // namespace perisai::monev
