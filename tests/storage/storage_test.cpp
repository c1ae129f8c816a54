// Storage on both backends: migrations, bound values, transactions, bulk writing, summaries, backups.
#include "storage/audit.h"
#include "storage/backup.h"
#include "storage/bulkwriter.h"
#include "storage/migrator.h"
#include "storage/query.h"
#include "figures/summaries.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace perisai;
using namespace perisai::storage;
using perisai::testing::scalar;

namespace {
// Permissions as QFileInfo reports them, without the "user" bits (the same as owner's for the owner).
constexpr QFileDevice::Permissions kAnyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                             | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                             | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

class StorageTest : public perisai::testing::BackendTest {
protected:
    qint64 addOffice(const QString &code, const QString &kind = QStringLiteral("kcp"))
    {
        Query q(db->connection(), QStringLiteral("INSERT INTO offices (code, name, kind, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q.bind({code, QStringLiteral("Kantor ") + code, kind, nowIso(), nowIso()});
        auto id = q.scalar();
        EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
        return id->toLongLong();
    }

    // A writer of the participant columns every bulk-writer test fills, in this order.
    Result<std::unique_ptr<BulkWriter>> participantsWriter()
    {
        return BulkWriter::create(*db, db->connection(), QStringLiteral("participants"),
            {QStringLiteral("kpj"), QStringLiteral("nik"), QStringLiteral("name"), QStringLiteral("program"),
             QStringLiteral("registered_on"), QStringLiteral("reg_period"), QStringLiteral("office_id")});
    }
};

TEST_P(StorageTest, MigratesToTheLatestVersionWithReferenceData)
{
    EXPECT_EQ(db->schemaVersion(), Migrator::latestVersion(db->backend()));
    EXPECT_GE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM obstacle_categories")), 6);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM program_rules WHERE rule = 'incentive'")), 2);
    // Running again is a no-op.
    EXPECT_TRUE(db->migrate().ok());
    EXPECT_EQ(db->schemaVersion(), Migrator::latestVersion(db->backend()));
}

TEST_P(StorageTest, RefusesADatabaseNewerThanTheProgram)
{
    Query q(db->connection(), QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    ASSERT_TRUE(q.bind({9999, QStringLiteral("future"), nowIso()}).exec().ok());
    const auto st = db->migrate();
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.errorText().contains(QStringLiteral("newer than this program"))) << st.errorText().toStdString();
}

TEST_P(StorageTest, BoundValuesKeepQuotesAndSqlAsText)
{
    const QString hostile = QStringLiteral("KCP'); DROP TABLE offices; --");
    addOffice(hostile);
    Query q(db->connection(), QStringLiteral("SELECT name FROM offices WHERE code = ?"));
    q.bind(hostile);
    ASSERT_TRUE(q.exec().ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.text(0), QStringLiteral("Kantor ") + hostile);
}

TEST_P(StorageTest, AnUncommittedTransactionLeavesNothingBehind)
{
    {
        Transaction tx(db->connection());
        ASSERT_TRUE(tx.started());
        addOffice(QStringLiteral("KCP-A"));
        // tx goes out of scope without commit, as when an import fails half-way
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 0);
    {
        Transaction tx(db->connection());
        addOffice(QStringLiteral("KCP-B"));
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 1);
}

TEST_P(StorageTest, ATransactionInsideAnotherIsASavepointOfIt)
{
    {
        Transaction outer(db->connection());
        ASSERT_TRUE(outer.started());
        EXPECT_FALSE(outer.nested());
        addOffice(QStringLiteral("KCP-A"));
        {
            Transaction kept(db->connection());
            ASSERT_TRUE(kept.started()) << kept.beginError().errorText().toStdString();
            EXPECT_TRUE(kept.nested());
            addOffice(QStringLiteral("KCP-B"));
            ASSERT_TRUE(kept.commit().ok());
        }
        {
            Transaction undone(db->connection());
            ASSERT_TRUE(undone.started());
            addOffice(QStringLiteral("KCP-C"));
            // goes out of scope: its own change is undone, the outer transaction's stay
        }
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 2);
        // The outer transaction is not committed: nothing of it, nor of the inner one, is left.
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 0);
    {
        Transaction outer(db->connection());
        addOffice(QStringLiteral("KCP-D"));
        ASSERT_TRUE(inTransaction(db->connection(), [&]() -> Status {
                        addOffice(QStringLiteral("KCP-E"));
                        return {};
                    }).ok());
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM offices")), 2);
    // And the next transaction is an outer one again.
    Transaction next(db->connection());
    EXPECT_FALSE(next.nested());
}

