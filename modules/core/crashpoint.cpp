#include "core/crashpoint.h"

#include <QByteArray>
#include <QThread>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace perisai {

void crashPoint(const char *name)
{
    static const QByteArray wanted = qgetenv("PERISAI_CRASH_POINT");
    if (wanted.isEmpty() || wanted != name)
        return;
    std::fprintf(stderr, "crash point: %s\n", name);
    std::fflush(stderr);
#ifdef Q_OS_UNIX
    std::raise(SIGSTOP);
#endif
    // Stopped, or (elsewhere) waiting: nothing more happens until the test kills the program.
    for (;;)
        QThread::sleep(60);
}

} // namespace perisai
