#pragma once
// Chooses what the dashboard shows: an office (with everything below it), optionally one wadah or one agent.

#include "figures/kpiscope.h"
#include "figures/scopelists.h"

#include <QWidget>

class QComboBox;

namespace perisai::performance {

class ScopePicker : public QWidget {
    Q_OBJECT

public:
    explicit ScopePicker(QWidget *parent = nullptr);

    void setLists(const figures::ScopeLists &lists);
    // Selects by code; unknown codes are ignored.
    void setScope(const figures::KpiScope &scope);
    figures::KpiScope scope() const;
    // "KC Cilacap", "KC Cilacap · Wadah Maju" for the page's subtitle.
    QString description() const;

signals:
    void scopeChanged(const figures::KpiScope &scope);

private:
    void fillWadah();
    void fillAgents();
    void officeChosen();
    void wadahChosen();

    figures::ScopeLists m_lists;
    QComboBox *m_office;
    QComboBox *m_wadah;
    QComboBox *m_agent;
};

} // namespace perisai::performance
