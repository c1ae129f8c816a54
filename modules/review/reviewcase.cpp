#include "reviewcase.h"

#include "figures/signalfigures.h"

#include "review/reviewtext.h"

#include <QCoreApplication>

namespace perisai::review {
QString stateKey(CaseState state)
{
    switch (state) {
    case CaseState::Open: return QStringLiteral("open");
    case CaseState::UnderReview: return QStringLiteral("under_review");
    case CaseState::Cleared: return QStringLiteral("cleared");
    case CaseState::Confirmed: return QStringLiteral("confirmed");
    }
    return {};
}

std::optional<CaseState> stateFromKey(const QString &key)
{
    for (CaseState s : {CaseState::Open, CaseState::UnderReview, CaseState::Cleared, CaseState::Confirmed}) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString stateTitle(CaseState state)
{
    switch (state) {
    case CaseState::Open: return Review::tr("Open");
    case CaseState::UnderReview: return Review::tr("Under review");
    case CaseState::Cleared: return Review::tr("Cleared");
    case CaseState::Confirmed: return Review::tr("Confirmed");
    }
    return {};
}

bool decided(CaseState state)
{
    return state == CaseState::Cleared || state == CaseState::Confirmed;
}

QStringList participantFlagKinds()
{
    return {QStringLiteral("invalid_nik"), QStringLiteral("duplicate_nik"), QStringLiteral("reregistered_after_lapse"),
            QStringLiteral("shared_phone")};
}

QString caseKindTitle(const QString &kind)
{
    if (const auto signal = figures::signalKindFromKey(kind))
        return figures::signalTitle(*signal);
    if (kind == QLatin1String("invalid_nik"))
        return Review::tr("NIK that does not fit the row");
    if (kind == QLatin1String("duplicate_nik"))
        return Review::tr("NIK registered twice");
    if (kind == QLatin1String("reregistered_after_lapse"))
        return Review::tr("Registered again after lapsing");
    return kind;
}

} // namespace perisai::review
