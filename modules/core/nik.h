#pragma once
// NIK (Nomor Induk Kependudukan): 16 digits = province(2) regency(2) district(2) birth date DDMMYY
// (women: day + 40) serial(4). Spreadsheets mangle it; a mangled value is rejected, never repaired.

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace perisai {

struct NikInfo {
    bool valid = false;
    QString reason;        // translated, empty when valid
    QString normalized;    // the 16 digits, when valid
    int provinceCode = 0;
    int regencyCode = 0;   // four digits: province * 100 + regency
    QDate birthDate;
    bool female = false;
};

class Nik {
    Q_DECLARE_TR_FUNCTIONS(Nik)

public:
    static NikInfo check(const QString &text);
    static bool isValid(const QString &text) { return check(text).valid; }
    static bool isKnownProvince(int code);
    static QString provinceName(int code);
    // "3309••••••••0007": enough to recognise, not enough to misuse.
    static QString mask(const QString &nik);
    // Builds a valid NIK from its parts (demo data, tests).
    static QString compose(int regencyCode, int district, const QDate &birthDate, bool female, int serial);
};

} // namespace perisai
