#include "cli/command.h"

#include "storage/open.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

namespace perisai::cli {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "perisai-desk: %s\n", message.toUtf8().constData());
    return code;
}

void printLine(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

Arguments::Arguments(const QString &command, const QString &description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    // Read by the application before the command runs (translations); accepted here so it is not "unknown".
    m_parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("Cli", "Language of messages: id or en."), QStringLiteral("LANG")});
    m_parser.addOption({QStringLiteral("database"),
                        QCoreApplication::translate("Cli", "SQLite file or postgresql://user@host:port/dbname URL."),
                        QStringLiteral("DB")});
}

void Arguments::addOption(const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void Arguments::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<int> Arguments::parse(const QStringList &args, bool requireDatabase)
{
    // QCommandLineParser expects the program name first; our args start with the command name.
    QStringList full = args;
    if (!full.isEmpty())
        full[0] = QStringLiteral("perisai-desk ") + m_command;
    if (!m_parser.parse(full))
        return fail(QStringLiteral("%1: %2").arg(m_command, m_parser.errorText()), Usage);
    if (m_parser.isSet(QStringLiteral("help"))) {
        // The parser names the program by argv[0] (a build path, say); show the command as it is typed.
        QString help = m_parser.helpText();
        const QString argv0 = QCoreApplication::arguments().value(0);
        if (const qsizetype at = argv0.isEmpty() ? -1 : help.indexOf(argv0); at >= 0 && at < help.indexOf(QLatin1Char('\n')))
            help.replace(at, argv0.size(), QStringLiteral("perisai-desk ") + m_command);
        std::fprintf(stdout, "%s", help.toUtf8().constData());
        return Success;
    }
    if (requireDatabase && m_parser.value(QStringLiteral("database")).isEmpty())
        return fail(QCoreApplication::translate("Cli", "%1: --database is required").arg(m_command), Usage);
    return std::nullopt;
}

Result<storage::DatabasePtr> Arguments::openDatabase() const
{
    return storage::openAndMigrate(m_parser.value(QStringLiteral("database")));
}

Progress::Progress(QString what) : m_what(std::move(what)), m_terminal(isatty(fileno(stderr)) != 0) {}

void Progress::update(qint64 done, qint64 total)
{
    if (!m_terminal || total <= 0)
        return;
    const qint64 percent = done * 100 / total;
    if (percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    std::fprintf(stderr, "\r%s: %lld%%", m_what.toUtf8().constData(), static_cast<long long>(percent));
    std::fflush(stderr);
}

void Progress::finish()
{
    if (m_terminal && m_lastPercent >= 0)
        std::fprintf(stderr, "\n");
}

} // namespace perisai::cli
