#pragma once
// The form for one agreement: a new one, an edit, or the next one of a chain (renewal, terms carried
// over and editable). The rules are checked as the user types and explained under the fields; the
// one-year limit can be overridden with a reason, errors cannot.

#include "agreements/agreement.h"
#include "agreements/agreementrules.h"
#include "core/result.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace perisai::agreements {

struct FormContext {
    std::vector<WadahInfo> wadah;
    QSet<QString> takenNumbers;
    // Checks a candidate against the stored agreements (AgreementService::check).
    std::function<Result<std::vector<RuleIssue>>(const Agreement &)> check;
};

class AgreementForm : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Edit, Renew };

    // previous: the agreement being renewed (Renew mode), shown above the form.
    AgreementForm(Mode mode, const Agreement &initial, FormContext context, QWidget *parent = nullptr,
                  const Agreement *previous = nullptr);

    Agreement agreement() const;
    // Runs the rule check now (the form also runs it shortly after each change).
    void revalidate();
    QStringList messages() const { return m_messageList; }
    bool canSave() const;

private:
    void buildForm(const Agreement *previous);
    void load(const Agreement &a);
    void wadahChanged();
    void setOneYear();

    Mode m_mode;
    Agreement m_initial;
    FormContext m_context;
    QStringList m_messageList;
    bool m_termIssue = false;
    bool m_blocked = true;
    bool m_numberSuggested = false;

    QComboBox *m_wadah = nullptr;
    QLineEdit *m_number = nullptr;
    QDateEdit *m_signedOn = nullptr;
    QDateEdit *m_startsOn = nullptr;
    QDateEdit *m_endsOn = nullptr;
    QLineEdit *m_signatoryBranch = nullptr;
    QLineEdit *m_signatoryWadah = nullptr;
    QSpinBox *m_target = nullptr;
    QSpinBox *m_minimum = nullptr;
    QLineEdit *m_bank = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_override = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QLabel *m_messages = nullptr;
    QPushButton *m_save = nullptr;
    QTimer *m_recheck = nullptr;
};

} // namespace perisai::agreements
