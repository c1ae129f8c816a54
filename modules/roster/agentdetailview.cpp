#include "agentdetailview.h"

#include "core/format.h"
#include "figures/glossary.h"
#include "roster/delegates.h"
#include "roster/monthchart.h"
#include "ui/personaldata.h"
#include "ui/stattile.h"
#include "ui/theme.h"

#include <QStyle>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
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
    auto *figures = new QHBoxLayout;
    figures->setSpacing(0);
    m_year = figure(figures, tr("Acquisitions"));
    m_achievement = figure(figures, tr("Achievement"));
    m_active = figure(figures, tr("Paying recruits"));
    m_active.detail->setTextFormat(Qt::RichText);
    connect(m_active.detail, &QLabel::linkActivated, this, [this]() { emit recruitsRequested(m_detail.agent.id); });
    m_retention3 = figure(figures, tr("Retention 3 mo"));
    content->addLayout(figures);

    m_tabs = new QTabWidget;
    m_tabs->addTab(overviewTab(), tr("Months"));
    m_history = makeList({tr("From"), tr("Status"), tr("Reason"), tr("By")});
    m_tabs->addTab(m_history, tr("Status"));
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
    // Open review cases: what a person still has to decide about this agent (never on the projector).
    m_cases = makeList({tr("Opened"), tr("Signal"), tr("State"), tr("What the figures show")});
    m_cases->setObjectName(QStringLiteral("agentCases"));
    connect(m_cases, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            emit reviewCaseRequested(id);
    });
    m_casesTab = m_tabs->addTab(m_cases, tr("Review"));
    content->addWidget(m_tabs, 1);
    // On a short window the panel scrolls rather than squeezing the chart.
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setStyleSheet(QStringLiteral("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"));
    layout->addWidget(m_scroll, 1);
    showMessage(tr("Choose an agent to see the details."));
}

AgentDetailView::Figure AgentDetailView::figure(QLayout *into, const QString &caption)
{
    // A compact figure: caption, value, one line of context; separated by a faint rule.
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("detailFigure"));
    box->setStyleSheet(QStringLiteral("#detailFigure { border-left: 3px solid %1; margin-right: 4px; }").arg(ui::colors::border.name()));
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(7, 2, 2, 2);
    v->setSpacing(0);
    auto *c = new QLabel(caption);
    c->setStyleSheet(QStringLiteral("color: %1; font-size: 9pt;").arg(ui::colors::muted.name()));
    Figure f;
    f.value = new QLabel(QStringLiteral("–"));
    f.value->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600; color: %1;").arg(ui::colors::text.name()));
    f.detail = new QLabel;
    f.detail->setObjectName(QStringLiteral("statDetail"));
    // Narrow panels clip a long caption instead of pushing the panel wider than the window.
    for (QLabel *l : {c, f.value, f.detail}) {
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        l->setMinimumWidth(0);
        v->addWidget(l);
    }
    into->addWidget(box);
    return f;
}

