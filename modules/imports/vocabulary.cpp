// The closed vocabularies of import files (values.h): the words offices write for sex, program, status, level.
#include "values.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace perisai::imports::values {
namespace {

// Lower case with single spaces: "  Tidak  Aktif " -> "tidak aktif".
QString simple(const QString &text)
{
    return text.simplified().toLower();
}

QString lookup(const QHash<QString, QString> &words, const QString &text)
{
    return words.value(simple(text));
}

} // namespace

QString normalizeSex(const QString &text)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("l"), QStringLiteral("L")}, {QStringLiteral("lk"), QStringLiteral("L")},
        {QStringLiteral("laki-laki"), QStringLiteral("L")}, {QStringLiteral("laki laki"), QStringLiteral("L")},
        {QStringLiteral("pria"), QStringLiteral("L")}, {QStringLiteral("m"), QStringLiteral("L")},
        {QStringLiteral("male"), QStringLiteral("L")}, {QStringLiteral("p"), QStringLiteral("P")},
        {QStringLiteral("pr"), QStringLiteral("P")}, {QStringLiteral("perempuan"), QStringLiteral("P")},
        {QStringLiteral("wanita"), QStringLiteral("P")}, {QStringLiteral("f"), QStringLiteral("P")},
        {QStringLiteral("female"), QStringLiteral("P")},
    };
    return lookup(words, text);
}

QString normalizeProgram(const QString &text)
{
    // "JKK+JKM", "jkk, jkm, jht", "JKK & JKM", "JKK JKM JHT", "JKK-JKM": the set of programs is what counts.
    static const QRegularExpression separators(QStringLiteral("[\\s+,&/\\-]+|\\bdan\\b"));
    QSet<QString> programs;
    for (const QString &word : text.toUpper().split(separators, Qt::SkipEmptyParts))
        programs.insert(word.toUpper());
    programs.remove(QStringLiteral("DAN"));
    const QSet<QString> jkkJkm{QStringLiteral("JKK"), QStringLiteral("JKM")};
    if (programs == jkkJkm)
        return QStringLiteral("JKK+JKM");
    if (programs == jkkJkm + QSet<QString>{QStringLiteral("JHT")})
        return QStringLiteral("JKK+JKM+JHT");
    return {};
}

QString normalizeClaimProgram(const QString &text)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("jkk"), QStringLiteral("JKK")}, {QStringLiteral("jaminan kecelakaan kerja"), QStringLiteral("JKK")},
        {QStringLiteral("kecelakaan kerja"), QStringLiteral("JKK")}, {QStringLiteral("jkm"), QStringLiteral("JKM")},
        {QStringLiteral("jaminan kematian"), QStringLiteral("JKM")}, {QStringLiteral("kematian"), QStringLiteral("JKM")},
        {QStringLiteral("jht"), QStringLiteral("JHT")}, {QStringLiteral("jaminan hari tua"), QStringLiteral("JHT")},
        {QStringLiteral("hari tua"), QStringLiteral("JHT")},
    };
    return lookup(words, text);
}

QString normalizeAgentStatus(const QString &text)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("candidate"), QStringLiteral("candidate")}, {QStringLiteral("calon"), QStringLiteral("candidate")},
        {QStringLiteral("active"), QStringLiteral("active")}, {QStringLiteral("aktif"), QStringLiteral("active")},
        {QStringLiteral("inactive"), QStringLiteral("inactive")}, {QStringLiteral("nonaktif"), QStringLiteral("inactive")},
        {QStringLiteral("non aktif"), QStringLiteral("inactive")}, {QStringLiteral("non-aktif"), QStringLiteral("inactive")},
        {QStringLiteral("tidak aktif"), QStringLiteral("inactive")}, {QStringLiteral("dismissed"), QStringLiteral("dismissed")},
        {QStringLiteral("diberhentikan"), QStringLiteral("dismissed")}, {QStringLiteral("berhenti"), QStringLiteral("dismissed")},
        {QStringLiteral("dikeluarkan"), QStringLiteral("dismissed")},
    };
    return lookup(words, text);
}

QString normalizeTargetLevel(const QString &text)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("cabang"), QStringLiteral("cabang")}, {QStringLiteral("branch"), QStringLiteral("cabang")},
        {QStringLiteral("kc"), QStringLiteral("cabang")}, {QStringLiteral("kantor cabang"), QStringLiteral("cabang")},
        {QStringLiteral("kcp"), QStringLiteral("kcp")}, {QStringLiteral("sub-branch"), QStringLiteral("kcp")},
        {QStringLiteral("wadah"), QStringLiteral("wadah")}, {QStringLiteral("agen"), QStringLiteral("agen")},
        {QStringLiteral("agent"), QStringLiteral("agen")},
    };
    return lookup(words, text);
}

QString normalizeWadahKind(const QString &text)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("koperasi"), QStringLiteral("koperasi")}, {QStringLiteral("cooperative"), QStringLiteral("koperasi")},
        {QStringLiteral("komunitas"), QStringLiteral("komunitas")}, {QStringLiteral("community"), QStringLiteral("komunitas")},
        {QStringLiteral("bumdes"), QStringLiteral("bumdes")}, {QStringLiteral("badan usaha milik desa"), QStringLiteral("bumdes")},
        {QStringLiteral("kantor perisai"), QStringLiteral("kantor_perisai")},
        {QStringLiteral("kantor_perisai"), QStringLiteral("kantor_perisai")}, {QStringLiteral("serikat"), QStringLiteral("serikat")},
        {QStringLiteral("serikat pekerja"), QStringLiteral("serikat")}, {QStringLiteral("lainnya"), QStringLiteral("lainnya")},
        {QStringLiteral("other"), QStringLiteral("lainnya")},
    };
    const QString known = lookup(words, text);
    return known.isEmpty() ? text.simplified() : known;
}

QString normalizeChannel(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[-_./]+"));
    static const QSet<QString> agent = {QStringLiteral("agen"), QStringLiteral("agent"), QStringLiteral("perisai"),
                                        QStringLiteral("agen perisai"), QStringLiteral("perisai agen"), QStringLiteral("kader perisai")};
    const QString word = simple(QString(text).replace(separators, QStringLiteral(" ")));
    return agent.contains(word) ? QStringLiteral("agen") : simple(text);
}

} // namespace perisai::imports::values
