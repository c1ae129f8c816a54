#include "dashboardtiles.h"

#include "capnote.h"
#include "core/format.h"
#include "figures/glossary.h"
#include "ui/stattile.h"

#include <QGridLayout>
#include <QResizeEvent>
#include <algorithm>
#include <iterator>

namespace perisai::performance {

using Tone = ui::StatTile::Tone;

constexpr int kSpacing = 10;
constexpr int kMostColumns = 5;
constexpr int kFewestColumns = 2;

DashboardTiles::DashboardTiles(QWidget *parent) : QWidget(parent)
{
    const QStringList captions{tr("Acquisitions"), tr("Year-end outlook"), tr("Target achievement"), tr("Active participants"),
                               tr("Informal workers covered"), tr("UCJ contribution"), tr("Claims"), tr("Productive agents"),
                               tr("Monev follow-up"), tr("Agreements (PKS)")};
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(kSpacing);
    grid->setSizeConstraint(QLayout::SetNoConstraint); // the minimum is ours (two columns), not five
    // Each tile's tooltip is its definition in the glossary (the same text as docs/indicators.md).
    using figures::Term;
    const Term terms[] = {Term::Acquisitions, Term::YearEndOutlook, Term::TargetAchievement, Term::ActiveParticipants,
                          Term::Coverage, Term::UcjContribution, Term::Claims, Term::AgentsProductive, Term::OpenActions,
                          Term::AgreementsActive};
    static_assert(std::size(terms) == TileCount);
    for (int i = 0; i < TileCount; ++i) {
        m_tiles[i] = new ui::StatTile(captions[i]);
        m_tiles[i]->setToolTip(figures::tooltip(terms[i]));
        connect(m_tiles[i], &ui::StatTile::clicked, this, [this, i] { emit tileClicked(static_cast<Tile>(i)); });
    }
    placeTiles(kMostColumns);
    // As tall as the tiles' rows need, never more: the tiles' details would stretch into a taller page's room.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

int DashboardTiles::tileMinimumWidth() const
{
    int widest = 0;
    for (const ui::StatTile *tile : m_tiles)
        widest = std::max(widest, tile->minimumSizeHint().width());
    return widest;
}

QSize DashboardTiles::minimumSizeHint() const
{
    const int rows = (TileCount + kFewestColumns - 1) / kFewestColumns;
    return {kFewestColumns * tileMinimumWidth() + (kFewestColumns - 1) * kSpacing,
            rows * m_tiles[0]->minimumSizeHint().height() + (rows - 1) * kSpacing};
}

void DashboardTiles::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int fit = (event->size().width() + kSpacing) / (tileMinimumWidth() + kSpacing);
    placeTiles(std::clamp(fit, kFewestColumns, kMostColumns));
}

void DashboardTiles::placeTiles(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    auto *grid = static_cast<QGridLayout *>(layout());
    for (ui::StatTile *tile : m_tiles)
        grid->removeWidget(tile);
    for (int c = 0; c < kMostColumns; ++c)
        grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < TileCount; ++i)
        grid->addWidget(m_tiles[i], i / columns, i % columns);
}