static void setTone(QLabel *label, ui::StatTile::Tone tone)
{
    static const char *const tones[] = {"neutral", "good", "warning", "bad"};
    label->setProperty("tone", QString::fromLatin1(tones[int(tone)]));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

QWidget *AgentDetailView::header()
{
    auto *w = new QWidget;
    auto *row = new QHBoxLayout(w);
    row->setContentsMargins(0, 0, 0, 6);
    row->setSpacing(10);
    m_avatar = new QLabel;
    m_avatar->setFixedSize(48, 48);
    m_avatar->setAlignment(Qt::AlignCenter);
    row->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->setSpacing(1);
    auto *titleRow = new QHBoxLayout;
    m_name = new QLabel;
    m_name->setStyleSheet(QStringLiteral("font-size: 13.5pt; font-weight: 600;"));
    m_status = new QLabel;
    titleRow->addWidget(m_name);
    titleRow->addWidget(m_status);
    titleRow->addStretch();
    auto tool = [titleRow](const QString &icon, const QString &tip) {
        auto *b = new QToolButton;
        b->setIcon(ui::icon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        titleRow->addWidget(b);
        return b;
    };
    connect(tool(QStringLiteral("edit"), tr("Edit the agent")), &QToolButton::clicked, this, &AgentDetailView::editRequested);
    connect(tool(QStringLiteral("flag"), tr("Change the status")), &QToolButton::clicked, this, &AgentDetailView::statusRequested);
    text->addLayout(titleRow);
    m_meta = new QLabel;
    m_meta->setObjectName(QStringLiteral("hint"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    text->addWidget(m_meta);
    auto *nikRow = new QHBoxLayout;
    nikRow->setSpacing(4);
    m_nik = new QLabel;
    m_nik->setObjectName(QStringLiteral("nikLabel"));
    m_nik->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revealNik = new QPushButton(ui::icon(QStringLiteral("reveal")), tr("Show"));
    m_revealNik->setObjectName(QStringLiteral("revealNik"));
    m_revealNik->setFlat(true);
    m_revealNik->setCursor(Qt::PointingHandCursor);
    m_revealNik->setStyleSheet(QStringLiteral("QPushButton { border: none; padding: 0 4px; color: %1; }").arg(ui::colors::primary.name()));
    m_revealNik->setToolTip(tr("Personal data: show the full NIK of this agent only"));
    connect(m_revealNik, &QPushButton::clicked, this, [this]() {
        if (!m_nikRevealed) {
            emit nikRevealRequested();
            return;
        }
        m_nikRevealed = false;
        updatePersonalData();
    });
    nikRow->addWidget(m_nik);
    nikRow->addWidget(m_revealNik);
    nikRow->addStretch();
    text->addLayout(nikRow);
    row->addLayout(text, 1);
    return w;
}

QWidget *AgentDetailView::overviewTab()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(6, 6, 6, 6);
    m_chart = new MonthChart;
    layout->addWidget(m_chart, 1);
    return w;
}

void AgentDetailView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    m_scroll->hide();
}

void AgentDetailView::showDetail(const AgentDetail &d, bool revealPersonalData)
{
    const bool sameAgent = d.agent.id == m_detail.agent.id;
    m_detail = d;
    m_reveal = revealPersonalData;
    if (!sameAgent)
        m_nikRevealed = false;
    m_message->hide();
    m_scroll->show();
    const Agent &a = d.agent;
    const QColor color = statusColor(a.status);
    m_avatar->setText(initials(a.name));
    m_avatar->setStyleSheet(QStringLiteral("background: %1; color: white; border-radius: 26px; font-size: 15pt; font-weight: 600;")
                                .arg(ui::colors::primary.name()));
    m_name->setText(a.name);
    m_status->setText(statusLabel(a.status));
    m_status->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 9px; padding: 1px 9px; font-weight: 600;")
                                .arg(QColor(color.red(), color.green(), color.blue(), 38).name(QColor::HexArgb), color.darker(135).name()));
    m_status->setToolTip(tr("%1 since %2").arg(statusLabel(a.status), a.statusSince.isValid() ? fmt::date(a.statusSince) : QStringLiteral("–")));
    updatePersonalData();

    // The figures layer's figures for January up to the reference month: the roster's and `kpi --by agent`'s.
    using figures::Term;
    const figures::UnitFigures &f = d.figures.figures;
    const QString period = fmt::period(d.figures.period.range);
    m_year.value->setText(fmt::number(f.acquisitions));
    m_year.value->setToolTip(figures::tooltip(Term::Acquisitions, period));
    m_year.detail->setText(tr("%1 in %2").arg(fmt::number(d.months.isEmpty() ? 0 : d.months.last().acquisitions),
                                              fmt::monthShort(d.month.month())));
    if (f.target.value > 0) {
        const double r = f.achievement.ratio;
        m_achievement.value->setText(fmt::percent(r, 0));
        m_achievement.detail->setText(tr("target %1").arg(fmt::number(f.target.value)));
        setTone(m_achievement.detail, f.achievement.aboveCap ? ui::StatTile::Tone::Warning
                                      : r >= 1.0            ? ui::StatTile::Tone::Good
                                      : r >= 0.6            ? ui::StatTile::Tone::Neutral
                                                            : ui::StatTile::Tone::Warning);
    } else {
        m_achievement.value->setText(QStringLiteral("–"));
        m_achievement.detail->setText(tr("no target set"));
        setTone(m_achievement.detail, ui::StatTile::Tone::Neutral);
    }
    m_achievement.value->setToolTip(figures::tooltip(Term::TargetAchievement, period));
    m_active.value->setText(fmt::number(f.activeRecruits));
    m_active.value->setToolTip(figures::tooltip(Term::ActiveRecruits, fmt::yearMonth(d.month.year(), d.month.month())));
    // The recruits are one click away, in the participants browser.
    m_active.detail->setText(QStringLiteral("<a href=\"recruits\" style=\"color:%1; text-decoration:none;\">%2</a>")
                                 .arg(ui::colors::primary.name(), tr("of %1 ›").arg(fmt::number(d.figures.recruitsAllTime)).toHtmlEscaped()));
    m_active.detail->setToolTip(figures::label(Term::RecruitsAllTime) + QStringLiteral(": ")
                                + tr("show this agent's recruits in the participants browser"));
    const std::optional<double> r3 = f.retention(3);
    m_retention3.value->setText(fmt::percent(r3, 0));
    m_retention3.value->setToolTip(figures::tooltip(Term::Retention, tr("Recruits registered in %1.").arg(period)));
    if (r3) {
        m_retention3.detail->setText(tr("of %1").arg(fmt::number(f.retentionBase(3))));
        setTone(m_retention3.detail, *r3 >= 0.7 ? ui::StatTile::Tone::Good : *r3 >= 0.4 ? ui::StatTile::Tone::Neutral : ui::StatTile::Tone::Bad);
    } else {
        m_retention3.detail->setText(tr("no recruits old enough"));
        setTone(m_retention3.detail, ui::StatTile::Tone::Neutral);
    }
    m_chart->setMonths(d.months);

    // Retention of the period's recruits at 1, 3, 6 and 12 months, written where the chart has room for it.
    QStringList months, shares;
    for (int k : figures::kRetentionMonths) {
        const std::optional<double> share = f.retention(k);
        months << QString::number(k);
        shares << (share ? QString::number(qRound(*share * 100)) : QStringLiteral("–"));
    }
    m_chart->setNote(tr("Retention %1 mo: %2%").arg(months.join(QStringLiteral("·")), shares.join(QStringLiteral("·"))));
    m_chart->setToolTip(figures::tooltip(Term::Retention, tr("Recruits registered in %1.").arg(period)));
    fillLists();
}

void AgentDetailView::revealNik()
{
    m_nikRevealed = true;
    updatePersonalData();
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
    m_revealNik->setText(m_nikRevealed ? tr("Hide") : tr("Show"));
    m_revealNik->setIcon(ui::icon(m_nikRevealed ? QStringLiteral("hide") : QStringLiteral("reveal")));
    m_revealNik->setVisible(!m_reveal);
    const QString wadah = m_detail.wadahName.isEmpty() ? tr("no wadah") : m_detail.wadahName.section(QStringLiteral(" · "), -1);
    QString meta = tr("%1 · %2<br>%3").arg(a.code.toHtmlEscaped(), wadah.toHtmlEscaped(), m_detail.officeName.toHtmlEscaped());
    if (!a.phone.isEmpty())
        meta += QStringLiteral(" · ") + ui::showPhone(a.phone, m_reveal).toHtmlEscaped();
    m_meta->setText(meta);
}

} // namespace perisai::roster
