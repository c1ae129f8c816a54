// Participants files: who is protected, through which agent and office.
#include "flags.h"
#include "tr.h"
#include "kindhelpers.h"
#include "values.h"
#include "storage/query.h"

namespace perisai::imports {
namespace {

// Field indexes follow fieldsOf(Kind::Participants).
enum Field { FKpj, FNik, FName, FBirth, FSex, FPhone, FOccupation, FProgram, FIncome, FRegistered, FAgent, FKcp };
// Column indexes of columns() below.
enum Column { CKpj, CNik, CName, CBirth, CSex, CPhone, COccupation, CProgram, CIncome, CRegistered, CRegPeriod, CAgent, COffice };

class ParticipantsSpec final : public EntitySpec {
public:
    QString table() const override { return QStringLiteral("participants"); }
    QList<ColumnDef> columns() const override
    {
        return {{QStringLiteral("kpj")}, {QStringLiteral("nik")}, {QStringLiteral("name")},
                {QStringLiteral("birth_date"), ColumnType::Date}, {QStringLiteral("sex")}, {QStringLiteral("phone")},
                {QStringLiteral("occupation")}, {QStringLiteral("program")}, {QStringLiteral("declared_income"), ColumnType::Int},
                {QStringLiteral("registered_on"), ColumnType::Date}, {QStringLiteral("reg_period"), ColumnType::Int},
                {QStringLiteral("agent_id"), ColumnType::Int}, {QStringLiteral("office_id"), ColumnType::Int}};
    }
    int keyField() const override { return FKpj; }
    QString keyLabel() const override { return Tr::tr("KPJ"); }
    bool hasVersion() const override { return true; }

    Status prepare(Lookups &lookups) override
    {
        auto offices = lookups.offices();
        auto agents = lookups.agents();
        auto fallback = lookups.defaultOffice();
        if (!offices || !agents || !fallback)
            return makeError(!offices ? offices.errorText() : !agents ? agents.errorText() : fallback.errorText());
        m_offices = *offices;
        m_agents = *agents;
        m_default = *fallback;
        m_unknownOffice = UnknownCode(CodeKind::Office, *m_offices);
        m_unknownAgent = UnknownCode(CodeKind::Agent, *m_agents);
        return {};
    }

    std::optional<EntityRow> convert(RowReader &r) override
    {
        const QString kpj = r.text(FKpj, true);
        const QString nik = r.nik(FNik);
        const QVariant name = r.textValue(FName, true);
        const QVariant birth = r.dateValue(FBirth);
        QVariant sex;
        if (r.mapped(FSex)) {
            sex = r.empty(nullText());
            if (!r.isEmpty(FSex)) {
                sex = values::normalizeSex(r.text(FSex));
                if (sex.toString().isEmpty())
                    r.reject(FSex, Tr::tr("unknown sex; use L or P"));
            }
        }
        QVariant phone;
        if (r.mapped(FPhone)) {
            const QString p = r.phone(FPhone);
            phone = p.isEmpty() ? r.empty(nullText()) : QVariant(p);
        }
        const QVariant occupation = r.textValue(FOccupation);
        const QString program = values::normalizeProgram(r.text(FProgram, true));
        if (program.isEmpty() && !r.isEmpty(FProgram))
            r.reject(FProgram, Tr::tr("unknown program; use JKK+JKM or JKK+JKM+JHT"));
        const QVariant income = r.amountValue(FIncome);
        const auto registered = r.date(FRegistered, true);
        QVariant agentId;
        const CodeRef *agent = nullptr;
        if (r.mapped(FAgent)) {
            agent = resolveCode(r, FAgent, *m_agents, m_unknownAgent);
            agentId = agent ? QVariant(agent->id) : r.empty(nullInt());
        }
        bool defaulted = false;
        const QVariant office = resolveOffice(r, FKcp, agent, *m_offices, m_unknownOffice, m_default, &defaulted);
        if (!r.ok() || !registered)
            return std::nullopt;
        EntityRow row;
        row.values = {kpj, nik, name, birth, sex, phone, occupation, program, income,
                      registered->toString(Qt::ISODate), registered->year() * 100 + registered->month(), agentId, office};
        row.insertOnly = defaulted ? bit(COffice) : 0;
        return row;
    }

    // Registration months of new and changed rows; for a participant whose agent, office or registration
    // month changed, every month it paid for as well (its contributions count elsewhere now).
    std::optional<PeriodRange> affectedMonths(const QList<WrittenRow> &written, ImportContext &context) override
    {
        std::optional<PeriodRange> range;
        QList<qint64> moved;
        for (const WrittenRow &w : written) {
            const int period = w.row->values[CRegPeriod].toInt();
            extend(range, period, period);
            if (!w.before)
                continue;
            const int before = w.before->values[CRegPeriod].toInt();
            extend(range, before, before);
            for (int c : {CRegPeriod, CAgent, COffice}) {
                if (w.row->values[c].isValid() && !(w.row->insertOnly & bit(c))
                    && canonical(w.row->values[c], ColumnType::Int) != canonical(w.before->values[c], ColumnType::Int)) {
                    moved.append(w.id);
                    break;
                }
            }
        }
        for (qsizetype from = 0; from < moved.size(); from += 500) {
            const qsizetype n = std::min<qsizetype>(500, moved.size() - from);
            QString marks = QStringLiteral("?");
            for (qsizetype i = 1; i < n; ++i)
                marks += QStringLiteral(", ?");
            storage::Query q(context.conn, QStringLiteral("SELECT MIN(period), MAX(period) FROM contributions WHERE participant_id IN (")
                                               + marks + QLatin1Char(')'));
            for (qsizetype i = 0; i < n; ++i)
                q.bind(moved[from + i]);
            if (q.exec() && q.next() && !q.value(0).isNull())
                extend(range, q.value(0).toInt(), q.value(1).toInt());
        }
        return range;
    }

    Result<int> raiseFlags(const QList<WrittenRow> &written, ImportContext &context, qint64 batchId) override
    {
        return raiseParticipantFlags(written, context, batchId);
    }

private:
    const QHash<QString, CodeRef> *m_offices = nullptr;
    const QHash<QString, CodeRef> *m_agents = nullptr;
    std::optional<qint64> m_default;
    UnknownCode m_unknownOffice;
    UnknownCode m_unknownAgent;
};

} // namespace

std::unique_ptr<EntitySpec> participantsSpec() { return std::make_unique<ParticipantsSpec>(); }

} // namespace perisai::imports
