// The minutes of a Monev session ("Notulen Monev"): what a branch files after the meeting — who came,
// the obstacles raised and the solutions agreed, action items, the review of earlier actions, awards,
// the agents' figures as they stood that day, and room for signatures.
#include "monevservice.h"

#include "core/format.h"
#include "core/indicators.h"
#include "figures/followup.h"
#include "figures/glossary.h"
#include "offices/officerepository.h"
#include "core/phone.h"
#include "awards.h"
#include "reports/reportdocument.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/query.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QPainter>

namespace perisai::monev {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString longDate(const QDate &d)
{
    return fmt::locale().toString(d, QStringLiteral("dddd, d MMMM yyyy"));
}

QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("–") : s;
}

QString dueText(const Action &a)
{
    return a.dueOn.isValid() ? fmt::date(a.dueOn) : QStringLiteral("–");
}

QString statusText(const QString &status, const Action &a, const QDate &day)
{
    return a.isOverdue(day) ? actionStatusLabel(status) + QStringLiteral(", ") + QCoreApplication::translate("monev", "overdue") : actionStatusLabel(status);
}

// A data table (the report's own style) with column widths in percent, so long text wraps where it should.
// Columns in `noWrap` (codes, phone numbers) never break across lines.
QString table(const QList<QPair<QString, int>> &columns, const QList<QStringList> &rows, const QList<int> &right = {0},
              const QList<int> &noWrap = {})
{
    // A class, not a style attribute, which would cost the cell its rule (see ReportDocument::addTable).
    const auto style = [&](int c) { return noWrap.contains(c) ? QStringLiteral(" class='nw'") : QString(); };
    QString html = QStringLiteral("<table class='data' width='100%' cellspacing='0'><thead><tr>");
    for (int c = 0; c < columns.size(); ++c)
        html += QStringLiteral("<th width='%1%' align='%2'%3>%4</th>")
                    .arg(columns[c].second)
                    .arg(right.contains(c) ? QStringLiteral("right") : QStringLiteral("left"), style(c), esc(columns[c].first));
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            html += QStringLiteral("<td align='%1'%2>%3</td>").arg(right.contains(c) ? QStringLiteral("right") : QStringLiteral("left"), style(c), esc(row[c]));
        html += QStringLiteral("</tr>");
    }
    if (rows.isEmpty())
        html += QStringLiteral("<tr><td colspan='%1'><i>%2</i></td></tr>").arg(columns.size()).arg(esc(QCoreApplication::translate("monev", "None recorded.")));
    return html + QStringLiteral("</table>");
}

// Label and value pairs as a borderless two-column table.
QString detailTable(const QList<QPair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td width='150' style='color:#6B7A89'>%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
    return html + QStringLiteral("</table>");
}

// The office whose session this is, through its owner; a session without an office (a wadah's) has none.
offices::Office officeOf(const storage::Database &db, qint64 officeId)
{
    if (officeId <= 0)
        return {};
    auto office = offices::OfficeRepository(db).load(officeId);
    return office ? *office : offices::Office{};
}

// Letters are signed with the town, "Kudus, 19 November 2025", not with the regency's administrative name.
QString signingPlace(const QString &region)
{
    static const QRegularExpression prefix(QStringLiteral("^(Kabupaten|Kab\\.|Kota|Kotamadya)\\s+"), QRegularExpression::CaseInsensitiveOption);
    QString town = region.trimmed();
    town.remove(prefix);
    return town.isEmpty() ? region : town;
}

