#include "casedetailview.h"

#include "core/format.h"
#include "figures/signalfigures.h"
#include "ui/personaldata.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace perisai::review {
namespace {

QString monthText(int key)
{
    return key ? fmt::yearMonth(key / 100, key % 100) : QStringLiteral("–");
}

QString periodText(const ReviewCase &c)
{
    return c.periodFrom == c.periodTo ? monthText(c.periodFrom) : monthText(c.periodFrom) + QStringLiteral(" – ") + monthText(c.periodTo);
}

} // namespace

CaseDetailView::CaseDetailView(QWidget *parent) : QWidget(parent), m_message(new QLabel), m_content(new QWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("hint"));
    layout->addWidget(m_message, 1);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_title->setWordWrap(true);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("caseState"));
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_state, 0, Qt::AlignTop);
    content->addLayout(titleRow);
    m_detail = new QLabel;
    m_detail->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("caseDetail"));
    content->addWidget(m_detail);
    m_figures = new QLabel;
    m_figures->setWordWrap(true);
    m_figures->setObjectName(QStringLiteral("hint"));
    content->addWidget(m_figures);
    auto *caution = new QLabel(tr("An indicator for a person to review, not a finding: talk to the agent and the wadah before deciding."));
    caution->setWordWrap(true);
    caution->setObjectName(QStringLiteral("hint"));
    content->addWidget(caution);
    m_decision = new QLabel;
    m_decision->setWordWrap(true);
    content->addWidget(m_decision);

    auto *actions = new QHBoxLayout;
    m_start = new QPushButton(ui::icon(QStringLiteral("open")), tr("Start review"));
    m_clear = new QPushButton(ui::icon(QStringLiteral("check")), tr("Clear…"));
    m_confirm = new QPushButton(ui::icon(QStringLiteral("flag")), tr("Confirm…"));
    m_dismiss = new QPushButton(ui::icon(QStringLiteral("terminate")), tr("Dismiss the agent…"));
    m_start->setObjectName(QStringLiteral("startReview"));
    m_clear->setObjectName(QStringLiteral("clearCase"));
    m_confirm->setObjectName(QStringLiteral("confirmCase"));
    m_dismiss->setObjectName(QStringLiteral("dismissAgent"));
    for (QPushButton *b : {m_start, m_clear, m_confirm, m_dismiss})
        actions->addWidget(b);
    actions->addStretch();
    content->addLayout(actions);
    connect(m_start, &QPushButton::clicked, this, &CaseDetailView::startReviewRequested);
    connect(m_clear, &QPushButton::clicked, this, &CaseDetailView::clearRequested);
    connect(m_confirm, &QPushButton::clicked, this, &CaseDetailView::confirmRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &CaseDetailView::dismissalRequested);

    auto *evidenceRow = new QHBoxLayout;
    auto *evidenceTitle = new QLabel(tr("Evidence: the participants and the months they paid for"));
    evidenceTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_revealButton = new QPushButton(ui::icon(QStringLiteral("reveal")), tr("Show NIK and phone"));
    m_revealButton->setObjectName(QStringLiteral("revealEvidence"));
    m_revealButton->setToolTip(tr("Personal data: shows this case's NIK and phone numbers in full; the showing is recorded"));
    connect(m_revealButton, &QPushButton::clicked, this, &CaseDetailView::revealRequested);
    evidenceRow->addWidget(evidenceTitle, 1);
    evidenceRow->addWidget(m_revealButton);
    content->addLayout(evidenceRow);
    m_evidenceList = new QTreeWidget;
    m_evidenceList->setObjectName(QStringLiteral("caseEvidence"));
    m_evidenceList->setRootIsDecorated(false);
    m_evidenceList->setAlternatingRowColors(true);
    m_evidenceList->setHeaderLabels({tr("KPJ"), tr("Name"), tr("NIK"), tr("Phone"), tr("Agent"), tr("Registered"), tr("Months paid"),
                                     tr("Last month paid"), tr("Paid")});
    content->addWidget(m_evidenceList, 3);

    auto *notesTitle = new QLabel(tr("Notes"));
    notesTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    content->addWidget(notesTitle);
    m_notes = new QListWidget;
    m_notes->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("caseNotes"));
    content->addWidget(m_notes, 1);
    m_noteEdit = new QPlainTextEdit;
    m_noteEdit->setObjectName(QStringLiteral("caseNoteEdit"));
    m_noteEdit->setPlaceholderText(tr("A note on this case (a call, a visit, what the wadah said)…"));
    m_noteEdit->setFixedHeight(54);
    auto *addNote = new QPushButton(ui::icon(QStringLiteral("add")), tr("Add note"));
    connect(addNote, &QPushButton::clicked, this, [this]() {
        if (!m_noteEdit->toPlainText().trimmed().isEmpty()) {
            emit noteSubmitted(m_noteEdit->toPlainText());
            m_noteEdit->clear();
        }
    });
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(addNote, 0, Qt::AlignBottom);
    content->addLayout(noteRow);
    layout->addWidget(m_content, 1);
    showMessage(tr("Choose a case to see what the figures show and the participants behind them."));
}

