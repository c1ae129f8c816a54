#include "rowreader.h"

#include "core/nik.h"
#include "core/phone.h"
#include "values.h"

#include <QCoreApplication>

namespace perisai::imports {

QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }
QVariant nullInt() { return QVariant(QMetaType::fromType<qlonglong>()); }

std::string_view RowReader::raw(int field) const
{
    return values::trim(m_record.field(m_map.columnOfField.value(field, -1)));
}

QString RowReader::value(int field) const
{
    return values::toQString(raw(field));
}

bool RowReader::isEmpty(int field) const
{
    return raw(field).empty();
}

void RowReader::reject(int field, const QString &reason)
{
    const int column = m_map.columnOfField.value(field, -1);
    m_issues.add(m_record.line, column, raw(field), reason);
    m_ok = false;
}

bool RowReader::missing(int field, bool required)
{
    if (!raw(field).empty())
        return false;
    if (required)
        reject(field, QCoreApplication::translate("Imports", "this value is required"));
    return true;
}

QString RowReader::text(int field, bool required)
{
    if (missing(field, required))
        return {};
    const int column = m_map.columnOfField.value(field, -1);
    return values::cellText(raw(field), m_record.isNumeric(column)).simplified();
}

std::optional<QDate> RowReader::date(int field, bool required)
{
    if (missing(field, required))
        return std::nullopt;
    QString reason;
    auto d = values::parseDate(raw(field), m_record.isNumeric(m_map.columnOfField.value(field)), &reason);
    if (!d)
        reject(field, reason);
    return d;
}

std::optional<qint64> RowReader::amount(int field, bool required)
{
    if (missing(field, required))
        return std::nullopt;
    QString reason;
    auto v = values::parseAmount(raw(field), m_record.isNumeric(m_map.columnOfField.value(field)), &reason);
    if (!v)
        reject(field, reason);
    return v;
}

std::optional<qint64> RowReader::number(int field, bool required)
{
    if (missing(field, required))
        return std::nullopt;
    QString reason;
    auto v = values::parseNumber(raw(field), m_record.isNumeric(m_map.columnOfField.value(field)), &reason);
    if (!v)
        reject(field, reason);
    return v;
}

QString RowReader::nik(int field)
{
    if (missing(field, true))
        return {};
    // A spreadsheet number has lost the NIK's last digit (Excel keeps 15 significant digits).
    if (m_record.isNumeric(m_map.columnOfField.value(field))) {
        reject(field, QCoreApplication::translate("Imports", "NIK is stored as a number in the spreadsheet, which loses digits; "
                                                             "format the column as text and type the NIK again"));
        return {};
    }
    const NikInfo info = Nik::check(values::toQString(raw(field)));
    if (!info.valid) {
        reject(field, info.reason);
        return {};
    }
    return info.normalized;
}

QString RowReader::phone(int field)
{
    if (missing(field, false))
        return {};
    auto normalized = Phone::normalize(text(field));
    if (!normalized) {
        reject(field, normalized.error().message);
        return {};
    }
    return *normalized;
}

QVariant RowReader::textValue(int field, bool required)
{
    if (!mapped(field))
        return {};
    const QString t = text(field, required);
    return t.isEmpty() ? empty(nullText()) : QVariant(t);
}

QVariant RowReader::dateValue(int field, bool required)
{
    if (!mapped(field))
        return {};
    const auto d = date(field, required);
    return d ? QVariant(d->toString(Qt::ISODate)) : empty(nullText());
}

QVariant RowReader::amountValue(int field, bool required)
{
    if (!mapped(field))
        return {};
    const auto v = amount(field, required);
    return v ? QVariant(qlonglong(*v)) : empty(nullInt());
}

QVariant RowReader::numberValue(int field, bool required)
{
    if (!mapped(field))
        return {};
    const auto v = number(field, required);
    return v ? QVariant(qlonglong(*v)) : empty(nullInt());
}

} // namespace perisai::imports
