#include "reviewpage.h"

#include "casedetailview.h"
#include "caserepository.h"
#include "core/format.h"
#include "figures/period.h"
#include "figures/signalevidence.h"
#include "figures/signalfigures.h"
#include "reviewservice.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/pageheader.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace perisai::review {
namespace {

struct ScanResult {
    Status status;
    QList<PeriodRange> periods; // the choices: the last 12 months with data, then each year
    SyncOutcome outcome;
};

struct CaseView {
    Status status;
    ReviewCase c;
    std::vector<figures::EvidenceRow> evidence;
    std::vector<CaseNote> notes;
};

QString monthText(int key)
{
    return key ? fmt::monthShort(key % 100) + QLatin1Char(' ') + QString::number(key / 100) : QString();
}

Status statusOf(const Result<ReviewCase> &r)
{
    return r ? Status{} : Status(r.error());
}

enum Column { Kind, Agent, Wadah, Period, Value, People, State, Updated, ColumnCount };

} // namespace

ReviewPage::ReviewPage(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_header(new ui::PageHeader(tr("Review"))), m_period(new QComboBox),
      m_kind(new QComboBox), m_state(new QComboBox), m_agent(new QComboBox), m_wadah(new QComboBox),
      m_scan(new QPushButton(ui::icon(QStringLiteral("refresh")), tr("Look for signals"))), m_cases(new QTreeWidget),
      m_count(new QLabel), m_detail(new CaseDetailView)
{
    m_header->setSubtitle(tr("Indicators for a person to review, never verdicts"));
    m_period->setObjectName(QStringLiteral("reviewPeriod"));
    m_period->setToolTip(tr("The months the signals are looked for in"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Desember 2025 – November 2026" in full
    m_header->addWidget(m_period);
    m_scan->setObjectName(QStringLiteral("scanSignals"));
    m_scan->setToolTip(tr("Looks for the five signals in the period and opens a case for each; cleared cases stay cleared unless someone new is named"));
    m_header->addWidget(m_scan);

    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("Every kind"), QString());
    for (figures::SignalKind k : figures::allSignalKinds())
        m_kind->addItem(figures::signalTitle(k), figures::signalKey(k));
    for (const QString &k : participantFlagKinds()) {
        if (k != QLatin1String("shared_phone"))
            m_kind->addItem(caseKindTitle(k), k);
    }
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("Undecided"), QStringLiteral("undecided"));
    m_state->addItem(tr("Every state"), QString());
    for (CaseState s : {CaseState::Open, CaseState::UnderReview, CaseState::Cleared, CaseState::Confirmed})
        m_state->addItem(stateTitle(s), stateKey(s));
    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_agent->addItem(tr("Every agent"), 0);
    m_wadah->setObjectName(QStringLiteral("wadahFilter"));
    m_wadah->addItem(tr("Every wadah"), 0);
    auto *bar = new QHBoxLayout;
    for (QComboBox *c : {m_kind, m_state, m_agent, m_wadah}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        bar->addWidget(c);
        connect(c, &QComboBox::activated, this, &ReviewPage::reload);
    }
    bar->addStretch();
    connect(m_period, &QComboBox::activated, this, &ReviewPage::reload);
    connect(m_scan, &QPushButton::clicked, this, &ReviewPage::scan);

    m_cases->setObjectName(QStringLiteral("reviewCases"));
    m_cases->setRootIsDecorated(false);
    m_cases->setAlternatingRowColors(true);
    m_cases->setHeaderLabels({tr("Signal"), tr("Agent"), tr("Wadah"), tr("Period"), tr("Agent / office"), tr("People"),
                              tr("State"), tr("Updated")});
    m_cases->header()->setSectionResizeMode(Kind, QHeaderView::Stretch);
    m_cases->header()->setStretchLastSection(false);
    connect(m_cases, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            loadCase(item->data(0, Qt::UserRole).toLongLong());
    });
    m_count->setObjectName(QStringLiteral("hint"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_cases, 1);
    leftLayout->addWidget(m_count);
    // List above, case below: the evidence table needs the page's full width.
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    // The case scrolls on its own: the page fits the window and the list stays in view above or beside it.
    auto *detailScroll = new QScrollArea;
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setMinimumHeight(220);
    split->addWidget(detailScroll);
    // The evidence and the actions matter more than a long list: on a laptop, stacked, the case gets the room.
    m_cases->setMinimumHeight(120);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({400, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);

    connect(m_detail, &CaseDetailView::startReviewRequested, this, [this]() {
        if (const ReviewCase *c = currentCase()) {
            const qint64 id = c->id;
            const int version = c->version;
            act([this, id, version]() { return statusOf(ReviewService(*m_context.database()).startReview(id, version)); });
        }
    });
    connect(m_detail, &CaseDetailView::clearRequested, this, &ReviewPage::clearCurrent);
    connect(m_detail, &CaseDetailView::confirmRequested, this, &ReviewPage::confirmCurrent);
    connect(m_detail, &CaseDetailView::dismissalRequested, this, &ReviewPage::suggestDismissal);
    connect(m_detail, &CaseDetailView::revealRequested, this, &ReviewPage::revealCurrent);
    connect(m_detail, &CaseDetailView::noteSubmitted, this, [this](const QString &text) {
        const qint64 id = currentCaseId();
        act([this, id, text]() { return ReviewService(*m_context.database()).addNote(id, text); });
    });
    m_detail->setRevealPersonalData(m_context.revealPersonalData());
    connect(&m_context, &ui::AppContext::revealPersonalDataChanged, m_detail, &CaseDetailView::setRevealPersonalData);
    connect(&m_context, &ui::AppContext::dataChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("participants")) || tables.contains(QStringLiteral("contributions"))
            || tables.contains(QStringLiteral("review_flags")))
            scan();
    });
    scan();
}

