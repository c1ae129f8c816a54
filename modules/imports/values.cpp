#include "values.h"
#include "tr.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <cmath>
#include <cstdlib>
#include <string>

namespace perisai::imports::values {
namespace {


bool isDigit(char c) { return c >= '0' && c <= '9'; }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (lower(text[i]) != prefix[i])
            return false;
    return true;
}

// Month names in Indonesian and English, full or abbreviated (Excel writes "05-Jan-24", offices "5 Maret 2024").
int monthFromName(std::string_view word)
{
    static const std::array<std::array<const char *, 4>, 12> names{{
        {"januari", "january", "jan", nullptr}, {"februari", "february", "feb", "pebruari"},
        {"maret", "march", "mar", nullptr}, {"april", "apr", nullptr, nullptr},
        {"mei", "may", nullptr, nullptr}, {"juni", "june", "jun", nullptr},
        {"juli", "july", "jul", nullptr}, {"agustus", "august", "agu", "aug"},
        {"september", "sep", "sept", nullptr}, {"oktober", "october", "okt", "oct"},
        {"november", "nov", "nop", nullptr}, {"desember", "december", "des", "dec"},
    }};
    std::string w;
    for (char c : word)
        w += lower(c);
    if (w.ends_with('.'))
        w.pop_back();
    for (int m = 0; m < 12; ++m)
        for (const char *n : names[size_t(m)])
            if (n && w == n)
                return m + 1;
    return 0;
}

struct Parts {
    std::string_view p[3];
    int count = 0;
};

// Splits "05/01/2024", "2024-01-05", "5 Januari 2024", "05-Jan-2024" into at most three words.
Parts splitDate(std::string_view t)
{
    Parts parts;
    size_t i = 0;
    while (i < t.size() && parts.count < 4) {
        while (i < t.size() && (t[i] == '/' || t[i] == '-' || t[i] == '.' || t[i] == ' '))
            ++i;
        const size_t start = i;
        while (i < t.size() && t[i] != '/' && t[i] != '-' && t[i] != '.' && t[i] != ' ')
            ++i;
        if (i > start) {
            if (parts.count == 3)
                return Parts{};
            parts.p[parts.count++] = t.substr(start, i - start);
        }
    }
    return parts;
}

std::optional<int> digitsValue(std::string_view s)
{
    if (s.empty() || s.size() > 9)
        return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (!isDigit(c))
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

// A month word: digits or a month name.
int monthOf(std::string_view s)
{
    if (auto v = digitsValue(s))
        return *v;
    return monthFromName(s);
}

// The largest whole number a cell may hold (amounts, counts): 15 digits, which a spreadsheet's number
// keeps exactly.
constexpr qint64 kLargestWhole = 999'999'999'999'999LL;

std::optional<double> numberOf(std::string_view text)
{
    const std::string s(text);
    char *end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || *end != '\0' || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// Digits with thousands and decimal separators in either convention; the decimals must be zero.
// With both separators the last one is the decimal point. With one kind only, a single separator followed
// by exactly three digits is a thousands separator ("36.800", "36,800"); otherwise it is the decimal point.
std::optional<qint64> wholeNumber(std::string_view t, QString *reason, const char *notANumber)
{
    const auto fail = [&](const QString &why) -> std::optional<qint64> {
        *reason = why;
        return std::nullopt;
    };
    const size_t lastDot = t.rfind('.');
    const size_t lastComma = t.rfind(',');
    const bool hasDot = lastDot != std::string_view::npos;
    const bool hasComma = lastComma != std::string_view::npos;
    char decimal = 0;
    if (hasDot && hasComma) {
        decimal = lastDot > lastComma ? '.' : ',';
    } else if (hasDot || hasComma) {
        const char sep = hasDot ? '.' : ',';
        const size_t last = hasDot ? lastDot : lastComma;
        if (t.find(sep) == last && t.size() - last - 1 != 3)
            decimal = sep;
    }
    std::string_view integer = t;
    std::string_view decimals;
    if (decimal) {
        const size_t at = t.rfind(decimal);
        if (t.find(decimal) != at)
            return fail(QCoreApplication::translate("Imports", notANumber));
        integer = t.substr(0, at);
        decimals = t.substr(at + 1);
    }
    qint64 value = 0;
    int groupDigits = 0;
    bool grouped = false;
    for (const char c : integer) {
        if (isDigit(c)) {
            if (value > kLargestWhole / 10)
                return fail(Tr::tr("the number is too large"));
            value = value * 10 + (c - '0');
            ++groupDigits;
        } else if (c == '.' || c == ',') {
            // Thousands groups: 1-3 digits first, exactly 3 after each separator.
            if (groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3))
                return fail(QCoreApplication::translate("Imports", notANumber));
            grouped = true;
            groupDigits = 0;
        } else {
            return fail(QCoreApplication::translate("Imports", notANumber));
        }
    }
    if (groupDigits == 0 || (grouped && groupDigits != 3))
        return fail(QCoreApplication::translate("Imports", notANumber));
    for (const char c : decimals) {
        if (!isDigit(c))
            return fail(QCoreApplication::translate("Imports", notANumber));
        if (c != '0')
            return fail(Tr::tr("the amount has a fraction of a rupiah; write whole rupiah"));
    }
    return value;
}

} // namespace

std::string_view trim(std::string_view t)
{
    auto space = [](std::string_view s, size_t i) -> size_t {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')
            return 1;
        return 0;
    };
    while (!t.empty()) {
        if (space(t, 0))
            t.remove_prefix(1);
        else if (t.size() >= 2 && uchar(t[0]) == 0xC2 && uchar(t[1]) == 0xA0)
            t.remove_prefix(2);
        else
            break;
    }
    while (!t.empty()) {
        if (space(t, t.size() - 1))
            t.remove_suffix(1);
        else if (t.size() >= 2 && uchar(t[t.size() - 2]) == 0xC2 && uchar(t[t.size() - 1]) == 0xA0)
            t.remove_suffix(2);
        else
            break;
    }
    // The apostrophe the program's own exports put before text a spreadsheet would run as a formula
    // (core/csvcell): an exported file read back gives the values that went out ("'+62 812..." is a phone).
    if (t.size() >= 2 && t[0] == '\'' && (t[1] == '=' || t[1] == '+' || t[1] == '-' || t[1] == '@' || t[1] == '\t' || t[1] == '\r'))
        return trim(t.substr(1));
    return t;
}

std::optional<QDate> excelSerialDate(double serial)
{
    if (!(serial >= 1 && serial < 2958466))
        return std::nullopt;
    const qint64 day = qint64(std::floor(serial));
    if (day == 60)
        return std::nullopt; // 29 February 1900 never existed
    // Excel counts 1900-01-01 as day 1 and wrongly treats 1900 as a leap year.
    const QDate epoch = day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return epoch.addDays(day);
}

std::optional<QDate> parseDate(std::string_view text, bool numericCell, QString *reason)
{
    if (numericCell) {
        const auto v = numberOf(text);
        const auto d = v ? excelSerialDate(*v) : std::nullopt;
        if (!d || d->year() < 1900 || d->year() > 2100) {
            *reason = Tr::tr("the spreadsheet cell holds a number that is not a date");
            return std::nullopt;
        }
        return d;
    }
    // "2024-01-05 00:00:00" or "2024-01-05T00:00:00": the time is dropped.
    if (text.size() > 10 && (text[10] == ' ' || text[10] == 'T') && isDigit(text[0]) && text.find(':') != std::string_view::npos)
        text = text.substr(0, 10);
    const Parts parts = splitDate(text);
    if (parts.count != 3) {
        *reason = Tr::tr("not a date; write dd/mm/yyyy");
        return std::nullopt;
    }
    int d = 0, m = 0, y = 0;
    if (parts.p[0].size() == 4) {
        y = digitsValue(parts.p[0]).value_or(0);
        m = monthOf(parts.p[1]);
        d = digitsValue(parts.p[2]).value_or(0);
    } else {
        d = digitsValue(parts.p[0]).value_or(0);
        m = monthOf(parts.p[1]);
        if (parts.p[2].size() != 4) {
            *reason = Tr::tr("the year has two digits; write the year with four digits (dd/mm/yyyy)");
            return std::nullopt;
        }
        y = digitsValue(parts.p[2]).value_or(0);
    }
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1900 || y > 2100) {
        *reason = m > 12 ? Tr::tr("no such date: dates are read as day/month/year (dd/mm/yyyy)")
                         : Tr::tr("no such date; write dd/mm/yyyy");
        return std::nullopt;
    }
    return date;
}

