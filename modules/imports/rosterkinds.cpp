// Agents and wadah files: the branch's roster.
#include "kindhelpers.h"
#include "tr.h"
#include "values.h"

#include <QRegularExpression>

namespace perisai::imports {
namespace {

// Field indexes follow fieldsOf(Kind::Agents) and fieldsOf(Kind::Wadah).
enum AgentField { ACode, ANik, AName, APhone, AWadah, AKcp, AJoined, ABank, AAccount, AStatus };
enum WadahField { WCode, WName, WKind, WAddress, WKcp, WSupervisor };

QVariant phoneValue(RowReader &reader, int field)
{
    if (!reader.mapped(field))
        return {};
    const QString phone = reader.phone(field);
    return phone.isEmpty() ? reader.empty(nullText()) : QVariant(phone);
}

class AgentsSpec final : public EntitySpec {
public:
    QString table() const override { return QStringLiteral("agents"); }
    QList<ColumnDef> columns() const override
    {
        return {{QStringLiteral("code")}, {QStringLiteral("nik")}, {QStringLiteral("name")}, {QStringLiteral("phone")},
                {QStringLiteral("wadah_id"), ColumnType::Int}, {QStringLiteral("office_id"), ColumnType::Int},
                {QStringLiteral("joined_on"), ColumnType::Date}, {QStringLiteral("bank")}, {QStringLiteral("account_no")},
                {QStringLiteral("status")}};
    }
    int keyField() const override { return ACode; }
    QString keyLabel() const override { return Tr::tr("agent code"); }
    bool hasTimestamps() const override { return true; }
    bool hasVersion() const override { return true; }

    Status prepare(Lookups &lookups) override
    {
        auto offices = lookups.offices();
        auto wadah = lookups.wadah();
        auto niks = lookups.agentCodesByNik();
        auto fallback = lookups.defaultOffice();
        if (!offices || !wadah || !niks || !fallback)
            return makeError(!offices ? offices.errorText() : !wadah ? wadah.errorText() : !niks ? niks.errorText() : fallback.errorText());
        m_offices = *offices;
        m_wadah = *wadah;
        m_niks = *niks;
        m_default = *fallback;
        m_unknownOffice = UnknownCode(CodeKind::Office, *m_offices);
        m_unknownWadah = UnknownCode(CodeKind::Wadah, *m_wadah);
        return {};
    }

