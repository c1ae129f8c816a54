#pragma once
// The first start on an empty database: try the program on demo data, or set up the branch (its code, name,
// region and KCP) so that its own files can be imported. Offered whenever the window opens a database that
// holds no offices, so a first start that was interrupted (closed, skipped) offers the choice again.

#include "storage/database.h"

#include <QDialog>

class QStackedWidget;

namespace perisai::offices {
class BranchSetupForm;
}

namespace perisai::shell {

class FirstStartDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { Later, Demo, Setup };
    enum class Start { Choice, SetupForm };

    explicit FirstStartDialog(storage::DatabasePtr db, Start start = Start::Choice, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    offices::BranchSetupForm *setupForm() const { return m_form; }
    void chooseDemo();
    void showSetup();
    // Saves the set-up; the dialog is accepted when it was written.
    bool saveSetup();

private:
    QWidget *makeChoicePage();
    QWidget *makeSetupPage();
    void fitPage();

    storage::DatabasePtr m_db;
    QStackedWidget *m_pages;
    offices::BranchSetupForm *m_form = nullptr;
    Choice m_choice = Choice::Later;
};

// What the first start led to.
enum class FirstStartOutcome { Later, Demo, Setup, Screenshot };

// Shows the choice (or straight the set-up form) and carries it out: demo data with progress, or the set-up.
// Under PERISAI_SCREENSHOT the dialog is saved to that file after its delay (PERISAI_SCREENSHOT_PAGE=setup:
// the set-up form) and nothing is written.
FirstStartOutcome runFirstStart(const storage::DatabasePtr &db, FirstStartDialog::Start start = FirstStartDialog::Start::Choice,
                                QWidget *parent = nullptr);

} // namespace perisai::shell
