#include "agentdetailview.h"

#include "core/format.h"
#include "roster/delegates.h"
#include "roster/monthchart.h"
#include "ui/personaldata.h"
#include "ui/stattile.h"
#include "ui/theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace perisai::roster {
namespace {

QTreeWidget *makeList(const QStringList &headers)
{
    auto *tree = new QTreeWidget;
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString initials(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString s;
    for (const QString &p : parts.mid(0, 2))
        s += p.at(0).toUpper();
    return s;
}

QString attendanceLabel(const QString &key)
{
    if (key == QLatin1String("present"))
        return AgentDetailView::tr("Present");
    if (key == QLatin1String("excused"))
        return AgentDetailView::tr("Excused");
    if (key == QLatin1String("absent"))
        return AgentDetailView::tr("Absent");
    return AgentDetailView::tr("Invited");
}

} // namespace

AgentDetailView::AgentDetailView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("card"));
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("hint"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    layout->addWidget(m_message, 1);

    m_content = new QWidget;
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(header());
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    m_yearTile = new ui::StatTile(tr("Acquisitions this year"));
    m_achievementTile = new ui::StatTile(tr("Achievement"));
    m_activeTile = new ui::StatTile(tr("Recruits paid up"));
    m_retentionTile = new ui::StatTile(tr("Retention 3 months"));
    int i = 0;
    for (ui::StatTile *t : {m_yearTile, m_achievementTile, m_activeTile, m_retentionTile}) {
        t->setMinimumWidth(120);
        tiles->addWidget(t, i / 2, i % 2);
        ++i;
    }
    content->addLayout(tiles);

    m_tabs = new QTabWidget;
    m_tabs->addTab(overviewTab(), tr("Months"));
    m_history = makeList({tr("From"), tr("Status"), tr("Reason"), tr("By")});
    m_tabs->addTab(m_history, tr("Status history"));
    m_monev = makeList({tr("Date"), tr("Monev session"), tr("Attendance")});
    m_tabs->addTab(m_monev, tr("Monev"));

    auto *notes = new QWidget;
    auto *notesLayout = new QVBoxLayout(notes);
    m_notes = new QListWidget;
    m_notes->setWordWrap(true);
    m_noteEdit = new QPlainTextEdit;
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("A note about this agent (a visit, a complaint, a follow-up)…"));
    m_noteEdit->setFixedHeight(60);
    auto *addNote = new QPushButton(ui::icon(QStringLiteral("add")), tr("Add note"));
    connect(addNote, &QPushButton::clicked, this, [this]() {
        if (!m_noteEdit->toPlainText().trimmed().isEmpty()) {
            emit noteSubmitted(m_detail.agent.id, m_noteEdit->toPlainText());
            m_noteEdit->clear();
        }
    });
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_noteEdit);
    notesLayout->addWidget(addNote, 0, Qt::AlignRight);
    m_tabs->addTab(notes, tr("Notes"));
    m_audit = makeList({tr("When"), tr("Who"), tr("Change")});
    m_tabs->addTab(m_audit, tr("Changes"));
    content->addWidget(m_tabs, 1);
    layout->addWidget(m_content, 1);
    showMessage(tr("Choose an agent to see the details."));
}

