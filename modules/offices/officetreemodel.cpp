#include "officetreemodel.h"

#include "core/format.h"
#include "figures/glossary.h"
#include "ui/theme.h"

#include <QHash>

namespace perisai::offices {

OfficeTreeModel::OfficeTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHeaders();
}

void OfficeTreeModel::setHeaders()
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Kind"), tr("Region"), tr("Head"), tr("Active wadah"),
                               tr("Active agents"), tr("Status")});
}

QList<QStandardItem *> OfficeTreeModel::makeRow(const OfficeRow &r, const QSet<QString> &workforceRegions) const
{
    const Office &o = r.office;
    QList<QStandardItem *> items;
    auto add = [&items](const QString &text) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        items << item;
        return item;
    };
    add(o.code)->setData(o.id, Qt::UserRole);
    add(o.name);
    add(officeKindShort(o.kind))->setToolTip(officeKindLabel(o.kind));
    QStandardItem *region = add(o.region);
    if (!o.region.isEmpty() && !workforceRegions.contains(o.region)) {
        region->setIcon(ui::icon(QStringLiteral("warning")));
        region->setToolTip(tr("No workforce figures for %1 yet: coverage needs them. Import the workforce kind with "
                              "this same region name, or change the region to one that has figures.").arg(o.region));
    } else if (o.region.isEmpty()) {
        region->setToolTip(tr("No region: coverage is counted from the offices below it, if they have one."));
    }
    add(o.headName);
    add(fmt::number(r.wadah))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    add(tr("%1 of %2").arg(fmt::number(r.agentsActive), fmt::number(r.agentsRegistered)))
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    add(o.isOpen() ? tr("Open") : tr("Closed since %1").arg(fmt::date(o.closedOn)));
    if (!o.isOpen())
        for (QStandardItem *item : std::as_const(items))
            item->setForeground(QColor(0x8a, 0x94, 0x9e));
    return items;
}

void OfficeTreeModel::setData(const OfficesData &data)
{
    clear();
    setHeaders();
    // The glossary's definitions, counted as the roster's wadah list counts them.
    const QString day = data.month.isValid() ? fmt::date(data.month.lastDay()) : QString();
    horizontalHeaderItem(Agents)->setToolTip(
        figures::tooltip(figures::Term::AgentsActive, tr("With the offices below it, on %1.").arg(day)) + QStringLiteral("<br><br>")
        + figures::tooltip(figures::Term::AgentsRegistered));
    m_rows = data.rows;
    QHash<qint64, QList<const OfficeRow *>> children;
    QSet<qint64> known;
    for (const OfficeRow &r : std::as_const(m_rows))
        known.insert(r.office.id);
    for (const OfficeRow &r : std::as_const(m_rows))
        children[known.contains(r.office.parentId) ? r.office.parentId : 0].append(&r); // rows come by code
    // Parents before children, each level by code; an office whose parent is missing stands at the top.
    std::function<void(QStandardItem *, qint64)> addLevel = [&](QStandardItem *parent, qint64 parentId) {
        for (const OfficeRow *r : children.value(parentId)) {
            const QList<QStandardItem *> items = makeRow(*r, data.workforceRegions);
            parent ? parent->appendRow(items) : appendRow(items);
            addLevel(items.first(), r->office.id);
        }
    };
    addLevel(nullptr, 0);
}

qint64 OfficeTreeModel::officeId(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    return this->index(index.row(), Code, index.parent()).data(Qt::UserRole).toLongLong();
}

const OfficeRow *OfficeTreeModel::row(qint64 id) const
{
    for (const OfficeRow &r : m_rows)
        if (r.office.id == id)
            return &r;
    return nullptr;
}

QModelIndex OfficeTreeModel::indexOf(qint64 id) const
{
    const QModelIndexList found = match(index(0, Code), Qt::UserRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace perisai::offices