void DashboardTiles::setData(const figures::DashboardData &d)
{
    const figures::KpiSummary &s = d.summary;
    const int lastYear = s.period.to.year() - 1;

    m_tiles[Acquisitions]->setValue(fmt::number(s.acquisitions));
    QString detail = tr("Whole of %1: %2").arg(lastYear).arg(fmt::number(s.acquisitionsLastFullYear));
    if (s.acquisitionsSamePeriodLastYear > 0) {
        const double g = indicators::growth(s.acquisitions, s.acquisitionsSamePeriodLastYear);
        detail += QLatin1Char('\n') + tr("%1 against the same months of %2").arg((g >= 0 ? QStringLiteral("+") : QString()) + fmt::percent(g)).arg(lastYear);
        m_tiles[Acquisitions]->setDetail(detail, g >= 0 ? Tone::Good : Tone::Bad);
    } else {
        m_tiles[Acquisitions]->setDetail(detail);
    }

    const bool seasonal = s.outlook.seasonal > 0;
    m_tiles[Outlook]->setCaption(tr("Outlook for %1").arg(d.year));
    m_tiles[Outlook]->setValue(fmt::number(seasonal ? s.outlook.seasonal : s.outlook.runRate));
    QString outlook = seasonal ? tr("Last year's shape; run-rate %1").arg(fmt::number(s.outlook.runRate)) : tr("At the run-rate");
    if (s.acquisitionsLastFullYear > 0)
        outlook += QLatin1Char('\n') + (s.outlook.beatsLastYear ? tr("Beats %1 (%2)") : tr("Short of %1 (%2)"))
                                           .arg(lastYear).arg(fmt::number(s.acquisitionsLastFullYear));
    m_tiles[Outlook]->setDetail(outlook, s.acquisitionsLastFullYear == 0 ? Tone::Neutral
                                         : s.outlook.beatsLastYear   ? Tone::Good
                                                                     : Tone::Bad);

    if (s.target > 0) {
        const double r = s.achievement.ratio;
        m_tiles[Achievement]->setValue(fmt::percent(r));
        QString text = tr("%1 of a target of %2").arg(fmt::number(s.acquisitions), fmt::number(s.target));
        if (const QString source = figures::targetSourceText(s.targetSource); !source.isEmpty())
            text += QLatin1Char('\n') + tr("Target: %1").arg(source);
        if (s.achievement.aboveCap)
            text += QLatin1Char('\n') + tr("Above the cap of %1").arg(fmt::percent(s.cap, 0));
        m_tiles[Achievement]->setDetail(text, s.achievement.aboveCap ? Tone::Warning : r >= 0.9 ? Tone::Good : r >= 0.6 ? Tone::Warning : Tone::Bad);
        // Above the cap: why it is amber, after the glossary's definition.
        const QString definition = figures::tooltip(figures::Term::TargetAchievement);
        m_tiles[Achievement]->setToolTip(s.achievement.aboveCap ? definition + QStringLiteral("\n\n") + aboveCapExplanation(s.cap)
                                                                : definition);
    } else {
        m_tiles[Achievement]->setValue(QStringLiteral("–"));
        m_tiles[Achievement]->setDetail(tr("No target recorded for this period, nor below it"));
    }

    m_tiles[Active]->setValue(fmt::number(s.activeParticipants));
    m_tiles[Active]->setDetail(tr("Paid up for %1\n%2 recruits paying")
                                   .arg(fmt::yearMonth(s.period.to.year(), s.period.to.month()), fmt::number(s.activeRecruits)));

    const auto &c = s.coverage;
    if (c.informalWorkers > 0) {
        m_tiles[Coverage]->setValue(fmt::percent(c.ratio));
        m_tiles[Coverage]->setDetail((s.narrowed ? tr("%1 of %2 (%3)\nShare of this selection %4") : tr("%1 of %2 (%3)\nPerisai share %4"))
                                         .arg(fmt::countShort(c.protectedWorkers), fmt::countShort(c.informalWorkers))
                                         .arg(s.coverageYear)
                                         .arg(fmt::percent(c.perisaiShare)));
    } else {
        m_tiles[Coverage]->setValue(QStringLiteral("–"));
        m_tiles[Coverage]->setDetail(tr("Enter the informal workforce under Reference figures"), Tone::Warning);
    }
    if (c.workingPopulation > 0) {
        m_tiles[Ucj]->setValue(fmt::percent(c.ucjContribution, 2));
        m_tiles[Ucj]->setDetail(tr("Perisai participants of a working population of %1").arg(fmt::countShort(c.workingPopulation)));
    } else {
        m_tiles[Ucj]->setValue(QStringLiteral("–"));
        m_tiles[Ucj]->setDetail(tr("No working population recorded"), Tone::Warning);
    }

    m_tiles[Claims]->setValue(fmt::number(s.claimsCount));
    m_tiles[Claims]->setDetail(tr("%1 paid to Perisai participants").arg(fmt::rupiahShort(s.claimsAmount)));

    m_tiles[Agents]->setValue(fmt::number(s.agentsProductive));
    const double productive = s.productiveShare();
    m_tiles[Agents]->setDetail(tr("of %1 registered (%2)").arg(fmt::number(s.agentsRegistered), fmt::percent(productive, 0)),
                               productive >= 0.6 ? Tone::Good : productive >= 0.4 ? Tone::Warning : Tone::Bad);

    m_tiles[Monev]->setValue(fmt::number(s.openActions));
    m_tiles[Monev]->setDetail(tr("open actions, %1 overdue\n%2 sessions, %3 attended")
                                  .arg(fmt::number(s.overdueActions), fmt::number(s.monevSessions), fmt::percent(s.attendanceRate, 0)),
                              s.overdueActions > 0 ? Tone::Bad : Tone::Neutral);

    m_tiles[Agreements]->setValue(fmt::number(s.agreements.active));
    m_tiles[Agreements]->setDetail(tr("in force; %1 ending within 90 days, %2 expired")
                                       .arg(fmt::number(s.agreements.expiring90), fmt::number(s.agreements.expired)),
                                   s.agreements.expired > 0 ? Tone::Bad : s.agreements.expiring90 > 0 ? Tone::Warning : Tone::Neutral);
}

} // namespace perisai::performance
