#pragma once
// The agent detail shows the agent's open review cases. The roster does not know how review keeps them:
// the review module hands it a reader when it is created (review/reviewmodule.cpp), and without one the
// detail shows none. Called off the UI thread with that thread's connection.

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace perisai::storage {
class Database;
}

namespace perisai::roster {

struct AgentCaseLine {
    qint64 caseId = 0;
    QString kind;   // translated title
    QString state;  // translated
    QString detail;
    QDateTime openedAt;
};

using AgentCaseReader = std::function<Result<QList<AgentCaseLine>>(const storage::Database &db, qint64 agentId)>;

void setAgentCaseReader(AgentCaseReader reader);
// The agent's open (and under review) cases; empty when no reader was given.
Result<QList<AgentCaseLine>> agentOpenCases(const storage::Database &db, qint64 agentId);

} // namespace perisai::roster
