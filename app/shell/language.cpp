#include "shell/language.h"

#include "core/format.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <vector>

namespace perisai::shell {

void installLanguage(const QString &language)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (auto &t : installed)
        QCoreApplication::removeTranslator(t.get());
    installed.clear();

    const QString suffix = QLatin1Char('_') + language + QStringLiteral(".qm");
    const QDir i18n(QStringLiteral(":/i18n"));
    for (const QString &file : i18n.entryList({QLatin1Char('*') + suffix}, QDir::Files)) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(i18n.filePath(file)) && QCoreApplication::installTranslator(t.get()))
            installed.push_back(std::move(t));
    }
    // Qt's own strings (standard buttons, dialogs).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt.get()))
        installed.push_back(std::move(qt));

    const QLocale locale = language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                           : QLocale(QLocale::Indonesian, QLocale::Indonesia);
    QLocale::setDefault(locale);
    fmt::setLocale(locale);
}

} // namespace perisai::shell
