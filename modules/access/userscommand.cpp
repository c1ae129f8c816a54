#include "userscommand.h"

#include "logins.h"
#include "tr.h"
#include "storage/scram.h"

#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace perisai::access {

namespace {

// One line from standard input when it is not a terminal (a script, a pipe); nothing interactive ever waits.
// The password never appears on the command line.
std::optional<QString> passwordFromInput()
{
    if (isatty(fileno(stdin)))
        return std::nullopt;
    QTextStream in(stdin);
    QString line = in.readLine();
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

int list(const storage::Database &db)
{
    auto rows = listLogins(db);
    if (!rows)
        return cli::fail(QStringLiteral("users: ") + rows.errorText());
    cli::printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(Tr::tr("login"), Tr::tr("role"), Tr::tr("office"), Tr::tr("active"),
                                                            Tr::tr("name")));
    for (const LoginRow &r : *rows)
        cli::printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                           .arg(r.name, r.role, r.officeCode, r.active ? Tr::tr("yes") : Tr::tr("no"), r.fullName));
    return cli::Success;
}

int add(const storage::Database &db, const cli::Arguments &a)
{
    const QString name = a.value(QStringLiteral("name"));
    const QString role = a.value(QStringLiteral("role"));
    const QString office = a.value(QStringLiteral("office"));
    if (name.isEmpty() || role.isEmpty() || office.isEmpty())
        return cli::fail(Tr::tr("users add: --name, --role and --office are required"), cli::Usage);
    if (!roles().contains(role))
        return cli::fail(Tr::tr("users add: --role must be admin, head, staff or viewer, not %1").arg(role), cli::Usage);
    // An empty input (a script with nothing on standard input) gets a generated password, as a terminal does.
    auto given = passwordFromInput();
    if (given && given->isEmpty())
        given.reset();
    const QString password = given ? *given : storage::generatePassword();
    if (given && password.size() < 8)
        return cli::fail(Tr::tr("users add: the password read from standard input needs at least 8 characters"));
    if (auto st = addLogin(db, name, role, office, password, a.value(QStringLiteral("full-name"))); !st)
        return cli::fail(QStringLiteral("users add: ") + st.errorText());
    cli::printError(Tr::tr("login %1 added: %2 of %3").arg(name, roleLabel(role), office));
    if (!given) // shown once; the server keeps only its verifier
        cli::printLine(Tr::tr("password: %1").arg(password));
    return cli::Success;
}

int disable(const storage::Database &db, const cli::Arguments &a)
{
    const QString name = a.value(QStringLiteral("name"));
    if (name.isEmpty())
        return cli::fail(Tr::tr("users disable: --name is required"), cli::Usage);
    if (auto st = disableLogin(db, name); !st)
        return cli::fail(QStringLiteral("users disable: ") + st.errorText());
    cli::printError(Tr::tr("login %1 disabled: it can no longer connect").arg(name));
    return cli::Success;
}

int runUsers(const QStringList &args)
{
    cli::Arguments a(QStringLiteral("users"),
                     Tr::tr("Adds, lists and disables the logins of a PostgreSQL server. add reads the password from "
                            "standard input when it is not a terminal, and otherwise generates one and prints it once."));
    a.addPositional(QStringLiteral("action"), Tr::tr("add, list or disable"), QStringLiteral("add|list|disable"));
    a.addOption(QStringLiteral("name"), Tr::tr("The login (PostgreSQL role) name."), QStringLiteral("ROLE"));
    a.addOption(QStringLiteral("role"), Tr::tr("admin, head, staff or viewer."), QStringLiteral("ROLE"));
    a.addOption(QStringLiteral("office"), Tr::tr("The code of the login's office."), QStringLiteral("CODE"));
    a.addOption(QStringLiteral("full-name"), Tr::tr("The person's name, for the list."), QStringLiteral("NAME"));
    if (auto exit = a.parse(args))
        return *exit;
    const QStringList positional = a.positional();
    const QString action = positional.value(0);
    if (positional.size() != 1 || !QStringList{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("disable")}.contains(action))
        return cli::fail(Tr::tr("users: say add, list or disable"), cli::Usage);
    if (!a.value(QStringLiteral("database")).contains(QLatin1String("://")))
        return cli::fail(Tr::tr("users: logins belong to a PostgreSQL server (--database postgresql://...); a SQLite file has one user"),
                         cli::Usage);
    auto db = a.openDatabase();
    if (!db)
        return cli::fail(QStringLiteral("users: ") + db.errorText());
    if (action == QLatin1String("list"))
        return list(**db);
    if (action == QLatin1String("add"))
        return add(**db, a);
    return disable(**db, a);
}

} // namespace

cli::Command usersCommand()
{
    return {QStringLiteral("users"), QCoreApplication::translate("Access", "add, list or disable the logins of a PostgreSQL server"),
            runUsers};
}

} // namespace perisai::access
