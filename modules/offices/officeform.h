#pragma once
// Adding or editing an office: code, name, kind, the office above it, region (offered from the workforce
// figures' regions, with a hint when it matches none), head and address. Saved through OfficeService onto
// the undo stack; a conflict from another desk is shown, never overwritten.

#include "offices/officecommands.h"
#include "offices/officesdata.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace perisai::offices {

class OfficeForm : public QDialog {
    Q_OBJECT

public:
    OfficeForm(CommandContext context, QUndoStack *undoStack, OfficesData data, QWidget *parent = nullptr);

    void setOffice(const Office &office);
    Office officeFromFields() const;
    bool save();
    void reloadLatest();
    QString message() const;
    QString regionHint() const;
    bool conflictShown() const;
    const Office &savedOffice() const { return m_saved; }

private:
    void fillParents();
    void updateRegionHint();

    CommandContext m_context;
    QUndoStack *m_undo;
    OfficesData m_data;
    Office m_original;
    Office m_saved;
    QWidget *m_conflict;
    QLabel *m_conflictText;
    QLabel *m_error;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_parent;
    QComboBox *m_region;
    QLabel *m_regionHint;
    QLineEdit *m_head;
    QLineEdit *m_address;
};

} // namespace perisai::offices