TEST_P(StorageTest, BulkWriterWritesTextWithTabsQuotesAndNulls)
{
    const qint64 office = addOffice(QStringLiteral("KCP-1"));
    Transaction tx(db->connection());
    auto writer = BulkWriter::create(*db, db->connection(), QStringLiteral("participants"),
        {QStringLiteral("kpj"), QStringLiteral("nik"), QStringLiteral("name"), QStringLiteral("program"),
         QStringLiteral("registered_on"), QStringLiteral("reg_period"), QStringLiteral("office_id"), QStringLiteral("phone")});
    ASSERT_TRUE(writer.ok()) << writer.errorText().toStdString();
    for (int i = 0; i < 2500; ++i) {
        (*writer)->addText(QStringLiteral("K%1").arg(i));
        (*writer)->addText(QStringLiteral("3301011708900007"));
        (*writer)->addText(i == 7 ? QStringLiteral("Siti \"Tab\"\tAminah\\n") : QStringLiteral("Peserta %1").arg(i));
        (*writer)->addText(QStringLiteral("JKK+JKM"));
        (*writer)->addText(QStringLiteral("2022-01-05"));
        (*writer)->addInt(202201);
        (*writer)->addInt(office);
        (*writer)->addNull();
        ASSERT_TRUE((*writer)->endRow().ok());
    }
    ASSERT_TRUE((*writer)->finish().ok());
    writer->reset();
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants WHERE phone IS NULL")), 2500);
    Query q(db->connection(), QStringLiteral("SELECT name FROM participants WHERE kpj = 'K7'"));
    ASSERT_TRUE(q.exec().ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.text(0), QStringLiteral("Siti \"Tab\"\tAminah\\n"));
}

TEST_P(StorageTest, BulkWriterReportsAConstraintViolation)
{
    const qint64 office = addOffice(QStringLiteral("KCP-1"));
    Transaction tx(db->connection());
    auto writer = participantsWriter();
    ASSERT_TRUE(writer.ok()) << writer.errorText().toStdString();
    Status status;
    for (int i = 0; i < 2 && status.ok(); ++i) {
        (*writer)->addText(QStringLiteral("SAME"));
        (*writer)->addText(QStringLiteral("3301011708900007"));
        (*writer)->addText(QStringLiteral("A"));
        (*writer)->addText(QStringLiteral("JKK+JKM"));
        (*writer)->addText(QStringLiteral("2022-01-05"));
        (*writer)->addInt(202201);
        (*writer)->addInt(office);
        status = (*writer)->endRow();
    }
    if (status.ok())
        status = (*writer)->finish(); // PostgreSQL reports at the end of COPY
    EXPECT_FALSE(status.ok());
}