CaseFilter ReviewPage::filter() const
{
    CaseFilter f;
    f.kind = m_kind->currentData().toString();
    const QString state = m_state->currentData().toString();
    f.state = stateFromKey(state);
    f.undecidedOnly = state == QLatin1String("undecided");
    f.agentId = m_agent->currentData().toLongLong();
    f.wadahId = m_wadah->currentData().toLongLong();
    if (const auto period = PeriodRange::parse(m_period->currentData().toString())) {
        f.periodFrom = period->from.key();
        f.periodTo = period->to.key();
    }
    return f;
}

void ReviewPage::scan()
{
    m_scan->setEnabled(false);
    const auto parsed = PeriodRange::parse(m_period->currentData().toString());
    const PeriodRange chosen = parsed ? *parsed : PeriodRange{};
    auto db = m_context.database();
    ui::runTask<ScanResult>(&m_context, this, tr("Looking for signals"),
        [db, chosen](ui::TaskControl &) {
            ScanResult r;
            auto last = figures::lastMonthWithData(*db);
            if (!last) {
                r.status = last.error();
                return r;
            }
            if (!last->isValid())
                return r;
            r.periods << PeriodRange{last->addMonths(-11), *last};
            for (int y = last->year(); y > last->year() - 4; --y)
                r.periods << PeriodRange::year(y);
            const PeriodRange range = chosen.from.isValid() ? chosen : r.periods.front();
            auto table = figures::signalFigures(*db, {}, range);
            if (!table) {
                r.status = table.error();
                return r;
            }
            auto outcome = ReviewService(*db).sync(*table);
            if (!outcome)
                r.status = outcome.error();
            else
                r.outcome = *outcome;
            return r;
        },
        [this](ScanResult r) {
            m_scan->setEnabled(true);
            if (!r.status) {
                m_count->setText(r.status.errorText());
                return;
            }
            if (m_period->count() == 0) {
                for (const PeriodRange &p : std::as_const(r.periods))
                    m_period->addItem(p.months() == 12 && p.from.month() == 1 ? QString::number(p.from.year()) : fmt::period(p), p.toString());
            }
            if (r.outcome.created || r.outcome.reopened)
                m_context.showStatus(tr("%n new or reopened review case(s)", nullptr, r.outcome.created + r.outcome.reopened));
            reload();
        });
}

