#include "header.h"

#include "values.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace perisai::imports {

OwnedRecord OwnedRecord::copy(const Record &record)
{
    OwnedRecord owned;
    owned.line = record.line;
    owned.lastLine = record.lastLine;
    owned.separatorsInsideQuotes = record.separatorsInsideQuotes;
    owned.defect = record.defect;
    owned.defectColumn = record.defectColumn;
    for (const std::string_view f : record.fields)
        owned.fields.emplace_back(f);
    owned.numeric = record.numeric;
    return owned;
}

void OwnedRecord::fill(Record &record) const
{
    record.line = line;
    record.lastLine = lastLine;
    record.separatorsInsideQuotes = separatorsInsideQuotes;
    record.defect = defect;
    record.defectColumn = defectColumn;
    record.fields.assign(fields.begin(), fields.end());
    record.numeric = numeric;
}

int headerRowIndex(const QList<QStringList> &rows, Kind kind, const Mapping &mapping)
{
    int best = -1;
    int bestMatched = 0;
    for (int i = 0; i < rows.size() && i < kHeaderSearchRows; ++i) {
        const int matched = matchHeaders(kind, rows[i], mapping).matched;
        if (matched > bestMatched) {
            best = i;
            bestMatched = matched;
        }
    }
    return best;
}

Result<FoundHeader> findHeader(RecordSource &source, Kind kind, const Mapping &mapping, const QString &file)
{
    const QString name = QFileInfo(file).fileName();
    std::vector<OwnedRecord> head;
    Record record;
    while (head.size() < size_t(kHeaderSearchRows) && source.next(record))
        head.push_back(OwnedRecord::copy(record));
    if (head.empty()) {
        if (const auto &problem = source.problem())
            return makeError(QCoreApplication::translate("Imports", "line %1: %2").arg(problem->line).arg(problem->reason), name);
        return makeError(QCoreApplication::translate("Imports", "the file is empty"), name);
    }

    int best = -1;
    FoundHeader found;
    for (size_t i = 0; i < head.size(); ++i) {
        QStringList headers;
        for (size_t c = 0; c < head[i].fields.size(); ++c)
            headers << values::cellText(head[i].fields[c], head[i].numeric.size() > c && head[i].numeric[c]).trimmed();
        ColumnMap map = matchHeaders(kind, headers, mapping);
        if (map.matched > (best < 0 ? 0 : found.map.matched)) {
            best = int(i);
            found.headers = headers;
            found.map = std::move(map);
            found.line = head[i].line;
        }
    }
    if (best < 0) {
        if (const auto &problem = source.problem())
            return makeError(QCoreApplication::translate("Imports", "line %1: %2").arg(problem->line).arg(problem->reason), name);
        QStringList first;
        for (const auto &f : head.front().fields)
            first << QString::fromStdString(f).trimmed();
        return makeError(QCoreApplication::translate("Imports", "no column of this file is a field of %1 files (the first line reads: %2); "
                                                                "name the columns in a mapping (--mapping FILE)")
                             .arg(kindName(kind), first.join(QStringLiteral(" | ")).left(200)),
                         name);
    }
    if (!found.map.missing.isEmpty())
        return makeError(QCoreApplication::translate("Imports", "required columns are missing: %1 (the header on line %2 has: %3); "
                                                                "add them or name them in a mapping (--mapping FILE)")
                             .arg(found.map.missing.join(QStringLiteral(", ")))
                             .arg(found.line)
                             .arg(found.headers.join(QStringLiteral(", "))),
                         name);
    found.following.assign(std::make_move_iterator(head.begin() + best + 1), std::make_move_iterator(head.end()));
    return found;
}

} // namespace perisai::imports
