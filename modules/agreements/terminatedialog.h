#pragma once
// Terminating a PKS: the date it stops binding and the reason, both required and kept with it.

#include "agreements/agreement.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace perisai::agreements {

class TerminateDialog : public QDialog {
    Q_OBJECT

public:
    // suggestedReason: prefilled, e.g. when the wadah was flagged below its minimum target.
    TerminateDialog(const AgreementRow &row, const QDate &today, const QString &suggestedReason = {}, QWidget *parent = nullptr);

    QDate terminatedOn() const;
    QString reason() const;

private:
    void update();

    AgreementRow m_row;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace perisai::agreements
