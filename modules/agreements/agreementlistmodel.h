#pragma once
// The agreements as a table (one row per PKS) and the filter the page puts over it: status chips,
// a text search over wadah and number, and "only this wadah".

#include "agreements/agreement.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace perisai::agreements {

class AgreementListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { WadahColumn, StatusColumn, NumberColumn, SignedColumn, TermColumn, LeftColumn, BankColumn,
                  TargetColumn, MinimumColumn, DocumentColumn, ColumnCount };
    enum Role { StatusKeyRole = Qt::UserRole + 1, AgreementIdRole, WadahIdRole, SortRole };

    explicit AgreementListModel(QObject *parent = nullptr);

    void setRows(std::vector<AgreementRow> rows);
    const std::vector<AgreementRow> &rows() const { return m_rows; }
    const AgreementRow *rowById(qint64 id) const;
    int rowOf(qint64 agreementId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AgreementRow> m_rows;
};

class AgreementFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit AgreementFilterModel(QObject *parent = nullptr);

    // Empty: every status.
    void setStatuses(const QSet<AgreementStatus> &statuses);
    QSet<AgreementStatus> statuses() const { return m_statuses; }
    void setText(const QString &text);
    void setWadah(qint64 wadahId); // 0: every wadah
    qint64 wadah() const { return m_wadahId; }
    // Renewed agreements are history: listed only on request, or when asked for by status or wadah.
    void setShowRenewed(bool show);
    // Only agreements in force ending within this many days (0: no limit).
    void setWithinDays(int days);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<AgreementStatus> m_statuses;
    QString m_text;
    qint64 m_wadahId = 0;
    int m_withinDays = 0;
    bool m_showRenewed = false;
};

} // namespace perisai::agreements
