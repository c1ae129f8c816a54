#pragma once
// Tinjauan: the review cases of the office — every fraud signal of a period and every participant flag of
// the import — with filters (kind, state, agent, wadah, period), the evidence behind the chosen case and
// the actions a person takes. Looking for signals runs off the UI thread and turns them into cases.
// Never on the projector: this page is for the branch's staff.

#include "core/period.h"
#include "reviewcase.h"

#include <QWidget>
#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace perisai::ui {
class AppContext;
class PageHeader;
}

namespace perisai::review {

class CaseDetailView;

class ReviewPage : public QWidget {
    Q_OBJECT

public:
    ReviewPage(ui::AppContext &context, QWidget *parent = nullptr);
    // Shows one case (from the roster's agent detail).
    void openCase(qint64 caseId);
    // Looks for signals in the chosen period and brings the cases up to date.
    void scan();

private:
    CaseFilter filter() const;
    void reload();
    void fillCases(const std::vector<ReviewCase> &cases);
    void fillChoices(const std::vector<ReviewCase> &cases);
    void loadCase(qint64 caseId);
    void act(const std::function<Status()> &action, const QStringList &tables = {QStringLiteral("review_cases")});
    void clearCurrent();
    void confirmCurrent();
    void suggestDismissal();
    void revealCurrent();
    qint64 currentCaseId() const;
    const ReviewCase *currentCase() const;

    ui::AppContext &m_context;
    ui::PageHeader *m_header;
    QComboBox *m_period;
    QComboBox *m_kind;
    QComboBox *m_state;
    QComboBox *m_agent;
    QComboBox *m_wadah;
    QPushButton *m_scan;
    QTreeWidget *m_cases;
    QLabel *m_count;
    CaseDetailView *m_detail;
    std::vector<ReviewCase> m_shown;
    qint64 m_wanted = 0; // a case asked for before the list held it
};

} // namespace perisai::review
