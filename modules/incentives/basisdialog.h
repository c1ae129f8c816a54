#pragma once
// The participants and payments behind one agent's line of a month, each with the reason it does not
// count when it does not. Read off the UI thread; NIK masked unless the user reveals personal data.

#include "incentives/calculator.h"

#include <QDialog>

class QStandardItemModel;

namespace perisai::ui {
class AppContext;
}

namespace perisai::incentives {

class BasisDialog : public QDialog {
    Q_OBJECT

public:
    BasisDialog(ui::AppContext &context, const AgentIncentive &agent, YearMonth month, const RuleVersion &rule,
                QWidget *parent = nullptr);

    QStandardItemModel *participantsModel() const { return m_participants; }
    QStandardItemModel *paymentsModel() const { return m_payments; }

signals:
    void loaded();

private:
    QStandardItemModel *m_participants;
    QStandardItemModel *m_payments;
};

} // namespace perisai::incentives
