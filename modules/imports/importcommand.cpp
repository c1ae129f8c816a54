#include "importcommand.h"
#include "tr.h"

#include "importer.h"
#include "core/outputfile.h"
#include "mapping.h"
#include "templates.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace perisai::imports {
namespace {


// --verbose: one line per stage and per tenth of it, for logs and for tests that watch an import run.
class StageLog {
public:
    void update(const QString &stage, qint64 done, qint64 total)
    {
        const qint64 tenth = total > 0 ? done * 10 / total : 0;
        if (stage == m_stage && tenth == m_tenth)
            return;
        m_stage = stage;
        m_tenth = tenth;
        std::fprintf(stderr, "%s: %lld%%\n", stage.toUtf8().constData(), static_cast<long long>(tenth * 10));
        std::fflush(stderr);
    }

private:
    QString m_stage;
    qint64 m_tenth = -1;
};

QString describe(const Counts &c)
{
    return Tr::tr("%1 rows: %2 new, %3 updated, %4 unchanged").arg(c.total).arg(c.inserted).arg(c.updated).arg(c.unchanged);
}

int report(const ImportResult &result, const ImportOptions &options, const QString &errorsPath, bool force)
{
    if (!errorsPath.isEmpty()) {
        if (auto st = writeIssuesCsv(result.issues, errorsPath, force); !st)
            return cli::fail(QStringLiteral("import: ") + st.errorText());
    }
    if (result.cancelled)
        return cli::fail(Tr::tr("import: cancelled; nothing was written"));
    if (!result.issues.isEmpty() || result.total.rejected > 0) {
        for (const ImportIssue &i : result.issues) {
            const QString where = i.column.isEmpty() ? QString() : Tr::tr(" column \"%1\"").arg(i.column);
            const QString value = i.value.isEmpty() ? QString() : Tr::tr(" value \"%1\"").arg(i.value);
            cli::printError(where.isEmpty() && value.isEmpty() ? QStringLiteral("%1:%2: %3").arg(i.file).arg(i.line).arg(i.reason)
                                                               : QStringLiteral("%1:%2:%3%4: %5").arg(i.file).arg(i.line).arg(where, value, i.reason));
        }
        QStringList damaged;
        for (const FileOutcome &f : result.files) {
            for (const QString &note : f.notes)
                cli::printError(QStringLiteral("%1: %2").arg(QFileInfo(f.file).fileName(), note));
            if (f.damaged)
                damaged << QFileInfo(f.file).fileName();
        }
        if (!damaged.isEmpty())
            return cli::fail(Tr::tr("import: %1 cannot be read to its end (damaged); nothing was written").arg(damaged.join(QStringLiteral(", "))));
        return cli::fail(Tr::tr("import: rows rejected: %1; nothing was written").arg(result.total.rejected));
    }
    for (const FileOutcome &f : result.files) {
        const QString name = QFileInfo(f.file).fileName();
        cli::printLine(options.dryRun ? Tr::tr("%1 (dry run, nothing written): %2").arg(name, describe(f.counts))
                                      : Tr::tr("%1: batch %2, %3").arg(name).arg(f.batchId).arg(describe(f.counts)));
        for (const QString &note : f.notes)
            cli::printLine(QStringLiteral("  ") + note);
    }
    if (result.flagsRaised > 0)
        cli::printLine(Tr::tr("signals raised for a person to review (review_flags): %1").arg(result.flagsRaised));
    return cli::Success;
}

int run(const QStringList &args)
{
    cli::Arguments a(QStringLiteral("import"), Tr::tr("Imports CSV or XLSX files of one kind. Any rejected row: nothing is written, "
                                                  "every rejected row is listed, and the exit status is 1."));
    a.addOption(QStringLiteral("kind"), Tr::tr("What the files hold: offices, agents, wadah, participants, contributions, claims, targets, workforce."),
                QStringLiteral("KIND"));
    a.addOption(QStringLiteral("template"), Tr::tr("Instead of importing, write an empty file of this kind to --out: its headers and "
                                                   "one example row."), QStringLiteral("KIND"));
    a.addOption(QStringLiteral("out"), Tr::tr("With --template: the file to write (.csv or .xlsx)."), QStringLiteral("FILE"));
    a.addOption(QStringLiteral("mapping"), Tr::tr("JSON {\"file header\": \"field\"} for headers that are not recognised."), QStringLiteral("FILE"));
    a.addOption(QStringLiteral("dry-run"), Tr::tr("Check everything and count what would change, but write nothing."));
    a.addOption(QStringLiteral("errors"), Tr::tr("Write the rejected rows (file, line, column, value, reason) to this CSV file."), QStringLiteral("OUT.csv"));
    a.addOption(QStringLiteral("force"), Tr::tr("Replace the --errors file (or the --template --out file) when it exists already."));
    a.addOption(QStringLiteral("clear-empty"), Tr::tr("An empty cell clears the stored value (without it, an empty cell leaves the stored value alone)."));
    a.addOption(QStringLiteral("sheet"), Tr::tr("The XLSX sheet to read (default: the first)."), QStringLiteral("NAME"));
    a.addOption(QStringLiteral("verbose"), Tr::tr("Print each stage's progress on standard error."));
    a.addPositional(QStringLiteral("FILE"), Tr::tr("The files to import."), QStringLiteral("FILE..."));
    const bool templateOnly = std::any_of(args.cbegin(), args.cend(), [](const QString &arg) { return arg.startsWith(QLatin1String("--template")); });
    if (auto exit = a.parse(args, !templateOnly))
        return *exit;
    if (a.isSet(QStringLiteral("template")))
        return runTemplateCommand(a.value(QStringLiteral("template")), a.value(QStringLiteral("out")), a.isSet(QStringLiteral("force")));

    ImportOptions options;
    const auto kind = parseKind(a.value(QStringLiteral("kind")));
    if (!kind)
        return cli::fail(Tr::tr("import: --kind must be one of offices, agents, wadah, participants, contributions, claims, targets, workforce"), cli::Usage);
    options.kind = *kind;
    options.files = a.positional();
    if (options.files.isEmpty())
        return cli::fail(Tr::tr("import: name at least one file to import"), cli::Usage);
    options.sheet = a.value(QStringLiteral("sheet"));
    options.dryRun = a.isSet(QStringLiteral("dry-run"));
    if (a.isSet(QStringLiteral("mapping"))) {
        auto mapping = readMappingFile(a.value(QStringLiteral("mapping")), options.kind);
        if (!mapping)
            return cli::fail(QStringLiteral("import: ") + mapping.errorText(), cli::Usage);
        options.mapping = *mapping;
    }
    options.clearEmpty = a.isSet(QStringLiteral("clear-empty"));
    for (const QString &file : std::as_const(options.files))
        if (!QFileInfo(file).isFile())
            return cli::fail(Tr::tr("import: %1 does not exist").arg(file));

    auto db = a.openDatabase();
    if (!db)
        return cli::fail(QStringLiteral("import: ") + db.errorText());
    // The list of rejected rows never goes over the database or a file being imported.
    std::vector<std::unique_ptr<outputs::ProtectedFile>> inputs;
    for (const QString &file : std::as_const(options.files))
        inputs.push_back(std::make_unique<outputs::ProtectedFile>(file));
    const QString errorsPath = a.value(QStringLiteral("errors"));
    const bool force = a.isSet(QStringLiteral("force"));
    if (!errorsPath.isEmpty()) {
        if (auto st = outputs::checkWritable(errorsPath, force); !st)
            return cli::fail(QStringLiteral("import: --errors: ") + st.errorText());
    }

    cli::Progress progress(Tr::tr("Importing"));
    StageLog log;
    const bool verbose = a.isSet(QStringLiteral("verbose"));
    ImportControl control;
    control.progress = [&](const QString &stage, qint64 done, qint64 total) {
        verbose ? log.update(stage, done, total) : progress.update(done, total);
    };
    auto result = runImport(**db, options, control);
    progress.finish();
    if (!result)
        return cli::fail(QStringLiteral("import: ") + result.errorText());
    return report(*result, options, errorsPath, force);
}

} // namespace

cli::Command importCommand()
{
    return {QStringLiteral("import"), QCoreApplication::translate("Imports", "import CSV or XLSX extracts"), run};
}

} // namespace perisai::imports