// Rows go in by chunks on SQLite: a chunk the database refuses is written again row by row, and the error
// names the row (not the chunk, not the row that happened to complete it). Nothing of the chunk after the
// failing row is written.
TEST_P(StorageTest, BulkWriterNamesTheRowTheDatabaseRefused)
{
    const qint64 office = addOffice(QStringLiteral("KCP-1"));
    Transaction tx(db->connection());
    auto writer = participantsWriter();
    ASSERT_TRUE(writer.ok()) << writer.errorText().toStdString();
    const int failing = BulkWriter::kRowsPerStatement + 50; // in the second chunk
    Status status;
    for (int row = 1; row <= 3 * BulkWriter::kRowsPerStatement && status.ok(); ++row) {
        (*writer)->addText(QStringLiteral("K%1").arg(row == failing ? 3 : row)); // the KPJ of row 3 again
        (*writer)->addText(QStringLiteral("3301011708900007"));
        (*writer)->addText(QStringLiteral("Peserta %1").arg(row));
        (*writer)->addText(QStringLiteral("JKK+JKM"));
        (*writer)->addText(QStringLiteral("2022-01-05"));
        (*writer)->addInt(202201);
        (*writer)->addInt(office);
        status = (*writer)->endRow();
    }
    if (status.ok())
        status = (*writer)->finish();
    ASSERT_FALSE(status.ok());
    if (GetParam() == perisai::testing::Backend::SQLite) {
        EXPECT_EQ((*writer)->failedRow(), failing);
        EXPECT_TRUE(status.error().message.contains(QStringLiteral("row %1 ").arg(failing))) << status.errorText().toStdString();
        // The rows before it are in (the caller's transaction decides), the one refused and those after are not.
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants")), failing - 1);
    } else {
        EXPECT_EQ((*writer)->failedRow(), 0); // COPY reports the line in its message
    }
}

// A last chunk shorter than a statement, and a single row, go in as well.
TEST_P(StorageTest, BulkWriterWritesAShortLastChunk)
{
    const qint64 office = addOffice(QStringLiteral("KCP-1"));
    qint64 months = 0; // the values land in their own rows and columns
    for (const int rows : {1, BulkWriter::kRowsPerStatement + 1, 2 * BulkWriter::kRowsPerStatement - 1}) {
        Transaction tx(db->connection());
        auto writer = participantsWriter();
        ASSERT_TRUE(writer.ok()) << writer.errorText().toStdString();
        for (int row = 0; row < rows; ++row) {
            (*writer)->addText(QStringLiteral("S%1-%2").arg(rows).arg(row));
            (*writer)->addText(QStringLiteral("3301011708900007"));
            (*writer)->addText(QStringLiteral("Peserta"));
            (*writer)->addText(QStringLiteral("JKK+JKM"));
            (*writer)->addText(QStringLiteral("2022-01-05"));
            (*writer)->addInt(202201 + row % 3);
            (*writer)->addInt(office);
            months += row % 3;
            ASSERT_TRUE((*writer)->endRow().ok());
        }
        ASSERT_TRUE((*writer)->finish().ok());
        EXPECT_EQ((*writer)->rows(), rows);
        writer->reset();
        ASSERT_TRUE(tx.commit().ok());
        Query written(db->connection(), QStringLiteral("SELECT COUNT(*) FROM participants WHERE kpj LIKE ?"));
        written.bind(QStringLiteral("S%1-%").arg(rows));
        EXPECT_EQ(written.scalar()->toLongLong(), rows);
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(reg_period - 202201) FROM participants")), months);
}

TEST_P(StorageTest, SummariesCountAcquisitionsActiveAndCohorts)
{
    const qint64 office = addOffice(QStringLiteral("KCP-1"));
    auto conn = db->connection();
    // Each statement ends with its line: one left open would keep SQLite from committing the refresh.
    const qint64 wadah = Query(conn, QStringLiteral("INSERT INTO wadah (code, name, office_id, created_at, updated_at) VALUES ('W1', 'Wadah', ?, ?, ?) RETURNING id"))
                             .bind({office, nowIso(), nowIso()}).scalar()->toLongLong();
    const qint64 agent = Query(conn, QStringLiteral("INSERT INTO agents (code, nik, name, office_id, wadah_id, status, created_at, updated_at) "
                                                    "VALUES ('A1', '3301011708900007', 'Agen', ?, ?, 'active', ?, ?) RETURNING id"))
                             .bind({office, wadah, nowIso(), nowIso()}).scalar()->toLongLong();

    // Three recruits in January 2022 and one walk-in; two recruits pay January, one keeps paying in April.
    auto addParticipant = [&](const QString &kpj, QVariant agentId) {
        Query p(conn, QStringLiteral("INSERT INTO participants (kpj, nik, name, program, registered_on, reg_period, agent_id, office_id) "
                                     "VALUES (?, '3301011708900007', 'P', 'JKK+JKM', '2022-01-10', 202201, ?, ?) RETURNING id"));
        return p.bind({kpj, agentId, office}).scalar()->toLongLong();
    };
    const qint64 p1 = addParticipant(QStringLiteral("1"), agent);
    const qint64 p2 = addParticipant(QStringLiteral("2"), agent);
    addParticipant(QStringLiteral("3"), agent);
    const qint64 p4 = addParticipant(QStringLiteral("4"), QVariant(QMetaType::fromType<qint64>()));
    auto pay = [&](qint64 participant, int period, const QString &channel) {
        Query c(conn, QStringLiteral("INSERT INTO contributions (period, participant_id, amount, channel) VALUES (?, ?, 16800, ?)"));
        ASSERT_TRUE(c.bind({period, participant, channel}).exec().ok());
    };
    pay(p1, 202201, QStringLiteral("agen"));
    pay(p2, 202201, QStringLiteral("bank"));
    pay(p1, 202204, QStringLiteral("agen"));
    pay(p4, 202201, QStringLiteral("bank"));

    const Status refreshed = figures::Summaries(*db).refreshAll();
    ASSERT_TRUE(refreshed.ok()) << refreshed.errorText().toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT acquisitions FROM summary_agent_month WHERE period = 202201")), 3);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT active_recruits FROM summary_agent_month WHERE period = 202201")), 2);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT collected FROM summary_agent_month WHERE period = 202201")), 16800);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT active FROM summary_office_month WHERE period = 202201 AND channel = 'other'")), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT paid FROM summary_cohort WHERE agent_id > 0 AND cohort = 202201 AND k = 3")), 1);

    // Refreshing one month again gives the same figures (idempotent).
    ASSERT_TRUE(figures::Summaries(*db).refresh({YearMonth(2022, 1), YearMonth(2022, 1)}).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT SUM(acquisitions) FROM summary_office_month")), 4);
}

