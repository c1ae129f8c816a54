// `perisai-desk import` as a script runs it: exit status, messages, --errors, --mapping, --dry-run,
// and the database untouched by a rejected file (byte for byte) or by a process killed mid-import.
#include "importfixture.h"

#include "core/nik.h"
#include "storage/query.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

using namespace perisai;
using namespace perisai::testing;
using imports::Kind;

namespace {

struct DeskRun {
    int exitCode = -1;
    bool killed = false;
    QString out;
    QString err;
};

// Runs the built perisai-desk; with `killOn`, kills it (SIGKILL) as soon as standard error shows that text.
DeskRun desk(const QStringList &args, const QString &killOn = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    // Messages are asserted in English; the program speaks Indonesian by default.
    process.start(QStringLiteral(PERISAI_DESK_BIN), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    process.setReadChannel(QProcess::StandardError); // progress lines come on standard error
    DeskRun run;
    if (!killOn.isEmpty()) {
        while (process.state() != QProcess::NotRunning && process.waitForReadyRead(60000)) {
            run.err += QString::fromUtf8(process.readAllStandardError());
            if (run.err.contains(killOn)) {
                process.kill();
                run.killed = true;
                break;
            }
        }
    }
    process.waitForFinished(600000);
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class CommandTest : public ImportTest {
protected:
    bool sqlite() const { return GetParam() == Backend::SQLite; }
    QString location() const { return m_test->location; }

    // Lets go of the database so that another process is its only user (SQLite: checkpointed, one file).
    void close()
    {
        db.reset();
        m_test->db.reset();
    }
    void reopen()
    {
        auto opened = storage::Database::open(*storage::Location::parse(location()));
        ASSERT_TRUE(opened.ok()) << opened.errorText().toStdString();
        db = *opened;
        m_test->db = db;
    }
};

TEST_P(CommandTest, ImportsAndSaysWhatItDid)
{
    importRoster();
    const DeskRun run = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                          QStringLiteral("peserta"), sample(QStringLiteral("participants.csv"))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("participants.csv: batch"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("4 rows: 4 new, 0 updated, 0 unchanged"))) << run.out.toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM participants")), 4);

    const DeskRun dry = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                          QStringLiteral("participants"), QStringLiteral("--dry-run"), sample(QStringLiteral("participants.csv"))});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QLatin1String("dry run"))) << dry.out.toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM import_batches WHERE kind = 'participants'")), 1);
}

TEST_P(CommandTest, MappingFileAndBadArguments)
{
    importRoster();
    const DeskRun mapped = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                             QStringLiteral("participants"), QStringLiteral("--mapping"), sample(QStringLiteral("participants_odd_mapping.json")),
                             sample(QStringLiteral("participants_odd.csv"))});
    EXPECT_EQ(mapped.exitCode, 0) << mapped.err.toStdString();
    EXPECT_EQ(text(QStringLiteral("SELECT name FROM participants WHERE kpj = '22010000011'")), QStringLiteral("Suparno"));

    const DeskRun badKind = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                              QStringLiteral("pelanggan"), sample(QStringLiteral("participants.csv"))});
    EXPECT_EQ(badKind.exitCode, 2);
    const DeskRun noFile = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                             QStringLiteral("participants"), QStringLiteral("/nonexistent/peserta.csv")});
    EXPECT_EQ(noFile.exitCode, 1);
    EXPECT_TRUE(noFile.err.contains(QLatin1String("/nonexistent/peserta.csv"))) << noFile.err.toStdString();
}

TEST_P(CommandTest, ARejectedFileLeavesTheDatabaseAsItWas)
{
    importRoster();
    const QString before = snapshot();
    close();
    const QByteArray hash = sqlite() ? fileHash(location()) : QByteArray();
    const QString errors = m_files.filePath(QStringLiteral("errors.csv"));
    const DeskRun run = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                          QStringLiteral("participants"), QStringLiteral("--errors"), errors, sample(QStringLiteral("participants_bad.csv"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("participants_bad.csv:2: column \"nik\" value \"3.31901E+15\": NIK is in scientific notation")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("rows rejected: 8; nothing was written"))) << run.err.toStdString();
    QFile csv(errors);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll().count('\n'), 10); // header and nine reasons
    if (sqlite()) {
        EXPECT_EQ(fileHash(location()), hash) << "the SQLite file changed";
    }
    reopen();
    EXPECT_EQ(snapshot(), before);
}

