#include "kindhelpers.h"
#include "tr.h"

namespace perisai::imports {

namespace {

constexpr int kCodesNamed = 3;

} // namespace

UnknownCode::UnknownCode(CodeKind kind, const QHash<QString, CodeRef> &known) : m_kind(kind)
{
    QStringList codes;
    codes.reserve(known.size());
    for (const CodeRef &ref : known)
        codes.append(ref.code);
    std::sort(codes.begin(), codes.end());
    const QString named = codes.mid(0, kCodesNamed).join(QStringLiteral(", "));
    m_known = codes.size() > kCodesNamed ? Tr::tr("%1 and %2 more").arg(named).arg(codes.size() - kCodesNamed) : named;
}

QString UnknownCode::reason(const QString &code) const
{
    switch (m_kind) {
    case CodeKind::Office:
        return m_known.isEmpty()
                   ? Tr::tr("there is no office with code %1: the database has no offices yet. Set up the branch and its KCP "
                            "on the Offices page, or import them first (--kind offices)").arg(code)
                   : Tr::tr("there is no office with code %1 (there are %2). Add it on the Offices page, or import it "
                            "(--kind offices)").arg(code, m_known);
    case CodeKind::Wadah:
        return m_known.isEmpty()
                   ? Tr::tr("there is no wadah with code %1: the database has no wadah yet. Import the wadah first "
                            "(--kind wadah), or add them on the Agents page, Wadah tab").arg(code)
                   : Tr::tr("there is no wadah with code %1 (there are %2). Import it first (--kind wadah), or add it on "
                            "the Agents page, Wadah tab").arg(code, m_known);
    case CodeKind::Agent:
        return m_known.isEmpty()
                   ? Tr::tr("there is no agent with code %1: the database has no agents yet. Import the agents first "
                            "(--kind agents), or add them on the Agents page").arg(code)
                   : Tr::tr("there is no agent with code %1 (there are %2). Import the agent first (--kind agents), or add "
                            "it on the Agents page").arg(code, m_known);
    }
    return {};
}

const CodeRef *resolveCode(RowReader &reader, int field, const QHash<QString, CodeRef> &codes, const UnknownCode &unknown)
{
    const QString code = reader.text(field);
    if (code.isEmpty())
        return nullptr;
    const auto it = codes.constFind(Lookups::codeKey(code));
    if (it == codes.cend()) {
        reader.reject(field, unknown.reason(code));
        return nullptr;
    }
    return &*it;
}

QVariant resolveOffice(RowReader &reader, int kcpField, const CodeRef *owner, const QHash<QString, CodeRef> &offices,
                       const UnknownCode &unknownOffice, std::optional<qint64> defaultOffice, bool *insertOnly)
{
    *insertOnly = false;
    if (reader.mapped(kcpField) && !reader.isEmpty(kcpField)) {
        const CodeRef *office = resolveCode(reader, kcpField, offices, unknownOffice);
        return office ? QVariant(office->id) : QVariant();
    }
    if (owner)
        return owner->officeId;
    if (defaultOffice) {
        *insertOnly = true;
        return *defaultOffice;
    }
    if (offices.isEmpty())
        reader.reject(kcpField, Tr::tr("the database has no offices yet: set up the branch and its KCP on the Offices page, "
                                       "or import them first (--kind offices)"));
    else
        reader.reject(kcpField, Tr::tr("cannot tell which office this row belongs to: fill in the kcp column"));
    return {};
}

} // namespace perisai::imports