QWidget *AgentDetailView::header()
{
    auto *w = new QWidget;
    auto *row = new QHBoxLayout(w);
    row->setContentsMargins(0, 0, 0, 6);
    m_avatar = new QLabel;
    m_avatar->setFixedSize(52, 52);
    m_avatar->setAlignment(Qt::AlignCenter);
    row->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->setSpacing(1);
    auto *titleRow = new QHBoxLayout;
    m_name = new QLabel;
    m_name->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_status = new QLabel;
    titleRow->addWidget(m_name);
    titleRow->addWidget(m_status);
    titleRow->addStretch();
    text->addLayout(titleRow);
    m_meta = new QLabel;
    m_meta->setObjectName(QStringLiteral("hint"));
    m_meta->setWordWrap(true);
    text->addWidget(m_meta);
    auto *nikRow = new QHBoxLayout;
    m_nik = new QLabel;
    m_nik->setObjectName(QStringLiteral("nikLabel"));
    m_nik->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revealNik = new QPushButton(ui::icon(QStringLiteral("reveal")), tr("Show NIK"));
    m_revealNik->setObjectName(QStringLiteral("revealNik"));
    m_revealNik->setFlat(true);
    m_revealNik->setCursor(Qt::PointingHandCursor);
    m_revealNik->setToolTip(tr("Personal data: show the full NIK of this agent only"));
    connect(m_revealNik, &QPushButton::clicked, this, [this]() {
        m_nikRevealed = !m_nikRevealed;
        updatePersonalData();
    });
    nikRow->addWidget(m_nik);
    nikRow->addWidget(m_revealNik);
    nikRow->addStretch();
    text->addLayout(nikRow);
    m_contact = new QLabel;
    m_contact->setObjectName(QStringLiteral("hint"));
    text->addWidget(m_contact);
    row->addLayout(text, 1);
    auto *buttons = new QVBoxLayout;
    auto *edit = new QPushButton(ui::icon(QStringLiteral("edit")), tr("Edit"));
    auto *status = new QPushButton(ui::icon(QStringLiteral("flag")), tr("Status…"));
    connect(edit, &QPushButton::clicked, this, &AgentDetailView::editRequested);
    connect(status, &QPushButton::clicked, this, &AgentDetailView::statusRequested);
    buttons->addWidget(edit);
    buttons->addWidget(status);
    buttons->addStretch();
    row->addLayout(buttons);
    return w;
}

QWidget *AgentDetailView::overviewTab()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    m_chart = new MonthChart;
    layout->addWidget(m_chart, 1);
    m_retention = new QLabel;
    m_retention->setWordWrap(true);
    m_retention->setTextFormat(Qt::RichText);
    layout->addWidget(m_retention);
    m_recruits = new QPushButton(ui::icon(QStringLiteral("participants")), QString());
    m_recruits->setObjectName(QStringLiteral("recruitsButton"));
    connect(m_recruits, &QPushButton::clicked, this, [this]() { emit recruitsRequested(m_detail.agent.id); });
    layout->addWidget(m_recruits, 0, Qt::AlignLeft);
    return w;
}

void AgentDetailView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    m_content->hide();
}

void AgentDetailView::showDetail(const AgentDetail &d, bool revealPersonalData)
{
    const bool sameAgent = d.agent.id == m_detail.agent.id;
    m_detail = d;
    m_reveal = revealPersonalData;
    if (!sameAgent)
        m_nikRevealed = false;
    m_message->hide();
    m_content->show();
    const Agent &a = d.agent;
    const QColor color = statusColor(a.status);
    m_avatar->setText(initials(a.name));
    m_avatar->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: 26px; font-size: 15pt; font-weight: 600;")
                                .arg(ui::colors::primary.name()));
    m_name->setText(a.name);
    m_status->setText(statusLabel(a.status));
    m_status->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 9px; padding: 1px 9px; font-weight: 600;")
                                .arg(QColor(color.red(), color.green(), color.blue(), 38).name(QColor::HexArgb), color.darker(135).name()));
    m_meta->setText(tr("%1 · %2 · %3 · joined %4 · %5 since %6")
                        .arg(a.code, d.wadahName.isEmpty() ? tr("no wadah") : d.wadahName, d.officeName,
                             a.joinedOn.isValid() ? fmt::date(a.joinedOn) : QStringLiteral("–"), statusLabel(a.status).toLower(),
                             a.statusSince.isValid() ? fmt::date(a.statusSince) : QStringLiteral("–")));
    updatePersonalData();

    const qint64 year = d.yearAcquisitions();
    m_yearTile->setCaption(tr("Acquisitions %1").arg(d.month.year()));
    m_yearTile->setValue(fmt::number(year));
    m_yearTile->setDetail(tr("%1 in %2").arg(fmt::number(d.months.isEmpty() ? 0 : d.months.last().acquisitions),
                                             fmt::yearMonth(d.month.year(), d.month.month())));
    if (d.yearTarget > 0) {
        const double r = double(year) / double(d.yearTarget);
        m_achievementTile->setValue(fmt::percent(r));
        m_achievementTile->setDetail(tr("target %1").arg(fmt::number(d.yearTarget)),
                                     r >= 1.0 ? ui::StatTile::Tone::Good : r >= 0.6 ? ui::StatTile::Tone::Neutral : ui::StatTile::Tone::Warning);
    } else {
        m_achievementTile->setValue(QStringLiteral("–"));
        m_achievementTile->setDetail(tr("no target set"));
    }
    m_activeTile->setValue(fmt::number(d.activeRecruitsNow()));
    m_activeTile->setDetail(tr("of %1 recruits").arg(fmt::number(d.recruits)));
    if (auto it = d.retention.find(3); it != d.retention.end()) {
        m_retentionTile->setValue(fmt::percent(it->second));
        m_retentionTile->setDetail(tr("of %1 recruits").arg(fmt::number(d.retentionBase.at(3))),
                                   it->second >= 0.7 ? ui::StatTile::Tone::Good : it->second >= 0.4 ? ui::StatTile::Tone::Neutral : ui::StatTile::Tone::Bad);
    } else {
        m_retentionTile->setValue(QStringLiteral("–"));
        m_retentionTile->setDetail(tr("no recruits old enough"));
    }
    m_chart->setMonths(d.months);

    QStringList parts;
    for (int k : {1, 3, 6, 12}) {
        auto it = d.retention.find(k);
        parts << tr("%n month(s): <b>%1</b>", nullptr, k).arg(it != d.retention.end() ? fmt::percent(it->second) : QStringLiteral("–"));
    }
    m_retention->setText(tr("Recruits still paying after %1").arg(parts.join(QStringLiteral(" · "))));
    m_recruits->setText(tr("Show the %1 recruits").arg(fmt::number(d.recruits)));
    fillLists();
}

