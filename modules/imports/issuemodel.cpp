#include "issuemodel.h"

#include "core/format.h"
#include "core/nik.h"

namespace perisai::imports {

IssueModel::IssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void IssueModel::setIssues(const QList<ImportIssue> &issues, const QSet<QString> &personalColumns)
{
    beginResetModel();
    m_issues = issues;
    m_personal = personalColumns;
    endResetModel();
}

void IssueModel::setReveal(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (!m_issues.isEmpty())
        emit dataChanged(index(0, Value), index(rowCount() - 1, Value));
}

QString IssueModel::shownValue(const ImportIssue &issue) const
{
    return m_reveal || !m_personal.contains(issue.column) ? issue.value : Nik::mask(issue.value);
}

QList<ImportIssue> IssueModel::shown() const
{
    QList<ImportIssue> list = m_issues;
    for (ImportIssue &issue : list)
        issue.value = shownValue(issue);
    return list;
}

int IssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const ImportIssue &issue = m_issues[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File: return issue.file;
        case Line: return fmt::number(issue.line);
        case ColumnName: return issue.column.isEmpty() ? tr("(whole row)") : issue.column;
        case Value: return shownValue(issue);
        case Reason: return issue.reason;
        }
    }
    if (role == Qt::EditRole && index.column() == Line)
        return issue.line;
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return issue.reason;
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant IssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File: return tr("File");
    case Line: return tr("Line");
    case ColumnName: return tr("Column");
    case Value: return tr("Value");
    case Reason: return tr("What to change");
    }
    return {};
}

} // namespace perisai::imports
