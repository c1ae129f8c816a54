#include "detailstab.h"

#include "monevservice.h"
#include "roster/conflict.h"
#include "ui/appcontext.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace perisai::monev {

namespace {

QDateEdit *monthEdit()
{
    auto *e = new QDateEdit;
    e->setDisplayFormat(QStringLiteral("MM/yyyy"));
    return e;
}

} // namespace

DetailsTab::DetailsTab(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_title(new QLineEdit), m_date(new QDateEdit), m_time(new QLineEdit),
      m_place(new QLineEdit), m_level(new QComboBox), m_office(new QComboBox), m_facilitator(new QLineEdit),
      m_reviewFrom(monthEdit()), m_reviewTo(monthEdit()), m_agenda(new QPlainTextEdit), m_summary(new QPlainTextEdit),
      m_invited(new QLabel), m_save(new QPushButton(ui::icon(QStringLiteral("save")), tr("Save"))),
      m_invite(new QPushButton(ui::icon(QStringLiteral("agents")), tr("Invite the scope's active agents")))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_time->setPlaceholderText(QStringLiteral("09:00"));
    m_time->setMaximumWidth(90);
    m_level->addItem(tr("Branch (with its KCP)"), scope::branch);
    m_level->addItem(tr("KCP"), scope::kcp);
    m_level->addItem(tr("Wadah"), scope::wadah);
    m_agenda->setPlaceholderText(tr("One agenda item per line"));
    m_agenda->setMaximumHeight(120);
    m_summary->setPlaceholderText(tr("Summary of the discussion, for the minutes"));
    m_summary->setMaximumHeight(110);
    m_save->setObjectName(QStringLiteral("primary"));

    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addStretch();
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_level);
    scopeRow->addWidget(m_office, 1);
    auto *review = new QHBoxLayout;
    review->addWidget(m_reviewFrom);
    review->addWidget(new QLabel(QStringLiteral("–")));
    review->addWidget(m_reviewTo);
    review->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Date and time"), when);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Scope"), scopeRow);
    form->addRow(tr("Facilitator"), m_facilitator);
    form->addRow(tr("Period reviewed"), review);
    form->addRow(tr("Agenda"), m_agenda);
    form->addRow(tr("Summary"), m_summary);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_invited, 1);
    buttons->addWidget(m_invite);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_level, &QComboBox::currentIndexChanged, this, &DetailsTab::fillOffices);
    connect(m_save, &QPushButton::clicked, this, &DetailsTab::save);
    connect(m_invite, &QPushButton::clicked, this, &DetailsTab::invite);
}

void DetailsTab::setChoices(std::vector<ScopeChoice> offices, std::vector<ScopeChoice> wadah)
{
    m_offices = std::move(offices);
    m_wadah = std::move(wadah);
    if (m_session.id == 0 && m_session.officeId == 0 && m_session.wadahId == 0)
        m_session.officeId = firstBranch();
    fillOffices();
}

qint64 DetailsTab::firstBranch() const
{
    for (const ScopeChoice &c : m_offices)
        if (c.kind == QStringLiteral("kc"))
            return c.id;
    return 0;
}

void DetailsTab::fillOffices()
{
    const QString level = m_level->currentData().toString();
    const qint64 keep = level == scope::wadah ? m_session.wadahId : m_session.officeId;
    m_office->clear();
    const auto &choices = level == scope::wadah ? m_wadah : m_offices;
    for (const ScopeChoice &c : choices) {
        if (level == scope::branch && c.kind != QStringLiteral("kc"))
            continue;
        if (level == scope::kcp && c.kind != QStringLiteral("kcp"))
            continue;
        m_office->addItem(c.name, c.id);
    }
    const int i = m_office->findData(keep);
    if (i >= 0)
        m_office->setCurrentIndex(i);
}

