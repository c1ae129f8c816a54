#pragma once
// Small planted worlds for the fraud signals: one branch KC-T with a wadah, agents and participants whose
// registrations and payments are written one by one, then the summaries refreshed. Each test plants only
// what its signal needs, so the figures can be worked out by hand in the test.

#include "storage/database.h"

#include <QString>

namespace perisai::testing {

class Planter {
public:
    explicit Planter(const storage::Database &db);

    qint64 office() const { return m_office; }
    qint64 wadah() const { return m_wadah; }
    qint64 agent(const QString &code, const QString &phone = {});
    // A participant registered on `date` (YYYY-MM-DD) by `agent` (0: another channel), paying the months
    // first..last (YYYYMM, inclusive; 0: nothing). `nik` and `phone` generated when empty.
    qint64 participant(qint64 agent, const QString &date, int first = 0, int last = 0, const QString &nik = {},
                       const QString &phone = {});
    // Several alike, registered on `date`.
    void participants(int n, qint64 agent, const QString &date, int first = 0, int last = 0, const QString &phone = {});
    QString nikOf(qint64 participant) const;
    // Recomputes the summaries of every month with data.
    void finish();

private:
    qint64 insert(const QString &sql, const QVariantList &values);
    void exec(const QString &sql, const QVariantList &values);

    const storage::Database &m_db;
    qint64 m_office = 0;
    qint64 m_wadah = 0;
    int m_serial = 0;
    int m_agents = 0;
};

} // namespace perisai::testing
