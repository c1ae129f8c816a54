#pragma once
// Reads the fields of one record for the entity kinds (agents, wadah, participants, claims, targets,
// workforce): each getter parses one field and, when the value cannot be used, records why (file, line,
// column, value, reason) and marks the row rejected. Unmapped or empty optional fields read as empty.
//
// For the database, an empty value means "the file does not say": a stored value is kept (a column left
// blank by mistake blanks nothing), and a new row gets NULL. Only when the user asked that empty cells clear
// stored values (ImportOptions::clearEmpty) is an empty value a NULL to write.

#include "fields.h"
#include "issues.h"
#include "source.h"

#include <QDate>
#include <QVariant>
#include <optional>

namespace perisai::imports {

class RowReader {
public:
    RowReader(const Record &record, const ColumnMap &map, IssueSink &issues, bool clearEmpty = false)
        : m_record(record), m_map(map), m_issues(issues), m_clearEmpty(clearEmpty) {}

    bool ok() const { return m_ok; }
    qint64 line() const { return m_record.line; }
    bool mapped(int field) const { return m_map.has(field); }
    bool isEmpty(int field) const;
    int column(int field) const { return m_map.columnOfField.value(field, -1); }
    bool numeric(int field) const { return m_record.isNumeric(column(field)); }
    QString value(int field) const; // as written, trimmed

    // Each returns nothing for an empty field; `required` turns an empty field into a rejection.
    QString text(int field, bool required = false);
    std::optional<QDate> date(int field, bool required = false);
    std::optional<qint64> amount(int field, bool required = false);
    std::optional<qint64> number(int field, bool required = false);
    QString nik(int field);   // a valid NIK, always required
    QString phone(int field); // "+628..." or empty

    // Rejects the row because of this field's value.
    void reject(int field, const QString &reason);

    // What a column holds for the database: the value; for an empty field, empty(typed NULL); an invalid
    // QVariant when the file has no such column (the stored value is left alone).
    QVariant textValue(int field, bool required = false);
    QVariant dateValue(int field, bool required = false);
    QVariant amountValue(int field, bool required = false);
    QVariant numberValue(int field, bool required = false);
    // What an empty field writes: nothing (the stored value stays), or `typedNull` when empty cells clear.
    QVariant empty(const QVariant &typedNull) const { return m_clearEmpty ? typedNull : QVariant(); }

private:
    std::string_view raw(int field) const;
    bool missing(int field, bool required);

    const Record &m_record;
    const ColumnMap &m_map;
    IssueSink &m_issues;
    bool m_clearEmpty = false;
    bool m_ok = true;
};

// A NULL of the column's type, for an empty field.
QVariant nullText();
QVariant nullInt();

} // namespace perisai::imports