TEST_P(CommandTest, AKilledImportLeavesTheDatabaseAsItWas)
{
    importRoster();
    // 25,000 participants paying every month of 2022: 300,000 contribution rows.
    QByteArray participants = "kpj,nik,nama,program,tanggal_daftar,kode_agen\n";
    QByteArray contributions = "kpj,periode,jumlah,tanggal_bayar,kanal\n";
    for (int i = 0; i < 25000; ++i) {
        const QString kpj = QStringLiteral("23%1").arg(i, 9, 10, QLatin1Char('0'));
        const QString nik = Nik::compose(3319, 1 + i / 9000, QDate(1970, 1, 1).addDays(i % 9000), i % 2, 1 + i % 9000);
        participants += QStringLiteral("%1,%2,Peserta %3,JKK+JKM,03/01/2022,AG-00%4\n").arg(kpj, nik).arg(i).arg(1 + i % 3).toUtf8();
        for (int m = 1; m <= 12; ++m)
            contributions += QStringLiteral("%1,2022-%2,16800,05/%3/2022,agen\n").arg(kpj).arg(m, 2, 10, QLatin1Char('0'))
                                 .arg(std::min(m + 1, 12), 2, 10, QLatin1Char('0')).toUtf8();
    }
    importOk(Kind::Participants, {write(QStringLiteral("p.csv"), participants)});
    const QString file = write(QStringLiteral("c.csv"), contributions);
    const QString before = snapshot();
    close();
    const QByteArray hash = sqlite() ? fileHash(location()) : QByteArray();

    const DeskRun run = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                          QStringLiteral("contributions"), QStringLiteral("--verbose"), file},
                         QStringLiteral("Writing"));
    ASSERT_TRUE(run.killed) << "the import ended before it could be killed: " << run.err.toStdString();
    EXPECT_NE(run.exitCode, 0);
    if (sqlite()) {
        EXPECT_EQ(fileHash(location()), hash) << "the SQLite file changed";
    }
    reopen();
    EXPECT_EQ(snapshot(), before);

    // And the same file, left alone, goes in whole.
    const DeskRun whole = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                            QStringLiteral("contributions"), file});
    EXPECT_EQ(whole.exitCode, 0) << whole.err.toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM contributions")), 300000);
}

TEST_P(CommandTest, ADamagedFileExitsNonZeroAndChangesNothing)
{
    importRoster();
    const QString before = snapshot();
    close();
    const QByteArray hash = sqlite() ? fileHash(location()) : QByteArray();
    const DeskRun run = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                              QStringLiteral("agents"), sample(QStringLiteral("damaged/agents_open_quote.csv"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("agents_open_quote.csv:3: a quote (\") opened on line 3 is never closed"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("cannot be read to its end (damaged); nothing was written"))) << run.err.toStdString();
    if (sqlite()) {
        EXPECT_EQ(fileHash(location()), hash) << "the SQLite file changed";
    }
    reopen();
    EXPECT_EQ(snapshot(), before);
}

// Every damaged seed file: refused with its name and a line, exit 1, and the SQLite file byte for byte as before.
TEST_P(CommandTest, EveryDamagedFileIsRefusedAndTheDatabaseStaysByteIdentical)
{
    importRoster(true);
    const QString before = snapshot();
    close();
    const QByteArray hash = sqlite() ? fileHash(location()) : QByteArray();
    const QDir folder(sample(QStringLiteral("damaged")));
    int files = 0;
    for (const QString &name : folder.entryList({QStringLiteral("*.csv"), QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name)) {
        if (name == QLatin1String("contributions.csv") || name == QLatin1String("workforce_ok.xlsx"))
            continue; // the sound files the damaged ones are made from
        const QString kind = name.startsWith(QLatin1String("contributions")) ? QStringLiteral("contributions")
                             : name.startsWith(QLatin1String("xlsx")) || name.contains(QLatin1String("named")) ? QStringLiteral("workforce")
                                                                                                                  : QStringLiteral("agents");
        const DeskRun run = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"), kind,
                                  folder.filePath(name)});
        ++files;
        EXPECT_EQ(run.exitCode, 1) << name.toStdString() << "\n" << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(name)) << name.toStdString() << "\n" << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("nothing was written")) || run.err.contains(QLatin1String("import: ")))
            << name.toStdString() << "\n" << run.err.toStdString();
        if (sqlite()) {
            EXPECT_EQ(fileHash(location()), hash) << name.toStdString() << ": the SQLite file changed";
        }
    }
    EXPECT_GE(files, 20);
    reopen();
    EXPECT_EQ(snapshot(), before);
}