std::optional<int> parsePeriod(std::string_view text, bool numericCell, QString *reason)
{
    const auto check = [&](int y, int m) -> std::optional<int> {
        if (y < 1900 || y > 2200 || m < 1 || m > 12) {
            *reason = Tr::tr("not a month; write YYYY-MM (for example 2024-03)");
            return std::nullopt;
        }
        return y * 100 + m;
    };
    if (numericCell) {
        const auto v = numberOf(text);
        if (v && *v >= 190001 && *v <= 220012 && *v == std::floor(*v))
            return check(int(*v) / 100, int(*v) % 100);
        const auto d = v ? excelSerialDate(*v) : std::nullopt;
        if (!d) {
            *reason = Tr::tr("the spreadsheet cell holds a number that is not a month");
            return std::nullopt;
        }
        return check(d->year(), d->month());
    }
    if (text.size() == 6) {
        if (auto v = digitsValue(text))
            return check(*v / 100, *v % 100);
    }
    const Parts parts = splitDate(text);
    if (parts.count == 3) {
        QString ignored;
        if (auto d = parseDate(text, false, &ignored))
            return check(d->year(), d->month());
    }
    if (parts.count == 2) {
        if (parts.p[0].size() == 4)
            return check(digitsValue(parts.p[0]).value_or(0), monthOf(parts.p[1]));
        if (parts.p[1].size() == 4)
            return check(digitsValue(parts.p[1]).value_or(0), monthOf(parts.p[0]));
    }
    return check(0, 0);
}

