#pragma once
// The thresholds of the fraud signals: settings kept in app_meta ("signals.<name>"), each with the default
// interfaces.md gives. A branch may tighten or loosen them; the signals stay indicators for a person to
// review whatever the setting.

#include <QString>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

struct SignalSettings {
    // first_payment_only: recruits observed at least `firstOnlyObservedMonths`, at least `firstOnlyMinRecruits`
    // of them, a share at least max(factor × office share, office share + margin).
    int firstOnlyObservedMonths = 3;
    int firstOnlyMinRecruits = 10;
    double firstOnlyFactor = 2.0;
    double firstOnlyMargin = 0.20;
    // re_registration: registrations carrying a NIK an earlier participant had.
    int reRegistrationMin = 3;
    // threshold_bunching: months with new participants in [threshold, threshold + band] and at least
    // `bunchingLateShare` of them registered in the month's last `bunchingLastDays` days.
    int bunchingMonths = 2;
    int bunchingBand = 2;
    double bunchingLateShare = 0.50;
    int bunchingLastDays = 5;
    // collective_lapse: of the recruits who paid for a month, the share that paid for no later month, at
    // least `lapseMinPeople` people, while at most `lapseOfficeMax` of the office's other payers did so.
    double lapseShare = 0.70;
    int lapseMinPeople = 10;
    double lapseOfficeMax = 0.50;
    // shared_phone: recruits on one number (the agent counted when it is the agent's own).
    int sharedPhoneMin = 5;

    // Every setting as (app_meta key without the "signals." prefix, value as text).
    std::vector<std::pair<QString, QString>> entries() const;
    // Sets one by key; false for an unknown key or a value that is not a number.
    bool set(const QString &key, const QString &value);
};

// The defaults overridden by what app_meta holds.
SignalSettings loadSignalSettings(const storage::Database &db);

} // namespace perisai::figures
