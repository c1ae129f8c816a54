#pragma once
// The rules of the office tree in one place: what may be saved (codes, kinds under their parent kind, the
// region), when an office may close, the first-day set-up of a branch with its KCP, and the undo of each.
// Every write is one transaction with its audit lines. The editor, its undo commands and the first-start
// set-up call this; it calls OfficeRepository.

#include "core/result.h"
#include "offices/office.h"

#include <QDate>
#include <QList>

namespace perisai::storage {
class Database;
}

namespace perisai::offices {

// What the first-start set-up asks: the branch (KC) and its sub-branches.
struct BranchSetup {
    struct SubBranch {
        QString code;
        QString name;
        QString region; // empty: none of its own
    };
    QString code;
    QString name;
    QString region;
    QString headName;
    QString address;
    QList<SubBranch> subBranches;
};

class OfficeService {
public:
    explicit OfficeService(const storage::Database &db, QDate today = QDate::currentDate());

    QDate today() const { return m_today; }
    // Messages, empty when the office may be saved.
    QStringList validate(const Office &office) const;
    // The saved office (id, version, normalised values); `keepId`: redoing an undone addition.
    Result<Office> add(Office office, bool keepId = false);
    Result<Office> update(Office office, int expectedVersion, const QString &action = QStringLiteral("update"));
    // Closes from `on` (invalid: today); refused while active wadah, working agents or open offices still
    // hang under it.
    Result<Office> close(qint64 id, int expectedVersion, const QDate &on = {});
    Result<Office> reopen(qint64 id, int expectedVersion);
    Status remove(qint64 id, int expectedVersion); // undoing an addition

    QStringList validateSetup(const BranchSetup &setup) const;
    // Writes the branch and its KCP, names the database after the branch and marks it as the branch's own
    // (not demo data), all in one transaction. Returns the branch's office.
    Result<Office> setUpBranch(const BranchSetup &setup);

private:
    QString user() const;
    Result<Office> writeStatus(qint64 id, int expectedVersion, const QDate &closedOn);

    const storage::Database &m_db;
    QDate m_today;
};

} // namespace perisai::offices
