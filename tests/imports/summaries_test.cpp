// The dashboard summaries an import brings up to date are exactly what their SQL definitions give
// (on SQLite they are computed in one hash-aggregated pass, storage/summaryscan.cpp).
#include "importfixture.h"

#include "storage/query.h"

#include <QSqlRecord>

using namespace perisai;
using namespace perisai::testing;
using imports::Kind;

namespace {

// The definitions in storage/summaries.cpp, as plain SELECTs over every month.
const char *const kAgentMonth =
    "SELECT agent_id, period, SUM(acq), SUM(act), SUM(col) FROM ("
    "  SELECT p.agent_id AS agent_id, p.reg_period AS period, 1 AS acq, 0 AS act, 0 AS col"
    "  FROM participants p WHERE p.agent_id IS NOT NULL"
    "  UNION ALL"
    "  SELECT p.agent_id, c.period, 0, 1, CASE WHEN c.channel = 'agen' THEN c.amount ELSE 0 END"
    "  FROM contributions c JOIN participants p ON p.id = c.participant_id WHERE p.agent_id IS NOT NULL"
    ") x GROUP BY agent_id, period ORDER BY agent_id, period";
const char *const kOfficeMonth =
    "SELECT office_id, period, channel, SUM(acq), SUM(act), SUM(col) FROM ("
    "  SELECT p.office_id AS office_id, p.reg_period AS period,"
    "         CASE WHEN p.agent_id IS NULL THEN 'other' ELSE 'perisai' END AS channel, 1 AS acq, 0 AS act, 0 AS col"
    "  FROM participants p"
    "  UNION ALL"
    "  SELECT p.office_id, c.period, CASE WHEN p.agent_id IS NULL THEN 'other' ELSE 'perisai' END, 0, 1, c.amount"
    "  FROM contributions c JOIN participants p ON p.id = c.participant_id"
    ") x GROUP BY office_id, period, channel ORDER BY office_id, period, channel";
const char *const kCohort =
    "SELECT p.office_id, COALESCE(p.agent_id, 0), p.reg_period,"
    "       (c.period / 100 * 12 + c.period % 100) - (p.reg_period / 100 * 12 + p.reg_period % 100), c.period, COUNT(*) "
    "FROM contributions c JOIN participants p ON p.id = c.participant_id WHERE c.period >= p.reg_period "
    "GROUP BY p.office_id, COALESCE(p.agent_id, 0), p.reg_period, c.period ORDER BY 1, 2, 3, 5";

QString rows(const storage::Database &db, const QString &sql)
{
    storage::Query q(db.connection(), sql);
    EXPECT_TRUE(q.exec().ok()) << sql.toStdString();
    QString out;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.raw().record().count(); ++i)
            values << QString::number(q.value(i).toLongLong()) + (q.value(i).typeId() == QMetaType::QString ? q.text(i) : QString());
        out += values.join(QLatin1Char('|')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace

class SummariesTest : public ImportTest {};

TEST_P(SummariesTest, WhatTheImportLeavesIsWhatTheDefinitionsSay)
{
    importRoster();
    // Registrations over several months, through agents of two offices and through other channels;
    // contributions through every channel, some before the month someone else registered.
    QByteArray participants = "kpj,nik,nama,program,tanggal_daftar,kode_agen\n";
    QByteArray contributions = "kpj,periode,jumlah,kanal\n";
    const char *agents[] = {"AG-001", "AG-002", "AG-003", ""};
    const char *channels[] = {"agen", "bank", "", "kantor", "agen"};
    for (int i = 0; i < 60; ++i) {
        const int regMonth = 1 + i % 9;
        participants += QStringLiteral("2202%1,33190101018%2,P%1,JKK+JKM,05/%3/2022,%4\n")
                            .arg(i, 5, 10, QLatin1Char('0')).arg(i + 20001, 5, 10, QLatin1Char('0'))
                            .arg(regMonth, 2, 10, QLatin1Char('0')).arg(QLatin1String(agents[i % 4])).toUtf8();
        for (int m = regMonth; m <= 12; m += 1 + i % 3)
            contributions += QStringLiteral("2202%1,2022-%2,%3,%4\n").arg(i, 5, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'))
                                 .arg(16800 + 1000 * (i % 5)).arg(QLatin1String(channels[(i + m) % 5])).toUtf8();
    }
    importOk(Kind::Participants, {write(QStringLiteral("p.csv"), participants)});
    importOk(Kind::Contributions, {write(QStringLiteral("c.csv"), contributions)});

    EXPECT_EQ(rows(*db, QStringLiteral("SELECT agent_id, period, acquisitions, active_recruits, collected FROM summary_agent_month ORDER BY 1, 2")),
              rows(*db, QString::fromLatin1(kAgentMonth)));
    EXPECT_EQ(rows(*db, QStringLiteral("SELECT office_id, period, channel, acquisitions, active, collected FROM summary_office_month ORDER BY 1, 2, 3")),
              rows(*db, QString::fromLatin1(kOfficeMonth)));
    EXPECT_EQ(rows(*db, QStringLiteral("SELECT office_id, agent_id, cohort, k, period, paid FROM summary_cohort ORDER BY 1, 2, 3, 5")),
              rows(*db, QString::fromLatin1(kCohort)));
    EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM summary_cohort")), 100);
}

INSTANTIATE_TEST_SUITE_P(Backends, SummariesTest, allBackends(), backendName);
