#include "source.h"

#include "csvreader.h"
#include "tr.h"
#include "values.h"
#include "xlsxreader.h"

#include <QFileInfo>

namespace perisai::imports {

bool isSpreadsheet(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
}

Result<std::unique_ptr<RecordSource>> openSource(const QString &path, const QString &sheet)
{
    if (isSpreadsheet(path)) {
        auto reader = XlsxReader::open(path, sheet);
        if (!reader)
            return reader.error();
        return std::unique_ptr<RecordSource>(std::move(*reader));
    }
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return std::unique_ptr<RecordSource>(std::move(*reader));
}

Result<FilePreview> previewFile(const QString &path, const QString &sheet, int maxRows)
{
    FilePreview preview;
    if (isSpreadsheet(path)) {
        auto sheets = XlsxReader::sheetNames(path);
        if (!sheets)
            return sheets.error();
        preview.sheets = *sheets;
    }
    auto source = openSource(path, sheet);
    if (!source)
        return source.error();
    preview.description = (*source)->describe();
    Record record;
    while (preview.rows.size() < maxRows && (*source)->next(record)) {
        QStringList row;
        for (size_t i = 0; i < record.fields.size(); ++i)
            row.append(values::cellText(record.fields[i], record.isNumeric(int(i))));
        preview.rows.append(row);
        preview.lines.append(record.line);
    }
    if (const auto &problem = (*source)->problem())
        preview.description += QStringLiteral(" — ") + Tr::tr("damaged at line %1: %2").arg(problem->line).arg(problem->reason);
    return preview;
}

} // namespace perisai::imports
