#pragma once
// An office of the tree Kantor Wilayah → Kantor Cabang → KCP, as the offices editor and the first-start
// set-up edit it, and the rules of the tree: which kind may sit under which.

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace perisai::offices {

struct Office {
    qint64 id = 0;
    int version = 0;
    QString code;
    QString name;
    QString kind = QStringLiteral("kcp"); // kanwil, kc, kcp (stored keys)
    qint64 parentId = 0;                  // 0: the top of the tree
    QString region;                       // matches workforce.region
    QString address;
    QString headName;
    QDate closedOn;                       // invalid: open

    bool isOpen() const { return !closedOn.isValid(); }
    QJsonObject toJson() const;
};

// A row of the tree: the office, and what still depends on it (for closing, and for the reader).
struct OfficeRow {
    Office office;
    QString parentCode;
    int wadah = 0;        // active wadah it supervises
    int openChildren = 0; // open offices directly below
    // From the figures layer: its agents and those of the offices below it, on the reference month's last day.
    qint64 agentsRegistered = 0;
    qint64 agentsActive = 0;
};

QStringList officeKinds();                     // kanwil, kc, kcp: top first
QString officeKindLabel(const QString &kind);  // translated: "Kantor Wilayah"
QString officeKindShort(const QString &kind);  // KANWIL, KC, KCP as files and people write them
// The kind an office of `kind` hangs under: kc → kanwil, kcp → kc, kanwil → none (empty).
QString parentKindOf(const QString &kind);
// Whether an office of `kind` may stand at the top (no parent): a kanwil, or a KC without its kanwil recorded.
bool mayBeTop(const QString &kind);
// KANWIL, Kanwil, "Kantor Wilayah", KC, "Kantor Cabang", KCP, "Kantor Cabang Perintis" ... → stored key; empty when unknown.
QString parseOfficeKind(const QString &text);

// A code in the usual shape from a name: ("kc", "Kantor Cabang Cilacap") → KC-CILACAP, ("kcp", "KCP Majenang")
// → KCP-MAJENANG. Only a suggestion: the user may type any code.
QString suggestCode(const QString &kind, const QString &name);

} // namespace perisai::offices
