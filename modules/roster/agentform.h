#pragma once
// Adding or editing an agent: identity (NIK checked as it is typed), phone, wadah and KCP, the account at
// the wadah's partner bank, and the eligibility checklist. Saving validates through RosterService, writes,
// and pushes the edit on the undo stack; a conflicting edit from another desk is shown in the form with who
// made it, and the form offers to load their version.

#include "roster/agentvalidation.h"
#include "roster/rosterdata.h"
#include "roster/rostercommands.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;
class QWidget;

namespace perisai::roster {

class PersonalDataEdit;

class AgentForm : public QDialog {
    Q_OBJECT

public:
    AgentForm(CommandContext context, QUndoStack *undoStack, const Lookups &lookups, QWidget *parent = nullptr);

    // Editing: the agent as loaded (its version is what the save expects to find).
    void setAgent(const Agent &agent);
    Agent agentFromFields() const;
    bool isNew() const { return m_original.id == 0; }

    // Validates, writes and pushes the undo command; on success accepts the dialog. False when the form stays.
    bool save();
    // Loads the stored version after a conflict (the user's typing is replaced).
    void reloadLatest();

    // The agent's NIK, phone and account are masked in the form unless the window shows personal data;
    // "Show" beside one reveals it and writes who looked at whose data in the audit log.
    void revealField(AgentField field);
    bool isMasked(AgentField field) const;

    // For tests and the page: the message shown under a field, and the conflict banner.
    QString fieldMessage(AgentField field) const;
    bool conflictShown() const;
    QString conflictText() const;
    const Agent &savedAgent() const { return m_saved; }

private:
    QWidget *identitySection();
    QWidget *placementSection();
    QWidget *eligibilitySection();
    QLabel *errorLabel(AgentField field);
    void showIssues(const QList<FieldIssue> &issues);
    void clearIssues();
    void updateNikInfo();
    void updatePhoneInfo();
    void updateBankFromWadah();
    void updateEligibility();
    PersonalDataEdit *personalBox(AgentField field) const;
    static QString personalFieldName(AgentField field);
    bool revealWindowWide() const;

    CommandContext m_context;
    QUndoStack *m_undo;
    Lookups m_lookups;
    Agent m_original;
    Agent m_saved;

    QWidget *m_conflict = nullptr;
    QLabel *m_conflictText = nullptr;
    QLabel *m_formError = nullptr;
    QLineEdit *m_code = nullptr;
    PersonalDataEdit *m_nikBox = nullptr;
    PersonalDataEdit *m_phoneBox = nullptr;
    PersonalDataEdit *m_accountBox = nullptr;
    QLineEdit *m_nik = nullptr;
    QLabel *m_nikInfo = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneInfo = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_wadah = nullptr;
    QComboBox *m_office = nullptr;
    QDateEdit *m_joined = nullptr;
    QComboBox *m_bank = nullptr;
    QLineEdit *m_account = nullptr;
    QCheckBox *m_bpu = nullptr;
    QLineEdit *m_kpj = nullptr;
    QCheckBox *m_hasAccount = nullptr;
    QCheckBox *m_device = nullptr;
    QCheckBox *m_employee = nullptr;
    QCheckBox *m_briefed = nullptr;
    QDateEdit *m_briefedOn = nullptr;
    QLabel *m_eligibility = nullptr;
    QCheckBox *m_activate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QHash<int, QLabel *> m_errors;
    QHash<int, QWidget *> m_inputs;
};

} // namespace perisai::roster
