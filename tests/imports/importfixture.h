#pragma once
// A migrated database (SQLite and PostgreSQL) with the Kudus branch's offices, and helpers to import
// files and to compare the database before and after.

#include "imports/importer.h"
#include "qstringprinter.h"
#include "testdatabase.h"

#include <QTemporaryDir>

namespace perisai::testing {

class ImportTest : public BackendTest {
protected:
    void SetUp() override;
    // The Kudus branch's offices, written before each test; false: a fresh database without offices.
    virtual bool withOffices() const { return true; }

    // The sample files in tests/data/imports.
    static QString sample(const QString &name);
    // Writes `content` (UTF-8 as given) to a file in a temporary folder and returns its path.
    QString write(const QString &name, const QByteArray &content);

    Result<imports::ImportResult> import(imports::Kind kind, const QStringList &files, const imports::Mapping &mapping = {},
                                         bool dryRun = false);
    // Imports and expects the change to be committed; returns the result.
    imports::ImportResult importOk(imports::Kind kind, const QStringList &files);
    // Wadah and agents from the sample files, then participants (when asked).
    void importRoster(bool withParticipants = false);

    // Every row of the data, batch, flag and summary tables, in a fixed order: equal text = equal data.
    QString snapshot(bool withBatches = true) const;
    QString text(const QString &sql) const; // first column of the first row

    QTemporaryDir m_files;
};

// The first row of the query as "a|b|c".
QString row(const storage::Database &db, const QString &sql);

} // namespace perisai::testing
