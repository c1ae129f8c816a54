#pragma once
// The first-day set-up of a branch: its code, name and region, and its KCP, in one short form. Saving writes
// them through OfficeService::setUpBranch; the database is then ready for imports (wadah, agents, ...).
// Used by the first-start choice and by File → New branch database.

#include "offices/officeservice.h"
#include "storage/database.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace perisai::offices {

class BranchSetupForm : public QWidget {
    Q_OBJECT

public:
    explicit BranchSetupForm(storage::DatabasePtr db, QWidget *parent = nullptr);

    BranchSetup setup() const;
    // Fills the form (tests, and a second try after an error).
    void setSetup(const BranchSetup &setup);
    // Writes the branch and its KCP; false with the reasons shown under the form.
    bool save();
    QString message() const;

private:
    void addSubBranchLine(const BranchSetup::SubBranch &kcp = {});
    void suggestBranchCode();

    storage::DatabasePtr m_db;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_region;
    QLineEdit *m_head;
    QTableWidget *m_kcp;
    QLabel *m_error;
    bool m_codeTyped = false;
};

} // namespace perisai::offices
