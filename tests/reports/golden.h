#pragma once
// Golden-text checks for PDF reports: the text pdftotext reads from a PDF, with the line that changes on
// every run (generation time, source database) normalised, compared with tests/reports/golden/<name>.txt.
// PERISAI_UPDATE_GOLDEN=1 rewrites the golden files instead (review the diff before committing).

#include <QString>

namespace perisai::testing {

// pdftotext -layout FILE -; empty on failure.
QString pdfText(const QString &pdfPath);
// Replaces "Generated 22/11/2026 03:48 · SQLite · /tmp/x.db · Personal data masked    Page 1 of 3" by
// "<generated> · <source> · Personal data masked · Page 1 of 3"; drops the spacing pdftotext guesses
// (leading and trailing spaces; gaps between columns become two spaces).
QString normalised(const QString &text);
// Compares; on a difference, writes <name>.actual.txt to the build folder and fails the current test.
void expectGolden(const QString &name, const QString &text);
// Installs every module's translations for "id" or "en" and the locale, as the program does.
void useLanguage(const QString &language);
// Whether the text holds a full 16-digit number (a NIK).
bool holdsFullNik(const QString &text);

} // namespace perisai::testing