TEST_P(CommandTest, TheErrorsFileNeverReplacesTheDatabaseAnInputOrAnExistingFile)
{
    importRoster();
    close();
    const QString bad = sample(QStringLiteral("participants_bad.csv"));
    const auto importWithErrors = [&](const QString &errors, const QStringList &extra = {}) {
        return desk(QStringList{QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                                QStringLiteral("participants"), QStringLiteral("--errors"), errors} + extra + QStringList{bad});
    };
    if (sqlite()) {
        const QByteArray hash = fileHash(location());
        const DeskRun overDatabase = importWithErrors(location());
        EXPECT_EQ(overDatabase.exitCode, 1);
        EXPECT_TRUE(overDatabase.err.contains(QLatin1String("never overwritten"))) << overDatabase.err.toStdString();
        EXPECT_EQ(fileHash(location()), hash) << "the database was replaced";
        const DeskRun report = desk({QStringLiteral("report"), QStringLiteral("--database"), location(), QStringLiteral("--type"),
                                     QStringLiteral("agreements"), QStringLiteral("--out"), location(), QStringLiteral("--force")});
        EXPECT_EQ(report.exitCode, 1) << report.err.toStdString();
        EXPECT_EQ(fileHash(location()), hash) << "the database was replaced by a report";
    }
    const QString copy = write(QStringLiteral("input.csv"), [&] { QFile f(bad); f.open(QIODevice::ReadOnly); return f.readAll(); }());
    const DeskRun overInput = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                                    QStringLiteral("participants"), QStringLiteral("--errors"), copy, QStringLiteral("--force"), copy});
    EXPECT_EQ(overInput.exitCode, 1);
    EXPECT_EQ(fileHash(copy), fileHash(bad)) << "the file being imported was replaced";

    const QString existing = write(QStringLiteral("errors.csv"), "kept\n");
    const DeskRun refused = importWithErrors(existing);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QLatin1String("--force"))) << refused.err.toStdString();
    const DeskRun forced = importWithErrors(existing, {QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 1); // the rows are rejected; the list is written
    QFile errors(existing);
    ASSERT_TRUE(errors.open(QIODevice::ReadOnly));
    EXPECT_TRUE(errors.readAll().contains("scientific notation"));
}

INSTANTIATE_TEST_SUITE_P(Backends, CommandTest, allBackends(), backendName);

// A fresh database: no offices until the first file brings them.
class FirstDayCommandTest : public CommandTest {
protected:
    bool withOffices() const override { return false; }
};

TEST_P(FirstDayCommandTest, EveryTemplateRoundTripsThroughADryRun)
{
    for (const QString &kind : {QStringLiteral("offices"), QStringLiteral("wadah"), QStringLiteral("agents"), QStringLiteral("participants"),
                                QStringLiteral("contributions"), QStringLiteral("claims"), QStringLiteral("targets"), QStringLiteral("workforce")}) {
        SCOPED_TRACE(kind.toStdString());
        const QString file = m_files.filePath(QStringLiteral("templat-") + kind + (kind == QLatin1String("participants") ? QStringLiteral(".xlsx") : QStringLiteral(".csv")));
        const DeskRun written = desk({QStringLiteral("import"), QStringLiteral("--template"), kind, QStringLiteral("--out"), file});
        ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
        const DeskRun dry = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"), kind,
                                  QStringLiteral("--dry-run"), file});
        EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
        EXPECT_TRUE(dry.out.contains(QLatin1String("1 rows: 1 new"))) << dry.out.toStdString();
        const DeskRun real = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"), kind, file});
        ASSERT_EQ(real.exitCode, 0) << real.err.toStdString();
    }
    // A template, like any file the program writes, replaces an existing file only with --force.
    const QString again = m_files.filePath(QStringLiteral("templat-offices.csv"));
    const DeskRun refused = desk({QStringLiteral("import"), QStringLiteral("--template"), QStringLiteral("agents"), QStringLiteral("--out"), again});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(readFile(again).contains("kode_kantor,nama")) << "the offices template is still there";
    const DeskRun forced = desk({QStringLiteral("import"), QStringLiteral("--template"), QStringLiteral("agents"), QStringLiteral("--out"), again,
                                 QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(readFile(again).contains("kode_agen,nik"));
    const DeskRun wrong = desk({QStringLiteral("import"), QStringLiteral("--template"), QStringLiteral("pelanggan"), QStringLiteral("--out"),
                                m_files.filePath(QStringLiteral("x.csv"))});
    EXPECT_EQ(wrong.exitCode, 2);
}

TEST_P(FirstDayCommandTest, AnUnknownOfficeSaysHowToFixIt)
{
    const DeskRun run = desk({QStringLiteral("import"), QStringLiteral("--database"), location(), QStringLiteral("--kind"),
                              QStringLiteral("wadah"), sample(QStringLiteral("wadah.csv"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("the database has no offices yet"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("--kind offices"))) << run.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, FirstDayCommandTest, allBackends(), backendName);
