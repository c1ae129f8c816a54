#pragma once
// The rejected rows of an import as a table: file, line, column, value, reason. Values of personal-data
// columns (NIK, phone, account) are masked unless the user reveals personal data.

#include "importtypes.h"

#include <QAbstractTableModel>
#include <QSet>

namespace perisai::imports {

class IssueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { File, Line, ColumnName, Value, Reason, ColumnCount };

    explicit IssueModel(QObject *parent = nullptr);

    // `personalColumns`: the file headers whose values are personal data.
    void setIssues(const QList<ImportIssue> &issues, const QSet<QString> &personalColumns);
    void setReveal(bool reveal);
    // The issues as shown (masked as on screen), for "Save rejected rows".
    QList<ImportIssue> shown() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString shownValue(const ImportIssue &issue) const;

    QList<ImportIssue> m_issues;
    QSet<QString> m_personal;
    bool m_reveal = false;
};

} // namespace perisai::imports
