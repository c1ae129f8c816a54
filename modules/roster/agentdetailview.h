#pragma once
// The panel beside the roster list: who the agent is (personal data masked; the NIK is shown only on a
// deliberate click), the year's figures, the months as a chart, how the recruits keep paying (retention),
// Monev attendance, the status history, notes and the audit trail.

#include "roster/agentdetail.h"

#include <QWidget>

class QLabel;
class QLayout;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTreeWidget;

namespace perisai::roster {

class MonthChart;

class AgentDetailView : public QWidget {
    Q_OBJECT

public:
    explicit AgentDetailView(QWidget *parent = nullptr);

    void showDetail(const AgentDetail &detail, bool revealPersonalData);
    void showMessage(const QString &message); // nothing selected, loading, an error
    void setRevealPersonalData(bool reveal);
    qint64 agentId() const { return m_detail.agent.id; }
    bool nikRevealed() const { return m_nikRevealed; }
    QString nikText() const;
    const Agent &agent() const { return m_detail.agent; }
    // Shows this agent's full NIK; the page calls it once the showing is in the audit log.
    void revealNik();

signals:
    void editRequested();
    void statusRequested();
    void recruitsRequested(qint64 agentId);
    void noteSubmitted(qint64 agentId, const QString &text);
    void reviewCaseRequested(qint64 caseId);
    // "Show" beside the masked NIK (hiding it again needs nobody's permission).
    void nikRevealRequested();

private:
    QWidget *header();
    QWidget *overviewTab();
    void fillLists();
    void updatePersonalData();

    AgentDetail m_detail;
    bool m_reveal = false;
    bool m_nikRevealed = false;

    QLabel *m_message;
    QWidget *m_content;
    QScrollArea *m_scroll;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_meta;
    QLabel *m_nik;
    QPushButton *m_revealNik;
    struct Figure {
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };
    Figure figure(QLayout *into, const QString &caption);
    Figure m_year;
    Figure m_achievement;
    Figure m_active;
    Figure m_retention3;
    MonthChart *m_chart;
    QTabWidget *m_tabs;
    QTreeWidget *m_history;
    QTreeWidget *m_monev;
    QListWidget *m_notes;
    QPlainTextEdit *m_noteEdit;
    QTreeWidget *m_audit;
    QTreeWidget *m_cases;
    int m_casesTab = -1;
};

} // namespace perisai::roster
