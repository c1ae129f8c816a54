// The agent detail's lists: status history, Monev attendance, notes and the audit trail.
#include "agentdetailview.h"

#include "core/format.h"
#include "roster/delegates.h"
#include "ui/theme.h"

#include <QListWidget>
#include <QTreeWidget>

namespace perisai::roster {
namespace {

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
    m_cases->clear();
    for (const AgentCaseLine &c : std::as_const(m_detail.openCases)) {
        auto *item = new QTreeWidgetItem({fmt::date(c.openedAt.date()), c.kind, c.state, c.detail});
        item->setData(0, Qt::UserRole, c.caseId);
        item->setToolTip(3, c.detail);
        m_cases->addTopLevelItem(item);
    }
    if (m_detail.openCases.isEmpty())
        m_cases->addTopLevelItem(new QTreeWidgetItem({QString(), tr("No open review cases")}));
    m_tabs->setTabText(m_casesTab, m_detail.openCases.isEmpty() ? tr("Review") : tr("Review (%1)").arg(m_detail.openCases.size()));
    for (QTreeWidget *t : {m_history, m_monev, m_audit, m_cases})
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->resizeColumnToContents(c);
}

} // namespace perisai::roster
