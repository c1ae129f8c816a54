#include "slides.h"

#include "core/format.h"
#include "figures/glossary.h"

namespace perisai::presentation {

QString IndicatorsSlide::title() const
{
    return tr("Indicators");
}

QString IndicatorsSlide::subtitle() const
{
    const DeckHeader &h = data().header;
    return tr("%1  \u00b7  %2").arg(periodText(h), h.officeName);
}

void IndicatorsSlide::paintBody(SlideCanvas &canvas, const QRectF &body) const
{
    const Headline &d = data().headline;
    const PeriodRange &period = data().header.period;
    const QString lastMonth = fmt::yearMonth(period.to.year(), period.to.month());

    struct Tile {
        QString caption, value, detail;
        Ink valueInk = Ink::Text;
        Ink detailInk = Ink::Muted;
    };
    std::vector<Tile> tiles;

    using figures::Term;
    Tile acquisitions{figures::label(Term::Acquisitions), fmt::number(d.acquisitions), {}};
    if (d.acquisitionsSamePeriodLastYear > 0) {
        const double change = indicators::growth(d.acquisitions, d.acquisitionsSamePeriodLastYear);
        acquisitions.detail = tr("%1%2 against %3 a year earlier")
                                  .arg(change >= 0 ? QStringLiteral("+") : QString(), fmt::percent(change),
                                       fmt::number(d.acquisitionsSamePeriodLastYear));
        acquisitions.detailInk = change >= 0 ? Ink::Good : Ink::Bad;
    } else {
        acquisitions.detail = tr("no acquisitions in the same months a year earlier");
    }
    tiles.push_back(acquisitions);

    QString targetText = tr("%1 of the target of %2").arg(fmt::number(d.acquisitions), fmt::number(d.target));
    if (!d.targetSource.isEmpty())
        targetText += QStringLiteral(" (%1)").arg(d.targetSource);
    Tile achievement{figures::label(Term::TargetAchievement), d.target > 0 ? fmt::percent(d.achievement.ratio) : QStringLiteral("\u2014"),
                     d.target > 0 ? targetText : tr("no target set for these months")};
    if (d.achievement.aboveCap) {
        achievement.valueInk = Ink::Warn;
        achievement.detail = tr("above the %1 cap: counted up to the cap").arg(fmt::percent(d.cap, 0));
        achievement.detailInk = Ink::Warn;
    } else if (d.target > 0) {
        achievement.valueInk = d.achievement.ratio >= 1.0 ? Ink::Good : Ink::Text;
    }
    tiles.push_back(achievement);

    tiles.push_back({figures::label(Term::ActiveRecruits), fmt::number(d.activePerisai),
                     tr("Perisai recruits paid up for %1").arg(lastMonth)});

    Tile agents{figures::label(Term::AgentsProductive), tr("%1 of %2").arg(fmt::number(d.agentsProductive), fmt::number(d.agentsRegistered)),
                tr("with an acquisition or a collection in %1").arg(lastMonth)};
    if (d.agentsRegistered > 0)
        agents.detailInk = d.agentsProductive * 2 >= d.agentsRegistered ? Ink::Good : Ink::Warn;
    tiles.push_back(agents);

    tiles.push_back({tr("Retention at 3 months"), fmt::percent(d.retention3),
                     tr("of recruits still paying three months after joining")});
    tiles.push_back({figures::label(Term::RecruitContributions), fmt::rupiahShort(d.collected), tr("paid by Perisai recruits in these months")});

    const int columns = 3;
    const int rows = 2;
    const double gap = canvas.px(20);
    const double w = (body.width() - (columns - 1) * gap) / columns;
    const double h = (body.height() - (rows - 1) * gap) / rows;
    for (size_t i = 0; i < tiles.size(); ++i) {
        const int c = static_cast<int>(i) % columns;
        const int r = static_cast<int>(i) / columns;
        const QRectF rect(body.left() + c * (w + gap), body.top() + r * (h + gap), w, h);
        const Tile &t = tiles[i];
        canvas.figureTile(rect, t.caption, t.value, t.detail, t.valueInk, t.detailInk, 4);
    }
}

} // namespace perisai::presentation
