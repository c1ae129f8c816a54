// Claims, targets and workforce figures: rows keyed by several columns.
#include "kindhelpers.h"
#include "tr.h"
#include "values.h"

namespace perisai::imports {
namespace {

// Field indexes follow fieldsOf(kind).
enum ClaimField { CKpj, CProgram, CDate, CAmount, CCase };
enum TargetField { TYear, TMonth, TLevel, TCode, TTarget };
enum WorkforceField { WRegion, WYear, WLabour, WInformal, WWorking };

std::optional<qint64> checkedYear(RowReader &r, int field)
{
    const auto year = r.number(field, true);
    if (year && (*year < 2000 || *year > 2100)) {
        r.reject(field, Tr::tr("the year must be between 2000 and 2100"));
        return std::nullopt;
    }
    return year;
}

class ClaimsSpec final : public EntitySpec {
public:
    QString table() const override { return QStringLiteral("claims"); }
    QList<ColumnDef> columns() const override
    {
        return {{QStringLiteral("participant_id"), ColumnType::Int}, {QStringLiteral("program")},
                {QStringLiteral("claim_date"), ColumnType::Date}, {QStringLiteral("amount"), ColumnType::Int},
                {QStringLiteral("case_type")}};
    }
    int keyColumns() const override { return 3; }
    int keyField() const override { return CKpj; }
    QString keyLabel() const override { return Tr::tr("claim (KPJ, program and date)"); }

    Status prepare(Lookups &lookups) override
    {
        auto participants = lookups.participants();
        if (!participants)
            return participants.error();
        m_participants = *participants;
        return {};
    }

    std::optional<EntityRow> convert(RowReader &r) override
    {
        const QString kpj = r.text(CKpj, true);
        QVariant participant;
        if (!kpj.isEmpty()) {
            const ParticipantRef *ref = m_participants->find(kpj.toStdString());
            if (!ref)
                r.reject(CKpj, Tr::tr("there is no participant with KPJ %1; import the participants first").arg(kpj));
            else
                participant = ref->id;
        }
        const QString program = values::normalizeClaimProgram(r.text(CProgram, true));
        if (program.isEmpty() && !r.isEmpty(CProgram))
            r.reject(CProgram, Tr::tr("unknown program; use JKK, JKM or JHT"));
        const QVariant date = r.dateValue(CDate, true);
        const QVariant amount = r.amountValue(CAmount, true);
        const QVariant caseType = r.textValue(CCase);
        if (!r.ok())
            return std::nullopt;
        EntityRow row;
        row.values = {participant, program, date, amount, caseType};
        return row;
    }

private:
    const ParticipantIndex *m_participants = nullptr;
};

class TargetsSpec final : public EntitySpec {
public:
    QString table() const override { return QStringLiteral("targets"); }
    QList<ColumnDef> columns() const override
    {
        return {{QStringLiteral("year"), ColumnType::Int}, {QStringLiteral("month"), ColumnType::Int}, {QStringLiteral("level")},
                {QStringLiteral("code")}, {QStringLiteral("target"), ColumnType::Int}};
    }
    int keyColumns() const override { return 4; }
    int keyField() const override { return TCode; }
    QString keyLabel() const override { return Tr::tr("target (year, month, level and code)"); }

    Status prepare(Lookups &lookups) override
    {
        auto offices = lookups.offices();
        auto wadah = lookups.wadah();
        auto agents = lookups.agents();
        if (!offices || !wadah || !agents)
            return makeError(!offices ? offices.errorText() : !wadah ? wadah.errorText() : agents.errorText());
        m_offices = *offices;
        m_wadah = *wadah;
        m_agents = *agents;
        m_unknownOffice = UnknownCode(CodeKind::Office, *m_offices);
        m_unknownWadah = UnknownCode(CodeKind::Wadah, *m_wadah);
        m_unknownAgent = UnknownCode(CodeKind::Agent, *m_agents);
        return {};
    }

    std::optional<EntityRow> convert(RowReader &r) override
    {
        const auto year = checkedYear(r, TYear);
        const auto month = r.number(TMonth);
        if (month && *month > 12)
            r.reject(TMonth, Tr::tr("the month must be 1 to 12, or empty for the whole year"));
        const QString level = values::normalizeTargetLevel(r.text(TLevel, true));
        if (level.isEmpty() && !r.isEmpty(TLevel))
            r.reject(TLevel, Tr::tr("unknown level; use cabang, kcp, wadah or agen"));
        // The code must name something at that level, written as it is stored.
        const CodeRef *ref = nullptr;
        if (level == QLatin1String("cabang") || level == QLatin1String("kcp"))
            ref = resolveCode(r, TCode, *m_offices, m_unknownOffice);
        else if (level == QLatin1String("wadah"))
            ref = resolveCode(r, TCode, *m_wadah, m_unknownWadah);
        else if (level == QLatin1String("agen"))
            ref = resolveCode(r, TCode, *m_agents, m_unknownAgent);
        if (r.isEmpty(TCode))
            r.text(TCode, true);
        const QVariant target = r.numberValue(TTarget, true);
        if (!r.ok() || !year || !ref)
            return std::nullopt;
        EntityRow row;
        row.values = {qlonglong(*year), qlonglong(month.value_or(0)), level, ref->code, target};
        return row;
    }

private:
    const QHash<QString, CodeRef> *m_offices = nullptr;
    const QHash<QString, CodeRef> *m_wadah = nullptr;
    const QHash<QString, CodeRef> *m_agents = nullptr;
    UnknownCode m_unknownOffice;
    UnknownCode m_unknownWadah;
    UnknownCode m_unknownAgent;
};

class WorkforceSpec final : public EntitySpec {
public:
    QString table() const override { return QStringLiteral("workforce"); }
    QList<ColumnDef> columns() const override
    {
        return {{QStringLiteral("region")}, {QStringLiteral("year"), ColumnType::Int},
                {QStringLiteral("labour_force"), ColumnType::Int}, {QStringLiteral("informal_workers"), ColumnType::Int},
                {QStringLiteral("working_population"), ColumnType::Int}};
    }
    int keyColumns() const override { return 2; }
    int keyField() const override { return WRegion; }
    QString keyLabel() const override { return Tr::tr("region and year"); }
    Status prepare(Lookups &) override { return {}; }

    std::optional<EntityRow> convert(RowReader &r) override
    {
        const QString region = r.text(WRegion, true);
        const auto year = checkedYear(r, WYear);
        const QVariant labour = r.numberValue(WLabour);
        const QVariant informal = r.numberValue(WInformal);
        const QVariant working = r.numberValue(WWorking);
        if (!r.ok() || !year)
            return std::nullopt;
        EntityRow row;
        row.values = {region, qlonglong(*year), labour, informal, working};
        return row;
    }
};

} // namespace

std::unique_ptr<EntitySpec> claimsSpec() { return std::make_unique<ClaimsSpec>(); }
std::unique_ptr<EntitySpec> targetsSpec() { return std::make_unique<TargetsSpec>(); }
std::unique_ptr<EntitySpec> workforceSpec() { return std::make_unique<WorkforceSpec>(); }

} // namespace perisai::imports
