#include "importtypes.h"

#include <QCoreApplication>

namespace perisai::imports {

QList<Kind> allKinds()
{
    return {Kind::Offices, Kind::Agents, Kind::Wadah, Kind::Participants, Kind::Contributions, Kind::Claims, Kind::Targets, Kind::Workforce};
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Offices: return QStringLiteral("offices");
    case Kind::Agents: return QStringLiteral("agents");
    case Kind::Wadah: return QStringLiteral("wadah");
    case Kind::Participants: return QStringLiteral("participants");
    case Kind::Contributions: return QStringLiteral("contributions");
    case Kind::Claims: return QStringLiteral("claims");
    case Kind::Targets: return QStringLiteral("targets");
    case Kind::Workforce: return QStringLiteral("workforce");
    }
    return {};
}

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Offices: return QCoreApplication::translate("Imports", "Offices");
    case Kind::Agents: return QCoreApplication::translate("Imports", "Agents");
    case Kind::Wadah: return QCoreApplication::translate("Imports", "Wadah");
    case Kind::Participants: return QCoreApplication::translate("Imports", "Participants");
    case Kind::Contributions: return QCoreApplication::translate("Imports", "Contributions");
    case Kind::Claims: return QCoreApplication::translate("Imports", "Claims");
    case Kind::Targets: return QCoreApplication::translate("Imports", "Targets");
    case Kind::Workforce: return QCoreApplication::translate("Imports", "Workforce figures");
    }
    return {};
}

std::optional<Kind> parseKind(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QList<std::pair<Kind, QStringList>> names = {
        {Kind::Offices, {QStringLiteral("offices"), QStringLiteral("office"), QStringLiteral("kantor")}},
        {Kind::Agents, {QStringLiteral("agents"), QStringLiteral("agent"), QStringLiteral("agen")}},
        {Kind::Wadah, {QStringLiteral("wadah")}},
        {Kind::Participants, {QStringLiteral("participants"), QStringLiteral("participant"), QStringLiteral("peserta")}},
        {Kind::Contributions, {QStringLiteral("contributions"), QStringLiteral("contribution"), QStringLiteral("iuran")}},
        {Kind::Claims, {QStringLiteral("claims"), QStringLiteral("claim"), QStringLiteral("klaim")}},
        {Kind::Targets, {QStringLiteral("targets"), QStringLiteral("target")}},
        {Kind::Workforce, {QStringLiteral("workforce"), QStringLiteral("angkatan_kerja"), QStringLiteral("tenaga_kerja")}},
    };
    for (const auto &[kind, list] : names)
        if (list.contains(t))
            return kind;
    return std::nullopt;
}

QString kindTable(Kind kind)
{
    return kind == Kind::Agents ? QStringLiteral("agents") : kindName(kind);
}

Counts &Counts::operator+=(const Counts &o)
{
    total += o.total;
    inserted += o.inserted;
    updated += o.updated;
    unchanged += o.unchanged;
    rejected += o.rejected;
    return *this;
}

} // namespace perisai::imports
