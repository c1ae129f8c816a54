#include "dashboardtables.h"

#include "capnote.h"
#include "core/format.h"
#include "figures/kpiexport.h"
#include "tablemodel.h"
#include "ui/theme.h"

#include <QCoreApplication>

namespace perisai::performance {

namespace {

struct Tables {
    Q_DECLARE_TR_FUNCTIONS(Tables)
};

QString monthLabel(YearMonth m)
{
    return fmt::monthShort(m.month()) + QLatin1Char(' ') + QString::number(m.year());
}

// Achievement columns flag the cap: amber text (to review, not a failure) saying why in the tooltip.
ValueTableModel::Colour capFlag(const std::vector<figures::UnitFigures> &rows, int column, double cap)
{
    std::vector<bool> above;
    for (const auto &r : rows)
        above.push_back(r.achievement.aboveCap);
    return [above, column, cap](int row, int col, int role) -> QVariant {
        if (col != column || !above[static_cast<size_t>(row)])
            return {};
        if (role == Qt::ForegroundRole)
            return ui::colors::warningText;
        if (role == Qt::ToolTipRole)
            return aboveCapExplanation(cap);
        return {};
    };
}

std::vector<QVariantList> achievementRows(const std::vector<figures::UnitFigures> &rows, bool agents)
{
    std::vector<QVariantList> out;
    for (const auto &r : rows) {
        QVariantList row;
        if (agents)
            row << r.rank;
        row << r.code << r.name;
        if (agents)
            row << r.wadahName;
        row << r.acquisitions << (r.target.value > 0 ? QVariant(r.target.value) : QVariant())
            << (r.target.value > 0 ? QVariant(r.achievement.ratio) : QVariant())
            << (r.achievement.aboveCap ? Tables::tr("above cap") : QString()) << r.activeRecruits << r.collected;
        out.push_back(row);
    }
    return out;
}

} // namespace

void fillCohorts(ValueTableModel &model, const figures::DashboardData &data)
{
    QStringList headers{Tables::tr("Cohort"), Tables::tr("Recruits")};
    QList<int> percent;
    for (int k = 0; k <= data.cohortMaxK; ++k) {
        headers << Tables::tr("M+%1").arg(k);
        percent << k + 2;
    }
    std::vector<QVariantList> rows;
    for (const auto &c : data.cohorts) {
        QVariantList row{monthLabel(c.cohort), c.size};
        for (const auto &share : c.shares)
            row << (share ? QVariant(*share) : QVariant());
        rows.push_back(row);
    }
    model.setTable(headers, rows, {}, percent);
    std::vector<std::vector<std::optional<double>>> shares;
    for (const auto &c : data.cohorts)
        shares.push_back(c.shares);
    model.setDecoration([shares](int row, int col, int role) -> QVariant {
        if (col < 2)
            return {};
        const auto &v = shares[static_cast<size_t>(row)][static_cast<size_t>(col - 2)];
        if (!v)
            return role == Qt::BackgroundRole ? QVariant(QColor(0xF4, 0xF6, 0xF9)) : QVariant();
        if (role == Qt::BackgroundRole)
            return ui::colors::heat(*v);
        if (role == Qt::ForegroundRole)
            return *v > 0.55 ? QColor(Qt::white) : ui::colors::text;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    });
}

void fillLeaderboard(ValueTableModel &model, const figures::DashboardData &data)
{
    model.setTable({Tables::tr("Rank"), Tables::tr("Code"), Tables::tr("Agent"), Tables::tr("Wadah"), Tables::tr("Acquisitions"),
                    Tables::tr("Target"), Tables::tr("Achievement"), Tables::tr("Cap"), Tables::tr("Active recruits"),
                    Tables::tr("Collected")},
                   achievementRows(data.byAgent, true), {9}, {6});
    model.setDecoration(capFlag(data.byAgent, 6, data.summary.cap));
}

void fillWadah(ValueTableModel &model, const figures::DashboardData &data)
{
    model.setTable({Tables::tr("Code"), Tables::tr("Wadah"), Tables::tr("Acquisitions"), Tables::tr("Target"),
                    Tables::tr("Achievement"), Tables::tr("Cap"), Tables::tr("Active recruits"), Tables::tr("Collected")},
                   achievementRows(data.byWadah, false), {7}, {4});
    model.setDecoration(capFlag(data.byWadah, 4, data.summary.cap));
}

const std::vector<figures::UnitFigures> &officeRows(const figures::DashboardData &data)
{
    return data.byBranch.empty() ? data.byKcp : data.byBranch;
}

void fillOffices(ValueTableModel &model, const figures::DashboardData &data)
{
    const auto &rows = officeRows(data);
    model.setTable({Tables::tr("Code"), data.byBranch.empty() ? Tables::tr("KCP") : Tables::tr("Branch"), Tables::tr("Acquisitions"),
                    Tables::tr("Target"), Tables::tr("Achievement"), Tables::tr("Cap"), Tables::tr("Active recruits"),
                    Tables::tr("Collected")},
                   achievementRows(rows, false), {7}, {4});
    model.setDecoration(capFlag(rows, 4, data.summary.cap));
}

void fillMonths(ValueTableModel &model, const figures::DashboardData &data)
{
    std::vector<QVariantList> rows;
    for (const auto &m : data.months) {
        rows.push_back({monthLabel(m.month), m.acquisitions, m.acquisitionsLastYear, qRound64(m.target), m.activeAll,
                        m.activePerisai, m.agentsRegistered, m.agentsProductive});
    }
    model.setTable({Tables::tr("Month"), Tables::tr("Acquisitions"), Tables::tr("Same month last year"), Tables::tr("Target"),
                    Tables::tr("Active participants"), Tables::tr("Active through Perisai"), Tables::tr("Agents registered"),
                    Tables::tr("Agents productive")},
                   rows);
}

std::vector<ui::Sheet> dashboardWorkbook(const figures::DashboardData &data, const QString &scopeDescription)
{
    const QString title = scopeDescription + QStringLiteral(" · ") + monthLabel(data.summary.period.from) + QStringLiteral(" – ")
                          + monthLabel(data.summary.period.to);
    ui::Sheet summary{Tables::tr("Indicators"), title, {Tables::tr("Indicator"), Tables::tr("Value")}, {}};
    for (const auto &f : figures::kpiFields(data.summary))
        summary.rows.push_back({f.path, f.value.typeId() == QMetaType::Bool ? QVariant(f.value.toBool() ? 1 : 0) : f.value});
    std::vector<ui::Sheet> sheets{summary};
    ValueTableModel model;
    auto add = [&](const QString &name, auto fill) {
        fill(model, data);
        sheets.push_back(ui::sheetFromModel(model, name, title));
    };
    add(Tables::tr("Months"), fillMonths);
    add(Tables::tr("Cohorts"), fillCohorts);
    add(Tables::tr("Agents"), fillLeaderboard);
    add(Tables::tr("Wadah"), fillWadah);
    if (!officeRows(data).empty())
        add(data.byBranch.empty() ? Tables::tr("KCP") : Tables::tr("Branches"), fillOffices);
    return sheets;
}

} // namespace perisai::performance
