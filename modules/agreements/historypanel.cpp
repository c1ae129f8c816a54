#include "historypanel.h" // relative: lupdate resolves it without include paths

#include "agreements/agreementrules.h"
#include "agreements/statusdelegate.h"
#include "core/format.h"
#include "ui/theme.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace perisai::agreements {

HistoryPanel::HistoryPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("page"));
    m_chain = new QVBoxLayout(inner);
    m_chain->setContentsMargins(0, 0, 4, 0);
    m_chain->setSpacing(2);
    m_chain->addStretch();
    scroll->setWidget(inner);
    layout->addWidget(scroll, 3);

    m_documentsTitle = new QLabel;
    m_documentsTitle->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(m_documentsTitle);
    m_documents = new QListWidget;
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setMaximumHeight(110);
    layout->addWidget(m_documents, 1);
    auto *buttons = new QHBoxLayout;
    m_attach = new QPushButton(ui::icon(QStringLiteral("attach")), tr("Attach signed PKS…"));
    m_open = new QPushButton(ui::icon(QStringLiteral("open")), tr("Open"));
    m_remove = new QPushButton(ui::icon(QStringLiteral("delete")), tr("Remove"));
    for (QPushButton *b : {m_attach, m_open, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, &HistoryPanel::attachRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedDocument())
            emit openRequested(id);
    });
    connect(m_documents, &QListWidget::itemDoubleClicked, this, [this] {
        if (const qint64 id = selectedDocument())
            emit openRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedDocument())
            emit removeRequested(id);
    });
    connect(m_documents, &QListWidget::currentRowChanged, this, [this](int row) {
        m_open->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    clear();
}

void HistoryPanel::clear()
{
    while (m_chain->count() > 1) {
        QLayoutItem *item = m_chain->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_cards = 0;
    m_title->setText(tr("Choose an agreement to see its wadah's history."));
    showDocuments(QString(), {});
    m_attach->setEnabled(false);
}

QWidget *HistoryPanel::card(const AgreementRow &row, bool selected)
{
    const Agreement &a = row.agreement;
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("card"));
    frame->setProperty("agreementId", a.id);
    frame->setCursor(Qt::PointingHandCursor);
    if (selected)
        frame->setStyleSheet(QStringLiteral("#card { border: 2px solid %1; }").arg(ui::colors::primary.name()));
    frame->installEventFilter(this);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    auto *number = new QLabel(QStringLiteral("<b>%1</b>").arg(a.number.toHtmlEscaped()));
    auto *chip = new QLabel(statusLabel(row.status));
    chip->setStyleSheet(chipStyleSheet(row.status));
    top->addWidget(number);
    top->addStretch();
    top->addWidget(chip);
    layout->addLayout(top);

    QStringList lines;
    lines << tr("Term %1 – %2").arg(fmt::date(a.startsOn), fmt::date(a.endsOn))
                 + (a.signedOn.isValid() ? tr(", signed %1").arg(fmt::date(a.signedOn)) : QString());
    if (!a.signatoryBranch.isEmpty() || !a.signatoryWadah.isEmpty())
        lines << tr("Signatories: %1 (branch), %2 (wadah)").arg(a.signatoryBranch, a.signatoryWadah);
    lines << tr("PKS target %1 participants over the term · PKS monthly minimum %2 · %3")
                 .arg(fmt::number(a.targetParticipants), fmt::number(a.minMonthlyTarget), a.partnerBank.isEmpty() ? tr("no partner bank") : a.partnerBank);
    if (a.status == StoredStatus::Terminated)
        lines << tr("Terminated from %1: %2").arg(fmt::date(a.terminatedOn), a.terminationReason);
    if (!a.termOverrideReason.isEmpty())
        lines << tr("Longer term accepted: %1").arg(a.termOverrideReason);
    lines << tr("%n signed document(s)", nullptr, row.documentCount);
    auto *details = new QLabel(lines.join(QLatin1Char('\n')));
    details->setWordWrap(true);
    details->setObjectName(QStringLiteral("hint"));
    layout->addWidget(details);
    for (QLabel *l : {number, chip, details})
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
    return frame;
}

void HistoryPanel::showChain(const std::vector<AgreementRow> &chain, qint64 selectedId)
{
    clear();
    if (chain.empty())
        return;
    m_title->setText(tr("PKS history · %1 %2 (%n agreement(s))", nullptr, static_cast<int>(chain.size()))
                         .arg(chain.front().wadahCode, chain.front().wadahName));
    // Newest first: what binds now on top, the first PKS at the bottom.
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (it != chain.rbegin()) {
            const bool linked = (it - 1)->agreement.previousId == it->agreement.id;
            auto *link = new QLabel(linked ? tr("↑ renewed by the agreement above") : tr("↑ followed by the agreement above"));
            link->setObjectName(QStringLiteral("hint"));
            link->setWordWrap(true);
            link->setAlignment(Qt::AlignCenter);
            m_chain->insertWidget(m_chain->count() - 1, link);
        }
        m_chain->insertWidget(m_chain->count() - 1, card(*it, it->agreement.id == selectedId));
        ++m_cards;
    }
    m_attach->setEnabled(selectedId != 0);
}

void HistoryPanel::showDocuments(const QString &agreementNumber, const std::vector<DocumentInfo> &documents)
{
    m_documentsTitle->setText(agreementNumber.isEmpty() ? tr("Signed documents")
                                                        : tr("Signed documents · %1").arg(agreementNumber));
    m_documents->clear();
    for (const DocumentInfo &d : documents) {
        const QString when = QDateTime::fromString(d.uploadedAt, Qt::ISODate).toLocalTime().date().toString(QStringLiteral("dd/MM/yyyy"));
        auto *item = new QListWidgetItem(ui::icon(d.mimeType == QLatin1String("application/pdf") ? QStringLiteral("pdf") : QStringLiteral("document")),
                                         tr("%1 · %2 KB · %3 by %4").arg(d.fileName, fmt::number((d.sizeBytes + 1023) / 1024), when, d.uploadedBy));
        item->setData(Qt::UserRole, d.id);
        item->setToolTip(tr("SHA-256 %1").arg(d.sha256));
        m_documents->addItem(item);
    }
    if (documents.empty() && !agreementNumber.isEmpty())
        m_documents->addItem(tr("No signed copy yet: attach the scanned PKS."));
    m_attach->setEnabled(!agreementNumber.isEmpty());
    m_open->setEnabled(false);
    m_remove->setEnabled(false);
}

qint64 HistoryPanel::selectedDocument() const
{
    const QListWidgetItem *item = m_documents->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const QVariant id = watched->property("agreementId");
        if (id.isValid())
            emit agreementClicked(id.toLongLong());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace perisai::agreements
