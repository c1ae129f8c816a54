#pragma once
// What the window remembers between runs.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace perisai::shell {

struct Settings {
    static QString language();                 // "id" (default) or "en"
    static void setLanguage(const QString &language);
    static QString lastDatabase();             // empty: the default file
    static void setLastDatabase(const QString &location);
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray &geometry, const QByteArray &state);
    static QString lastPage();
    static void setLastPage(const QString &moduleId);
    // Reminders the user dismissed, word for word: they stay hidden until their text changes.
    static QStringList dismissedNotices();
    static void setDismissedNotices(const QStringList &notices);
};

} // namespace perisai::shell
