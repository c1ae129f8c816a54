#pragma once
// The benchmark's branch: offices, 50 wadah, 500 agents, participants registered 2019-2024 and a year (2024)
// of their monthly contributions, written as the CSV files an office would import. Deterministic.

#include "core/result.h"

#include <QString>

namespace perisai::storage {
class Database;
}

namespace bench {

struct Sizes {
    int participants = 330000;
    double payRate = 0.95; // share of months a participant pays for
};

struct Files {
    QString wadah, agents, participants, contributions;
    qint64 contributionRows = 0;
};

// Writes the files into `dir`.
perisai::Result<Files> generate(const QString &dir, const Sizes &sizes);

// Offices by SQL, then wadah, agents and participants through the import pipeline.
perisai::Status loadBase(const perisai::storage::Database &db, const Files &files);

// The contributions file with KPJ replaced by participant ids, in the table's own columns, for the
// strictest peer: a raw load straight into the table.
perisai::Result<QString> writeResolved(const perisai::storage::Database &db, const Files &files, const QString &dir);

} // namespace bench
