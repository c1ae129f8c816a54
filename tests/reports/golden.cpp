#include "golden.h"

#include "shell/language.h"

#include "core/format.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace perisai::testing {

QString pdfText(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString normalised(const QString &text)
{
    static const QRegularExpression footer(QStringLiteral(
        "^\\s*(Generated|Dibuat) \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d · (SQLite|PostgreSQL) · .*? · (.*?)\\s{2,}(\\S.*)$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression trailing(QStringLiteral("[ \\t]+$"), QRegularExpression::MultilineOption);
    static const QRegularExpression leading(QStringLiteral("^[ \\t]+"), QRegularExpression::MultilineOption);
    static const QRegularExpression gaps(QStringLiteral("[ \\t]{2,}"));
    QString out = text;
    out.replace(footer, QStringLiteral("<generated> · <source> · \\3 · \\4"));
    // pdftotext -layout spaces columns by the widest text on the page (the footer's database path among
    // it): keep the words, their order and the column breaks, not the exact spacing.
    out.replace(trailing, QString());
    out.replace(leading, QString());
    out.replace(gaps, QStringLiteral("  "));
    return out;
}

void expectGolden(const QString &name, const QString &text)
{
    const QString path = QStringLiteral(PERISAI_GOLDEN_DIR "/") + name + QStringLiteral(".txt");
    if (qEnvironmentVariable("PERISAI_UPDATE_GOLDEN") == QLatin1String("1")) {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly)) << path.toStdString();
        out.write(text.toUtf8());
        return;
    }
    QFile in(path);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << "missing golden file " << path.toStdString()
                                              << " (run with PERISAI_UPDATE_GOLDEN=1 to create it)";
    const QString expected = QString::fromUtf8(in.readAll());
    if (expected != text) {
        const QString actual = QDir::current().filePath(name + QStringLiteral(".actual.txt"));
        QFile out(actual);
        if (out.open(QIODevice::WriteOnly))
            out.write(text.toUtf8());
        ADD_FAILURE() << "report text differs from " << path.toStdString() << "; see diff -u " << path.toStdString()
                      << " " << actual.toStdString();
    }
}

void useLanguage(const QString &language)
{
    shell::installLanguage(language); // every module's translations, as the program loads them
}

bool holdsFullNik(const QString &text)
{
    static const QRegularExpression nik(QStringLiteral("\\b\\d{16}\\b"));
    return nik.match(text).hasMatch();
}

} // namespace perisai::testing
