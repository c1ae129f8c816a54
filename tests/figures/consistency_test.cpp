// One label, one value, everywhere: on demo size s and the Cilacap preset, on SQLite and PostgreSQL, the
// figures every view shows (dashboard tiles, roster tiles and columns, the wadah list, the offices tree, agent detail,
// projector, PDF text) equal those of `kpi` and `kpi --by agent|wadah|kcp` for the same period, including the
// cases where they once
// differed (registered agents, active participants against recruits paying, an agent's achievement,
// 3-month retention, PKS ending within 60 days, the current year).
#include "agreements/agreementservice.h"
#include "core/format.h"
#include "demofixture.h"
#include "figures/agreementfigures.h"
#include "figures/period.h"
#include "offices/officesdata.h"
#include "offices/officetreemodel.h"
#include "performance/dashboardpage.h"
#include "performance/dashboardtiles.h"
#include "performance/kpicommand.h"
#include "presentation/deckrepository.h"
#include "reports/reportcatalog.h"
#include "roster/agentdetail.h"
#include "roster/agentlistmodel.h"
#include "roster/agentstab.h"
#include "roster/participantmodel.h"
#include "roster/participantrepository.h"
#include "roster/participantstab.h"
#include "roster/rosterpage.h"
#include "roster/wadahlistmodel.h"
#include "roster/wadahtab.h"
#include "shell/modules.h"
#include "storage/query.h"
#include "ui/appcontext.h"
#include "ui/stattile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace perisai;
using perisai::testing::GeneratedOnce;

namespace {

QJsonObject kpi(const QString &location, const QStringList &extra)
{
    ::testing::internal::CaptureStdout();
    ::testing::internal::CaptureStderr();
    const int code = performance::kpiCommand().run(QStringList{QStringLiteral("kpi"), QStringLiteral("--database"), location} + extra);
    const QString out = QString::fromStdString(::testing::internal::GetCapturedStdout());
    const QString err = QString::fromStdString(::testing::internal::GetCapturedStderr());
    EXPECT_EQ(code, 0) << err.toStdString();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
    return json;
}

qint64 integer(const QJsonObject &o, const char *a, const char *b = nullptr)
{
    const QJsonValue v = o.value(QLatin1String(a));
    return b ? v.toObject().value(QLatin1String(b)).toInteger() : v.toInteger();
}

// A ratio of the export as the views write it ("–" for null).
QString percent(const QJsonValue &v, int decimals = 1)
{
    return v.isNull() ? QStringLiteral("–") : fmt::percent(v.toDouble(), decimals);
}

QString reportText(const storage::Database &db, reports::ReportRequest request)
{
    shell::registerReports(); // the kinds as the program registers them at start-up
    auto doc = reports::buildReport(db, request);
    EXPECT_TRUE(doc.ok()) << doc.errorText().toStdString();
    return doc ? (*doc)->plainText() : QString();
}

class FiguresAgree : public GeneratedOnce {
public:
    // `kpi --by level` for the period, by code.
    QMap<QString, QJsonObject> byUnit(const char *level) const
    {
        QMap<QString, QJsonObject> rows;
        for (const QJsonValue &row : kpi(location(), {QStringLiteral("--period"), periodText, QStringLiteral("--by"), QLatin1String(level)})
                                         .value(QStringLiteral("rows")).toArray())
            rows.insert(row.toObject().value(QStringLiteral("code")).toString(), row.toObject());
        return rows;
    }

protected:
    QString location() const { return s_databases.at(suite()).at(GetParam())->location; }
    static std::string suite() { return ::testing::UnitTest::GetInstance()->current_test_suite()->name(); }
    void SetUp() override
    {
        GeneratedOnce::SetUp();
        if (!db)
            return;
        fmt::setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto until = figures::lastMonthWithData(*db);
        ASSERT_TRUE(until.ok() && until->isValid());
        period = {{until->year(), 1}, *until};
        periodText = period.from.toString() + QStringLiteral("..") + period.to.toString();
        summary = kpi(location(), {QStringLiteral("--period"), periodText});
        byAgent = byUnit("agent");
    }

