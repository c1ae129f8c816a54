#include "wadah.h"

#include "core/format.h"

#include <QCoreApplication>

namespace perisai::roster {

QJsonObject Wadah::toJson() const
{
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("address"), address},
        {QStringLiteral("village"), village},
        {QStringLiteral("office_id"), officeId},
        {QStringLiteral("supervisor"), supervisor},
        {QStringLiteral("leader_name"), leaderName},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("partner_bank"), partnerBank},
        {QStringLiteral("legal_status"), legalStatus},
        {QStringLiteral("status"), active ? QStringLiteral("active") : QStringLiteral("inactive")},
        {QStringLiteral("notes"), notes},
    };
}

QStringList wadahKinds()
{
    return {QStringLiteral("koperasi"), QStringLiteral("komunitas"), QStringLiteral("bumdes"),
            QStringLiteral("kantor_perisai"), QStringLiteral("serikat"), QStringLiteral("lainnya")};
}

QString wadahKindLabel(const QString &kind)
{
    if (kind == QLatin1String("koperasi"))
        return QCoreApplication::translate("roster", "Cooperative");
    if (kind == QLatin1String("komunitas"))
        return QCoreApplication::translate("roster", "Community group");
    if (kind == QLatin1String("bumdes"))
        return QCoreApplication::translate("roster", "Village enterprise");
    if (kind == QLatin1String("kantor_perisai"))
        return QCoreApplication::translate("roster", "Perisai office");
    if (kind == QLatin1String("serikat"))
        return QCoreApplication::translate("roster", "Union");
    if (kind == QLatin1String("lainnya"))
        return QCoreApplication::translate("roster", "Other");
    return kind;
}

QString pksLabel(PksState state, const QDate &endsOn, const QDate &today)
{
    switch (state) {
    case PksState::None: return QCoreApplication::translate("roster", "No PKS");
    case PksState::Draft: return QCoreApplication::translate("roster", "Draft");
    case PksState::Active: return QCoreApplication::translate("roster", "Active until %1").arg(fmt::date(endsOn));
    case PksState::Expiring:
        return QCoreApplication::translate("roster", "Expires in %n day(s)", nullptr, int(today.daysTo(endsOn)));
    case PksState::Expired: return QCoreApplication::translate("roster", "Expired %1").arg(fmt::date(endsOn));
    case PksState::Terminated: return QCoreApplication::translate("roster", "Terminated");
    }
    return {};
}

} // namespace perisai::roster
