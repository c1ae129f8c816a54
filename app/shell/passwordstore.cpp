#include "shell/passwordstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#ifdef PERISAI_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace perisai::shell::passwords {
namespace {

#ifdef PERISAI_HAVE_KEYCHAIN
const QString kService = QStringLiteral("Perisai Desk");
// A keychain that does not answer (a locked wallet left unattended) must not hold the start for long.
constexpr int kTimeoutMs = 5000;

// Runs a keychain job to its end; false when it failed or did not answer in time.
bool finish(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    if (!done) {
        if (error)
            *error = QCoreApplication::translate("Passwords", "the system keychain did not answer");
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}
#endif

QString keyOf(const storage::Location &location)
{
    return location.toString(); // user, host, port and database; never the password
}

} // namespace

QString read(const storage::Location &location)
{
    if (location.backend != storage::Backend::PostgreSQL)
        return {};
#ifdef PERISAI_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(keyOf(location));
    if (finish(job, nullptr))
        return job.textData();
#endif
    return {};
}

Status write(const storage::Location &location, const QString &password)
{
    if (location.backend != storage::Backend::PostgreSQL)
        return {};
#ifdef PERISAI_HAVE_KEYCHAIN
    QString error;
    if (password.isEmpty()) {
        QKeychain::DeletePasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(keyOf(location));
        if (!finish(job, &error) && job.error() != QKeychain::EntryNotFound)
            return makeError(error);
        return {};
    }
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(keyOf(location));
    job.setTextData(password);
    if (!finish(job, &error))
        return makeError(error);
    return {};
#else
    Q_UNUSED(password)
    return makeError(QCoreApplication::translate("Passwords", "this build has no keychain support"));
#endif
}

} // namespace perisai::shell::passwords
