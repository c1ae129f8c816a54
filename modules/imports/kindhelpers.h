#pragma once
// Small pieces the entity kinds share: codes that must point at something, and the office of a row.

#include "entity.h"

#include <QCoreApplication>

namespace perisai::imports {

// Bit for column i in EntityRow::insertOnly.
constexpr quint32 bit(int column) { return 1u << column; }

enum class CodeKind { Office, Wadah, Agent };

// Why a code that names nothing is rejected, saying how to fix it: the codes there are (a few, then how many
// more) and where the missing one is added. Built once per import from the codes the database holds.
class UnknownCode {
public:
    UnknownCode() = default;
    UnknownCode(CodeKind kind, const QHash<QString, CodeRef> &known);
    QString reason(const QString &code) const;

private:
    CodeKind m_kind = CodeKind::Office;
    QString m_known; // "KC-A, KCP-B, KCP-C and 4 more"; empty when there are none
};

// The referenced row for a code field, or nothing (the row is rejected, saying why and how to fix it).
const CodeRef *resolveCode(RowReader &reader, int field, const QHash<QString, CodeRef> &codes, const UnknownCode &unknown);

// The office a row belongs to: its kcp column, else the office of what it belongs to (wadah, agent),
// else the branch office as a default for new rows only. Sets `insertOnly` when the default was used.
// Rejects the row when no office can be told.
QVariant resolveOffice(RowReader &reader, int kcpField, const CodeRef *owner, const QHash<QString, CodeRef> &offices,
                       const UnknownCode &unknownOffice, std::optional<qint64> defaultOffice, bool *insertOnly);

} // namespace perisai::imports
