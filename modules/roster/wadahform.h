#pragma once
// Adding or editing a wadah: name, kind, supervising KCP and Pembina, partner bank, leader and contact.
// Saved through RosterService onto the undo stack; a conflict from another desk is shown, never overwritten.

#include "roster/rosterdata.h"
#include "roster/rostercommands.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace perisai::roster {

class WadahForm : public QDialog {
    Q_OBJECT

public:
    WadahForm(CommandContext context, QUndoStack *undoStack, const Lookups &lookups, QWidget *parent = nullptr);

    void setWadah(const Wadah &wadah);
    Wadah wadahFromFields() const;
    bool save();
    void reloadLatest();
    QString message() const;
    bool conflictShown() const;

private:
    CommandContext m_context;
    QUndoStack *m_undo;
    Wadah m_original;
    QWidget *m_conflict;
    QLabel *m_conflictText;
    QLabel *m_error;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_office;
    QLineEdit *m_supervisor;
    QComboBox *m_bank;
    QLineEdit *m_leader;
    QLineEdit *m_phone;
    QLineEdit *m_legal;
    QLineEdit *m_village;
    QLineEdit *m_address;
    QCheckBox *m_active;
    QLineEdit *m_notes;
};

} // namespace perisai::roster