// Obstacles per category as horizontal bars: where the field's trouble lies at a glance.
void drawCategoryBars(QPainter &p, const QRectF &r, const std::vector<figures::ObstacleCount> &counts)
{
    qint64 most = 1;
    for (const auto &c : counts)
        most = std::max(most, c.count);
    const double rowH = r.height() / std::max<size_t>(counts.size(), 1);
    const double labelW = r.width() * 0.32;
    const double numberW = rowH * 2.5; // room for "1.234" at the font's size, whatever the device's resolution
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(static_cast<int>(rowH * 0.45));
    p.setFont(font);
    for (size_t i = 0; i < counts.size(); ++i) {
        const double y = r.top() + i * rowH;
        p.setPen(ui::colors::text);
        p.drawText(QRectF(r.left(), y, labelW - 8, rowH), Qt::AlignRight | Qt::AlignVCenter, orDash(counts[i].category));
        const double w = (r.width() - labelW - numberW) * static_cast<double>(counts[i].count) / static_cast<double>(most);
        p.fillRect(QRectF(r.left() + labelW, y + rowH * 0.18, w, rowH * 0.64), ui::colors::primary);
        p.drawText(QRectF(r.left() + labelW + w + rowH * 0.15, y, numberW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   fmt::number(counts[i].count));
    }
}

} // namespace