void AgentDetailView::fillLists()
{
    m_history->clear();
    for (const StatusEntry &e : std::as_const(m_detail.history)) {
        auto *item = new QTreeWidgetItem({fmt::date(e.fromDate), statusLabel(e.status),
                                          e.reason + (e.automatic ? tr(" (automatic)") : QString()), e.changedBy});
        item->setForeground(1, statusColor(e.status).darker(130));
        m_history->addTopLevelItem(item);
    }
    m_monev->clear();
    for (const Attendance &a : std::as_const(m_detail.monev)) {
        auto *item = new QTreeWidgetItem({fmt::date(a.heldOn), a.title, attendanceLabel(a.attendance)});
        if (a.attendance == QLatin1String("absent"))
            item->setForeground(2, ui::colors::danger);
        m_monev->addTopLevelItem(item);
    }
    if (m_detail.monev.isEmpty())
        m_monev->addTopLevelItem(new QTreeWidgetItem({QString(), tr("Not invited to a Monev session yet")}));
    m_notes->clear();
    for (const AgentNote &n : std::as_const(m_detail.notes))
        m_notes->addItem(tr("%1 · %2\n%3").arg(fmt::date(n.writtenOn), n.author, n.text));
    m_audit->clear();
    for (const AuditLine &l : std::as_const(m_detail.audit))
        m_audit->addTopLevelItem(new QTreeWidgetItem({fmt::date(l.at.date()) + QLatin1Char(' ') + l.at.time().toString(QStringLiteral("HH:mm")),
                                                      l.user, l.summary}));
    for (QTreeWidget *t : {m_history, m_monev, m_audit})
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->resizeColumnToContents(c);
}

void AgentDetailView::setRevealPersonalData(bool reveal)
{
    m_reveal = reveal;
    updatePersonalData();
}

QString AgentDetailView::nikText() const
{
    return m_nik->text();
}

void AgentDetailView::updatePersonalData()
{
    const Agent &a = m_detail.agent;
    const bool showNik = m_reveal || m_nikRevealed;
    m_nik->setText(tr("NIK %1").arg(ui::showNik(a.nik, showNik)));
    m_revealNik->setText(m_nikRevealed ? tr("Hide") : tr("Show NIK"));
    m_revealNik->setIcon(ui::icon(m_nikRevealed ? QStringLiteral("hide") : QStringLiteral("reveal")));
    m_revealNik->setVisible(!m_reveal);
    QStringList contact;
    if (!a.phone.isEmpty())
        contact << ui::showPhone(a.phone, m_reveal);
    if (!a.bank.isEmpty())
        contact << tr("%1 %2").arg(a.bank, ui::showAccount(a.accountNo, m_reveal));
    m_contact->setText(contact.join(QStringLiteral(" · ")));
}

} // namespace perisai::roster
