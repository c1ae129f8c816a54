#include "signalsettings.h"

#include "storage/meta.h"

namespace perisai::figures {
namespace {

template <typename Visit>
void eachSetting(SignalSettings &s, Visit visit)
{
    visit(QStringLiteral("first_payment_only.observed_months"), s.firstOnlyObservedMonths);
    visit(QStringLiteral("first_payment_only.min_recruits"), s.firstOnlyMinRecruits);
    visit(QStringLiteral("first_payment_only.factor"), s.firstOnlyFactor);
    visit(QStringLiteral("first_payment_only.margin"), s.firstOnlyMargin);
    visit(QStringLiteral("re_registration.min"), s.reRegistrationMin);
    visit(QStringLiteral("threshold_bunching.months"), s.bunchingMonths);
    visit(QStringLiteral("threshold_bunching.band"), s.bunchingBand);
    visit(QStringLiteral("threshold_bunching.late_share"), s.bunchingLateShare);
    visit(QStringLiteral("threshold_bunching.last_days"), s.bunchingLastDays);
    visit(QStringLiteral("collective_lapse.share"), s.lapseShare);
    visit(QStringLiteral("collective_lapse.min_people"), s.lapseMinPeople);
    visit(QStringLiteral("collective_lapse.office_max"), s.lapseOfficeMax);
    visit(QStringLiteral("shared_phone.min"), s.sharedPhoneMin);
}

bool assign(int &target, const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (ok)
        target = v;
    return ok;
}

bool assign(double &target, const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (ok)
        target = v;
    return ok;
}

} // namespace

std::vector<std::pair<QString, QString>> SignalSettings::entries() const
{
    std::vector<std::pair<QString, QString>> out;
    SignalSettings copy = *this;
    eachSetting(copy, [&](const QString &key, auto &value) { out.emplace_back(key, QString::number(value)); });
    return out;
}

bool SignalSettings::set(const QString &key, const QString &value)
{
    bool done = false;
    eachSetting(*this, [&](const QString &name, auto &target) {
        if (name == key)
            done = assign(target, value);
    });
    return done;
}

SignalSettings loadSignalSettings(const storage::Database &db)
{
    SignalSettings s;
    for (const auto &[key, fallback] : s.entries())
        s.set(key, storage::readMeta(db, QStringLiteral("signals.") + key, fallback));
    return s;
}

} // namespace perisai::figures