    PeriodRange period;
    QString periodText;
    QJsonObject summary;
    QMap<QString, QJsonObject> byAgent;
};

// The period's figures through `kpi` and through the dashboard's tiles.
void dashboardAgrees(const storage::DatabasePtr &db, const QString &periodText, const QJsonObject &k)
{
    ui::AppContext context(db);
    performance::DashboardPage page(context);
    page.resize(1380, 960);
    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isLoading(); }, 120000));
    page.open({{QStringLiteral("period"), periodText}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isLoading() && page.data().summary.period.toString() == periodText; }, 120000));
    using T = performance::DashboardTiles;
    auto tile = [&](T::Tile which) { return page.tiles()->tile(which); };
    EXPECT_EQ(tile(T::Acquisitions)->value(), fmt::number(integer(k, "acquisitions")));
    EXPECT_EQ(tile(T::Active)->value(), fmt::number(integer(k, "active_participants")));
    EXPECT_TRUE(tile(T::Active)->detail().contains(fmt::number(integer(k, "active_recruits")))) << tile(T::Active)->detail().toStdString();
    EXPECT_EQ(tile(T::Agents)->value(), fmt::number(integer(k, "agents", "productive")));
    EXPECT_TRUE(tile(T::Agents)->detail().contains(fmt::number(integer(k, "agents", "registered"))));
    if (integer(k, "target") > 0) {
        EXPECT_EQ(tile(T::Achievement)->value(), percent(k.value(QStringLiteral("target_achievement"))));
    } else {
        EXPECT_TRUE(tile(T::Achievement)->detail().contains(QStringLiteral("No target"))) << tile(T::Achievement)->detail().toStdString();
    }
    // The retention note: "–" for a cohort age not yet observed, the same shares as `kpi` otherwise.
    const QJsonObject retention = k.value(QStringLiteral("retention")).toObject();
    EXPECT_EQ(page.data().summary.retention3.has_value(), !retention.value(QStringLiteral("m3")).isNull());
    EXPECT_EQ(page.data().summary.retention12.has_value(), !retention.value(QStringLiteral("m12")).isNull());
}

void rosterAgrees(const storage::DatabasePtr &db, const QJsonObject &k, const QMap<QString, QJsonObject> &byAgent)
{
    ui::AppContext context(db);
    roster::RosterPage page(context);
    page.resize(1380, 900);
    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.isLoaded(); }, 120000));
    const auto &tiles = page.tiles();
    EXPECT_EQ(tiles[0]->value(), fmt::number(integer(k, "agents", "registered")));
    EXPECT_EQ(tiles[1]->value(), fmt::number(integer(k, "agents", "productive")));
    EXPECT_EQ(tiles[3]->value(), fmt::number(integer(k, "acquisitions")));
    EXPECT_EQ(tiles[4]->value(), fmt::countShort(integer(k, "active_recruits")));
    // The participants tab's "active" filter on agents' recruits lists the recruits the tile counts.
    roster::ParticipantFilter recruitsPaying;
    recruitsPaying.channel = roster::ParticipantFilter::Channel::Agents;
    recruitsPaying.activity = roster::ParticipantFilter::Activity::Active;
    const int period = page.participantsTab()->model()->activePeriod();
    EXPECT_EQ(roster::ParticipantRepository(*db).count(recruitsPaying, period).value(), integer(k, "active_recruits"));
    const roster::AgentListModel *model = page.agentsTab()->model();
    ASSERT_EQ(model->rowCount(), byAgent.size());
    using C = roster::AgentListModel;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString code = model->index(row, C::Code).data().toString();
        const QJsonObject a = byAgent.value(code);
        SCOPED_TRACE(code.toStdString());
        EXPECT_EQ(model->index(row, C::YearAcq).data().toString(), fmt::number(a.value(QStringLiteral("acquisitions")).toInteger()));
        EXPECT_EQ(model->index(row, C::ActiveRecruits).data().toString(), fmt::number(a.value(QStringLiteral("active_recruits")).toInteger()));
        if (a.value(QStringLiteral("target")).toInteger() > 0) {
            EXPECT_EQ(model->index(row, C::Achievement).data().toString(), percent(a.value(QStringLiteral("target_achievement"))));
        }
    }
}

