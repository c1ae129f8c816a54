#pragma once
// Renewing several wadah at one signing ceremony (Cilacap renewed four regional Perisai offices at once):
// a checklist of the agreements that can be renewed, one signing date and signatory for all, each new
// agreement's number and term shown and checked before anything is written. Saving is all or nothing.

#include "agreements/agreement.h"
#include "agreements/agreementrules.h"
#include "core/result.h"

#include <QDialog>
#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace perisai::agreements {

struct BatchCandidate {
    AgreementRow current;
    Agreement proposal; // AgreementService::proposeRenewal
};

class BatchRenewDialog : public QDialog {
    Q_OBJECT

public:
    using Check = std::function<Result<std::vector<RuleIssue>>(const Agreement &)>;

    BatchRenewDialog(std::vector<BatchCandidate> candidates, Check check, const QDate &today, QWidget *parent = nullptr);

    // (previous, next) for every ticked wadah, with the shared signing date and signatory applied.
    std::vector<std::pair<Agreement, Agreement>> renewals() const;
    void setChecked(const QString &wadahCode, bool checked);
    int checkedCount() const;
    QStringList problems() const { return m_problems; }
    void revalidate();

private:
    void fillTable();
    void selectDue();
    Agreement proposalFor(int row) const;

    std::vector<BatchCandidate> m_candidates;
    Check m_check;
    QDate m_today;
    QStringList m_problems;
    QDateEdit *m_signedOn = nullptr;
    QLineEdit *m_signatory = nullptr;
    QSpinBox *m_months = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_renew = nullptr;
    bool m_filling = false;
};

} // namespace perisai::agreements