void ReviewPage::reload()
{
    auto db = m_context.database();
    const CaseFilter f = filter();
    CaseFilter all;
    all.periodFrom = f.periodFrom;
    all.periodTo = f.periodTo;
    using Lists = std::pair<Result<std::vector<ReviewCase>>, Result<std::vector<ReviewCase>>>;
    ui::runTask<std::shared_ptr<Lists>>(&m_context, this, tr("Reading review cases"),
        [db, f, all](ui::TaskControl &) {
            CaseRepository repo(*db);
            return std::make_shared<Lists>(repo.list(f), repo.list(all));
        },
        [this](std::shared_ptr<Lists> lists) {
            if (!lists->first || !lists->second) {
                m_count->setText(!lists->first ? lists->first.errorText() : lists->second.errorText());
                return;
            }
            fillChoices(*lists->second);
            fillCases(*lists->first);
        });
}

void ReviewPage::fillChoices(const std::vector<ReviewCase> &cases)
{
    auto refill = [](QComboBox *combo, const std::map<QString, qint64> &items) {
        const qint64 chosen = combo->currentData().toLongLong();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto &[label, id] : items)
            combo->addItem(label, id);
        const int at = combo->findData(chosen);
        combo->setCurrentIndex(at < 0 ? 0 : at);
    };
    std::map<QString, qint64> agents, wadah;
    for (const ReviewCase &c : cases) {
        if (c.agentId)
            agents[c.agentCode + QStringLiteral(" · ") + c.agentName] = c.agentId;
        if (c.wadahId)
            wadah[c.wadahCode] = c.wadahId;
    }
    refill(m_agent, agents);
    refill(m_wadah, wadah);
}

void ReviewPage::fillCases(const std::vector<ReviewCase> &cases)
{
    const qint64 keep = m_wanted ? m_wanted : currentCaseId();
    m_shown = cases;
    m_cases->blockSignals(true);
    m_cases->clear();
    QTreeWidgetItem *current = nullptr;
    for (const ReviewCase &c : cases) {
        const bool people = c.kind == figures::signalKey(figures::SignalKind::SharedPhone) && c.source == CaseSource::Signal;
        const QString value = c.source == CaseSource::Flag ? QString()
                              : people ? fmt::decimal(c.value, 0) + QStringLiteral(" / ") + fmt::decimal(c.baseline, 1)
                                       : fmt::percent(c.value) + QStringLiteral(" / ") + fmt::percent(c.baseline);
        const QString period = c.periodFrom == c.periodTo ? monthText(c.periodFrom)
                                                          : monthText(c.periodFrom) + QStringLiteral(" – ") + monthText(c.periodTo);
        auto *item = new QTreeWidgetItem({caseKindTitle(c.kind), c.agentCode, c.wadahCode, period, value, fmt::number(c.count),
                                          stateTitle(c.state), fmt::date(c.updatedAt.toLocalTime().date())});
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(0, c.detail);
        for (int col : {Value, People})
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        if (c.state == CaseState::Confirmed)
            item->setForeground(State, ui::colors::danger);
        else if (!decided(c.state))
            item->setForeground(State, ui::colors::warning.darker(130));
        m_cases->addTopLevelItem(item);
        if (c.id == keep)
            current = item;
    }
    for (int col = 1; col < ColumnCount; ++col)
        m_cases->resizeColumnToContents(col);
    m_cases->blockSignals(false);
    m_count->setText(tr("%n case(s) shown", nullptr, int(cases.size())));
    if (current) {
        m_cases->setCurrentItem(current); // loads it
        m_wanted = 0;
    } else if (m_cases->topLevelItemCount() > 0) {
        m_cases->setCurrentItem(m_cases->topLevelItem(0));
    } else {
        m_detail->showMessage(tr("No case matches the filters. Cases are opened when signals are found or the import flags a participant."));
    }
}

const ReviewCase *ReviewPage::currentCase() const
{
    const qint64 id = currentCaseId();
    const auto it = std::find_if(m_shown.begin(), m_shown.end(), [id](const ReviewCase &c) { return c.id == id; });
    return it == m_shown.end() ? nullptr : &*it;
}