void DetailsTab::setSession(const SessionDetail &detail)
{
    m_session = detail.session;
    const Session &s = m_session;
    const bool editable = s.id == 0 || s.status == status::planned || s.status == status::held;
    const bool planned = s.id == 0 || s.status == status::planned;
    m_title->setText(s.title);
    m_date->setDate(s.heldOn.isValid() ? s.heldOn : QDate::currentDate());
    m_time->setText(s.startsAt);
    m_place->setText(s.place);
    m_level->setCurrentIndex(std::max(0, m_level->findData(s.scopeLevel)));
    fillOffices();
    m_facilitator->setText(s.facilitator);
    const YearMonth from = YearMonth::fromKey(s.reviewFrom), to = YearMonth::fromKey(s.reviewTo);
    const YearMonth fallback = YearMonth::fromDate(m_date->date()).addMonths(-1);
    m_reviewFrom->setDate((from.isValid() ? from : fallback.addMonths(-2)).firstDay());
    m_reviewTo->setDate((to.isValid() ? to : fallback).firstDay());
    m_agenda->setPlainText(s.agenda);
    m_summary->setPlainText(s.summary);
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_date, m_time, m_place, m_facilitator, m_agenda, m_summary, m_save})
        w->setEnabled(editable);
    // The snapshot belongs to the scope and period it was taken for.
    for (QWidget *w : std::initializer_list<QWidget *>{m_level, m_office, m_reviewFrom, m_reviewTo})
        w->setEnabled(planned);
    m_invite->setEnabled(s.id != 0 && editable);
    m_invited->setText(s.id == 0 ? tr("The scope's active agents are invited when the session is saved.")
                                 : tr("%n agent(s) invited", nullptr, static_cast<int>(detail.attendees.size())));
}

void DetailsTab::startNew()
{
    SessionDetail blank;
    blank.session.heldOn = QDate::currentDate().addDays(14);
    blank.session.startsAt = QStringLiteral("09:00");
    blank.session.title = tr("Monev of Perisai agent productivity");
    blank.session.agenda = tr("Review of achievements\nObstacles in the field and solutions\nSharing best practice\n"
                              "Program updates\nAwards for top agents\nFollow-up steps");
    blank.session.officeId = firstBranch();
    setSession(blank);
    const YearMonth last = YearMonth::fromDate(blank.session.heldOn).addMonths(-1);
    m_reviewFrom->setDate(last.addMonths(-2).firstDay());
    m_reviewTo->setDate(last.firstDay());
    m_title->setFocus();
    m_title->selectAll();
}

Session DetailsTab::edited() const
{
    Session s = m_session;
    s.title = m_title->text().trimmed();
    s.heldOn = m_date->date();
    s.startsAt = m_time->text().trimmed();
    s.place = m_place->text().trimmed();
    s.scopeLevel = m_level->currentData().toString();
    const qint64 choice = m_office->currentData().toLongLong();
    if (s.scopeLevel == scope::wadah) {
        s.wadahId = choice;
        s.officeId = 0;
        for (const ScopeChoice &w : m_wadah)
            if (w.id == choice)
                s.officeId = w.officeId;
    } else {
        s.officeId = choice;
        s.wadahId = 0;
    }
    s.facilitator = m_facilitator->text().trimmed();
    s.reviewFrom = YearMonth::fromDate(m_reviewFrom->date()).key();
    s.reviewTo = YearMonth::fromDate(m_reviewTo->date()).key();
    s.agenda = m_agenda->toPlainText().trimmed();
    s.summary = m_summary->toPlainText().trimmed();
    return s;
}

void DetailsTab::save()
{
    MonevService svc(*m_context.database());
    const Session s = edited();
    if (s.id == 0) {
        auto id = svc.create(s);
        if (!id) {
            QMessageBox::warning(this, tr("Monev"), id.errorText());
            return;
        }
        m_context.notifyDataChanged({QStringLiteral("monev_sessions")});
        emit created(*id);
        return;
    }
    if (const Status st = svc.update(s); !st) {
        QMessageBox::warning(this, tr("Monev"), st.errorText());
        if (roster::isConflict(st)) // another desk saved first: show its version
            emit changed();
        return;
    }
    m_context.showStatus(tr("Session saved"));
    emit changed();
}

void DetailsTab::invite()
{
    if (const Status st = MonevService(*m_context.database()).inviteScope(m_session.id); !st) {
        QMessageBox::warning(this, tr("Monev"), st.errorText());
        return;
    }
    emit changed();
}

} // namespace perisai::monev
