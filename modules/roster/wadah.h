#pragma once
// A wadah (host organisation of agents) as the roster edits it, and the row the wadah list shows.

#include "core/indicators.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace perisai::roster {

struct Wadah {
    qint64 id = 0;
    int version = 0;
    QString code;
    QString name;
    QString kind = QStringLiteral("komunitas"); // koperasi, komunitas, bumdes, kantor_perisai, serikat, lainnya
    QString address;
    QString village;
    qint64 officeId = 0;
    QString supervisor;   // the branch's Pembina Perisai
    QString leaderName;
    QString phone;
    QString partnerBank;
    QString legalStatus;
    bool active = true;
    QString notes;

    QJsonObject toJson() const;
};

QStringList wadahKinds();                       // stored keys, in display order
QString wadahKindLabel(const QString &kind);    // translated

// Where the wadah's partnership agreement (PKS) stands today, from its newest agreement (the figures layer's rule).
using PksState = indicators::AgreementState;

struct WadahRow {
    qint64 id = 0;
    int version = 0;
    QString code;
    QString name;
    QString kind;
    qint64 officeId = 0;
    QString officeCode;
    QString officeName;
    QString supervisor;
    QString partnerBank;
    bool active = true;
    // From the figures layer, January up to the reference month (agents on its last day).
    qint64 agentsRegistered = 0;
    qint64 agentsActive = 0;
    qint64 yearAcquisitions = 0;
    PksState pks = PksState::None;
    QDate pksEndsOn;
};

QString pksLabel(PksState state, const QDate &endsOn, const QDate &today); // translated: "Active until 31/12/2025"

} // namespace perisai::roster
