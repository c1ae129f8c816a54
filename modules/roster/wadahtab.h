#pragma once
// The wadah tab: the host organisations with their agents, this year's acquisitions and PKS state.

#include "roster/rosterdata.h"
#include "roster/wadahlistmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace perisai::roster {

class WadahTab : public QWidget {
    Q_OBJECT

public:
    explicit WadahTab(QWidget *parent = nullptr);

    void setData(const RosterData &data, const QDate &today);
    qint64 currentWadahId() const;
    bool selectWadahByCode(const QString &code);
    WadahFilterProxy *proxy() const { return m_proxy; }
    WadahListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void editRequested(qint64 id);
    void showAgentsRequested(qint64 wadahId);

private:
    void applyFilter();

    WadahListModel *m_model;
    WadahFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_office;
    QComboBox *m_pks;
    QCheckBox *m_below;
    QLabel *m_count;
    int m_minAgents = 5;
};

} // namespace perisai::roster
