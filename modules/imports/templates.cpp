#include "templates.h"

#include "cli/command.h"
#include "core/csvcell.h"
#include "core/outputfile.h"
#include "fields.h"
#include "tr.h"
#include "ui/xlsxexport.h"

#include <QFileInfo>
#include <QSaveFile>

namespace perisai::imports {
namespace {

// One example a kind at a time, in the order of fieldsOf(kind).
QStringList exampleOf(Kind kind)
{
    switch (kind) {
    case Kind::Offices:
        return {QStringLiteral("KC-CONTOH"), QStringLiteral("Kantor Cabang Contoh"), QStringLiteral("KC"), QString(),
                QStringLiteral("Kabupaten Contoh"), QStringLiteral("Jl. Merdeka No. 1"), QStringLiteral("Budi Santoso")};
    case Kind::Agents:
        return {QStringLiteral("AG-CONTOH"), QStringLiteral("3301051203850001"), QStringLiteral("Siti Aminah"),
                QStringLiteral("081234567890"), QStringLiteral("WDH-CONTOH"), QStringLiteral("KC-CONTOH"), QStringLiteral("15/01/2025"),
                QStringLiteral("BNI"), QStringLiteral("0123456789"), QStringLiteral("aktif")};
    case Kind::Wadah:
        return {QStringLiteral("WDH-CONTOH"), QStringLiteral("Koperasi Maju Bersama"), QStringLiteral("koperasi"),
                QStringLiteral("Desa Sukamaju"), QStringLiteral("KC-CONTOH"), QStringLiteral("Dewi Lestari")};
    case Kind::Participants:
        return {QStringLiteral("25010000001"), QStringLiteral("3301055208900002"), QStringLiteral("Rina Wati"),
                QStringLiteral("12/08/1990"), QStringLiteral("P"), QStringLiteral("081298765432"), QStringLiteral("Pedagang"),
                QStringLiteral("JKK+JKM"), QStringLiteral("1.000.000"), QStringLiteral("03/02/2025"), QStringLiteral("AG-CONTOH"),
                QStringLiteral("KC-CONTOH")};
    case Kind::Contributions:
        return {QStringLiteral("25010000001"), QStringLiteral("2025-02"), QStringLiteral("16.800"), QStringLiteral("10/02/2025"),
                QStringLiteral("AGEN")};
    case Kind::Claims:
        return {QStringLiteral("25010000001"), QStringLiteral("JKK"), QStringLiteral("20/05/2025"), QStringLiteral("2.500.000"),
                QStringLiteral("Kecelakaan kerja")};
    case Kind::Targets:
        return {QStringLiteral("2025"), QString(), QStringLiteral("cabang"), QStringLiteral("KC-CONTOH"), QStringLiteral("1200")};
    case Kind::Workforce:
        return {QStringLiteral("Kabupaten Contoh"), QStringLiteral("2024"), QStringLiteral("950.000"), QStringLiteral("610.000"),
                QStringLiteral("900.000")};
    }
    return {};
}

} // namespace

ImportTemplate templateOf(Kind kind)
{
    ImportTemplate t;
    for (const FieldDef &f : fieldsOf(kind))
        t.headers << f.indonesian;
    t.example = exampleOf(kind);
    return t;
}

Status writeTemplate(Kind kind, const QString &path, bool replaceExisting)
{
    const ImportTemplate t = templateOf(kind);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return makeError(Tr::tr("a template is written as .csv or .xlsx, not %1").arg(QFileInfo(path).fileName()));
    if (auto st = outputs::checkWritable(path, replaceExisting); !st)
        return st;
    if (suffix == QLatin1String("xlsx")) {
        ui::Sheet sheet;
        sheet.name = kindName(kind);
        sheet.headers = t.headers;
        QVariantList row;
        for (const QString &v : t.example)
            row << v; // text cells: a NIK or an account number must keep every digit
        sheet.rows.push_back(row);
        return ui::writeXlsx(path, {sheet});
    }
    QStringList lines;
    for (const QStringList &row : {t.headers, t.example}) {
        QStringList fields;
        for (const QString &v : row)
            fields << csv::cell(v);
        lines << fields.join(QLatin1Char(','));
    }
    // Written whole or not at all (a temporary file put in place at the end).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    // With a BOM, so that Excel opens the file as UTF-8.
    if (file.write("\xEF\xBB\xBF" + (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8()) < 0 || !file.commit())
        return makeError(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

int runTemplateCommand(const QString &name, const QString &out, bool replaceExisting)
{
    const auto kind = parseKind(name);
    if (!kind)
        return cli::fail(Tr::tr("import: --template takes a kind: offices, agents, wadah, participants, contributions, claims, "
                                "targets or workforce"), cli::Usage);
    if (out.isEmpty())
        return cli::fail(Tr::tr("import: --template needs --out FILE.csv or FILE.xlsx"), cli::Usage);
    if (auto st = writeTemplate(*kind, out, replaceExisting); !st)
        return cli::fail(QStringLiteral("import: ") + st.errorText());
    cli::printLine(Tr::tr("%1: the %2 template (%3 columns and an example row to replace with your own)")
                       .arg(out, kindName(*kind)).arg(templateOf(*kind).headers.size()));
    return cli::Success;
}

} // namespace perisai::imports
