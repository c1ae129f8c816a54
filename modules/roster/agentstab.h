#pragma once
// The agents tab: search-as-you-type and filters over the roster list, sortable by any column, with the
// selected agent's detail beside it.

#include "roster/agentlistmodel.h"
#include "roster/rosterdata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace perisai::roster {

class AgentDetailView;

class AgentsTab : public QWidget {
    Q_OBJECT

public:
    explicit AgentsTab(QWidget *parent = nullptr);

    void setData(const RosterData &data);
    void setRevealPersonalData(bool reveal);
    AgentFilter filter() const;
    void setFilter(const AgentFilter &filter);

    qint64 currentAgentId() const;
    const AgentRow *currentRow() const;
    bool selectAgent(qint64 id);
    bool selectAgentByCode(const QString &code);

    AgentListModel *model() const { return m_model; }
    AgentFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    AgentDetailView *detail() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }

signals:
    void currentAgentChanged(qint64 id);
    void editRequested(qint64 id);

private:
    QWidget *filterBar();
    void applyFilter();
    void updateCount();

    AgentListModel *m_model;
    AgentFilterProxy *m_proxy;
    QTableView *m_table;
    AgentDetailView *m_detail;
    QLineEdit *m_search = nullptr;
    QComboBox *m_office = nullptr;
    QComboBox *m_wadah = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_productive = nullptr;
    QLabel *m_count = nullptr;
    qint64 m_lastEmitted = -1;
};

} // namespace perisai::roster
