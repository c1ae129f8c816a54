#pragma once
// A read-only table of values shown the Indonesian way (1.234, Rp36.800, 19/11/2025) while the edit
// role keeps the raw number or date, so that an XLSX export keeps numbers as numbers.

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <vector>

namespace perisai::performance {

class ValueTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using Colour = std::function<QVariant(int row, int column, int role)>;

    explicit ValueTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setTable(const QStringList &headers, std::vector<QVariantList> rows, const QList<int> &moneyColumns = {},
                  const QList<int> &percentColumns = {});
    // Extra roles per cell (background, foreground, tooltip), e.g. the cohort table's heat colours.
    void setDecoration(Colour decoration) { m_decoration = std::move(decoration); }
    const QVariantList &row(int row) const { return m_rows.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    std::vector<QVariantList> m_rows;
    QList<int> m_money;
    QList<int> m_percent; // values are fractions
    Colour m_decoration;
};

} // namespace perisai::performance
