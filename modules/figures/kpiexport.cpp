#include "kpiexport.h"

#include "core/csvcell.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QStringList>
#include <cmath>

namespace perisai::figures {
namespace {

// Ratios with six decimals at most, always written as fractions ("0.0", "0.26", "0.714286").
QString ratioText(double value)
{
    const double rounded = std::round(value * 1e6) / 1e6;
    QString text = QString::number(rounded, 'f', 6);
    while (text.endsWith(QLatin1Char('0')) && !text.endsWith(QLatin1String(".0")))
        text.chop(1);
    return text;
}

QString valueText(const QVariant &v, bool json)
{
    if (v.isNull())
        return json ? QStringLiteral("null") : QString();
    switch (v.typeId()) {
    case QMetaType::Double:
        return ratioText(v.toDouble());
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QString: {
        if (!json)
            return csv::cell(v.toString()); // quoted when it must be, never a formula
        // A JSON string, escaped by Qt's own writer.
        const QByteArray quoted = QJsonDocument(QJsonArray{v.toString()}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    }
    default:
        return QString::number(v.toLongLong());
    }
}

} // namespace

QVariant share(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QString targetSourceKey(TargetSource source)
{
    switch (source) {
    case TargetSource::Own:
        return QStringLiteral("own");
    case TargetSource::Offices:
        return QStringLiteral("offices");
    case TargetSource::Wadah:
        return QStringLiteral("wadah");
    case TargetSource::Agents:
        return QStringLiteral("agents");
    case TargetSource::Mixed:
        return QStringLiteral("below");
    case TargetSource::None:
        break;
    }
    return QStringLiteral("none");
}

void addPeriod(std::vector<KpiField> &fields, const FiguresPeriod &period)
{
    fields.push_back({QStringLiteral("period.from"), period.range.from.toString()});
    fields.push_back({QStringLiteral("period.to"), period.range.to.toString()});
    fields.push_back({QStringLiteral("period.data_until"),
                      period.dataUntil.isValid() ? QVariant(period.dataUntil.toString()) : QVariant(QMetaType::fromType<QString>())});
    if (period.cut())
        fields.push_back({QStringLiteral("period.asked_to"), period.asked.to.toString()});
}

std::vector<KpiField> kpiFields(const KpiSummary &s)
{
    std::vector<KpiField> f;
    auto add = [&f](const char *path, const QVariant &value) { f.push_back({QString::fromLatin1(path), value}); };
    auto count = [&add](const char *path, qint64 value) { add(path, QVariant::fromValue(value)); };
    addPeriod(f, s.figuresPeriod);
    add("office", s.officeCode);
    count("acquisitions", s.acquisitions);
    count("acquisitions_same_period_last_year", s.acquisitionsSamePeriodLastYear);
    count("acquisitions_last_full_year", s.acquisitionsLastFullYear);
    count("year_end_outlook.run_rate", s.outlook.runRate);
    count("year_end_outlook.seasonal", s.outlook.seasonal);
    add("year_end_outlook.beats_last_year", s.outlook.beatsLastYear);
    count("active_participants", s.activeParticipants);
    count("active_recruits", s.activeRecruits);
    add("retention.m3", share(s.retention3));
    add("retention.m6", share(s.retention6));
    add("retention.m12", share(s.retention12));
    count("target", s.target);
    add("target_source", targetSourceKey(s.targetSource));
    add("target_achievement", s.achievement.ratio);
    count("agents.registered", s.agentsRegistered);
    count("agents.productive", s.agentsProductive);
    count("coverage.informal_workers", s.coverage.informalWorkers);
    count("coverage.protected", s.coverage.protectedWorkers);
    add("coverage.ratio", s.coverage.ratio);
    add("coverage.perisai_share", s.coverage.perisaiShare);
    count("coverage.working_population", s.coverage.workingPopulation);
    add("coverage.ucj_contribution", s.coverage.ucjContribution);
    count("claims.count", s.claimsCount);
    count("claims.amount", s.claimsAmount);
    for (const char *program : {"JKK", "JKM", "JHT"}) {
        const auto it = s.claimsByProgram.find(QString::fromLatin1(program));
        const ProgramClaims c = it == s.claimsByProgram.end() ? ProgramClaims{} : it->second;
        f.push_back({QStringLiteral("claims.by_program.%1.count").arg(QLatin1String(program)), QVariant::fromValue(c.count)});
        f.push_back({QStringLiteral("claims.by_program.%1.amount").arg(QLatin1String(program)), QVariant::fromValue(c.amount)});
    }
    count("monev.sessions", s.monevSessions);
    add("monev.attendance_rate", s.attendanceRate);
    count("monev.open_actions", s.openActions);
    count("monev.overdue_actions", s.overdueActions);
    count("agreements.active", s.agreements.active);
    count("agreements.expiring_90d", s.agreements.expiring90);
    count("agreements.expired", s.agreements.expired);
    return f;
}

QString fieldsJson(const std::vector<KpiField> &fields, int indent)
{
    // Nested objects rebuilt from the dotted paths, keeping their order (QJsonObject would sort keys).
    QString out = QStringLiteral("{");
    QStringList open; // the object path currently open
    bool first = true;
    for (const auto &field : fields) {
        QStringList parts = field.path.split(QLatin1Char('.'));
        const QString key = parts.takeLast();
        int common = 0;
        while (common < open.size() && common < parts.size() && open[common] == parts[common])
            ++common;
        while (open.size() > common) {
            open.removeLast();
            out += QStringLiteral("\n") + QString(indent + open.size() * 2 + 2, QLatin1Char(' ')) + QLatin1Char('}');
            first = false;
        }
        for (qsizetype i = common; i < parts.size(); ++i) {
            out += (first ? QString() : QStringLiteral(",")) + QLatin1Char('\n') + QString(indent + open.size() * 2 + 2, QLatin1Char(' '))
                   + QLatin1Char('"') + parts[i] + QStringLiteral("\": {");
            open.append(parts[i]);
            first = true;
        }
        out += (first ? QString() : QStringLiteral(",")) + QLatin1Char('\n') + QString(indent + open.size() * 2 + 2, QLatin1Char(' '))
               + QLatin1Char('"') + key + QStringLiteral("\": ") + valueText(field.value, true);
        first = false;
    }
    while (!open.isEmpty()) {
        open.removeLast();
        out += QStringLiteral("\n") + QString(indent + open.size() * 2 + 2, QLatin1Char(' ')) + QLatin1Char('}');
    }
    return out + QLatin1Char('\n') + QString(indent, QLatin1Char(' ')) + QLatin1Char('}');
}

QString fieldText(const QVariant &value, bool json)
{
    return valueText(value, json);
}

QString kpiJson(const KpiSummary &summary)
{
    return fieldsJson(kpiFields(summary), 0) + QLatin1Char('\n');
}

QString kpiCsv(const KpiSummary &summary)
{
    QString out = QStringLiteral("indicator,value\n");
    for (const auto &field : kpiFields(summary))
        out += field.path + QLatin1Char(',') + valueText(field.value, false) + QLatin1Char('\n');
    return out;
}

} // namespace perisai::figures
