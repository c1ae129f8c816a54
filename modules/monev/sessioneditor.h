#pragma once
// One Monev session, from invitation to follow-up: details and invitations, attendance, obstacles and actions,
// the review of earlier actions, awards and the frozen snapshot; the steps of its life cycle; the minutes.

#include "monevtypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace perisai::ui {
class AppContext;
class PageLoader;
}

namespace perisai::monev {

class AttendanceTab;
class AwardsTab;
class DetailsTab;
class ObstaclesTab;
class ReviewTab;
class SnapshotTab;

class SessionEditor : public QWidget {
    Q_OBJECT

public:
    enum Tab { Details, Attendance, Obstacles, FollowUp, Awards, Snapshot };

    SessionEditor(ui::AppContext &context, QWidget *parent = nullptr);

    // Reads the session off the UI thread, then shows it (the session shown stays until then).
    void load(qint64 sessionId);
    void startNew();
    // The session shown, and the one asked for (shown once read; 0: a new session).
    qint64 sessionId() const { return m_detail.session.id; }
    qint64 wantedSessionId() const { return m_wanted; }
    bool isLoading() const;
    const SessionDetail &detail() const { return m_detail; }
    void showTab(Tab tab);

    void printPreview();
    void savePdf();

public slots:
    void reload();

signals:
    // The session's list entry may have changed (status, counts) or a new session exists.
    void sessionChanged(qint64 sessionId);

private:
    void display(const SessionDetail &detail);
    void step(const QString &target);

    ui::AppContext &m_context;
    SessionDetail m_detail;
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_held;
    QPushButton *m_close;
    QPushButton *m_cancel;
    QPushButton *m_reopen;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QTabWidget *m_tabs;
    DetailsTab *m_detailsTab;
    AttendanceTab *m_attendanceTab;
    ObstaclesTab *m_obstaclesTab;
    ReviewTab *m_reviewTab;
    AwardsTab *m_awardsTab;
    SnapshotTab *m_snapshotTab;
    ui::PageLoader *m_loader;
    qint64 m_wanted = 0;
    int m_tabAfterLoad = -1;
};

} // namespace perisai::monev
