#include "storage/integrity.h"

#include "core/nik.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/query.h"

#include <QCoreApplication>

namespace perisai::storage {
namespace {

struct CountCheck {
    const char *sql;
    const char *problem; // %1 = count
};

// Each query counts rows that break a rule the schema cannot express on both backends.
const CountCheck kChecks[] = {
    {"SELECT COUNT(*) FROM participants p LEFT JOIN agents a ON a.id = p.agent_id WHERE p.agent_id IS NOT NULL AND a.id IS NULL",
     QT_TRANSLATE_NOOP("Integrity", "%1 participants point to an agent that does not exist")},
    {"SELECT COUNT(*) FROM contributions c LEFT JOIN participants p ON p.id = c.participant_id WHERE p.id IS NULL",
     QT_TRANSLATE_NOOP("Integrity", "%1 contributions belong to no participant")},
    {"SELECT COUNT(*) FROM contributions WHERE period % 100 < 1 OR period % 100 > 12",
     QT_TRANSLATE_NOOP("Integrity", "%1 contributions have an impossible month")},
    {"SELECT COUNT(*) FROM contributions WHERE amount <= 0",
     QT_TRANSLATE_NOOP("Integrity", "%1 contributions have no positive amount")},
    {"SELECT COUNT(*) FROM agreements WHERE ends_on < starts_on",
     QT_TRANSLATE_NOOP("Integrity", "%1 agreements end before they start")},
    {"SELECT COUNT(*) FROM agents a LEFT JOIN offices o ON o.id = a.office_id WHERE o.id IS NULL",
     QT_TRANSLATE_NOOP("Integrity", "%1 agents belong to no office")},
    {"SELECT COUNT(*) FROM (SELECT p.office_id, p.reg_period, COUNT(*) AS n FROM participants p GROUP BY p.office_id, p.reg_period) x "
     "LEFT JOIN (SELECT office_id, period, SUM(acquisitions) AS n FROM summary_office_month GROUP BY office_id, period) s "
     "ON s.office_id = x.office_id AND s.period = x.reg_period WHERE s.n IS NULL OR s.n <> x.n",
     QT_TRANSLATE_NOOP("Integrity", "%1 office-months have summaries that disagree with the registrations (run the summary refresh)")},
};

} // namespace

Result<IntegrityReport> checkIntegrity(const Database &db)
{
    IntegrityReport report;
    const auto conn = db.connection();

    const int version = db.schemaVersion();
    if (version < Migrator::latestVersion(db.backend()))
        report.problems << QCoreApplication::translate("Integrity", "schema version %1 is older than %2").arg(version).arg(Migrator::latestVersion(db.backend()));

    if (db.backend() == Backend::SQLite) {
        Query q(conn, QStringLiteral("PRAGMA integrity_check"));
        if (auto st = q.exec(); !st)
            return st.error();
        while (q.next()) {
            const QString line = q.text(0);
            if (line != QLatin1String("ok"))
                report.problems << QCoreApplication::translate("Integrity", "file damage: %1").arg(line);
        }
        Query fk(conn, QStringLiteral("PRAGMA foreign_key_check"));
        if (auto st = fk.exec(); !st)
            return st.error();
        int broken = 0;
        while (fk.next())
            ++broken;
        if (broken)
            report.problems << QCoreApplication::translate("Integrity", "%1 rows refer to rows that do not exist").arg(broken);
    }

    for (const auto &check : kChecks) {
        Query q(conn, QString::fromLatin1(check.sql));
        auto n = q.scalar();
        if (!n)
            return n.error();
        if (n->toLongLong() > 0)
            report.problems << QCoreApplication::translate("Integrity", check.problem).arg(n->toLongLong());
    }

    Query agents(conn, QStringLiteral("SELECT code, nik FROM agents"));
    if (auto st = agents.exec(); !st)
        return st.error();
    while (agents.next()) {
        const auto info = Nik::check(agents.text(1));
        if (!info.valid)
            report.problems << QCoreApplication::translate("Integrity", "agent %1: %2").arg(agents.text(0), info.reason);
    }

    for (const char *table : {"offices", "wadah", "agents", "participants", "contributions", "claims", "agreements", "monev_sessions"}) {
        Query q(conn, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        auto n = q.scalar();
        if (!n)
            return n.error();
        report.notes << QStringLiteral("%1: %2").arg(QString::fromLatin1(table)).arg(n->toLongLong());
    }
    return report;
}

} // namespace perisai::storage
