#pragma once
// A small branch for the roster tests: one KC with two KCP, two wadah (one banking with BNI), and helpers to
// add agents, participants, contributions and summaries.

#include "roster/agent.h"
#include "storage/database.h"

#include <QDate>

namespace perisai::testing {

struct RosterFixture {
    explicit RosterFixture(storage::DatabasePtr db);

    storage::DatabasePtr db;
    qint64 kc = 0;
    qint64 kcpNorth = 0;
    qint64 kcpSouth = 0;
    qint64 wadahBni = 0;   // partner bank BNI
    qint64 wadahFree = 0;  // no partner bank recorded

    // A valid NIK: 3309 (Boyolali), district 01, the serial chosen by the test.
    static QString nik(int serial, bool female = false, const QDate &birth = QDate(1985, 3, 12));
    // An agent that passes every check, as the form would fill it.
    roster::Agent agent(const QString &code, int nikSerial) const;
    // Inserts an agent directly (status, since), bypassing the service: for fixtures of history and figures.
    qint64 insertAgent(const QString &code, int nikSerial, roster::AgentStatus status, const QDate &since) const;
    qint64 insertParticipant(const QString &kpj, const QString &name, qint64 agentId, const QDate &registered,
                             const QString &occupation = QStringLiteral("Pedagang"), const QString &program = QStringLiteral("JKK+JKM")) const;
    void insertContribution(qint64 participantId, int period, qint64 amount, const QString &channel = QStringLiteral("agen")) const;
    // A summary_agent_month row as the summaries would hold it.
    void setAgentMonth(qint64 agentId, int period, int acquisitions, qint64 collected) const;
    void exec(const QString &sql, const QVariantList &values = {}) const;
};

} // namespace perisai::testing
