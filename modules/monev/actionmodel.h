#pragma once
// Action items as a table: a session's own, the ones it reviews, or all of them across sessions.
// Overdue items (open, due date passed) are shown in red.

#include "monevtypes.h"

#include <QAbstractTableModel>

namespace perisai::monev {

class ActionModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Description, Agreed, Owner, Due, Status, Decision, Note, ColumnCount };

    explicit ActionModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setActions(const std::vector<Action> &actions, const QDate &today = QDate::currentDate());
    void setReviews(std::vector<ActionReview> reviews, const QDate &today = QDate::currentDate());
    const ActionReview *at(int row) const;
    // Columns that mean something for what was set: a review shows the decision and its note.
    bool showsReviews() const { return m_reviews; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<ActionReview> m_rows;
    QDate m_today;
    bool m_reviews = false;
};

} // namespace perisai::monev