// The wadah list's agents ("active of registered") and acquisitions are `kpi --by wadah`'s, and so are the
// wadah scorecard's; the agents of the wadah and of the KCPs are among the branch's registered agents.
void wadahListAgrees(const FiguresAgree &t, const storage::DatabasePtr &db, const PeriodRange &period, const QJsonObject &k)
{
    ui::AppContext context(db);
    roster::RosterPage page(context);
    page.resize(1380, 900);
    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.isLoaded(); }, 120000));
    // Read after the page is in: opening the roster applies the automatic deactivation rule, which can change
    // who is active on the reference month's last day.
    const QMap<QString, QJsonObject> byWadah = t.byUnit("wadah");
    const QMap<QString, QJsonObject> byKcp = t.byUnit("kcp");
    ASSERT_FALSE(byWadah.isEmpty());
    const roster::WadahListModel *model = page.wadahTab()->model();
    ASSERT_EQ(model->rowCount(), byWadah.size());
    using C = roster::WadahListModel;
    qint64 registered = 0, active = 0;
    QJsonObject largest; // the wadah with the most agents registered
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString code = model->index(row, C::Code).data().toString();
        SCOPED_TRACE(code.toStdString());
        ASSERT_TRUE(byWadah.contains(code));
        const QJsonObject w = byWadah.value(code);
        const qint64 wRegistered = w.value(QStringLiteral("agents_registered")).toInteger(-1);
        const qint64 wActive = w.value(QStringLiteral("agents_active")).toInteger(-1);
        ASSERT_GE(wActive, 0);
        ASSERT_GE(wRegistered, wActive);
        EXPECT_EQ(model->index(row, C::Agents).data().toString(), QStringLiteral("%1 of %2").arg(fmt::number(wActive), fmt::number(wRegistered)));
        EXPECT_EQ(model->index(row, C::Agents).data(Qt::EditRole).toLongLong(), wActive);
        EXPECT_EQ(model->index(row, C::YearAcq).data().toString(), fmt::number(w.value(QStringLiteral("acquisitions")).toInteger()));
        registered += wRegistered;
        active += wActive;
        if (wRegistered > largest.value(QStringLiteral("agents_registered")).toInteger())
            largest = w;
    }
    EXPECT_LE(registered, integer(k, "agents", "registered"));
    EXPECT_GT(active, 0);
    ASSERT_FALSE(largest.isEmpty());
    reports::ReportRequest r;
    r.type = QStringLiteral("wadah");
    r.wadahCode = largest.value(QStringLiteral("code")).toString();
    r.period = period;
    const QString pdf = reportText(*db, r);
    EXPECT_TRUE(pdf.contains(QStringLiteral("of %1 registered").arg(fmt::number(largest.value(QStringLiteral("agents_registered")).toInteger()))))
        << pdf.toStdString();
    qint64 kcpRegistered = 0;
    for (const QJsonObject &o : byKcp) {
        SCOPED_TRACE(o.value(QStringLiteral("code")).toString().toStdString());
        ASSERT_TRUE(o.contains(QStringLiteral("agents_registered")));
        EXPECT_LE(o.value(QStringLiteral("agents_active")).toInteger(), o.value(QStringLiteral("agents_registered")).toInteger());
        kcpRegistered += o.value(QStringLiteral("agents_registered")).toInteger();
    }
    EXPECT_LE(kcpRegistered, integer(k, "agents", "registered"));
}

// The offices tree's "active of registered agents": each KCP's as `kpi --by kcp`, the branch's as `kpi`.
void officesTreeAgrees(const FiguresAgree &t, const storage::Database &db, const QJsonObject &k)
{
    const offices::OfficesData data = offices::loadOfficesData(db);
    ASSERT_TRUE(data.error.isEmpty()) << data.error.toStdString();
    offices::OfficeTreeModel model;
    model.setData(data);
    auto shown = [&](const QString &code) {
        for (const offices::OfficeRow &r : data.rows) {
            if (r.office.code == code)
                return model.indexOf(r.office.id).siblingAtColumn(offices::OfficeTreeModel::Agents).data().toString();
        }
        return QStringLiteral("no office %1").arg(code);
    };
    auto expected = [](qint64 active, qint64 registered) {
        return QStringLiteral("%1 of %2").arg(fmt::number(active), fmt::number(registered));
    };
    const QMap<QString, QJsonObject> byKcp = t.byUnit("kcp");
    ASSERT_FALSE(byKcp.isEmpty());
    for (const QJsonObject &o : byKcp) {
        const QString code = o.value(QStringLiteral("code")).toString();
        SCOPED_TRACE(code.toStdString());
        EXPECT_EQ(shown(code), expected(o.value(QStringLiteral("agents_active")).toInteger(), o.value(QStringLiteral("agents_registered")).toInteger()));
    }
    const QString branch = k.value(QStringLiteral("office")).toString();
    EXPECT_TRUE(shown(branch).endsWith(QStringLiteral(" of ") + fmt::number(integer(k, "agents", "registered")))) << branch.toStdString();
}

