#pragma once
// Timed runs of perisai-desk, sqlite3 and psql as separate processes, the way a user would run them.

#include <QString>
#include <QStringList>

namespace bench {

struct Timing {
    double wall = 0;              // seconds
    double cpu = 0;               // user + system seconds of the process (not of a database server)
    double beforeSummaries = -1;  // perisai-desk --verbose: seconds until it starts updating the summaries
    int exitCode = -1;
    QString errors;
};

// Runs `program args`, feeding `input` on standard input, and measures it.
Timing run(const QString &program, const QStringList &args, const QByteArray &input = {});

// Copies a file, replacing the target.
bool copyFile(const QString &from, const QString &to);

struct Postgres {
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString user = QStringLiteral("postgres");

    QString url(const QString &db) const;
    // Runs SQL against the server's `postgres` database through psql; false (and why on stderr) on failure.
    bool admin(const QString &sql) const;
    QStringList psqlArgs(const QString &db) const;
};

} // namespace bench
