#pragma once
// The audit log for heads and admins: filter by user, table, row and date; each entry's change column by
// column (personal data masked unless shown in the View menu).

#include "access/auditlog.h"
#include "storage/database.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace perisai::access {

class AuditViewer : public QDialog {
    Q_OBJECT

public:
    AuditViewer(storage::DatabasePtr db, bool revealPersonalData, QWidget *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const;
    void search();
    QTableWidget *table() const { return m_table; }
    QString detailText() const;

private:
    void showDetail();

    storage::DatabasePtr m_db;
    bool m_reveal;
    QList<AuditRow> m_rows;
    QComboBox *m_user;
    QComboBox *m_tableName;
    QLineEdit *m_row;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_count;
    QPlainTextEdit *m_detail;
};

} // namespace perisai::access
