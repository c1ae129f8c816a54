#pragma once
// The participants browser: 300 k rows paged from SQL, filtered by agent, occupation, program and whether
// they paid for the last complete month; the search field answers from the in-memory index once it is built
// (in the background, shown in the status bar) and from SQL until then.

#include "roster/participantmodel.h"
#include "roster/rosterdata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace perisai::ui {
class AppContext;
}

namespace perisai::roster {

class QueryThread;

class ParticipantsTab : public QWidget {
    Q_OBJECT

public:
    ParticipantsTab(QueryThread *queries, ui::AppContext *context, QWidget *parent = nullptr);

    void setData(const RosterData &data);
    // Reloads the page and rebuilds the search index (data changed).
    void refresh();
    void showAgent(qint64 agentId);
    ParticipantFilter filter() const;
    ParticipantModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    bool indexReady() const { return m_model->hasSearchIndex(); }

signals:
    void indexBuilt();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void buildIndex();
    void loadOccupations();
    void updateStatusLine();

    QueryThread *m_queries;
    ui::AppContext *m_context;
    ParticipantModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_agent;
    QComboBox *m_occupation;
    QComboBox *m_program;
    QComboBox *m_activity;
    QLabel *m_status;
    QTimer *m_debounce;
    int m_activePeriod = 0;
    qint64 m_count = -1;
    double m_lastMs = 0;
    bool m_indexWanted = false;
    bool m_indexBuilding = false;
    bool m_occupationsLoaded = false;
};

} // namespace perisai::roster
