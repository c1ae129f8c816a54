#include "kindguess.h"

#include "fields.h"
#include "header.h"
#include "tr.h"

namespace perisai::imports {

std::optional<KindGuess> guessKind(const QList<QStringList> &rows)
{
    std::optional<KindGuess> best;
    int bestMatched = 0;
    double bestShare = 0;
    for (Kind kind : allKinds()) {
        const int row = headerRowIndex(rows, kind, {});
        if (row < 0)
            continue;
        const QStringList &headers = rows[row];
        const ColumnMap map = matchHeaders(kind, headers, {});
        if (!map.missing.isEmpty() || map.matched == 0)
            continue;
        int named = 0;
        for (const QString &h : headers)
            named += !h.trimmed().isEmpty();
        const double share = named > 0 ? double(map.matched) / named : 0;
        // The kind that explains more of the file's columns; on a tie, the one naming more fields.
        if (best && (share < bestShare || (share == bestShare && map.matched <= bestMatched)))
            continue;
        QStringList used;
        for (int column : map.columnOfField)
            if (column >= 0)
                used << headers.value(column).trimmed();
        best = KindGuess{kind, row, Tr::tr("The columns %1 fit a file of %2.").arg(used.join(QStringLiteral(", ")), kindLabel(kind).toLower())};
        bestMatched = map.matched;
        bestShare = share;
    }
    return best;
}

} // namespace perisai::imports