// An agent in the detail panel, the agent scorecard PDF and `kpi --by agent`.
void agentAgrees(const storage::Database &db, const PeriodRange &period, const QJsonObject &a)
{
    const QString code = a.value(QStringLiteral("code")).toString();
    SCOPED_TRACE(code.toStdString());
    auto id = storage::Query(db.connection(), QStringLiteral("SELECT id FROM agents WHERE code = ?")).bind(code).scalar();
    ASSERT_TRUE(id.ok());
    auto detail = roster::loadAgentDetail(db, id->toLongLong(), period.to);
    ASSERT_TRUE(detail.ok()) << detail.errorText().toStdString();
    const figures::UnitFigures &f = detail->figures.figures;
    EXPECT_EQ(f.acquisitions, a.value(QStringLiteral("acquisitions")).toInteger());
    EXPECT_EQ(f.target.value, a.value(QStringLiteral("target")).toInteger());
    EXPECT_EQ(fmt::percent(f.achievement.ratio), percent(a.value(QStringLiteral("target_achievement"))));
    EXPECT_EQ(fmt::percent(f.retention(3)), percent(a.value(QStringLiteral("retention")).toObject().value(QStringLiteral("m3"))));

    reports::ReportRequest r;
    r.type = QStringLiteral("agent");
    r.agentCode = code;
    r.period = period;
    const QString pdf = reportText(db, r);
    EXPECT_TRUE(pdf.contains(fmt::number(f.acquisitions)));
    if (f.target.value > 0) {
        EXPECT_TRUE(pdf.contains(percent(a.value(QStringLiteral("target_achievement"))))) << pdf.toStdString();
    }
}

void projectorAgrees(const storage::Database &db, const PeriodRange &period, const QJsonObject &k,
                     const QMap<QString, QJsonObject> &byAgent)
{
    auto deck = presentation::loadDeck(db, {});
    ASSERT_TRUE(deck.ok()) << deck.errorText().toStdString();
    EXPECT_EQ(deck->header.period.toString(), period.toString());
    const presentation::Headline &h = deck->headline;
    EXPECT_EQ(h.acquisitions, integer(k, "acquisitions"));
    EXPECT_EQ(h.activePerisai, integer(k, "active_recruits"));
    EXPECT_EQ(h.agentsRegistered, integer(k, "agents", "registered"));
    EXPECT_EQ(h.agentsProductive, integer(k, "agents", "productive"));
    EXPECT_EQ(h.target, integer(k, "target"));
    EXPECT_EQ(fmt::percent(h.achievement.ratio), percent(k.value(QStringLiteral("target_achievement"))));
    EXPECT_EQ(fmt::percent(h.retention3), percent(k.value(QStringLiteral("retention")).toObject().value(QStringLiteral("m3"))));
    for (const presentation::LeaderRow &l : deck->leaders) {
        bool found = false;
        for (const QJsonObject &a : byAgent) {
            if (a.value(QStringLiteral("name")).toString() == l.name) {
                found = true;
                EXPECT_EQ(l.acquisitions, a.value(QStringLiteral("acquisitions")).toInteger());
                EXPECT_EQ(l.rank, a.value(QStringLiteral("rank")).toInteger());
            }
        }
        EXPECT_TRUE(found) << l.name.toStdString();
    }
}

void summaryPdfAgrees(const storage::Database &db, const PeriodRange &period, const QJsonObject &k)
{
    reports::ReportRequest r;
    r.type = QStringLiteral("summary");
    r.period = period;
    const QString text = reportText(db, r);
    EXPECT_TRUE(text.contains(fmt::number(integer(k, "acquisitions"))));
    EXPECT_TRUE(text.contains(fmt::number(integer(k, "active_participants"))));
    EXPECT_TRUE(text.contains(percent(k.value(QStringLiteral("retention")).toObject().value(QStringLiteral("m3")))));
    if (integer(k, "target") > 0) {
        EXPECT_TRUE(text.contains(percent(k.value(QStringLiteral("target_achievement")))));
    }
}

void checkEverywhere(FiguresAgree &t, const storage::DatabasePtr &db, const PeriodRange &period, const QString &periodText,
                     const QJsonObject &k, const QMap<QString, QJsonObject> &byAgent)
{
    ASSERT_FALSE(byAgent.isEmpty());
    dashboardAgrees(db, periodText, k);
    rosterAgrees(db, k, byAgent);
    wadahListAgrees(t, db, period, k);
    officesTreeAgrees(t, *db, k);
    projectorAgrees(*db, period, k, byAgent);
    summaryPdfAgrees(*db, period, k);
    // The best agent, one in the middle and the last: in the detail panel and the scorecard.
    QList<QJsonObject> agents = byAgent.values();
    std::sort(agents.begin(), agents.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("rank")).toInteger() < b.value(QStringLiteral("rank")).toInteger();
    });
    for (qsizetype i : {qsizetype(0), agents.size() / 2, agents.size() - 1})
        agentAgrees(*db, period, agents[i]);
}

} // namespace