    std::optional<EntityRow> convert(RowReader &r) override
    {
        EntityRow row;
        const QString code = r.text(ACode, true);
        const QString nik = r.nik(ANik);
        if (!nik.isEmpty() && !code.isEmpty()) {
            // agents.nik is unique: one person is one agent.
            const QString owner = m_niks->value(nik);
            if (!owner.isEmpty() && owner != code)
                r.reject(ANik, Tr::tr("this NIK already belongs to agent %1").arg(owner));
            else if (const auto seen = m_fileNiks.constFind(nik); seen != m_fileNiks.cend() && seen->first != code)
                r.reject(ANik, Tr::tr("the same NIK is given to agent %1 on line %2").arg(seen->first).arg(seen->second));
            else
                m_fileNiks.insert(nik, {code, r.line()});
        }
        const QVariant name = r.textValue(AName, true);
        const QVariant phone = phoneValue(r, APhone);
        QVariant wadahId;
        const CodeRef *wadah = nullptr;
        if (r.mapped(AWadah)) {
            wadah = resolveCode(r, AWadah, *m_wadah, m_unknownWadah);
            wadahId = wadah ? QVariant(wadah->id) : r.empty(nullInt());
        }
        bool defaulted = false;
        const QVariant office = resolveOffice(r, AKcp, wadah, *m_offices, m_unknownOffice, m_default, &defaulted);
        const QVariant joined = r.dateValue(AJoined);
        const QVariant bank = r.textValue(ABank);
        static const QRegularExpression scientific(QStringLiteral("^[0-9.,]+[eE][+-]?[0-9]+$"));
        if (r.mapped(AAccount) && (scientific.match(r.value(AAccount)).hasMatch() || (r.numeric(AAccount) && r.value(AAccount).size() > 15)))
            r.reject(AAccount, Tr::tr("the account number was turned into a number by the spreadsheet; format the column as text"));
        const QVariant account = r.textValue(AAccount);
        QVariant status = QStringLiteral("active");
        bool statusDefaulted = true;
        if (r.mapped(AStatus) && !r.isEmpty(AStatus)) {
            status = values::normalizeAgentStatus(r.text(AStatus));
            statusDefaulted = false;
            if (status.toString().isEmpty())
                r.reject(AStatus, Tr::tr("unknown status; use aktif, calon, nonaktif or diberhentikan"));
        }
        if (!r.ok())
            return std::nullopt;
        row.values = {code, nik, name, phone, wadahId, office, joined, bank, account, status};
        row.insertOnly = (defaulted ? bit(5) : 0) | (statusDefaulted ? bit(9) : 0);
        return row;
    }

private:
    const QHash<QString, CodeRef> *m_offices = nullptr;
    const QHash<QString, CodeRef> *m_wadah = nullptr;
    const QHash<QString, QString> *m_niks = nullptr;
    std::optional<qint64> m_default;
    UnknownCode m_unknownOffice;
    UnknownCode m_unknownWadah;
    QHash<QString, std::pair<QString, qint64>> m_fileNiks; // NIK -> agent code, line
};

class WadahSpec final : public EntitySpec {
public:
    QString table() const override { return QStringLiteral("wadah"); }
    QList<ColumnDef> columns() const override
    {
        return {{QStringLiteral("code")}, {QStringLiteral("name")}, {QStringLiteral("kind")}, {QStringLiteral("address")},
                {QStringLiteral("office_id"), ColumnType::Int}, {QStringLiteral("supervisor")}};
    }
    int keyField() const override { return WCode; }
    QString keyLabel() const override { return Tr::tr("wadah code"); }
    bool hasTimestamps() const override { return true; }
    bool hasVersion() const override { return true; }

    Status prepare(Lookups &lookups) override
    {
        auto offices = lookups.offices();
        auto fallback = lookups.defaultOffice();
        if (!offices || !fallback)
            return makeError(!offices ? offices.errorText() : fallback.errorText());
        m_offices = *offices;
        m_default = *fallback;
        m_unknownOffice = UnknownCode(CodeKind::Office, *m_offices);
        return {};
    }

    std::optional<EntityRow> convert(RowReader &r) override
    {
        EntityRow row;
        const QString code = r.text(WCode, true);
        const QVariant name = r.textValue(WName, true);
        QVariant kind = QStringLiteral("komunitas");
        const bool kindDefaulted = !r.mapped(WKind) || r.isEmpty(WKind);
        if (!kindDefaulted)
            kind = values::normalizeWadahKind(r.text(WKind));
        const QVariant address = r.textValue(WAddress);
        bool defaulted = false;
        const QVariant office = resolveOffice(r, WKcp, nullptr, *m_offices, m_unknownOffice, m_default, &defaulted);
        const QVariant supervisor = r.textValue(WSupervisor);
        if (!r.ok())
            return std::nullopt;
        row.values = {code, name, kind, address, office, supervisor};
        row.insertOnly = (kindDefaulted ? bit(2) : 0) | (defaulted ? bit(4) : 0);
        return row;
    }

private:
    const QHash<QString, CodeRef> *m_offices = nullptr;
    std::optional<qint64> m_default;
    UnknownCode m_unknownOffice;
};

} // namespace

std::unique_ptr<EntitySpec> agentsSpec() { return std::make_unique<AgentsSpec>(); }
std::unique_ptr<EntitySpec> wadahSpec() { return std::make_unique<WadahSpec>(); }

} // namespace perisai::imports
