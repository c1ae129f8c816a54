#include "ui/columnfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QTableView>
#include <QTimer>

namespace perisai::ui {
namespace {

class ColumnFitter final : public QObject {
public:
    ColumnFitter(QTableView *view, QList<int> flexible) : QObject(view), m_view(view), m_flexible(std::move(flexible))
    {
        setObjectName(QStringLiteral("columnFitter"));
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &ColumnFitter::fit);
        view->viewport()->installEventFilter(this);
        view->horizontalHeader()->setStretchLastSection(false);
        watch(view->model());
    }

    void watch(QAbstractItemModel *model)
    {
        if (!model || model == m_model)
            return;
        m_model = model;
        connect(model, &QAbstractItemModel::modelReset, &m_timer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::layoutChanged, &m_timer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::rowsInserted, &m_timer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::dataChanged, &m_timer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::headerDataChanged, &m_timer, qOverload<>(&QTimer::start));
        m_timer.start();
    }

    void fit()
    {
        QHeaderView *header = m_view->horizontalHeader();
        QAbstractItemModel *model = m_view->model();
        if (!model)
            return;
        watch(model);
        QList<int> visible;
        QList<int> need;
        int total = 0;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            header->setSectionResizeMode(c, QHeaderView::Interactive);
            m_view->resizeColumnToContents(c); // the widest of the header and the values on screen
            const int width = header->sectionSize(c);
            visible << c;
            need << width;
            total += width;
        }
        if (visible.isEmpty())
            return;
        QList<int> flexible;
        for (int i = 0; i < visible.size(); ++i)
            if (m_flexible.contains(visible[i]))
                flexible << i;
        if (flexible.isEmpty())
            flexible << int(visible.size()) - 1;
        int room = m_view->viewport()->width() - total;
        if (room > 0) {
            // The room left over goes to the flexible columns, in proportion to what they hold.
            int flexTotal = 0;
            for (int i : flexible)
                flexTotal += need[i];
            int given = 0;
            for (int i : flexible) {
                const int share = i == flexible.last() ? room - given : room * need[i] / std::max(flexTotal, 1);
                need[i] += share;
                given += share;
            }
        } else if (room < 0) {
            // Too narrow: the flexible columns give way, never below their header or a readable name;
            // past that the view scrolls sideways.
            for (int i : flexible) {
                const int floor = std::max(header->sectionSizeHint(visible[i]), std::min(need[i], 160));
                const int give = std::min(-room, std::max(0, need[i] - floor));
                need[i] -= give;
                room += give;
            }
        }
        for (int i = 0; i < visible.size(); ++i)
            header->resizeSection(visible[i], need[i]);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == m_view->viewport())
            m_timer.start();
        return false;
    }

private:
    QTableView *m_view;
    QList<int> m_flexible;
    QPointer<QAbstractItemModel> m_model;
    QTimer m_timer;
};

} // namespace

void fitColumns(QTableView *view, const QList<int> &flexible)
{
    if (auto *existing = view->findChild<ColumnFitter *>(QStringLiteral("columnFitter"), Qt::FindDirectChildrenOnly))
        delete existing;
    new ColumnFitter(view, flexible);
}

void refitColumns(QTableView *view)
{
    if (auto *fitter = view->findChild<ColumnFitter *>(QStringLiteral("columnFitter"), Qt::FindDirectChildrenOnly))
        fitter->fit();
}

} // namespace perisai::ui
