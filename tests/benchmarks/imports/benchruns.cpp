#include "benchruns.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <cstdio>
#include <sys/resource.h>

namespace bench {
namespace {

double childCpu()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

Timing run(const QString &program, const QStringList &args, const QByteArray &input)
{
    Timing t;
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    const double cpuBefore = childCpu();
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    if (!process.waitForStarted()) {
        t.errors = process.errorString();
        return t;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QByteArray err;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);
        err += process.readAllStandardError();
        if (t.beforeSummaries < 0 && err.contains("Updating summaries"))
            t.beforeSummaries = double(clock.nsecsElapsed()) / 1e9;
    }
    process.waitForFinished(-1);
    t.wall = double(clock.nsecsElapsed()) / 1e9;
    t.cpu = childCpu() - cpuBefore;
    err += process.readAllStandardError();
    process.readAllStandardOutput();
    t.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (t.exitCode != 0)
        t.errors = QString::fromUtf8(err).right(2000);
    return t;
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to);
}

QString Postgres::url(const QString &db) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(db);
}

QStringList Postgres::psqlArgs(const QString &db) const
{
    return {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), host,
            QStringLiteral("-p"), QString::number(port), QStringLiteral("-U"), user, QStringLiteral("-d"), db};
}

bool Postgres::admin(const QString &sql) const
{
    const Timing t = run(QStringLiteral("psql"), psqlArgs(QStringLiteral("postgres")) << QStringLiteral("-c") << sql);
    if (t.exitCode != 0)
        std::fprintf(stderr, "psql: %s: %s\n", sql.toUtf8().constData(), t.errors.toUtf8().constData());
    return t.exitCode == 0;
}

} // namespace bench
