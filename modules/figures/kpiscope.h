#pragma once
// What the indicators are computed for: an office with everything below it (a kanwil, a KC or a KCP),
// optionally narrowed to one wadah or one agent.

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace perisai::storage {
class Database;
class Query;
} // namespace perisai::storage

namespace perisai::figures {

// As the user or the command line names it: codes, empty when not chosen.
struct KpiScope {
    QString officeCode; // empty: the demo office if set, else the top office
    QString wadahCode;
    QString agentCode;
};

struct OfficeNode {
    qint64 id = 0;
    qint64 parentId = 0;
    QString code;
    QString name;
    QString kind; // kanwil, kc, kcp
    QString region;
};

// The scope with the ids the queries need.
struct ResolvedScope {
    OfficeNode office;
    QList<qint64> officeIds;     // the office and all below it
    QList<OfficeNode> offices;   // the same, as nodes (the office first)
    qint64 wadahId = 0;
    QString wadahCode;
    QString wadahName;
    qint64 agentId = 0;
    QString agentCode;
    QString agentName;
    QList<qint64> agentIds;      // the agents of the wadah or the one agent, when narrowed
    // The server's row-level security already keeps this login to exactly these offices (a head looking at
    // their own branch): an office condition would only test every row a second time, so it is left out.
    bool officesHeldByServer = false;

    bool narrowedToAgents() const { return wadahId != 0 || agentId != 0; }
    // "KC-CILACAP", "KC-CILACAP / W-001", "KC-CILACAP / AG-0001"
    QString label() const;
};

// The office shown when none is chosen: app_meta 'demo_office' if set, else the top of the tree.
QString defaultOfficeCode(const storage::Database &db, const QList<OfficeNode> &offices);
Result<QList<OfficeNode>> loadOffices(const storage::Database &db);
// An office's name; empty when the login does not see it.
Result<QString> officeName(const storage::Database &db, qint64 officeId);

// Resolves codes to ids; an unknown code is an error naming it.
Result<ResolvedScope> resolveScope(const storage::Database &db, const KpiScope &scope);

// A condition on the scope with its bound values, for a WHERE clause.
struct SqlFilter {
    QString sql;
    QVariantList values;
};
// `column` holds a row's office, the one the server's office policy tests (0071): the scope's offices,
// or TRUE when the server holds the login to exactly those offices.
SqlFilter officeFilter(const ResolvedScope &scope, const QString &column);
SqlFilter officeFilter(const QList<qint64> &officeIds, bool heldByServer, const QString &column);
// `column` holds an agent id: the narrowed agents, or every agent of the scope's offices.
SqlFilter agentFilter(const ResolvedScope &scope, const QString &column);
// Participants (alias p) recruited by the scope's agents.
SqlFilter recruitFilter(const ResolvedScope &scope);
// Participants (alias p) of the scope through any channel (narrowed: the agents' recruits).
SqlFilter participantFilter(const ResolvedScope &scope);

} // namespace perisai::figures
