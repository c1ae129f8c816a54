#pragma once
// Small hand-made data for the incentive tests, on SQLite and PostgreSQL: a branch KC-CONTOH with one KCP,
// wadah WDH-001 and WDH-002, agents AG-0001 and AG-0002 in WDH-001 and AG-0003 in WDH-002.

#include "core/period.h"
#include "testdatabase.h"

#include <QDate>

namespace perisai::testing {

class IncentiveTest : public BackendTest {
protected:
    void SetUp() override;

    qint64 insert(const QString &sql, const QVariantList &values);
    void exec(const QString &sql, const QVariantList &values);

    // A participant of `agent` registered on `on`; a fresh NIK unless one is given.
    qint64 participant(qint64 agent, const QDate &on, const QString &program = QStringLiteral("JKK+JKM+JHT"), const QString &nik = {});
    // `count` participants registered on `on`, each paying `amount` for its first month on the same day.
    QList<qint64> recruits(qint64 agent, int count, const QDate &on, qint64 amount = 36800,
                           const QString &program = QStringLiteral("JKK+JKM+JHT"));
    void pay(qint64 participant, YearMonth period, qint64 amount, const QDate &paidOn);
    void dismiss(qint64 agent, const QDate &since);
    // What an import does after writing: the summaries the figures layer reads (the last month with data).
    void refreshSummaries();

    qint64 branch = 0;
    qint64 kcp = 0;
    qint64 wadah1 = 0;
    qint64 wadah2 = 0;
    qint64 agent1 = 0;
    qint64 agent2 = 0;
    qint64 agent3 = 0;

private:
    int m_serial = 0;
};

} // namespace perisai::testing