std::unique_ptr<reports::ReportDocument> buildMinutes(const storage::Database &db, qint64 sessionId, bool masked, QString *error)
{
    auto loaded = MonevService(db).load(sessionId);
    if (!loaded) {
        if (error)
            *error = loaded.errorText();
        return nullptr;
    }
    const SessionDetail &d = *loaded;
    const Session &s = d.session;
    const offices::Office office = officeOf(db, s.officeId);
    const QString branch = storage::readMeta(db, QStringLiteral("branch_name"), office.name);

    reports::ReportMeta meta;
    meta.title = QCoreApplication::translate("monev", "Monev Minutes");
    meta.subtitle = s.title + QStringLiteral(" · ") + longDate(s.heldOn);
    meta.office = office.name.isEmpty() ? branch : office.name;
    meta.source = db.location().display();
    meta.masked = masked;
    auto doc = std::make_unique<reports::ReportDocument>(meta);

    figures::AttendanceCounts counts;
    for (const Attendee &a : d.attendees)
        counts.add(a.attendance);

    doc->addHeading(QCoreApplication::translate("monev", "Meeting"));
    doc->addHtml(detailTable({
        {QCoreApplication::translate("monev", "Day and date"), longDate(s.heldOn)},
        {QCoreApplication::translate("monev", "Time"), orDash(s.startsAt)},
        {QCoreApplication::translate("monev", "Place"), orDash(s.place)},
        {QCoreApplication::translate("monev", "Scope"), scopeLabel(s)},
        {QCoreApplication::translate("monev", "Facilitator"), orDash(s.facilitator)},
        {QCoreApplication::translate("monev", "Period reviewed"), reviewPeriodLabel(s)},
        {QCoreApplication::translate("monev", "Status"), sessionStatusLabel(s.status)},
    }));
    doc->addFigures({{QCoreApplication::translate("monev", "Invited"), fmt::number(counts.invited)},
                     {QCoreApplication::translate("monev", "Present"), fmt::number(counts.present)},
                     {QCoreApplication::translate("monev", "Excused"), fmt::number(counts.excused)},
                     {QCoreApplication::translate("monev", "Absent"), fmt::number(counts.absent)},
                     {QCoreApplication::translate("monev", "Attendance rate"), fmt::percent(counts.rate())}});

    if (!s.agenda.trimmed().isEmpty()) {
        doc->addHeading(QCoreApplication::translate("monev", "Agenda"));
        QString html = QStringLiteral("<ol>");
        // The list numbers the items itself: numbers typed in the agenda ("1. ...") would show twice.
        static const QRegularExpression typedNumber(QStringLiteral("^\\s*\\d+[.)]\\s*"));
        for (const QString &line : s.agenda.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            html += QStringLiteral("<li>%1</li>").arg(esc(line.trimmed().remove(typedNumber)));
        doc->addHtml(html + QStringLiteral("</ol>"));
    }
    if (!s.summary.trimmed().isEmpty()) {
        doc->addHeading(QCoreApplication::translate("monev", "Summary of the discussion"));
        doc->addParagraph(s.summary);
    }

    doc->addHeading(QCoreApplication::translate("monev", "Obstacles raised and solutions"));
    QList<QStringList> rows;
    int n = 0;
    for (const Obstacle &o : d.obstacles) {
        rows << QStringList{QString::number(++n), orDash(o.categoryName), o.agentName.isEmpty() ? QCoreApplication::translate("monev", "(general)") : o.agentName,
                            o.description, orDash(o.solution)};
    }
    doc->addHtml(table({{QCoreApplication::translate("monev", "No"), 5}, {QCoreApplication::translate("monev", "Category"), 14}, {QCoreApplication::translate("monev", "Raised by"), 16}, {QCoreApplication::translate("monev", "Obstacle"), 32}, {QCoreApplication::translate("monev", "Solution discussed"), 33}}, rows));
    // Where the field's trouble lies, once there are enough obstacles for a picture.
    auto perCategory = figures::sessionObstacles(db, sessionId);
    if (!perCategory) {
        if (error)
            *error = perCategory.errorText();
        return nullptr;
    }
    if (perCategory->size() > 1 && figures::obstaclesRaised(*perCategory) >= 6) {
        doc->addChart([counts = *perCategory](QPainter &p, const QRectF &r) { drawCategoryBars(p, r, counts); },
                      QSizeF(170, 6.0 * perCategory->size() + 4));
    }

    doc->addHeading(QCoreApplication::translate("monev", "Action items agreed"));
    rows.clear();
    n = 0;
    for (const Action &a : d.actions)
        rows << QStringList{QString::number(++n), a.description, orDash(a.owner), dueText(a), statusText(a.status, a, QDate::currentDate())};
    doc->addHtml(table({{QCoreApplication::translate("monev", "No"), 5}, {QCoreApplication::translate("monev", "Action"), 45}, {QCoreApplication::translate("monev", "Owner"), 20}, {QCoreApplication::translate("monev", "Due"), 13}, {QCoreApplication::translate("monev", "Status"), 17}}, rows));

    doc->addHeading(QCoreApplication::translate("monev", "Follow-up of earlier action items"));
    rows.clear();
    n = 0;
    for (const ActionReview &r : d.followUp)
        rows << QStringList{QString::number(++n), r.action.description, fmt::date(r.action.sessionDate), orDash(r.action.owner),
                            dueText(r.action),
                            r.reviewStatus.isEmpty() ? QCoreApplication::translate("monev", "to review") : statusText(r.reviewStatus, r.action, s.heldOn), orDash(r.note)};
    doc->addHtml(table({{QCoreApplication::translate("monev", "No"), 5}, {QCoreApplication::translate("monev", "Action"), 25}, {QCoreApplication::translate("monev", "Agreed on"), 13}, {QCoreApplication::translate("monev", "Owner"), 15}, {QCoreApplication::translate("monev", "Due"), 13},
                        {QCoreApplication::translate("monev", "Decision"), 13}, {QCoreApplication::translate("monev", "Note"), 16}}, rows));

    doc->addHeading(QCoreApplication::translate("monev", "Awards"));
    rows.clear();
    std::vector<Award> confirmed;
    for (const Award &a : d.awards)
        if (a.confirmed)
            confirmed.push_back(a);
    std::stable_sort(confirmed.begin(), confirmed.end(), [](const Award &a, const Award &b) {
        return awards::categories().indexOf(a.category) < awards::categories().indexOf(b.category);
    });
    for (const Award &a : confirmed) {
        QString wadah;
        for (const SnapshotRow &r : d.snapshot)
            if (r.agentId == a.agentId)
                wadah = r.wadahName;
        rows << QStringList{awards::title(a.category), a.agentName, orDash(wadah), awards::formatValue(a.category, a.value)};
    }
    doc->addHtml(table({{QCoreApplication::translate("monev", "Award"), 25}, {QCoreApplication::translate("monev", "Agent"), 23}, {QCoreApplication::translate("monev", "Wadah"), 32}, {QCoreApplication::translate("monev", "Figure"), 18}}, rows, {3}));

    doc->addHeading(QCoreApplication::translate("monev", "Agents' figures for %1").arg(reviewPeriodLabel(s)));
    if (!s.snapshotTakenAt.isEmpty()) {
        const QDateTime taken = QDateTime::fromString(s.snapshotTakenAt, Qt::ISODate).toLocalTime();
        doc->addParagraph(QCoreApplication::translate("monev", "As recorded when the session was held (%1); later imports do not change these figures.")
                              .arg(taken.isValid() ? fmt::date(taken.date()) + QLatin1Char(' ') + taken.toString(QStringLiteral("HH:mm"))
                                                   : s.snapshotTakenAt));
    }
    rows.clear();
    for (const SnapshotRow &r : d.snapshot) {
        const QString achievement = r.target > 0 ? fmt::percent(indicators::targetAchievement(r.acquisitions, r.target).ratio, 0)
                                                 : QStringLiteral("–");
        rows << QStringList{r.rank ? QString::number(r.rank) : QStringLiteral("–"), r.name, fmt::number(r.acquisitions), fmt::number(r.prevAcquisitions), r.target ? fmt::number(r.target) : QStringLiteral("–"),
                            achievement, r.retention3m ? fmt::percent(*r.retention3m, 0) : QStringLiteral("–"),
                            fmt::rupiahShort(r.collected)};
    }
    doc->addHtml(table({{QCoreApplication::translate("monev", "Rank"), 9}, {QCoreApplication::translate("monev", "Agent"), 23}, {QCoreApplication::translate("monev", "Acquisitions"), 11}, {QCoreApplication::translate("monev", "Previous period"), 11}, {QCoreApplication::translate("monev", "Target"), 9},
                        {QCoreApplication::translate("monev", "Achievement"), 11}, {figures::label(figures::Term::RetentionDue), 11}, {QCoreApplication::translate("monev", "Collected"), 15}},
                       rows, {0, 2, 3, 4, 5, 6, 7}));

    doc->addPageBreak();
    doc->addHeading(QCoreApplication::translate("monev", "Attendance list"));
    rows.clear();
    n = 0;
    for (const Attendee &a : d.attendees)
        rows << QStringList{QString::number(++n), a.code, a.name, orDash(a.wadahName),
                            a.phone.isEmpty() ? QStringLiteral("–") : (masked ? Phone::mask(a.phone) : a.phone),
                            attendanceLabel(a.attendance), a.note};
    doc->addHtml(table({{QCoreApplication::translate("monev", "No"), 4}, {QCoreApplication::translate("monev", "Code"), 15}, {QCoreApplication::translate("monev", "Name"), 16}, {QCoreApplication::translate("monev", "Wadah"), 19}, {QCoreApplication::translate("monev", "Phone"), 15}, {QCoreApplication::translate("monev", "Attendance"), 11},
                        {QCoreApplication::translate("monev", "Note"), 20}}, rows, {0}, {0, 1, 4, 5}));

    // Signatures: the facilitator and the head of the office, as the branch files it.
    const QString place = office.region.isEmpty() ? meta.office : signingPlace(office.region);
    doc->addHtml(QStringLiteral(
        "<br><table width='100%' cellspacing='0' cellpadding='2'><tr><td width='50%'></td><td align='center'>%1, %2</td></tr>"
        "<tr><td align='center'>%3</td><td align='center'>%4</td></tr>"
        "<tr><td><br><br><br><br></td><td></td></tr>"
        "<tr><td align='center'>( %5 )</td><td align='center'>( %6 )</td></tr></table>")
        .arg(esc(place), esc(fmt::locale().toString(s.heldOn, QStringLiteral("d MMMM yyyy"))), esc(QCoreApplication::translate("monev", "Facilitator")),
             esc(QCoreApplication::translate("monev", "Acknowledged by,")) + QStringLiteral("<br>") + esc(QCoreApplication::translate("monev", "Head of Office")),
             esc(s.facilitator.isEmpty() ? QStringLiteral("....................") : s.facilitator),
             esc(office.headName.isEmpty() ? QStringLiteral("....................") : office.headName)));
    return doc;
}

} // namespace perisai::monev
