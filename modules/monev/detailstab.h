#pragma once
// Details of a session: date, place, scope (branch, KCP, wadah), facilitator, agenda, review period, summary;
// and the invitation of the scope's active agents.

#include "monevtypes.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace perisai::ui {
class AppContext;
}

namespace perisai::monev {

class DetailsTab : public QWidget {
    Q_OBJECT

public:
    DetailsTab(ui::AppContext &context, QWidget *parent = nullptr);
    // The offices and wadah a session can be for (read with the session, off the UI thread).
    void setChoices(std::vector<ScopeChoice> offices, std::vector<ScopeChoice> wadah);
    void setSession(const SessionDetail &detail);
    // A blank form for a new session.
    void startNew();
    Session edited() const;

signals:
    void created(qint64 sessionId);
    void changed();

private:
    qint64 firstBranch() const;
    void fillOffices();
    void save();
    void invite();

    ui::AppContext &m_context;
    Session m_session;
    std::vector<ScopeChoice> m_offices;
    std::vector<ScopeChoice> m_wadah;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QLineEdit *m_time;
    QLineEdit *m_place;
    QComboBox *m_level;
    QComboBox *m_office;
    QLineEdit *m_facilitator;
    QDateEdit *m_reviewFrom;
    QDateEdit *m_reviewTo;
    QPlainTextEdit *m_agenda;
    QPlainTextEdit *m_summary;
    QLabel *m_invited;
    QPushButton *m_save;
    QPushButton *m_invite;
};

} // namespace perisai::monev