class SizeSFigures : public FiguresAgree {
protected:
    demo::Options options() const override
    {
        demo::Options o;
        o.size = demo::Size::S;
        return o;
    }
};

TEST_P(SizeSFigures, EveryViewShowsTheSameFigures)
{
    checkEverywhere(*this, db, period, periodText, summary, byAgent);
}

TEST_P(SizeSFigures, TheExamplesOfTheIssueAgree)
{
    // AG-KUDUS-0020: one achievement in the roster, the agent detail, the scorecard PDF and `kpi --by agent`.
    ASSERT_TRUE(byAgent.contains(QStringLiteral("AG-KUDUS-0020")));
    agentAgrees(*db, period, byAgent.value(QStringLiteral("AG-KUDUS-0020")));
    // Active participants (any channel) and recruits paying are two figures with two labels.
    EXPECT_GT(integer(summary, "active_participants"), integer(summary, "active_recruits"));
    // The PKS notice counts "within 60 days" as the tile does (including those within 30).
    const QDate today = QDate::currentDate();
    auto reminders = agreements::agreementReminders(*db, today);
    ASSERT_TRUE(reminders.ok());
    const agreements::AgreementFigures tiles = agreements::agreementFigures(*db, today);
    EXPECT_EQ(reminders->count(60), tiles.expiring_60);
    EXPECT_EQ(reminders->count(30), tiles.expiring_30);
    for (const QString &line : reminders->lines()) {
        if (line.contains(QStringLiteral("within 60 days"))) {
            EXPECT_TRUE(line.contains(QStringLiteral("%1 PKS ending within 60 days").arg(tiles.expiring_60))) << line.toStdString();
        }
    }
}

TEST_P(SizeSFigures, TheCurrentYearIsCutAtTheLastMonthWithData)
{
    const QString year = QString::number(period.to.year());
    const QJsonObject whole = kpi(location(), {QStringLiteral("--period"), year});
    QJsonObject cut = whole;
    QJsonObject p = cut.value(QStringLiteral("period")).toObject();
    if (period.to.month() < 12) {
        EXPECT_EQ(p.value(QStringLiteral("asked_to")).toString(), year + QStringLiteral("-12"));
    }
    p.remove(QStringLiteral("asked_to"));
    cut.insert(QStringLiteral("period"), p);
    EXPECT_EQ(cut, summary);
    EXPECT_GT(integer(whole, "active_participants"), 0);
    EXPECT_GT(integer(whole, "agents", "productive"), 0);

    // The summary PDF of the year says where the data end, and does not call an unfinished year closed.
    reports::ReportRequest r;
    r.type = QStringLiteral("summary");
    r.period = PeriodRange::year(period.to.year());
    const QString text = reportText(*db, r);
    if (period.to.month() < 12) {
        EXPECT_TRUE(text.contains(QStringLiteral("data up to %1").arg(fmt::yearMonth(period.to.year(), period.to.month()))));
        EXPECT_FALSE(text.contains(QStringLiteral("closed with")));
    }

    // A year wholly after the data is refused, saying where the data end.
    ::testing::internal::CaptureStderr();
    const int code = performance::kpiCommand().run({QStringLiteral("kpi"), QStringLiteral("--database"), location(),
                                                    QStringLiteral("--period"), QString::number(period.to.year() + 2)});
    const QString err = QString::fromStdString(::testing::internal::GetCapturedStderr());
    EXPECT_NE(code, 0);
    EXPECT_TRUE(err.contains(fmt::yearMonth(period.to.year(), period.to.month()))) << err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, SizeSFigures, perisai::testing::allBackends(), perisai::testing::backendName);

class CilacapPresetFigures : public FiguresAgree {
protected:
    demo::Options options() const override
    {
        demo::Options o;
        o.preset = demo::Preset::Cilacap;
        return o;
    }
};

TEST_P(CilacapPresetFigures, EveryViewShowsTheSameFigures)
{
    checkEverywhere(*this, db, period, periodText, summary, byAgent);
}

INSTANTIATE_TEST_SUITE_P(Backends, CilacapPresetFigures, perisai::testing::allBackends(), perisai::testing::backendName);
