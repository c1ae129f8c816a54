#include "tableview.h"

#include "ui/columnfit.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace perisai::roster {

QTableView *makeTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(30);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void enableColumnMenu(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, table, [table, header](const QPoint &pos) {
        QMenu menu(table);
        QAbstractItemModel *model = table->model();
        for (int c = 0; c < model->columnCount(); ++c) {
            QAction *a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            QObject::connect(a, &QAction::toggled, table, [table, header, c](bool on) {
                header->setSectionHidden(c, !on);
                ui::refitColumns(table);
            });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

} // namespace perisai::roster
