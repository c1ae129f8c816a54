#pragma once
// Which kind a file holds, guessed from its header row: the kind whose every required field has a column,
// naming the most of the file's columns. Said with the reason, so that a wrong guess is easy to see.

#include "importtypes.h"

#include <optional>

namespace perisai::imports {

struct KindGuess {
    Kind kind = Kind::Participants;
    int headerRow = -1;   // index into the rows given
    QString reason;       // translated: "the columns kpj, periode, jumlah, kanal fit a contributions file"
};

// `rows`: the first rows of a file as text (a title may come before the header).
std::optional<KindGuess> guessKind(const QList<QStringList> &rows);

} // namespace perisai::imports
