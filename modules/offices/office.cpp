#include "office.h"

#include "tr.h"

#include <QRegularExpression>

namespace perisai::offices {

QJsonObject Office::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("parent_id"), parentId > 0 ? QJsonValue(parentId) : QJsonValue()},
            {QStringLiteral("region"), region},
            {QStringLiteral("address"), address},
            {QStringLiteral("head_name"), headName},
            {QStringLiteral("closed_on"), closedOn.isValid() ? QJsonValue(closedOn.toString(Qt::ISODate)) : QJsonValue()}};
}

QStringList officeKinds()
{
    return {QStringLiteral("kanwil"), QStringLiteral("kc"), QStringLiteral("kcp")};
}

QString officeKindLabel(const QString &kind)
{
    if (kind == QLatin1String("kanwil"))
        return Tr::tr("Regional office (Kanwil)");
    if (kind == QLatin1String("kc"))
        return Tr::tr("Branch office (KC)");
    if (kind == QLatin1String("kcp"))
        return Tr::tr("Sub-branch (KCP)");
    return kind;
}

QString officeKindShort(const QString &kind)
{
    return kind == QLatin1String("kanwil") ? QStringLiteral("KANWIL") : kind.toUpper();
}

QString parentKindOf(const QString &kind)
{
    if (kind == QLatin1String("kc"))
        return QStringLiteral("kanwil");
    if (kind == QLatin1String("kcp"))
        return QStringLiteral("kc");
    return {};
}

bool mayBeTop(const QString &kind)
{
    return kind == QLatin1String("kanwil") || kind == QLatin1String("kc");
}

QString parseOfficeKind(const QString &text)
{
    QString t = text.simplified().toLower();
    t.remove(QLatin1Char('.'));
    if (t == QLatin1String("kanwil") || t == QLatin1String("kantor wilayah") || t == QLatin1String("kw"))
        return QStringLiteral("kanwil");
    if (t == QLatin1String("kc") || t == QLatin1String("kantor cabang") || t == QLatin1String("cabang"))
        return QStringLiteral("kc");
    if (t == QLatin1String("kcp") || t.startsWith(QLatin1String("kantor cabang perintis"))
        || t.startsWith(QLatin1String("kantor cabang pembantu")))
        return QStringLiteral("kcp");
    return {};
}

QString suggestCode(const QString &kind, const QString &name)
{
    static const QRegularExpression prefix(QStringLiteral("^(kantor\\s+cabang\\s+(perintis|pembantu)|kantor\\s+cabang|kantor\\s+wilayah|kanwil|kcp|kc)\\b\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression other(QStringLiteral("[^A-Z0-9]+"));
    QString stem = name.simplified();
    stem.remove(prefix);
    stem = stem.toUpper().replace(other, QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    if (stem.isEmpty())
        return {};
    const QString head = kind == QLatin1String("kanwil") ? QStringLiteral("KW") : kind.toUpper();
    return head + QLatin1Char('-') + stem;
}

} // namespace perisai::offices