TEST_P(StorageTest, AuditLogKeepsBeforeAndAfter)
{
    AuditEntry e;
    e.user = QStringLiteral("staf1");
    e.action = QStringLiteral("update");
    e.table = QStringLiteral("agents");
    e.rowId = 7;
    e.summary = QStringLiteral("phone changed");
    e.before.insert(QStringLiteral("phone"), QStringLiteral("+62811"));
    e.after.insert(QStringLiteral("phone"), QStringLiteral("+62812"));
    ASSERT_TRUE(writeAudit(db->connection(), e).ok());
    Query q(db->connection(), QStringLiteral("SELECT user_name, before, after FROM audit_log WHERE row_id = 7"));
    ASSERT_TRUE(q.exec().ok());
    ASSERT_TRUE(q.next());
    // A single desk's file names the user the program gives; a server names its login, whatever the client says.
    const QString who = GetParam() == perisai::testing::Backend::PostgreSQL ? db->currentUser() : QStringLiteral("staf1");
    EXPECT_EQ(q.text(0), who);
    EXPECT_TRUE(q.text(1).contains(QStringLiteral("+62811")));
    EXPECT_TRUE(q.text(2).contains(QStringLiteral("+62812")));
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageTest, perisai::testing::allBackends(), perisai::testing::backendName);

TEST(StorageSqlite, BacksUpTheFileBeforeAnUpgrade)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.db"));
    {
        auto db = Database::open(Location::sqliteFile(path));
        ASSERT_TRUE(db.ok());
        // An older program's database: only the first migration applied.
        Migrator m(**db);
        ASSERT_TRUE(m.run(1).ok());
        ASSERT_EQ(m.currentVersion(), 1);
    }
    auto db = Database::open(Location::sqliteFile(path));
    ASSERT_TRUE(db.ok());
    Migrator m(**db);
    ASSERT_TRUE(m.run().ok());
    ASSERT_FALSE(m.lastBackupPath().isEmpty());
    EXPECT_TRUE(QFile::exists(m.lastBackupPath()));
    EXPECT_EQ(QFileInfo(m.lastBackupPath()).permissions() & kAnyone, kOwnerOnly);
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
}

