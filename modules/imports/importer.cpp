#include "importer.h"
#include "tr.h"

#include "batches.h"
#include "core/crashpoint.h"
#include "core/csvcell.h"
#include "core/outputfile.h"
#include "header.h"
#include "importlock.h"
#include "processor.h"
#include "recordcheck.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"
#include "figures/summaries.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <future>

namespace perisai::imports {
namespace {


constexpr qint64 kCheckEvery = 1 << 14;
constexpr qint64 kAnalyzeAfter = 10000; // rows written

// The file's SHA-256, computed on another core while the file is being checked.
QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// What the written files change in the summaries: the months, and the offices of the rows when every
// file knows them.
struct SummaryChange {
    std::optional<PeriodRange> months;
    QList<qint64> offices;
    bool everyOffice = false;
};

struct FileRun {
    QString path;
    std::future<QString> sha256;
    std::unique_ptr<ImportContext> context;
    std::unique_ptr<Processor> processor;
    FileOutcome outcome;
};

// Reads and checks one file; returns an Error only for a problem with the file as a whole.
Status checkFile(FileRun &run, const storage::Database &db, const ImportOptions &options, const ImportControl &control,
                 Lookups &lookups, ImportResult &result)
{
    const QString name = QFileInfo(run.path).fileName();
    auto source = openSource(run.path, options.sheet);
    if (!source)
        return source.error();
    auto header = findHeader(**source, options.kind, options.mapping, run.path);
    if (!header)
        return header.error();
    run.outcome.file = run.path;
    run.outcome.notes << (*source)->describe();
    if (header->line > 1)
        run.outcome.notes << Tr::tr("the header is on line %1; the lines above it were skipped").arg(header->line);
    if (!header->map.unused.isEmpty())
        run.outcome.notes << Tr::tr("columns not imported: %1").arg(header->map.unused.join(QStringLiteral(", ")));

    run.context.reset(new ImportContext{db, db.connection(), options.kind, header->map, lookups, control, options.clearEmpty});
    run.processor = makeProcessor(*run.context);
    if (auto st = run.processor->prepare(); !st)
        return st;

    const qsizetype firstIssue = result.issues.size();
    IssueSink issues(name, header->headers, &result.issues);
    const RowShape shape = rowShapeOf(header->headers, **source);
    qint64 total = 0;
    Record record;
    const auto check = [&](const Record &r) {
        ++total;
        if (checkRowShape(r, shape, issues))
            run.processor->add(r, issues);
    };
    for (const OwnedRecord &owned : header->following) {
        owned.fill(record);
        check(record);
    }
    while ((*source)->next(record)) {
        check(record);
        if (total % kCheckEvery == 0) {
            control.report(Tr::tr("Checking %1").arg(name), (*source)->position(), (*source)->size());
            if (control.cancelled())
                return {};
        }
    }
    if (const auto &problem = (*source)->problem()) {
        // The rows before the damage are as untrustworthy as the file: none of them is written.
        issues.add(problem->line, -1, QString(), problem->reason);
        run.outcome.damaged = true;
    } else if (total == 0) {
        return makeError(Tr::tr("the file has a header (line %1) but no rows to import").arg(header->line), name);
    }
    run.processor->finishChecks(issues);
    run.outcome.notes << run.processor->notes();
    // In line order: duplicates are found only after the whole file was read.
    std::stable_sort(result.issues.begin() + firstIssue, result.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    control.report(Tr::tr("Checking %1").arg(name), (*source)->size(), (*source)->size());
    run.outcome.counts.total = total;
    run.outcome.counts.rejected = issues.rejectedRows();
    if (issues.omitted() > 0)
        run.outcome.notes << Tr::tr("%1 more problems are not listed").arg(issues.omitted());
    return {};
}

Status writeFile(FileRun &run, const storage::Database &db, const ImportOptions &options, const QString &startedAt,
                 ImportResult &result, SummaryChange &touched)
{
    const QSqlDatabase conn = db.connection();
    auto batch = createBatch(conn, options.kind, QFileInfo(run.path).absoluteFilePath(), run.sha256.get(),
                             db.currentUser(), startedAt);
    if (!batch)
        return batch.error();
    auto counts = run.processor->write(*batch);
    if (!counts)
        return makeError(counts.error().message, QFileInfo(run.path).fileName() + (counts.error().where.isEmpty() ? QString() : QStringLiteral(", ") + counts.error().where));
    Counts &c = run.outcome.counts;
    c.inserted = counts->inserted;
    c.updated = counts->updated;
    c.unchanged = counts->unchanged;
    if (auto st = finishBatch(conn, *batch, c); !st)
        return st;
    auto flags = run.processor->raiseFlags(*batch);
    if (!flags)
        return flags.error();
    result.flagsRaised += *flags;
    if (const auto m = run.processor->affectedMonths()) {
        extend(touched.months, m->from.key(), m->to.key());
        if (const auto offices = run.processor->affectedOffices()) {
            for (qint64 id : *offices)
                if (!touched.offices.contains(id))
                    touched.offices << id;
        } else {
            touched.everyOffice = true;
        }
    }
    run.outcome.batchId = *batch;

    storage::AuditEntry audit;
    audit.user = db.currentUser();
    audit.action = QStringLiteral("import");
    audit.table = kindTable(options.kind);
    audit.rowId = *batch;
    audit.summary = Tr::tr("Imported %1: %2 new, %3 updated, %4 unchanged")
                        .arg(QFileInfo(run.path).fileName()).arg(c.inserted).arg(c.updated).arg(c.unchanged);
    return storage::writeAudit(conn, audit);
}

// SQLite settings for the one long transaction of a large import, put back afterwards:
// - a bigger page cache (memory is taken only as used);
// - no per-row foreign key lookups: every reference an import writes (participant, agent, wadah, office,
//   batch) was looked up in the same transaction, which holds the write lock, so it cannot disappear.
//   (PRAGMA foreign_keys cannot change inside a transaction, hence before BEGIN.)
class SqliteTuning {
public:
    explicit SqliteTuning(const storage::Database &db) : m_conn(db.connection()), m_active(db.dialect().isSqlite())
    {
        if (!m_active)
            return;
        storage::Query q(m_conn, QStringLiteral("PRAGMA cache_size"));
        if (auto v = q.scalar(); v)
            m_previousCache = v->toLongLong();
        run(QStringLiteral("PRAGMA cache_size = -524288")); // 512 MiB at most
        run(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~SqliteTuning()
    {
        if (!m_active)
            return;
        run(QStringLiteral("PRAGMA foreign_keys = ON"));
        run(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCache));
    }

private:
    void run(const QString &sql) { (void)storage::Query(m_conn, sql).exec(); }

    QSqlDatabase m_conn;
    bool m_active;
    qint64 m_previousCache = -65536;
};

} // namespace

Result<ImportResult> runImport(const storage::Database &db, const ImportOptions &options, const ImportControl &control)
{
    ImportResult result;
    if (options.files.isEmpty())
        return makeError(Tr::tr("no file to import"));
    const QString startedAt = storage::nowIso();
    SqliteTuning tuning(db);
    const QSqlDatabase conn = db.connection();
    std::optional<storage::Transaction> tx;
    bool cancelledWaiting = false;
    if (auto st = beginImportTransaction(db, tx, control, &cancelledWaiting); !st) {
        if (!cancelledWaiting)
            return st.error();
        result.cancelled = true;
        return result;
    }

    Lookups lookups(db, conn);
    std::vector<FileRun> runs(size_t(options.files.size()));
    for (size_t i = 0; i < runs.size(); ++i) {
        FileRun &run = runs[i];
        run.path = options.files[qsizetype(i)];
        if (!QFileInfo(run.path).isFile())
            return makeError(Tr::tr("%1 does not exist or is not a file").arg(run.path));
        run.sha256 = std::async(std::launch::async, sha256Of, run.path);
        if (auto st = checkFile(run, db, options, control, lookups, result); !st)
            return st.error();
        result.total += run.outcome.counts;
        if (control.cancelled())
            break;
    }
    for (const FileRun &run : runs)
        if (run.context)
            result.files.append(run.outcome);
    if (control.cancelled()) {
        result.cancelled = true;
        return result;
    }
    if (!result.issues.isEmpty() || result.total.rejected > 0)
        return result;

    crashPoint("import: checked"); // tests/crash stops here (and at the points below)
    SummaryChange touched;
    for (FileRun &run : runs) {
        if (auto st = writeFile(run, db, options, startedAt, result, touched); !st)
            return st.error();
        if (control.cancelled()) {
            result.cancelled = true;
            return result;
        }
    }
    result.files.clear();
    for (const FileRun &run : runs)
        result.files.append(run.outcome);
    result.total = {};
    for (const FileOutcome &f : std::as_const(result.files))
        result.total += f.counts;
    // PostgreSQL plans the summary queries from table statistics: after a large import they would still
    // describe the table before it, and a plan made for a small table takes minutes on a big one.
    if (db.dialect().isPostgres() && result.total.inserted + result.total.updated > kAnalyzeAfter) {
        QSqlQuery analyze(conn);
        // A table name from our own list (ANALYZE takes no bound values), never text from the file.
        if (!analyze.exec(QStringLiteral("ANALYZE ") + kindTable(options.kind)))
            return makeError(Tr::tr("database error: %1").arg(analyze.lastError().text()));
    }
    crashPoint("import: written");
    if (touched.months) {
        control.report(Tr::tr("Updating summaries"), 0, 1);
        // Only the offices the file's rows belong to: one branch's month into a province's server
        // recomputes that branch's month.
        const QList<qint64> offices = touched.everyOffice ? QList<qint64>() : touched.offices;
        if (auto st = figures::Summaries(db).refresh(*touched.months, offices); !st)
            return st.error();
    }
    crashPoint("import: commit");
    if (options.dryRun) {
        tx->rollback();
        for (FileOutcome &f : result.files)
            f.batchId = 0;
        return result;
    }
    if (auto st = tx->commit(); !st)
        return st.error();
    result.committed = true;
    return result;
}

QByteArray issuesCsv(const QList<ImportIssue> &issues)
{
    QByteArray out("\xEF\xBB\xBF");
    out += "file,line,column,value,reason\r\n";
    for (const ImportIssue &i : issues)
        out += (QStringList{csv::quoted(i.file), QString::number(i.line), csv::quoted(i.column), csv::quoted(i.value), csv::quoted(i.reason)}
                    .join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    return out;
}

Status writeIssuesCsv(const QList<ImportIssue> &issues, const QString &path, bool replaceExisting)
{
    if (auto st = outputs::checkWritable(path, replaceExisting); !st)
        return st;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(issuesCsv(issues)) < 0 || !file.commit())
        return makeError(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace perisai::imports
