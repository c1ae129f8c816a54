#pragma once
// The mapping step: one line per column of the file, its first values, and the field it goes into
// (chosen automatically from the header, changed by the user). Personal data is masked in the examples.

#include "fields.h"
#include "source.h"

#include <QWidget>

class QTableWidget;
class QLabel;

namespace perisai::imports {

// A value as the mapping step shows it: personal data masked unless revealed: the columns chosen as NIK,
// phone or account number, and anything that looks like a NIK or a phone number before it is chosen.
QString maskPersonal(const QString &value, const QString &fieldId, bool reveal);

class MappingEditor : public QWidget {
    Q_OBJECT

public:
    explicit MappingEditor(QWidget *parent = nullptr);

    // The file's headers and some rows under them; `saved` is applied before the automatic matching.
    void setColumns(Kind kind, const QStringList &headers, const QList<QStringList> &rows, const Mapping &saved);
    void setReveal(bool reveal);
    void clear();

    // Every column of the file: header -> chosen field id ("" = not imported).
    Mapping mapping() const;
    // Labels of required fields that no column feeds.
    QStringList missing() const;
    // The red line under the table naming them; empty before a file is chosen.
    QString missingMessage() const;
    // Headers of the columns chosen for NIK, phone or account number.
    QSet<QString> personalColumns() const;

signals:
    void changed();

private:
    void showExamples();
    QString fieldIdAt(int row) const;

    Kind m_kind = Kind::Participants;
    QStringList m_headers;
    QList<QStringList> m_rows;
    bool m_reveal = false;
    QTableWidget *m_table;
    QLabel *m_missing;
};

} // namespace perisai::imports
