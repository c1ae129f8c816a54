#include "agent.h"

#include <QCoreApplication>

namespace perisai::roster {
namespace {

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString statusKey(AgentStatus status)
{
    switch (status) {
    case AgentStatus::Candidate: return QStringLiteral("candidate");
    case AgentStatus::Active: return QStringLiteral("active");
    case AgentStatus::Inactive: return QStringLiteral("inactive");
    case AgentStatus::Dismissed: return QStringLiteral("dismissed");
    }
    return {};
}

std::optional<AgentStatus> statusFromKey(const QString &key)
{
    for (AgentStatus s : {AgentStatus::Candidate, AgentStatus::Active, AgentStatus::Inactive, AgentStatus::Dismissed})
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString statusLabel(AgentStatus status)
{
    switch (status) {
    case AgentStatus::Candidate: return QCoreApplication::translate("roster", "Candidate");
    case AgentStatus::Active: return QCoreApplication::translate("roster", "Active");
    case AgentStatus::Inactive: return QCoreApplication::translate("roster", "Inactive");
    case AgentStatus::Dismissed: return QCoreApplication::translate("roster", "Dismissed");
    }
    return {};
}

QJsonObject Agent::toJson() const
{
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("nik"), nik},
        {QStringLiteral("name"), name},
        {QStringLiteral("sex"), sex},
        {QStringLiteral("birth_date"), isoOrEmpty(birthDate)},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("address"), address},
        {QStringLiteral("wadah_id"), wadahId},
        {QStringLiteral("office_id"), officeId},
        {QStringLiteral("joined_on"), isoOrEmpty(joinedOn)},
        {QStringLiteral("bank"), bank},
        {QStringLiteral("account_no"), accountNo},
        {QStringLiteral("kpj"), kpj},
        {QStringLiteral("is_bpu_participant"), isBpuParticipant},
        {QStringLiteral("has_account"), hasAccount},
        {QStringLiteral("has_device"), hasDevice},
        {QStringLiteral("is_agency_employee"), isAgencyEmployee},
        {QStringLiteral("briefed_on"), isoOrEmpty(briefedOn)},
        {QStringLiteral("notes"), notes},
    };
}

} // namespace perisai::roster