std::optional<qint64> parseAmount(std::string_view t, bool numericCell, QString *reason)
{
    if (numericCell) {
        const auto v = numberOf(t);
        if (!v) {
            *reason = Tr::tr("not an amount");
            return std::nullopt;
        }
        if (*v < 0) {
            *reason = Tr::tr("the amount is negative");
            return std::nullopt;
        }
        if (*v > kLargestWhole) {
            *reason = Tr::tr("the number is too large");
            return std::nullopt;
        }
        if (std::fabs(*v - std::round(*v)) > 0.004) {
            *reason = Tr::tr("the amount has a fraction of a rupiah; write whole rupiah");
            return std::nullopt;
        }
        return qint64(std::llround(*v));
    }
    if (startsWithNoCase(t, "rp"))
        t.remove_prefix(2);
    else if (startsWithNoCase(t, "idr"))
        t.remove_prefix(3);
    if (!t.empty() && t.front() == '.')
        t.remove_prefix(1);
    t = trim(t);
    if (t.ends_with(",-") || t.ends_with(".-"))
        t.remove_suffix(2);
    if (!t.empty() && (t.front() == '-' || t.front() == '(')) {
        *reason = Tr::tr("the amount is negative");
        return std::nullopt;
    }
    // Spaces as thousands separators ("36 800") are common when typed by hand.
    std::string compact;
    if (t.find(' ') != std::string_view::npos) {
        for (char c : t)
            if (c != ' ')
                compact += c;
        t = compact;
    }
    return wholeNumber(t, reason, QT_TRANSLATE_NOOP("Imports", "not an amount; write for example 36800 or Rp36.800"));
}

std::optional<qint64> parseNumber(std::string_view t, bool numericCell, QString *reason)
{
    if (numericCell) {
        const auto v = numberOf(t);
        if (!v || *v != std::floor(*v)) {
            *reason = Tr::tr("not a whole number");
            return std::nullopt;
        }
        if (*v < 0) {
            *reason = Tr::tr("the number is negative");
            return std::nullopt;
        }
        if (*v > kLargestWhole) { // as a typed number may be; beyond it the conversion would be undefined
            *reason = Tr::tr("the number is too large");
            return std::nullopt;
        }
        return qint64(*v);
    }
    if (!t.empty() && t.front() == '-') {
        *reason = Tr::tr("the number is negative");
        return std::nullopt;
    }
    return wholeNumber(t, reason, QT_TRANSLATE_NOOP("Imports", "not a whole number"));
}

QString cellText(std::string_view text, bool numericCell)
{
    if (numericCell && (text.find('E') != std::string_view::npos || text.find('e') != std::string_view::npos)) {
        if (const auto v = numberOf(text); v && *v == std::floor(*v) && std::fabs(*v) < 1e15)
            return QString::number(qint64(*v));
    }
    if (numericCell && text.ends_with(".0"))
        text.remove_suffix(2);
    return toQString(text);
}

} // namespace perisai::imports::values
