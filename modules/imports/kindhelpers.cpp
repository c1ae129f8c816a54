#include "kindhelpers.h"
#include "tr.h"

namespace perisai::imports {

const CodeRef *resolveCode(RowReader &reader, int field, const QHash<QString, CodeRef> &codes, const char *unknown)
{
    const QString code = reader.text(field);
    if (code.isEmpty())
        return nullptr;
    const auto it = codes.constFind(Lookups::codeKey(code));
    if (it == codes.cend()) {
        reader.reject(field, QCoreApplication::translate("Imports", unknown).arg(code));
        return nullptr;
    }
    return &*it;
}

QVariant resolveOffice(RowReader &reader, int kcpField, const CodeRef *owner, const QHash<QString, CodeRef> &offices,
                       std::optional<qint64> defaultOffice, bool *insertOnly)
{
    *insertOnly = false;
    if (reader.mapped(kcpField) && !reader.isEmpty(kcpField)) {
        const CodeRef *office = resolveCode(reader, kcpField, offices, QT_TRANSLATE_NOOP("Imports", "there is no office with code %1"));
        return office ? QVariant(office->id) : QVariant();
    }
    if (owner)
        return owner->officeId;
    if (defaultOffice) {
        *insertOnly = true;
        return *defaultOffice;
    }
    reader.reject(kcpField, Tr::tr("cannot tell which office this row belongs to: fill in the kcp column"));
    return {};
}

} // namespace perisai::imports
