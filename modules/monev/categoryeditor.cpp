#include "categoryeditor.h"

#include "monevcommands.h"
#include "monevservice.h"
#include "ui/appcontext.h"
#include "ui/pageloader.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace perisai::monev {

namespace {
enum Column { NameId, NameEn, Active, Order };
}

CategoryEditor::CategoryEditor(ui::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_table(new QTableWidget(0, 4)), m_loader(new ui::PageLoader(&context, this))
{
    auto *hint = new QLabel(tr("Categories of the obstacles agents raise. Edit a name in place; untick Active to stop offering one."));
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    auto *addButton = new QPushButton(ui::icon(QStringLiteral("add")), tr("Add category"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(hint, 1);
    bar->addWidget(addButton);
    m_table->setHorizontalHeaderLabels({tr("Name (Indonesian)"), tr("Name (English)"), tr("Active"), tr("Order")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameId, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NameEn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(addButton, &QPushButton::clicked, this, &CategoryEditor::add);
    connect(m_table, &QTableWidget::itemChanged, this, &CategoryEditor::save);
    // Edits, their undo and redo, and other pages' changes arrive as data changes.
    connect(&m_context, &ui::AppContext::dataChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("obstacle_categories")))
            refresh();
    });
}

void CategoryEditor::refresh()
{
    auto db = m_context.database();
    using Categories = Result<std::vector<Category>>;
    m_loader->load<Categories>(tr("Reading obstacle categories"),
        [db](ui::TaskControl &) { return MonevService(*db).categories(true); },
        [this](Categories list) { fill(std::move(list)); });
}

bool CategoryEditor::isLoading() const
{
    return m_loader->isLoading();
}

void CategoryEditor::fill(Result<std::vector<Category>> list)
{
    if (!list) {
        m_context.showStatus(list.errorText(), 8000);
        return;
    }
    m_loading = true;
    m_categories = std::move(*list);
    m_table->setRowCount(static_cast<int>(m_categories.size()));
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const Category &c = m_categories[i];
        m_table->setItem(i, NameId, new QTableWidgetItem(c.nameId));
        m_table->setItem(i, NameEn, new QTableWidgetItem(c.nameEn));
        auto *active = new QTableWidgetItem;
        active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        active->setCheckState(c.active ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(i, Active, active);
        auto *order = new QTableWidgetItem;
        order->setData(Qt::EditRole, c.sortOrder);
        m_table->setItem(i, Order, order);
    }
    m_loading = false;
}

void CategoryEditor::save(QTableWidgetItem *item)
{
    if (m_loading || !item || item->row() >= static_cast<int>(m_categories.size()))
        return;
    const Category &before = m_categories[item->row()];
    Category c = before;
    c.nameId = m_table->item(item->row(), NameId)->text().trimmed();
    c.nameEn = m_table->item(item->row(), NameEn)->text().trimmed();
    c.active = m_table->item(item->row(), Active)->checkState() == Qt::Checked;
    c.sortOrder = m_table->item(item->row(), Order)->data(Qt::EditRole).toInt();
    if (c.nameId == before.nameId && c.nameEn == before.nameEn && c.active == before.active && c.sortOrder == before.sortOrder)
        return;
    // A saved edit comes back as a data change and reloads the list; a refused one shows the list as stored.
    if (const Status st = MonevEdits(m_context).editCategory(before, c); !st) {
        QMessageBox::warning(this, tr("Obstacle categories"), st.errorText());
        refresh();
    }
}

void CategoryEditor::add()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add category"), tr("Name (Indonesian)"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    Category c;
    c.nameId = name;
    c.nameEn = name;
    c.sortOrder = m_categories.empty() ? 1 : m_categories.back().sortOrder + 1;
    if (auto saved = MonevEdits(m_context).addCategory(c); !saved)
        QMessageBox::warning(this, tr("Obstacle categories"), saved.errorText());
}

} // namespace perisai::monev
