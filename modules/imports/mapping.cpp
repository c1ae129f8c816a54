#include "mapping.h"
#include "tr.h"

#include "fields.h"
#include "storage/meta.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace perisai::imports {
namespace {


QString metaKey(Kind kind)
{
    return QStringLiteral("imports.mapping.") + kindName(kind);
}

} // namespace

Result<Mapping> parseMapping(const QByteArray &json, Kind kind, const QString &where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(Tr::tr("a mapping must be a JSON object like {\"file header\": \"field\"}: %1").arg(error.errorString()), where);
    Mapping mapping;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isString())
            return makeError(Tr::tr("the field for \"%1\" must be text").arg(it.key()), where);
        const QString field = it->toString().trimmed();
        if (field.isEmpty()) {
            mapping.insert(it.key(), QString());
            continue;
        }
        const int index = fieldIndex(kind, field);
        if (index < 0) {
            QStringList known;
            for (const FieldDef &f : fieldsOf(kind))
                known << f.indonesian;
            return makeError(Tr::tr("\"%1\" is not a field of %2 files; the fields are: %3")
                                 .arg(field, kindName(kind), known.join(QStringLiteral(", "))), where);
        }
        mapping.insert(it.key(), fieldsOf(kind)[index].id);
    }
    return mapping;
}

Result<Mapping> readMappingFile(const QString &path, Kind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("cannot read the mapping %1: %2").arg(path, file.errorString()));
    return parseMapping(file.readAll(), kind, path);
}

QByteArray mappingJson(const Mapping &mapping)
{
    QJsonObject object;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Status saveMapping(const storage::Database &db, Kind kind, const Mapping &mapping)
{
    return storage::writeMeta(db, metaKey(kind), QString::fromUtf8(mappingJson(mapping)));
}

Result<Mapping> loadMapping(const storage::Database &db, Kind kind)
{
    const QString json = storage::readMeta(db, metaKey(kind));
    if (json.isEmpty())
        return Mapping{};
    return parseMapping(json.toUtf8(), kind, metaKey(kind));
}

} // namespace perisai::imports
