#include "participantstab.h"

#include "core/format.h"
#include "roster/delegates.h"
#include "roster/formparts.h"
#include "roster/participantindex.h"
#include "roster/querythread.h"
#include "roster/tableview.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace perisai::roster {
namespace {
// Ids of the channel choices in the agent combo (real agents have positive ids).
constexpr qint64 kAnyChannel = 0;
constexpr qint64 kViaAgents = -1;
constexpr qint64 kOtherChannels = -2;
}

ParticipantsTab::ParticipantsTab(QueryThread *queries, ui::AppContext *context, QWidget *parent)
    : QWidget(parent), m_queries(queries), m_context(context), m_model(new ParticipantModel(queries, this)), m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *row = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("participantSearch"));
    m_search->setPlaceholderText(tr("Search a name, or the start of a KPJ or NIK…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(ui::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    row->addWidget(m_search, 2);
    m_agent = new QComboBox;
    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_agent->setEditable(true);
    m_agent->setInsertPolicy(QComboBox::NoInsert);
    m_agent->completer()->setFilterMode(Qt::MatchContains);
    m_agent->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agent->setMinimumContentsLength(18);
    row->addWidget(m_agent, 2);
    m_occupation = new QComboBox;
    m_occupation->setObjectName(QStringLiteral("occupationFilter"));
    m_occupation->addItem(tr("All occupations"), QString());
    m_occupation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_occupation->setMinimumContentsLength(12);
    row->addWidget(m_occupation, 1);
    m_program = new QComboBox;
    m_program->setObjectName(QStringLiteral("programFilter"));
    m_program->addItem(tr("All programs"), QString());
    m_program->addItem(QStringLiteral("JKK+JKM"), QStringLiteral("JKK+JKM"));
    m_program->addItem(QStringLiteral("JKK+JKM+JHT"), QStringLiteral("JKK+JKM+JHT"));
    row->addWidget(m_program, 1);
    m_activity = new QComboBox;
    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->addItem(tr("Active or lapsed"), int(ParticipantFilter::Activity::Any));
    m_activity->addItem(tr("Active (paid)"), int(ParticipantFilter::Activity::Active));
    m_activity->addItem(tr("Lapsed (not paid)"), int(ParticipantFilter::Activity::Lapsed));
    row->addWidget(m_activity, 1);
    layout->addLayout(row);

    m_table = makeTable();
    m_table->setObjectName(QStringLiteral("participantsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ParticipantModel::Activity, new ChipDelegate(m_table));
    m_table->horizontalHeader()->setSortIndicator(ParticipantModel::Name, Qt::AscendingOrder);
    enableColumnMenu(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {108, 180, 146, 128, 150, 106, 94, 170, 124, 110};
    for (int c = 0; c < ParticipantModel::ColumnCount; ++c)
        m_table->horizontalHeader()->resizeSection(c, widths[c]);
    layout->addWidget(m_table, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("hint"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // A short pause after the last keystroke: typing "siti" asks once, not four times.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &ParticipantsTab::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_agent, &QComboBox::activated, this, &ParticipantsTab::applyFilter);
    for (QComboBox *c : {m_occupation, m_program, m_activity})
        connect(c, &QComboBox::currentIndexChanged, this, &ParticipantsTab::applyFilter);
    connect(m_model, &ParticipantModel::pageLoaded, this, [this](int, double ms) {
        m_lastMs = ms;
        updateStatusLine();
    });
    connect(m_model, &ParticipantModel::countKnown, this, [this](qint64 n) {
        m_count = n;
        updateStatusLine();
    });
    connect(m_model, &ParticipantModel::loadFailed, this, [this](const QString &message) { m_status->setText(message); });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!ParticipantModel::isSortable(column)) // keep the indicator on the order the rows really have
            m_table->horizontalHeader()->setSortIndicator(m_model->sortKey() == ParticipantSort::Kpj ? ParticipantModel::Kpj
                                                          : m_model->sortKey() == ParticipantSort::Registered ? ParticipantModel::Registered
                                                                                                              : ParticipantModel::Name,
                                                          m_model->descending() ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
}

void ParticipantsTab::setData(const RosterData &data)
{
    const qint64 current = m_agent->currentIndex() >= 0 ? m_agent->currentData().toLongLong() : 0;
    m_agent->blockSignals(true);
    m_agent->clear();
    m_agent->addItem(tr("All channels"), kAnyChannel);
    m_agent->addItem(tr("Recruited by an agent"), kViaAgents);
    m_agent->addItem(tr("Other channels (no agent)"), kOtherChannels);
    for (const Option &a : data.lookups.agents)
        m_agent->addItem(a.display(), a.id);
    selectId(m_agent, current);
    m_agent->blockSignals(false);
    const bool periodChanged = data.activePeriod != m_activePeriod;
    m_activePeriod = data.activePeriod;
    if (periodChanged) {
        m_model->setSearchIndex(nullptr);
        m_model->setActivePeriod(m_activePeriod);
        if (m_indexWanted)
            buildIndex();
    }
}

void ParticipantsTab::refresh()
{
    m_model->reload();
    m_occupationsLoaded = false;
    if (isVisible())
        loadOccupations();
    if (m_indexWanted)
        buildIndex();
}

void ParticipantsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_occupationsLoaded)
        loadOccupations();
    if (!m_indexWanted) {
        m_indexWanted = true;
        buildIndex();
    }
}

void ParticipantsTab::showAgent(qint64 agentId)
{
    m_search->clear();
    selectId(m_agent, agentId);
    applyFilter();
}

ParticipantFilter ParticipantsTab::filter() const
{
    ParticipantFilter f;
    f.search = m_search->text();
    const qint64 agent = m_agent->currentIndex() >= 0 ? m_agent->currentData().toLongLong() : 0;
    if (agent > 0)
        f.agentId = agent;
    else if (agent == kViaAgents)
        f.channel = ParticipantFilter::Channel::Agents;
    else if (agent == kOtherChannels)
        f.channel = ParticipantFilter::Channel::Other;
    f.occupation = m_occupation->currentData().toString();
    f.program = m_program->currentData().toString();
    f.activity = ParticipantFilter::Activity(m_activity->currentData().toInt());
    return f;
}

void ParticipantsTab::applyFilter()
{
    m_debounce->stop();
    m_count = -1;
    m_model->setFilter(filter());
}

void ParticipantsTab::buildIndex()
{
    if (m_indexBuilding || m_activePeriod == 0)
        return;
    m_indexBuilding = true;
    auto db = m_queries->database();
    const int period = m_activePeriod;
    using IndexResult = Result<std::shared_ptr<const ParticipantIndex>>;
    ui::runTask<IndexResult>(m_context, this, tr("Preparing the participants search"), [db, period](ui::TaskControl &control) {
        IndexResult result = makeError(QString());
        auto count = ParticipantRepository(*db).count({}, period);
        if (count && *count <= ParticipantIndex::kMaxRows)
            result = ParticipantIndex::build(*db, period, [&control]() { return control.isCanceled(); });
        db->releaseThreadConnection(); // pool threads come and go; do not leave a connection behind
        return result;
    }, [this, period](IndexResult index) {
        m_indexBuilding = false;
        if (index && period == m_activePeriod) {
            m_model->setSearchIndex(*index);
            updateStatusLine();
            emit indexBuilt();
        }
    });
}

void ParticipantsTab::loadOccupations()
{
    m_occupationsLoaded = true;
    m_queries->run<QStringList>(this, [](const storage::Database &db) {
        auto list = LookupRepository(db).occupations();
        return list ? *list : QStringList();
    }, [this](QStringList list) {
        const QString current = m_occupation->currentData().toString();
        m_occupation->blockSignals(true);
        m_occupation->clear();
        m_occupation->addItem(tr("All occupations"), QString());
        for (const QString &o : list)
            m_occupation->addItem(o, o);
        m_occupation->setCurrentIndex(std::max(0, m_occupation->findData(current)));
        m_occupation->blockSignals(false);
    });
}

void ParticipantsTab::updateStatusLine()
{
    QStringList parts;
    parts << (m_count >= 0 ? tr("%1 participants").arg(fmt::number(m_count)) : tr("counting…"));
    parts << tr("page read in %1 ms").arg(fmt::decimal(m_lastMs, 0));
    if (m_activePeriod > 0)
        parts << tr("active = paid for %1").arg(fmt::yearMonth(m_activePeriod / 100, m_activePeriod % 100));
    if (!m_model->hasSearchIndex())
        parts << tr("search index being prepared");
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace perisai::roster
