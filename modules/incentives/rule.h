#pragma once
// One version of the incentive rules as program_rules holds it (rule = 'incentive', JSON value), read into
// plain numbers. Rates are kept in parts per million so that every amount is integer arithmetic, floored
// once as interfaces.md writes it: floor((15 × Σ band 1–24 + 5 × Σ band 25–60) / 100) is exactly
// floor((150000 × Σ1 + 50000 × Σ2) / 1000000).

#include "core/result.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <vector>

namespace perisai::incentives {

constexpr qint64 kPpm = 1000000;

// floor(Σ amount × ppm / 1,000,000) exactly and without overflow: each amount is split into
// q × 1,000,000 + r (0 <= r < 1,000,000), so that amount × ppm / 1,000,000 = q × ppm + r × ppm / 1,000,000.
class PpmSum {
public:
    void add(qint64 amount, qint64 ppm);
    qint64 floor() const; // rounded down, toward minus infinity

private:
    qint64 m_whole = 0;
    qint64 m_rest = 0; // Σ r × ppm, below the number of terms × 10^12
};

// Contribution months fromMonth..toMonth (1 = the registration month; toMonth 0 = no end) earn ratePpm.
struct ContributionBand {
    int fromMonth = 1;
    int toMonth = 0;
    qint64 ratePpm = 0;

    bool contains(int contributionMonth) const
    {
        return contributionMonth >= fromMonth && (toMonth == 0 || contributionMonth <= toMonth);
    }
};

struct RuleVersion {
    qint64 id = 0; // program_rules.id; 0 for a version not stored yet
    QString name; // "v2022": "v" and the year it starts, unless the JSON names it ("version")
    QDate validFrom;
    QDate validTo; // invalid: open-ended
    QString source; // the directive it comes from

    int minNewParticipants = 0; // the month's threshold for any acquisition incentive
    qint64 acquisitionFlat = 0; // v2018: one amount for reaching the threshold
    QMap<QString, qint64> acquisitionPerProgram; // v2022: per new participant, by program ("JKK+JKM")
    std::vector<ContributionBand> bands; // by contribution month since registration
    qint64 wadahSharePpm = 0; // of its agents' total
    qint64 withholdingTaxPpm = 0; // 0: no tax withheld (gross = net)
    int payByDay = 0; // paid by this day of the next month; 0 unknown

    bool inForce(const QDate &day) const
    {
        return validFrom.isValid() && validFrom <= day && (!validTo.isValid() || day <= validTo);
    }
    // The band a contribution month falls in, or -1 when it earns nothing.
    int bandOf(int contributionMonth) const;
};

// Reads the JSON value of a program_rules row. Unknown keys are refused by name: a typo must not turn
// into a rule that silently pays nothing.
Result<RuleVersion> parseRule(const QString &json, const QDate &validFrom);
// The JSON value written for a new version (the inverse of parseRule).
QString ruleJson(const RuleVersion &rule);

// A rate such as 0.075 in parts per million (75000).
qint64 ppmOf(double rate);
// floor(amount × ppm / 1,000,000), also for negative amounts (rounded down, toward minus infinity).
qint64 applyPpm(qint64 amount, qint64 ppm);

} // namespace perisai::incentives
