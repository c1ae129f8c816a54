#include "fields.h"

#include <QCoreApplication>

namespace perisai::imports {
namespace {

FieldDef field(const char *id, const char *indonesian, const char *label, bool required, QStringList aliases = {})
{
    return {QString::fromLatin1(id), QString::fromLatin1(indonesian), std::move(aliases), required, label};
}

// Shared definitions: the same field reads the same way in every kind that has it.
FieldDef memberNo(bool required = true)
{
    return field("member_no", "kpj", QT_TRANSLATE_NOOP("ImportFields", "Member number (KPJ)"), required,
                 {QStringLiteral("no kpj"), QStringLiteral("nomor kpj"), QStringLiteral("no peserta"),
                  QStringLiteral("nomor peserta"), QStringLiteral("kpj peserta")});
}
FieldDef nik()
{
    return field("nik", "nik", QT_TRANSLATE_NOOP("ImportFields", "NIK"), true,
                 {QStringLiteral("no nik"), QStringLiteral("nomor nik"), QStringLiteral("no ktp"), QStringLiteral("nik ktp")});
}
FieldDef name(const QString &who)
{
    return field("name", "nama", QT_TRANSLATE_NOOP("ImportFields", "Name"), true,
                 {QStringLiteral("nama lengkap"), QStringLiteral("full name"), QStringLiteral("nama ") + who});
}
FieldDef phone()
{
    return field("phone", "no_hp", QT_TRANSLATE_NOOP("ImportFields", "Phone"), false,
                 {QStringLiteral("nomor hp"), QStringLiteral("no telp"), QStringLiteral("no telepon"), QStringLiteral("telepon"),
                  QStringLiteral("hp"), QStringLiteral("no wa"), QStringLiteral("whatsapp"), QStringLiteral("phone number")});
}
FieldDef kcp()
{
    return field("kcp", "kcp", QT_TRANSLATE_NOOP("ImportFields", "Office (KCP) code"), false,
                 {QStringLiteral("kode kcp"), QStringLiteral("kantor"), QStringLiteral("kode kantor"), QStringLiteral("office")});
}
FieldDef agentCode(bool required)
{
    return field("agent_code", "kode_agen", QT_TRANSLATE_NOOP("ImportFields", "Agent code"), required,
                 {QStringLiteral("id agen"), QStringLiteral("kode perisai"), QStringLiteral("agent")});
}
FieldDef wadahCode(bool required)
{
    return field("wadah_code", "kode_wadah", QT_TRANSLATE_NOOP("ImportFields", "Wadah code"), required,
                 {QStringLiteral("id wadah"), QStringLiteral("wadah")});
}
FieldDef year()
{
    return field("year", "tahun", QT_TRANSLATE_NOOP("ImportFields", "Year"), true);
}

QList<FieldDef> define(Kind kind)
{
    switch (kind) {
    case Kind::Offices:
        return {field("office_code", "kode_kantor", QT_TRANSLATE_NOOP("ImportFields", "Office code"), true,
                      {QStringLiteral("kode"), QStringLiteral("kode kcp"), QStringLiteral("code")}),
                name(QStringLiteral("kantor")),
                field("kind", "jenis", QT_TRANSLATE_NOOP("ImportFields", "Kind (KANWIL, KC, KCP)"), true,
                      {QStringLiteral("jenis kantor"), QStringLiteral("tipe"), QStringLiteral("type")}),
                field("parent", "induk", QT_TRANSLATE_NOOP("ImportFields", "Office above (its code)"), false,
                      {QStringLiteral("kode induk"), QStringLiteral("kantor induk"), QStringLiteral("parent code")}),
                field("region", "wilayah", QT_TRANSLATE_NOOP("ImportFields", "Region"), false,
                      {QStringLiteral("kabupaten/kota"), QStringLiteral("kab/kota"), QStringLiteral("daerah")}),
                field("address", "alamat", QT_TRANSLATE_NOOP("ImportFields", "Address"), false),
                field("head", "kepala", QT_TRANSLATE_NOOP("ImportFields", "Head of office"), false,
                      {QStringLiteral("kepala kantor"), QStringLiteral("nama kepala"), QStringLiteral("pimpinan")})};
    case Kind::Agents:
        return {agentCode(true), nik(), name(QStringLiteral("agen")), phone(), wadahCode(false), kcp(),
                field("joined_on", "tanggal_bergabung", QT_TRANSLATE_NOOP("ImportFields", "Joined on"), false,
                      {QStringLiteral("tgl bergabung"), QStringLiteral("tanggal gabung"), QStringLiteral("join date")}),
                field("bank", "bank", QT_TRANSLATE_NOOP("ImportFields", "Bank"), false, {QStringLiteral("nama bank")}),
                field("account_no", "no_rekening", QT_TRANSLATE_NOOP("ImportFields", "Account number"), false,
                      {QStringLiteral("nomor rekening"), QStringLiteral("rekening"), QStringLiteral("account number")}),
                field("status", "status", QT_TRANSLATE_NOOP("ImportFields", "Status"), false, {QStringLiteral("status agen")})};
    case Kind::Wadah:
        return {wadahCode(true), name(QStringLiteral("wadah")),
                field("kind", "jenis", QT_TRANSLATE_NOOP("ImportFields", "Kind"), false,
                      {QStringLiteral("jenis wadah"), QStringLiteral("type")}),
                field("address", "alamat", QT_TRANSLATE_NOOP("ImportFields", "Address"), false),
                kcp(),
                field("supervisor", "pembina", QT_TRANSLATE_NOOP("ImportFields", "Supervisor (Pembina)"), false,
                      {QStringLiteral("pembina perisai"), QStringLiteral("nama pembina")})};
    case Kind::Participants:
        return {memberNo(), nik(), name(QStringLiteral("peserta")),
                field("birth_date", "tanggal_lahir", QT_TRANSLATE_NOOP("ImportFields", "Birth date"), false,
                      {QStringLiteral("tgl lahir"), QStringLiteral("date of birth")}),
                field("sex", "jenis_kelamin", QT_TRANSLATE_NOOP("ImportFields", "Sex"), false,
                      {QStringLiteral("jk"), QStringLiteral("l/p"), QStringLiteral("kelamin"), QStringLiteral("gender")}),
                phone(),
                field("occupation", "pekerjaan", QT_TRANSLATE_NOOP("ImportFields", "Occupation"), false,
                      {QStringLiteral("jenis pekerjaan"), QStringLiteral("profesi")}),
                field("program", "program", QT_TRANSLATE_NOOP("ImportFields", "Program"), true,
                      {QStringLiteral("program jaminan"), QStringLiteral("programs")}),
                field("declared_income", "penghasilan", QT_TRANSLATE_NOOP("ImportFields", "Declared income"), false,
                      {QStringLiteral("upah"), QStringLiteral("income"), QStringLiteral("penghasilan dilaporkan")}),
                field("registered_on", "tanggal_daftar", QT_TRANSLATE_NOOP("ImportFields", "Registered on"), true,
                      {QStringLiteral("tgl daftar"), QStringLiteral("tanggal kepesertaan"), QStringLiteral("tgl kepesertaan"),
                       QStringLiteral("registration date")}),
                agentCode(false), kcp()};
    case Kind::Contributions:
        return {memberNo(),
                field("period", "periode", QT_TRANSLATE_NOOP("ImportFields", "Contribution month"), true,
                      {QStringLiteral("bulan iuran"), QStringLiteral("periode iuran"), QStringLiteral("masa iuran"), QStringLiteral("bulan")}),
                field("amount", "jumlah", QT_TRANSLATE_NOOP("ImportFields", "Amount"), true,
                      {QStringLiteral("jumlah iuran"), QStringLiteral("iuran"), QStringLiteral("nominal")}),
                field("paid_on", "tanggal_bayar", QT_TRANSLATE_NOOP("ImportFields", "Paid on"), false,
                      {QStringLiteral("tgl bayar"), QStringLiteral("tanggal pembayaran"), QStringLiteral("payment date")}),
                field("channel", "kanal", QT_TRANSLATE_NOOP("ImportFields", "Payment channel"), false,
                      {QStringLiteral("kanal pembayaran"), QStringLiteral("saluran")})};
    case Kind::Claims:
        return {memberNo(),
                field("program", "program", QT_TRANSLATE_NOOP("ImportFields", "Program"), true, {QStringLiteral("program klaim")}),
                field("date", "tanggal", QT_TRANSLATE_NOOP("ImportFields", "Claim date"), true,
                      {QStringLiteral("tanggal klaim"), QStringLiteral("tgl klaim"), QStringLiteral("claim date")}),
                field("amount", "nilai", QT_TRANSLATE_NOOP("ImportFields", "Amount paid"), true,
                      {QStringLiteral("nilai klaim"), QStringLiteral("jumlah"), QStringLiteral("jumlah klaim"), QStringLiteral("nominal")}),
                field("case_type", "jenis", QT_TRANSLATE_NOOP("ImportFields", "Case type"), false,
                      {QStringLiteral("jenis kasus"), QStringLiteral("jenis klaim"), QStringLiteral("kasus")})};
    case Kind::Targets:
        return {year(),
                field("month", "bulan", QT_TRANSLATE_NOOP("ImportFields", "Month (empty: whole year)"), false),
                field("level", "tingkat", QT_TRANSLATE_NOOP("ImportFields", "Level"), true),
                field("code", "kode", QT_TRANSLATE_NOOP("ImportFields", "Code"), true),
                field("target", "target", QT_TRANSLATE_NOOP("ImportFields", "Target"), true, {QStringLiteral("jumlah target")})};
    case Kind::Workforce:
        return {field("region", "wilayah", QT_TRANSLATE_NOOP("ImportFields", "Region"), true,
                      {QStringLiteral("kabupaten/kota"), QStringLiteral("kab/kota"), QStringLiteral("daerah")}),
                year(),
                field("labour_force", "angkatan_kerja", QT_TRANSLATE_NOOP("ImportFields", "Labour force"), false),
                field("informal_workers", "pekerja_informal", QT_TRANSLATE_NOOP("ImportFields", "Informal workers"), false),
                field("working_population", "penduduk_bekerja", QT_TRANSLATE_NOOP("ImportFields", "Working population"), false)};
    }
    return {};
}

} // namespace

QString FieldDef::label() const
{
    return QCoreApplication::translate("ImportFields", labelText);
}

const QList<FieldDef> &fieldsOf(Kind kind)
{
    static const QList<QList<FieldDef>> all = [] {
        QList<QList<FieldDef>> list;
        for (Kind k : allKinds())
            list.append(define(k));
        return list;
    }();
    return all[static_cast<int>(kind)];
}

QString normalizeHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-')
            || c == QLatin1Char('/') || c == QChar(0xFEFF))
            continue;
        out.append(c.toLower());
    }
    return out;
}