qint64 ReviewPage::currentCaseId() const
{
    const QTreeWidgetItem *item = m_cases->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void ReviewPage::loadCase(qint64 caseId)
{
    auto db = m_context.database();
    ui::runTask<std::shared_ptr<CaseView>>(&m_context, this, tr("Reading the case"),
        [db, caseId](ui::TaskControl &) {
            auto v = std::make_shared<CaseView>();
            CaseRepository repo(*db);
            auto c = repo.load(caseId);
            if (!c) {
                v->status = c.error();
                return v;
            }
            v->c = *c;
            auto notes = repo.notes(caseId);
            auto evidence = figures::loadEvidence(*db, c->participants);
            if (!notes || !evidence) {
                v->status = !notes ? Status(notes.error()) : Status(evidence.error());
                return v;
            }
            v->notes = *notes;
            v->evidence = *evidence;
            return v;
        },
        [this, caseId](std::shared_ptr<CaseView> v) {
            if (caseId != currentCaseId())
                return; // the user moved on meanwhile
            if (!v->status) {
                m_detail->showMessage(v->status.errorText());
                return;
            }
            m_detail->showCase(v->c, v->evidence, v->notes);
        });
}

void ReviewPage::openCase(qint64 caseId)
{
    m_wanted = caseId;
    m_state->setCurrentIndex(m_state->findData(QString()));
    m_kind->setCurrentIndex(0);
    m_agent->setCurrentIndex(0);
    m_wadah->setCurrentIndex(0);
    reload();
}

void ReviewPage::act(const std::function<Status()> &action, const QStringList &tables)
{
    if (auto st = action(); !st) {
        QMessageBox::warning(this, tr("Review"), st.errorText());
    }
    m_context.notifyDataChanged(tables);
    reload();
}

void ReviewPage::clearCurrent()
{
    const ReviewCase *it = currentCase();
    if (!it)
        return;
    const qint64 id = it->id;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Clear the case"),
                                                          tr("Why do the figures not point to fraud? (required; kept in the audit log)"),
                                                          {}, &ok);
    if (!ok)
        return;
    const int version = it->version;
    act([this, id, version, reason]() { return statusOf(ReviewService(*m_context.database()).clear(id, version, reason)); });
}

void ReviewPage::confirmCurrent()
{
    const ReviewCase *it = currentCase();
    if (!it)
        return;
    const qint64 id = it->id;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Confirm the case"),
        tr("What was found? The participants named count for nothing in incentives from now on."), {}, &ok);
    if (!ok)
        return;
    const int version = it->version;
    bool confirmed = false;
    act([this, id, version, reason, &confirmed]() {
        const Status st = statusOf(ReviewService(*m_context.database()).confirm(id, version, reason));
        confirmed = st.ok();
        return st;
    });
    if (confirmed)
        suggestDismissal();
}

void ReviewPage::suggestDismissal()
{
    ReviewService service(*m_context.database());
    auto suggestion = service.dismissalSuggestion(currentCaseId());
    if (!suggestion)
        return;
    if (!suggestion->allowed) {
        m_context.showStatus(tr("The roster does not allow dismissing %1: %2").arg(suggestion->agentCode, suggestion->refusal));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Dismiss the agent?"),
                                              tr("The case is confirmed. The program's rules dismiss an agent at once for fraud.\n\n"
                                                 "Dismiss %1 today with the reason \"%2\"?")
                                                  .arg(suggestion->agentCode, suggestion->reason));
    if (answer != QMessageBox::Yes)
        return;
    act([&service, &suggestion]() { return service.dismissAgent(*suggestion); },
        {QStringLiteral("agents"), QStringLiteral("agent_status_history"), QStringLiteral("review_cases")});
}

void ReviewPage::revealCurrent()
{
    const qint64 id = currentCaseId();
    if (auto st = ReviewService(*m_context.database()).logEvidenceReveal(id); !st) {
        QMessageBox::warning(this, tr("Review"), st.errorText());
        return;
    }
    m_detail->revealEvidence();
    loadCase(id);
}

} // namespace perisai::review
