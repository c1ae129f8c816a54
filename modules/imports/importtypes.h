#pragma once
// The words of the import pipeline: what is imported (Kind), how (ImportOptions), what went wrong with a
// row (ImportIssue) and what happened (ImportResult). Shared by the command line and the window.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace perisai::imports {

// Offices first: every other kind belongs to an office.
enum class Kind { Offices, Agents, Wadah, Participants, Contributions, Claims, Targets, Workforce };

QList<Kind> allKinds();
QString kindName(Kind kind);             // "agents", as on the command line
QString kindLabel(Kind kind);            // translated, for the window
std::optional<Kind> parseKind(const QString &text); // "agents" / "agen" / "Agents"
QString kindTable(Kind kind);            // the table a kind writes into

// A file header -> field id ("member_no") chosen by a person; an empty field id means "do not import".
// Keys are compared after normalisation (see fields.h), so "No. KPJ" and "no_kpj" are the same header.
using Mapping = QHash<QString, QString>;

// One reason a row was rejected. A row with three problems gives three issues.
struct ImportIssue {
    QString file;     // file name as given
    qint64 line = 0;  // CSV: the line the record starts on (1 = header line); XLSX: the sheet's row number
    QString column;   // the header as written in the file (empty for a problem with the whole row)
    QString value;    // the value as written
    QString reason;   // translated, says what to change
};

struct Counts {
    qint64 total = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0; // rows with at least one issue

    Counts &operator+=(const Counts &o);
};

struct FileOutcome {
    QString file;
    qint64 batchId = 0; // 0 when nothing was written (dry run, rejected, cancelled)
    Counts counts;
    QStringList notes;  // columns not used, header found on line N, ...
    bool damaged = false; // the file could not be read to its end (the reason is among the issues)
};

struct ImportOptions {
    Kind kind = Kind::Participants;
    QStringList files;
    QString sheet;       // XLSX: the sheet to read; empty = the first
    Mapping mapping;     // applied before the automatic header matching
    bool dryRun = false; // check everything and count what would change, then write nothing
    // An empty value in a row that updates a stored one leaves the stored value alone, so that a column left
    // blank by mistake blanks nothing. With clearEmpty (--clear-empty, the wizard's "empty cells clear the
    // stored value") an empty value in a column the file has clears it.
    bool clearEmpty = false;
};

struct ImportResult {
    QList<FileOutcome> files;
    QList<ImportIssue> issues; // every rejected row's reasons, in file and line order
    Counts total;
    int flagsRaised = 0;       // review_flags rows written for a person to look at
    bool committed = false;    // true only when the changes are in the database
    bool cancelled = false;
};

// How a running import reports progress and learns that it should stop. Both may be empty.
struct ImportControl {
    // stage: translated words ("Reading", "Checking", "Writing"); done/total in that stage's units.
    std::function<void(const QString &stage, qint64 done, qint64 total)> progress;
    // Asked often (every few thousand rows); true stops the import, which then writes nothing.
    std::function<bool()> stop;

    bool cancelled() const { return stop && stop(); }
    void report(const QString &stage, qint64 done, qint64 total) const
    {
        if (progress)
            progress(stage, done, total);
    }
};

} // namespace perisai::imports
