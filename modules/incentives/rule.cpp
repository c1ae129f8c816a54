#include "incentives/rule.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace perisai::incentives {

namespace {

// "acquisition_jkk_jkm_jht" <-> "JKK+JKM+JHT"
QString programOfKey(const QString &suffix) { return suffix.toUpper().replace(QLatin1Char('_'), QLatin1Char('+')); }
QString keyOfProgram(const QString &program)
{
    return QStringLiteral("acquisition_") + program.toLower().replace(QLatin1Char('+'), QLatin1Char('_'));
}

} // namespace

int RuleVersion::bandOf(int contributionMonth) const
{
    for (std::size_t i = 0; i < bands.size(); ++i) {
        if (bands[i].contains(contributionMonth))
            return int(i);
    }
    return -1;
}

qint64 ppmOf(double rate) { return std::llround(rate * double(kPpm)); }

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

void PpmSum::add(qint64 amount, qint64 ppm)
{
    const qint64 q = floorDiv(amount, kPpm);
    m_whole += q * ppm;
    m_rest += (amount - q * kPpm) * ppm;
}

qint64 PpmSum::floor() const { return m_whole + floorDiv(m_rest, kPpm); }

qint64 applyPpm(qint64 amount, qint64 ppm)
{
    PpmSum sum;
    sum.add(amount, ppm);
    return sum.floor();
}

Result<RuleVersion> parseRule(const QString &json, const QDate &validFrom)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject())
        return makeError(QCoreApplication::translate("Incentives", "the incentive rule is not a JSON object: %1")
                             .arg(parseError.errorString()));
    RuleVersion rule;
    rule.validFrom = validFrom;
    rule.name = QStringLiteral("v%1").arg(validFrom.year());
    static const QRegularExpression bandKey(QStringLiteral("^contribution_rate_(\\d+)_(\\d+)$"));
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("version")) {
            rule.name = value.toString();
        } else if (key == QLatin1String("min_new_participants")) {
            rule.minNewParticipants = value.toInt();
        } else if (key == QLatin1String("acquisition_flat")) {
            rule.acquisitionFlat = value.toInteger();
        } else if (key.startsWith(QLatin1String("acquisition_"))) {
            rule.acquisitionPerProgram.insert(programOfKey(key.mid(12)), value.toInteger());
        } else if (key == QLatin1String("contribution_rate")) {
            rule.bands.push_back({1, 0, ppmOf(value.toDouble())});
        } else if (const auto match = bandKey.match(key); match.hasMatch()) {
            rule.bands.push_back({match.captured(1).toInt(), match.captured(2).toInt(), ppmOf(value.toDouble())});
        } else if (key == QLatin1String("wadah_share")) {
            rule.wadahSharePpm = ppmOf(value.toDouble());
        } else if (key == QLatin1String("withholding_tax_rate")) {
            rule.withholdingTaxPpm = ppmOf(value.toDouble());
        } else if (key == QLatin1String("pay_by_day")) {
            rule.payByDay = value.toInt();
        } else {
            return makeError(QCoreApplication::translate("Incentives", "unknown key \"%1\" in the incentive rule").arg(key));
        }
    }
    std::sort(rule.bands.begin(), rule.bands.end(),
              [](const ContributionBand &a, const ContributionBand &b) { return a.fromMonth < b.fromMonth; });
    for (std::size_t i = 1; i < rule.bands.size(); ++i) {
        const auto &before = rule.bands[i - 1];
        if (before.toMonth == 0 || before.toMonth >= rule.bands[i].fromMonth)
            return makeError(QCoreApplication::translate("Incentives", "contribution bands of the incentive rule overlap"));
    }
    if (rule.minNewParticipants < 0 || rule.acquisitionFlat < 0 || rule.wadahSharePpm < 0 || rule.withholdingTaxPpm < 0
        || rule.withholdingTaxPpm >= kPpm)
        return makeError(QCoreApplication::translate("Incentives", "the incentive rule holds an amount or rate out of range"));
    return rule;
}

QString ruleJson(const RuleVersion &rule)
{
    QJsonObject o;
    if (rule.name != QStringLiteral("v%1").arg(rule.validFrom.year()))
        o.insert(QStringLiteral("version"), rule.name);
    o.insert(QStringLiteral("min_new_participants"), rule.minNewParticipants);
    if (rule.acquisitionFlat)
        o.insert(QStringLiteral("acquisition_flat"), rule.acquisitionFlat);
    for (auto it = rule.acquisitionPerProgram.begin(); it != rule.acquisitionPerProgram.end(); ++it)
        o.insert(keyOfProgram(it.key()), it.value());
    for (const auto &band : rule.bands) {
        const double rate = double(band.ratePpm) / double(kPpm);
        if (band.fromMonth == 1 && band.toMonth == 0)
            o.insert(QStringLiteral("contribution_rate"), rate);
        else
            o.insert(QStringLiteral("contribution_rate_%1_%2").arg(band.fromMonth).arg(band.toMonth), rate);
    }
    if (rule.wadahSharePpm)
        o.insert(QStringLiteral("wadah_share"), double(rule.wadahSharePpm) / double(kPpm));
    if (rule.withholdingTaxPpm)
        o.insert(QStringLiteral("withholding_tax_rate"), double(rule.withholdingTaxPpm) / double(kPpm));
    if (rule.payByDay)
        o.insert(QStringLiteral("pay_by_day"), rule.payByDay);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace perisai::incentives
