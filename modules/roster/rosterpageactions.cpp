// The roster page's actions: the forms for agents and wadah, the status dialog, and exports.
#include "rosterpage.h"

#include "core/format.h"
#include "roster/agentform.h"
#include "roster/agentrepository.h"
#include "roster/agentstab.h"
#include "roster/participantmodel.h"
#include "roster/participantstab.h"
#include "roster/rosterexport.h"
#include "roster/statusdialog.h"
#include "roster/wadahform.h"
#include "roster/wadahrepository.h"
#include "roster/wadahtab.h"
#include "ui/appcontext.h"
#include "ui/backgroundtask.h"
#include "ui/filedialogs.h"

#include <QTabWidget>
#include <QTableView>

namespace perisai::roster {

void RosterPage::addAgent()
{
    AgentForm form(m_commands, m_context.undoStack(), m_data.lookups, this);
    Agent blank;
    blank.joinedOn = m_commands.today();
    form.setAgent(blank);
    if (form.exec() == QDialog::Accepted)
        m_pending = {{QStringLiteral("agent"), form.savedAgent().code}};
}

void RosterPage::editAgent(qint64 id)
{
    if (id <= 0)
        return;
    auto agent = AgentRepository(*m_commands.db).load(id);
    if (!agent) {
        showNotice(agent.error().message, true);
        return;
    }
    AgentForm form(m_commands, m_context.undoStack(), m_data.lookups, this);
    form.setAgent(*agent);
    form.exec();
}

void RosterPage::changeStatus(qint64 id)
{
    if (id <= 0)
        return;
    auto agent = AgentRepository(*m_commands.db).load(id);
    if (!agent) {
        showNotice(agent.error().message, true);
        return;
    }
    StatusDialog dialog(m_commands, m_context.undoStack(), *agent, this);
    dialog.exec();
}

void RosterPage::addWadah()
{
    WadahForm form(m_commands, m_context.undoStack(), m_data.lookups, this);
    form.setWadah({});
    form.exec();
}

void RosterPage::editWadah(qint64 id)
{
    if (id <= 0)
        return;
    auto wadah = WadahRepository(*m_commands.db).load(id);
    if (!wadah) {
        showNotice(wadah.error().message, true);
        return;
    }
    WadahForm form(m_commands, m_context.undoStack(), m_data.lookups, this);
    form.setWadah(*wadah);
    form.exec();
}

void RosterPage::chooseExport(const QString &suffix)
{
    const QString base = m_tabs->currentWidget() == m_wadah ? tr("wadah") : m_tabs->currentWidget() == m_participants ? tr("participants") : tr("agents");
    const QString name = QStringLiteral("%1-%2.%3").arg(base, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), suffix);
    const QString path = ui::saveFileName(this, tr("Export"), name,
                                          suffix == QLatin1String("csv") ? tr("CSV (*.csv)") : tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        exportCurrent(path);
}

void RosterPage::exportCurrent(const QString &path)
{
    const QString title = tr("%1 · %2").arg(m_data.branchName, fmt::yearMonth(m_data.month.year(), m_data.month.month()));
    if (m_tabs->currentWidget() != m_participants) {
        const bool wadah = m_tabs->currentWidget() == m_wadah;
        const Status st = exportView(wadah ? *m_wadah->table() : *m_agents->table(), path, wadah ? tr("Wadah") : tr("Agents"), title);
        st ? m_context.showStatus(tr("Exported to %1").arg(path)) : showNotice(st.errorText(), true);
        return;
    }
    ParticipantExport what{m_participants->filter(), m_participants->model()->sortKey(), m_participants->model()->descending(),
                           m_participants->model()->activePeriod(), m_context.revealPersonalData()};
    auto db = m_commands.db;
    ui::runTask<Status>(&m_context, this, tr("Exporting participants"), [db, what, path](ui::TaskControl &control) {
        const Status st = exportParticipants(*db, what, path, [&control](qint64 rows) {
            control.setProgress(rows, 0);
            return !control.isCanceled();
        });
        db->releaseThreadConnection();
        return st;
    }, [this, path](Status st) { st ? m_context.showStatus(tr("Exported to %1").arg(path)) : showNotice(st.errorText(), true); });
}

} // namespace perisai::roster
