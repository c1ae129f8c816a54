#include "core/nik.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <utility>

namespace perisai {
namespace {

struct Province {
    int code;
    const char *name;
};

// Kemendagri province codes, including the Papua provinces created in 2022.
constexpr std::array<Province, 38> kProvinces{{
    {11, "Aceh"}, {12, "Sumatera Utara"}, {13, "Sumatera Barat"}, {14, "Riau"}, {15, "Jambi"},
    {16, "Sumatera Selatan"}, {17, "Bengkulu"}, {18, "Lampung"}, {19, "Kepulauan Bangka Belitung"},
    {21, "Kepulauan Riau"}, {31, "DKI Jakarta"}, {32, "Jawa Barat"}, {33, "Jawa Tengah"},
    {34, "DI Yogyakarta"}, {35, "Jawa Timur"}, {36, "Banten"}, {51, "Bali"}, {52, "Nusa Tenggara Barat"},
    {53, "Nusa Tenggara Timur"}, {61, "Kalimantan Barat"}, {62, "Kalimantan Tengah"},
    {63, "Kalimantan Selatan"}, {64, "Kalimantan Timur"}, {65, "Kalimantan Utara"}, {71, "Sulawesi Utara"},
    {72, "Sulawesi Tengah"}, {73, "Sulawesi Selatan"}, {74, "Sulawesi Tenggara"}, {75, "Gorontalo"},
    {76, "Sulawesi Barat"}, {81, "Maluku"}, {82, "Maluku Utara"}, {91, "Papua"}, {92, "Papua Barat"},
    {93, "Papua Selatan"}, {94, "Papua Tengah"}, {95, "Papua Pegunungan"}, {96, "Papua Barat Daya"},
}};

NikInfo reject(QString reason)
{
    NikInfo info;
    info.reason = std::move(reason);
    return info;
}

} // namespace

bool Nik::isKnownProvince(int code)
{
    for (const auto &p : kProvinces)
        if (p.code == code)
            return true;
    return false;
}

QString Nik::provinceName(int code)
{
    for (const auto &p : kProvinces)
        if (p.code == code)
            return QString::fromUtf8(p.name);
    return {};
}

NikInfo Nik::check(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return reject(tr("NIK is empty"));
    static const QRegularExpression scientific(QStringLiteral("^[0-9.,]+[eE][+-]?[0-9]+$"));
    if (scientific.match(t).hasMatch())
        return reject(tr("NIK is in scientific notation (a spreadsheet turned it into a number); "
                         "format the column as text and export again"));
    if (t.contains(QLatin1Char(' ')))
        return reject(tr("NIK contains spaces"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(t).hasMatch())
        return reject(tr("NIK may contain digits only"));
    if (t.size() != 16) {
        if (t.size() == 15)
            return reject(tr("NIK has 15 digits instead of 16 (a leading digit was lost?)"));
        return reject(tr("NIK has %1 digits instead of 16").arg(t.size()));
    }

    NikInfo info;
    info.normalized = t;
    info.provinceCode = t.left(2).toInt();
    info.regencyCode = t.left(4).toInt();
    if (!isKnownProvince(info.provinceCode))
        return reject(tr("NIK starts with %1, which is not a province code").arg(t.left(2)));
    if (t.mid(2, 2) == QLatin1String("00"))
        return reject(tr("NIK has regency code 00"));
    if (t.mid(4, 2) == QLatin1String("00"))
        return reject(tr("NIK has district code 00"));

    int day = t.mid(6, 2).toInt();
    const int month = t.mid(8, 2).toInt();
    const int yy = t.mid(10, 2).toInt();
    if (day > 40) {
        info.female = true;
        day -= 40;
    }
    // The century is not written: a birth year after this year means the previous century.
    const int thisYear = QDate::currentDate().year();
    int year = 2000 + yy;
    if (year > thisYear)
        year -= 100;
    const QDate birth(year, month, day);
    if (!birth.isValid())
        return reject(tr("NIK holds an impossible birth date (%1-%2-%3)")
                          .arg(t.mid(6, 2), t.mid(8, 2), t.mid(10, 2)));
    info.birthDate = birth;
    if (t.right(4) == QLatin1String("0000"))
        return reject(tr("NIK has serial number 0000"));
    info.valid = true;
    return info;
}

QString Nik::mask(const QString &nik)
{
    const QString t = nik.trimmed();
    if (t.size() <= 8)
        return QString(t.size(), QChar(0x2022));
    return t.left(4) + QString(t.size() - 8, QChar(0x2022)) + t.right(4);
}

QString Nik::compose(int regencyCode, int district, const QDate &birthDate, bool female, int serial)
{
    const int day = birthDate.day() + (female ? 40 : 0);
    return QStringLiteral("%1%2%3%4%5%6")
        .arg(regencyCode, 4, 10, QLatin1Char('0'))
        .arg(district, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(birthDate.month(), 2, 10, QLatin1Char('0'))
        .arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(serial, 4, 10, QLatin1Char('0'));
}

} // namespace perisai
