#include "reports/reportsmodule.h"

#include "reports/reportspage.h"

#include <QCoreApplication>
#include <QPointer>

namespace perisai::reports {
namespace {

class Module final : public ui::Module {
public:
    QString id() const override { return QStringLiteral("reports"); }
    QString title() const override { return QCoreApplication::translate("reports", "Reports"); }
    QString iconName() const override { return QStringLiteral("reports"); }
    int order() const override { return 70; }
    QWidget *createPage(ui::AppContext &context, QWidget *parent) override
    {
        m_page = new ReportsPage(context, parent);
        return m_page;
    }
    QList<QAction *> toolbarActions() const override { return m_page ? m_page->actions() : QList<QAction *>(); }
    void open(const QVariantMap &args) override
    {
        if (m_page)
            m_page->open(args);
    }

private:
    QPointer<ReportsPage> m_page;
};

} // namespace

std::unique_ptr<ui::Module> createModule()
{
    return std::make_unique<Module>();
}

} // namespace perisai::reports