// A database holds personal data: a new file, its journals and its backups are readable by their owner alone,
// whatever the umask would allow.
TEST(StorageSqlite, NewFilesAreTheOwnersAlone)
{
    const mode_t umaskBefore = ::umask(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cabang.db"));
    {
        auto db = Database::open(Location::sqliteFile(path));
        ASSERT_TRUE(db.ok()) << db.errorText().toStdString();
        ASSERT_TRUE((*db)->migrate().ok());
        Query q((*db)->connection(), QStringLiteral("INSERT INTO offices (code, name, kind, created_at, updated_at) VALUES ('KC-1', 'Cabang', 'kcp', ?, ?)"));
        ASSERT_TRUE(q.bind({nowIso(), nowIso()}).exec().ok());
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            ASSERT_TRUE(QFile::exists(file)) << file.toStdString();
            EXPECT_EQ(QFileInfo(file).permissions() & kAnyone, kOwnerOnly) << file.toStdString();
        }
        const QString copy = dir.filePath(QStringLiteral("salinan.db"));
        ASSERT_TRUE(backupDatabase(**db, copy).ok());
        EXPECT_EQ(QFileInfo(copy).permissions() & kAnyone, kOwnerOnly);
        EXPECT_FALSE(QFile::exists(copy + QStringLiteral(".part")));
        // A second backup under the same name is refused, and leaves the first alone.
        EXPECT_FALSE(backupDatabase(**db, copy).ok());
        auto copied = Database::open(Location::sqliteFile(copy));
        ASSERT_TRUE(copied.ok());
        EXPECT_EQ(scalar(**copied, QStringLiteral("SELECT COUNT(*) FROM offices")), 1);
    }
    {
        // The rollback journal, for a database written without WAL (by another program, or an older one).
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal-check"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE offices SET name = 'Cabang Baru'")));
        ASSERT_TRUE(QFile::exists(path + QStringLiteral("-journal")));
        EXPECT_EQ(QFileInfo(path + QStringLiteral("-journal")).permissions() & kAnyone, kOwnerOnly);
        ASSERT_TRUE(q.exec(QStringLiteral("COMMIT")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal-check"));
    ::umask(umaskBefore);
}

TEST(StorageSqlite, ExplainsAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto db = Database::open(Location::sqliteFile(path));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.errorText().contains(QStringLiteral("not a"))) << db.errorText().toStdString();
}

TEST(StoragePostgres, ExplainsAnUnreachableServer)
{
    auto location = Location::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
    ASSERT_TRUE(location.ok());
    auto db = Database::open(*location);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.errorText().contains(QStringLiteral("cannot reach"))) << db.errorText().toStdString();
}

TEST(Location, ParsesFilesAndUrlsAndRefusesPasswords)
{
    auto pg = Location::parse(QStringLiteral("postgresql://kepala@127.0.0.1:5433/cabang"));
    ASSERT_TRUE(pg.ok());
    EXPECT_EQ(pg->backend, Backend::PostgreSQL);
    EXPECT_EQ(pg->port, 5433);
    EXPECT_EQ(pg->dbName, QStringLiteral("cabang"));
    EXPECT_EQ(pg->toString(), QStringLiteral("postgresql://kepala@127.0.0.1:5433/cabang"));
    EXPECT_FALSE(Location::parse(QStringLiteral("postgresql://kepala:rahasia@127.0.0.1/cabang")).ok());
    EXPECT_FALSE(Location::parse(QStringLiteral("mysql://x@y/z")).ok());
    EXPECT_EQ(Location::parse(QStringLiteral("data.db"))->backend, Backend::SQLite);
}
