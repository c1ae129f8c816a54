#include "agentcases.h"

#include <QMutex>

namespace perisai::roster {
namespace {

QMutex g_mutex;
AgentCaseReader g_reader;

} // namespace

void setAgentCaseReader(AgentCaseReader reader)
{
    QMutexLocker lock(&g_mutex);
    g_reader = std::move(reader);
}

Result<QList<AgentCaseLine>> agentOpenCases(const storage::Database &db, qint64 agentId)
{
    AgentCaseReader reader;
    {
        QMutexLocker lock(&g_mutex);
        reader = g_reader;
    }
    if (!reader)
        return QList<AgentCaseLine>{};
    return reader(db, agentId);
}

} // namespace perisai::roster