void CaseDetailView::showMessage(const QString &message)
{
    m_case = {};
    m_message->setText(message);
    m_message->show();
    m_content->hide();
}

void CaseDetailView::showCase(const ReviewCase &c, const std::vector<figures::EvidenceRow> &evidence, const std::vector<CaseNote> &notes)
{
    if (c.id != m_case.id)
        m_caseRevealed = false;
    m_case = c;
    m_evidence = evidence;
    m_message->hide();
    m_content->show();
    const QString agent = c.agentCode.isEmpty() ? tr("no agent") : c.agentCode + QStringLiteral(" · ") + c.agentName;
    m_title->setText(caseKindTitle(c.kind) + QStringLiteral("\n") + agent);
    m_state->setText(stateTitle(c.state));
    const QColor color = c.state == CaseState::Confirmed ? ui::colors::danger
                         : c.state == CaseState::Cleared  ? ui::colors::accent
                                                          : ui::colors::warning;
    m_state->setStyleSheet(QStringLiteral("padding: 2px 8px; border-radius: 8px; color: white; background: %1;").arg(color.name()));
    m_detail->setText(c.detail);
    if (c.source == CaseSource::Signal) {
        const bool people = c.kind == figures::signalKey(figures::SignalKind::SharedPhone);
        const QString value = people ? fmt::decimal(c.value, 0) : fmt::percent(c.value);
        const QString baseline = people ? fmt::decimal(c.baseline, 1) : fmt::percent(c.baseline);
        m_figures->setText(tr("%1: this agent %2, the office %3 · %4").arg(periodText(c), value, baseline,
                                                                             tr("%n participant(s) named", nullptr, int(c.participants.size()))));
    } else {
        m_figures->setText(tr("Raised by the import · registered %1").arg(periodText(c)));
    }
    if (decided(c.state)) {
        m_decision->setText(tr("%1 by %2 on %3: %4")
                                .arg(stateTitle(c.state), c.decidedBy, fmt::date(c.decidedAt.toLocalTime().date()),
                                     c.reason.isEmpty() ? tr("no reason given") : c.reason));
        m_decision->show();
    } else {
        m_decision->hide();
    }
    m_notes->clear();
    for (const CaseNote &n : notes)
        m_notes->addItem(tr("%1 · %2\n%3").arg(fmt::date(n.writtenAt.toLocalTime().date()) + QLatin1Char(' ')
                                                      + n.writtenAt.toLocalTime().time().toString(QStringLiteral("HH:mm")),
                                                  n.author, n.text));
    if (notes.empty())
        m_notes->addItem(tr("No notes yet"));
    fillEvidence();
    updateActions();
}

void CaseDetailView::setRevealPersonalData(bool reveal)
{
    m_reveal = reveal;
    fillEvidence();
}

void CaseDetailView::revealEvidence()
{
    m_caseRevealed = true;
    fillEvidence();
}

void CaseDetailView::fillEvidence()
{
    const bool reveal = evidenceRevealed();
    m_revealButton->setVisible(!reveal && !m_evidence.empty());
    m_evidenceList->clear();
    for (const figures::EvidenceRow &r : m_evidence) {
        const QString last = r.paidMonths.isEmpty() ? tr("never") : monthText(r.paidMonths.last());
        auto *item = new QTreeWidgetItem({r.kpj, r.name, ui::showNik(r.nik, reveal), ui::showPhone(r.phone, reveal), r.agentCode,
                                          fmt::date(r.registeredOn), fmt::number(r.paidMonths.size()), last, fmt::rupiah(r.paidTotal)});
        QStringList months;
        for (int m : r.paidMonths)
            months << monthText(m);
        item->setToolTip(6, months.join(QStringLiteral(", ")));
        for (int col : {6, 8})
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        m_evidenceList->addTopLevelItem(item);
    }
    for (int c = 0; c < m_evidenceList->columnCount(); ++c)
        m_evidenceList->resizeColumnToContents(c);
}

void CaseDetailView::updateActions()
{
    m_start->setVisible(m_case.state == CaseState::Open);
    m_clear->setVisible(!decided(m_case.state));
    m_confirm->setVisible(!decided(m_case.state));
    m_dismiss->setVisible(m_case.state == CaseState::Confirmed && m_case.agentId);
}

} // namespace perisai::review
