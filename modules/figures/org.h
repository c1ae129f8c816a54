#pragma once
// Who belongs where within a scope: its offices, wadah and agents, read once per computation so that
// targets roll up and per-unit figures add up along the same tree.

#include "core/indicators.h"
#include "core/result.h"
#include "kpiscope.h"

#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

struct WadahUnit {
    qint64 id = 0;
    QString code;
    QString name;
    qint64 officeId = 0;
    bool active = true;
};

struct AgentUnit {
    qint64 id = 0;
    QString code;
    QString name;
    qint64 officeId = 0;
    qint64 wadahId = 0; // 0: none
    indicators::AgentTenure tenure;
};

struct Org {
    QList<OfficeNode> offices; // the scope's office and every office below it, the office first
    std::vector<WadahUnit> wadah;  // of those offices, by code
    std::vector<AgentUnit> agents; // of those offices, by code
    bool officesHeldByServer = false; // as the scope's (kpiscope.h)

    // `column` holds a row's office: the org's offices (kpiscope.h, officeFilter).
    SqlFilter officeFilter(const QString &column) const;

    const WadahUnit *findWadah(qint64 id) const;
    const OfficeNode *findOffice(qint64 id) const;
    // The offices of a kind (kc, kcp) among the offices (the office itself when it is one).
    QList<OfficeNode> officesOfKind(const QString &kind) const;
    QList<OfficeNode> kcps() const { return officesOfKind(QStringLiteral("kcp")); }
    // The ids of an office and every office below it.
    QList<qint64> subtree(qint64 officeId) const;
};

// Everything of the scope's office subtree, whatever the narrowing to a wadah or an agent.
Result<Org> loadOrg(const storage::Database &db, const ResolvedScope &scope);

} // namespace perisai::figures