int fieldIndex(Kind kind, const QString &nameOrAlias)
{
    const QString wanted = normalizeHeader(nameOrAlias);
    if (wanted.isEmpty())
        return -1;
    const auto &fields = fieldsOf(kind);
    for (int i = 0; i < fields.size(); ++i) {
        const FieldDef &f = fields[i];
        if (normalizeHeader(f.id) == wanted || normalizeHeader(f.indonesian) == wanted)
            return i;
        for (const QString &alias : f.aliases)
            if (normalizeHeader(alias) == wanted)
                return i;
    }
    return -1;
}

ColumnMap matchHeaders(Kind kind, const QStringList &headers, const Mapping &mapping)
{
    const auto &fields = fieldsOf(kind);
    Mapping normalizedMapping;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        normalizedMapping.insert(normalizeHeader(it.key()), it.value());

    ColumnMap map;
    map.columnOfField = QList<int>(fields.size(), -1);
    for (int column = 0; column < headers.size(); ++column) {
        const QString header = normalizeHeader(headers[column]);
        if (header.isEmpty())
            continue;
        int f = -1;
        if (const auto it = normalizedMapping.constFind(header); it != normalizedMapping.cend())
            f = it->isEmpty() ? -1 : fieldIndex(kind, *it);
        else
            f = fieldIndex(kind, header);
        // The first column claiming a field keeps it: a second "nama" column is reported as unused.
        if (f < 0 || map.columnOfField[f] >= 0) {
            map.unused.append(headers[column].trimmed());
            continue;
        }
        map.columnOfField[f] = column;
        ++map.matched;
    }
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].required && map.columnOfField[i] < 0)
            map.missing.append(fields[i].label());
    return map;
}

} // namespace perisai::imports
