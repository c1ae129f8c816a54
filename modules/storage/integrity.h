#pragma once
// `perisai-desk check`: is the file sound, does every reference point somewhere, do the figures add up.

#include "core/result.h"

#include <QStringList>

namespace perisai::storage {

class Database;

struct IntegrityReport {
    QStringList problems; // each one line: what is wrong and how many rows
    QStringList notes;    // counts, for the reader's orientation
    bool ok() const { return problems.isEmpty(); }
};

Result<IntegrityReport> checkIntegrity(const Database &db);

} // namespace perisai::storage
