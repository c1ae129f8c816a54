#pragma once
// The right side of the Tinjauan page: one case — what the figures show against the office, its state and
// decision, the evidence (participants and the months they paid; NIK and phone masked unless revealed,
// and a reveal is logged), the notes, and the actions a person takes.

#include "figures/signalevidence.h"
#include "reviewcase.h"

#include <QWidget>
#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace perisai::review {

class CaseDetailView : public QWidget {
    Q_OBJECT

public:
    explicit CaseDetailView(QWidget *parent = nullptr);

    void showCase(const ReviewCase &c, const std::vector<figures::EvidenceRow> &evidence, const std::vector<CaseNote> &notes);
    void showMessage(const QString &message);
    // The window-wide switch (AppContext::revealPersonalData) shows every case unmasked.
    void setRevealPersonalData(bool reveal);
    qint64 caseId() const { return m_case.id; }
    bool evidenceRevealed() const { return m_reveal || m_caseRevealed; }

signals:
    void startReviewRequested();
    void clearRequested();
    void confirmRequested();
    void dismissalRequested();
    void noteSubmitted(const QString &text);
    void revealRequested(); // this case's evidence shown unmasked: the page logs it

public slots:
    void revealEvidence(); // after the page logged it

private:
    void fillEvidence();
    void updateActions();

    ReviewCase m_case;
    std::vector<figures::EvidenceRow> m_evidence;
    bool m_reveal = false;
    bool m_caseRevealed = false;

    QLabel *m_message;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_detail;
    QLabel *m_figures;
    QLabel *m_decision;
    QTreeWidget *m_evidenceList;
    QPushButton *m_revealButton;
    QListWidget *m_notes;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_start;
    QPushButton *m_clear;
    QPushButton *m_confirm;
    QPushButton *m_dismiss;
};

} // namespace perisai::review
